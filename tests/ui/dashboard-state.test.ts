import { describe, expect, it } from 'vitest';
import type { DashboardAction, DashboardState } from '../../src/ui/state/dashboard-state.js';
import { DEFAULT_SPEED_INDEX, dashboardReducer, initialDashboardState, speedLabel, speedLevels } from '../../src/ui/state/dashboard-state.js';

/** Applies actions in turn to frozen states (a mutating reducer throws). */
function play(actions: readonly DashboardAction[], start: DashboardState = initialDashboardState(1)): DashboardState {
  return actions.reduce((state, action) => dashboardReducer(Object.freeze({ ...state }), action), start);
}

const repeat = (action: DashboardAction, times: number): DashboardAction[] => Array.from({ length: times }, () => action);

describe('initialDashboardState', () => {
  it('runs unpaused at the default speed, log scale, first layer, with the given seed', () => {
    expect(initialDashboardState(17)).toEqual({
      isPaused: false,
      speedIndex: DEFAULT_SPEED_INDEX,
      isLogScale: true,
      layerIndex: 0,
      cycledPanel: 'signal',
      isHelpOpen: false,
      seed: 17,
      runNumber: 0,
      stepRequests: 0,
    });
  });
});

describe('pause and single steps', () => {
  it('toggle-pause pauses and resumes', () => {
    expect(play([{ type: 'toggle-pause' }]).isPaused).toBe(true);
    expect(play([{ type: 'toggle-pause' }, { type: 'toggle-pause' }]).isPaused).toBe(false);
  });

  it('step-once on a running dashboard only pauses; each further one asks for a step', () => {
    const first = play([{ type: 'step-once' }]);
    expect(first).toMatchObject({ isPaused: true, stepRequests: 0 });
    const third = play(repeat({ type: 'step-once' }, 3));
    expect(third).toMatchObject({ isPaused: true, stepRequests: 2 });
  });

  it('step-once while paused counts straight away', () => {
    expect(play([{ type: 'toggle-pause' }, { type: 'step-once' }])).toMatchObject({ isPaused: true, stepRequests: 1 });
  });
});

describe('restarts', () => {
  it('restart bumps the run number and keeps the seed', () => {
    const state = play([{ type: 'restart' }, { type: 'restart' }], initialDashboardState(4));
    expect(state).toMatchObject({ seed: 4, runNumber: 2 });
  });

  it('new-seed moves to the next seed and bumps the run number', () => {
    const state = play([{ type: 'new-seed' }, { type: 'restart' }, { type: 'new-seed' }], initialDashboardState(4));
    expect(state).toMatchObject({ seed: 6, runNumber: 3 });
  });
});

describe('speed', () => {
  it('faster and slower step through the levels', () => {
    expect(play([{ type: 'faster' }]).speedIndex).toBe(DEFAULT_SPEED_INDEX + 1);
    expect(play([{ type: 'slower' }]).speedIndex).toBe(DEFAULT_SPEED_INDEX - 1);
  });

  it('clamps at the fastest level', () => {
    const state = play(repeat({ type: 'faster' }, speedLevels.length + 3));
    expect(state.speedIndex).toBe(speedLevels.length - 1);
    expect(speedLabel(state.speedIndex)).toBe('max speed');
  });

  it('clamps at the slowest level', () => {
    const state = play(repeat({ type: 'slower' }, speedLevels.length + 3));
    expect(state.speedIndex).toBe(0);
    expect(speedLabel(state.speedIndex)).toBe(`${speedLevels[0]} steps/s`);
  });

  it('labels the default speed in steps per second', () => {
    expect(speedLabel(DEFAULT_SPEED_INDEX)).toBe(`${speedLevels[DEFAULT_SPEED_INDEX]} steps/s`);
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
    const state = initialDashboardState(1);
    expect(dashboardReducer(state, { type: 'cycle-panel', available: [] })).toBe(state);
  });

  it('cycle-panel from a panel not in the cycle goes to the first one', () => {
    const state = { ...initialDashboardState(1), cycledPanel: 'loss' as const };
    expect(dashboardReducer(state, { type: 'cycle-panel', available: ['signal', 'decision'] }).cycledPanel).toBe('signal');
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
    const before = initialDashboardState(1);
    const after = dashboardReducer(before, { type: 'toggle-help' });
    expect({ ...after, isHelpOpen: before.isHelpOpen }).toEqual(before);
  });
});
