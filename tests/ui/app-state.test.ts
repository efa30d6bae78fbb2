import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/experiment/config-error.js';
import { resolveConfig } from '../../src/experiment/config.js';
import { trainingDefaults } from '../../src/experiment/dataset-defaults.js';
import type { AppAction, AppState, Screen } from '../../src/ui/state/app-state.js';
import { appReducer, comparisonOf, configOf, draftOf, initialAppState, initialDraft } from '../../src/ui/state/app-state.js';

/** Applies actions in turn, freezing every state first so that a mutating reducer throws. */
function play(actions: readonly AppAction[], start: AppState = initialAppState()): AppState {
  return actions.reduce((state, action) => appReducer(Object.freeze({ ...state, backStack: Object.freeze([...state.backStack]) }), action), start);
}

const screenNames = (screens: readonly Screen[]) => screens.map((screen) => screen.name);

describe('initialAppState', () => {
  it('starts at home with an empty back stack and the initial draft', () => {
    const state = initialAppState();
    expect(state.screen).toEqual({ name: 'home' });
    expect(state.backStack).toEqual([]);
    expect(state.draft).toEqual(initialDraft);
    expect(state.isQuitting).toBe(false);
  });

  it('the initial draft carries the training defaults of its dataset', () => {
    expect(initialDraft).toMatchObject(trainingDefaults[initialDraft.dataset]);
  });

  it('opens the dashboard directly for a given config, with home behind it', () => {
    const config = resolveConfig([{ source: 'test', values: { dataset: 'moons', init: 'zeros', seed: 9 } }]);
    const state = initialAppState({ config });
    expect(state.screen).toEqual({ name: 'dashboard', runs: [{ config, label: '' }] });
    expect(screenNames(state.backStack)).toEqual(['home']);
    expect(state.draft).toMatchObject({ dataset: 'moons', init: 'zeros', seed: 9 });
    expect(appReducer(state, { type: 'back' }).screen).toEqual({ name: 'home' });
  });
});

describe('navigation', () => {
  it('open pushes the current screen and back pops it, most recent first', () => {
    const state = play([
      { type: 'open', screen: { name: 'dataset' } },
      { type: 'open', screen: { name: 'help' } },
    ]);
    expect(state.screen).toEqual({ name: 'help' });
    expect(screenNames(state.backStack)).toEqual(['home', 'dataset']);
    const once = appReducer(state, { type: 'back' });
    expect(once.screen).toEqual({ name: 'dataset' });
    expect(screenNames(once.backStack)).toEqual(['home']);
    const twice = appReducer(once, { type: 'back' });
    expect(twice.screen).toEqual({ name: 'home' });
    expect(twice.backStack).toEqual([]);
    expect(twice.isQuitting).toBe(false);
  });

  it('back with nothing behind quits', () => {
    const state = appReducer(initialAppState(), { type: 'back' });
    expect(state.isQuitting).toBe(true);
    expect(state.screen).toEqual({ name: 'home' });
  });

  it('quit sets isQuitting and leaves the screen as it was', () => {
    const inMenus = play([{ type: 'open', screen: { name: 'dataset' } }]);
    const state = appReducer(inMenus, { type: 'quit' });
    expect(state.isQuitting).toBe(true);
    expect(state.screen).toEqual({ name: 'dataset' });
    expect(inMenus.isQuitting).toBe(false);
  });
});

describe('choosing', () => {
  it('choose-dataset applies that dataset training defaults and moves to the architecture', () => {
    const state = play([
      { type: 'open', screen: { name: 'dataset' } },
      { type: 'choose-dataset', dataset: 'moons' },
    ]);
    expect(state.screen).toEqual({ name: 'architecture' });
    expect(screenNames(state.backStack)).toEqual(['home', 'dataset']);
    expect(state.draft.dataset).toBe('moons');
    expect(trainingDefaults.moons).not.toMatchObject(trainingDefaults.xor);
    expect(state.draft).toMatchObject(trainingDefaults.moons);
    // Settings that do not depend on the dataset stay as they were.
    expect(state.draft).toMatchObject({ hidden: initialDraft.hidden, activation: initialDraft.activation, init: initialDraft.init, seed: initialDraft.seed });
  });

  it('choose-dataset replaces training settings typed earlier with the new dataset defaults', () => {
    const state = play([
      { type: 'set-draft', changes: { lr: 0.3, steps: 100, batch: 8, optimizer: 'momentum' } },
      { type: 'choose-dataset', dataset: 'iris' },
    ]);
    expect(state.draft).toMatchObject(trainingDefaults.iris);
  });

  it('choose-architecture sets widths and activation and moves to the init', () => {
    const state = play([{ type: 'choose-architecture', hidden: [8, 8], activation: 'relu' }]);
    expect(state.screen).toEqual({ name: 'init' });
    expect(state.draft.hidden).toEqual([8, 8]);
    expect(state.draft.activation).toBe('relu');
  });

  it('choose-init sets the init and moves to its options', () => {
    const state = play([{ type: 'choose-init', init: 'zeros' }]);
    expect(state.screen).toEqual({ name: 'init-options' });
    expect(state.draft.init).toBe('zeros');
  });

  it('set-draft merges changes and stays on the screen', () => {
    const before = play([{ type: 'open', screen: { name: 'training' } }]);
    const state = appReducer(before, { type: 'set-draft', changes: { seed: 42, initScale: 0.1 } });
    expect(state.screen).toEqual({ name: 'training' });
    expect(state.backStack).toBe(before.backStack);
    expect(state.draft).toEqual({ ...before.draft, seed: 42, initScale: 0.1 });
  });
});

