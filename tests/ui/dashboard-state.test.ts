import { describe, expect, it } from 'vitest';
import type { DashboardAction, DashboardState } from '../../src/ui/state/dashboard-state.js';
import { DEFAULT_SPEED_INDEX, dashboardReducer, initialDashboardState, nextSpeed, speedLabel, speedLevels } from '../../src/ui/state/dashboard-state.js';

/** Applies actions in turn to frozen states (a mutating reducer throws). */
function play(actions: readonly DashboardAction[], start: DashboardState = initialDashboardState()): DashboardState {
  return actions.reduce((state, action) => dashboardReducer(Object.freeze({ ...state }), action), start);
}

const repeat = (action: DashboardAction, times: number): DashboardAction[] => Array.from({ length: times }, () => action);

describe('initialDashboardState', () => {
  it('opens on log scale, the first layer, the signal panel in the cycling slot, the first run focused', () => {
    expect(initialDashboardState()).toEqual({
      isLogScale: true,
      layerIndex: 0,
      cycledPanel: 'signal',
      isHelpOpen: false,
      isTheoryOpen: false,
      focusedRun: 0,
      isRunOpen: false,
    });
  });
});

describe('speed levels (the controller holds the speed; the keys step through these)', () => {
  it('nextSpeed steps up and down through the levels from the default', () => {
    const start = speedLevels[DEFAULT_SPEED_INDEX];
    expect(nextSpeed(start, 1)).toBe(speedLevels[DEFAULT_SPEED_INDEX + 1]);
    expect(nextSpeed(start, -1)).toBe(speedLevels[DEFAULT_SPEED_INDEX - 1]);
  });

  it('clamps at the fastest and the slowest level', () => {
    expect(nextSpeed(Infinity, 1)).toBe(Infinity);
    expect(nextSpeed(speedLevels[0], -1)).toBe(speedLevels[0]);
    let speed: number = speedLevels[0];
    for (let press = 0; press < 20; press++) speed = nextSpeed(speed, 1);
    expect(speed).toBe(Infinity);
  });

  it('from a speed between levels, goes to the neighbouring level', () => {
    expect(nextSpeed(50, 1)).toBe(100);
    expect(nextSpeed(50, -1)).toBe(30);
  });

  it('labels speeds in steps per second, and Infinity as max speed', () => {
    expect(speedLabel(speedLevels[DEFAULT_SPEED_INDEX])).toBe('1000 steps/s');
    expect(speedLabel(Infinity)).toBe('max speed');
  });
});

describe('focus (compare)', () => {
  it('focus-next and focus-previous walk the runs and wrap', () => {
    expect(play(repeat({ type: 'focus-next', runCount: 3 }, 2)).focusedRun).toBe(2);
    expect(play(repeat({ type: 'focus-next', runCount: 3 }, 3)).focusedRun).toBe(0);
    expect(play([{ type: 'focus-previous', runCount: 3 }]).focusedRun).toBe(2);
  });

  it('focus picks a run by number and ignores one that does not exist', () => {
    expect(play([{ type: 'focus', run: 2, runCount: 4 }]).focusedRun).toBe(2);
    expect(play([{ type: 'focus', run: 5, runCount: 4 }]).focusedRun).toBe(0);
  });

  it('open-run and close-run open and close the focused run\'s dashboard, keeping the focus', () => {
    const open = play([{ type: 'focus', run: 1, runCount: 2 }, { type: 'open-run' }]);
    expect(open).toMatchObject({ isRunOpen: true, focusedRun: 1 });
    expect(dashboardReducer(open, { type: 'close-run' })).toMatchObject({ isRunOpen: false, focusedRun: 1 });
  });
});

describe('layers', () => {
  it('next-layer walks forward and wraps from the last layer to the first', () => {
    const walked = [1, 2, 3].map((times) => play(repeat({ type: 'next-layer', layerCount: 3 }, times)).layerIndex);
    expect(walked).toEqual([1, 2, 0]);
  });

  it('previous-layer wraps from the first layer to the last', () => {
    expect(play([{ type: 'previous-layer', layerCount: 3 }]).layerIndex).toBe(2);
    expect(play(repeat({ type: 'previous-layer', layerCount: 3 }, 2)).layerIndex).toBe(1);
  });

  it('stays at 0 for a network without hidden layers or with one', () => {
    expect(play([{ type: 'next-layer', layerCount: 0 }]).layerIndex).toBe(0);
    expect(play([{ type: 'previous-layer', layerCount: 0 }]).layerIndex).toBe(0);
    expect(play([{ type: 'next-layer', layerCount: 1 }]).layerIndex).toBe(0);
    expect(play([{ type: 'previous-layer', layerCount: 1 }]).layerIndex).toBe(0);
  });
});

describe('panels, scale and help', () => {
  it('cycle-panel walks the available panels and wraps', () => {
    const available = ['signal', 'decision'] as const;
    expect(play([{ type: 'cycle-panel', available }]).cycledPanel).toBe('decision');
    expect(play(repeat({ type: 'cycle-panel', available }, 2)).cycledPanel).toBe('signal');
  });

  it('cycle-panel with nothing to cycle leaves the state as it is', () => {
    const state = initialDashboardState();
    expect(dashboardReducer(state, { type: 'cycle-panel', available: [] })).toBe(state);
  });

  it('cycle-panel from a panel not in the cycle (shown as the first one) moves on to the second', () => {
    const state = { ...initialDashboardState(), cycledPanel: 'loss' as const };
    expect(dashboardReducer(state, { type: 'cycle-panel', available: ['signal', 'decision'] }).cycledPanel).toBe('decision');
    expect(dashboardReducer(initialDashboardState(), { type: 'cycle-panel', available: ['runs', 'heatmaps'] }).cycledPanel).toBe('heatmaps');
  });

  it('toggle-log-scale switches the loss scale', () => {
    expect(play([{ type: 'toggle-log-scale' }]).isLogScale).toBe(false);
    expect(play(repeat({ type: 'toggle-log-scale' }, 2)).isLogScale).toBe(true);
  });

  it('toggle-help opens and closes the help; close-help only closes it', () => {
    expect(play([{ type: 'toggle-help' }]).isHelpOpen).toBe(true);
    expect(play(repeat({ type: 'toggle-help' }, 2)).isHelpOpen).toBe(false);
    expect(play([{ type: 'toggle-help' }, { type: 'close-help' }]).isHelpOpen).toBe(false);
    expect(play([{ type: 'close-help' }]).isHelpOpen).toBe(false);
  });

  it('an action changes only what it is about', () => {
    const before = initialDashboardState();
    const after = dashboardReducer(before, { type: 'toggle-help' });
    expect({ ...after, isHelpOpen: before.isHelpOpen }).toEqual(before);
  });
});