describe('starting', () => {
  it('the training screen starts the dashboard with the draft as a checked, complete config', () => {
    const ready = play([
      { type: 'open', screen: { name: 'dataset' } },
      { type: 'choose-dataset', dataset: 'circles' },
      { type: 'choose-architecture', hidden: [16, 16], activation: 'tanh' },
      { type: 'choose-init', init: 'he-normal' },
      { type: 'set-draft', changes: { initScale: 0.5, bias: 0.1, seed: 7 } },
      { type: 'open', screen: { name: 'training' } },
    ]);
    const state = appReducer(ready, { type: 'start-experiment', config: configOf(ready.draft) });
    expect(state.screen.name).toBe('dashboard');
    if (state.screen.name !== 'dashboard') return;
    const [{ config }] = state.screen.runs;
    expect(state.screen.runs).toHaveLength(1);
    expect(config).toEqual(
      resolveConfig([{ source: 'test', values: { dataset: 'circles', hidden: [16, 16], activation: 'tanh', init: 'he-normal', initScale: 0.5, bias: 0.1, seed: 7, ...trainingDefaults.circles } }]),
    );
    expect(Object.isFrozen(config)).toBe(true);
    expect(screenNames(state.backStack)).toEqual(['home', 'dataset', 'architecture', 'init', 'init-options', 'training']);
    expect(appReducer(state, { type: 'back' }).screen).toEqual({ name: 'training' });
  });

  it('configOf checks the draft: a bad setting throws a ConfigError', () => {
    const state = play([{ type: 'set-draft', changes: { lr: -1 } }]);
    expect(() => configOf(state.draft)).toThrow(ConfigError);
    expect(() => configOf(state.draft)).toThrow(/lr/);
  });

  it('start-experiment opens the dashboard with the given config and takes its settings into the draft', () => {
    const config = resolveConfig([{ source: 'preset', values: { dataset: 'spiral', hidden: '32,8', init: 'orthogonal', lr: 0.03, seed: 5 } }]);
    const state = play([
      { type: 'open', screen: { name: 'presets' } },
      { type: 'start-experiment', config },
    ]);
    expect(state.screen).toEqual({ name: 'dashboard', runs: [{ config, label: '' }] });
    expect(state.draft).toEqual(draftOf(config));
    expect(state.draft).toMatchObject({ dataset: 'spiral', hidden: [32, 8], init: 'orthogonal', lr: 0.03, seed: 5 });
    expect(appReducer(state, { type: 'back' }).screen).toEqual({ name: 'presets' });
  });

  it('configOf and draftOf round-trip', () => {
    const config = configOf({ ...initialDraft, dataset: 'gaussians', seed: 3 });
    expect(configOf(draftOf(config))).toEqual(config);
  });
});

describe('the compare flow', () => {
  it('goes home -> dataset -> architecture -> the inits to compare -> shared scale and bias -> training -> a dashboard of one run per init', () => {
    const ready = play([
      { type: 'start-flow', flow: 'compare' },
      { type: 'choose-dataset', dataset: 'spiral' },
      { type: 'choose-architecture', hidden: [16, 16], activation: 'tanh' },
    ]);
    expect(ready.screen).toEqual({ name: 'compare-inits' });
    const chosen = appReducer(ready, { type: 'choose-inits', inits: ['zeros', 'he-normal'] });
    expect(chosen.screen).toEqual({ name: 'init-options' });
    expect(chosen.compareInits).toEqual(['zeros', 'he-normal']);
    const set = appReducer(appReducer(chosen, { type: 'set-draft', changes: { initScale: 0.5, seed: 4 } }), { type: 'open', screen: { name: 'training' } });
    const runs = comparisonOf(set.draft, set.compareInits);
    expect(runs.map((run) => run.label)).toEqual(['zeros', 'he-normal']);
    for (const [index, init] of (['zeros', 'he-normal'] as const).entries()) {
      expect(runs[index].config).toEqual(
        resolveConfig([{ source: 'test', values: { dataset: 'spiral', hidden: [16, 16], activation: 'tanh', init, initScale: 0.5, seed: 4, ...trainingDefaults.spiral } }]),
      );
    }
    const state = appReducer(set, { type: 'start-runs', runs });
    expect(state.screen).toEqual({ name: 'dashboard', runs });
    expect(screenNames(state.backStack)).toEqual(['home', 'dataset', 'architecture', 'compare-inits', 'init-options', 'training']);
  });

  it('New experiment after a comparison is the single flow again', () => {
    const state = play([{ type: 'start-flow', flow: 'compare' }, { type: 'back' }, { type: 'start-flow', flow: 'single' }, { type: 'choose-dataset', dataset: 'xor' }, { type: 'choose-architecture', hidden: [4], activation: 'tanh' }]);
    expect(state.screen).toEqual({ name: 'init' });
  });

  it('opens the compare dashboard directly for given runs', () => {
    const runs = comparisonOf(initialDraft, ['zeros', 'xavier-uniform']);
    const state = initialAppState({ comparison: runs });
    expect(state.screen).toEqual({ name: 'dashboard', runs });
    expect(state.flow).toBe('compare');
  });
});
