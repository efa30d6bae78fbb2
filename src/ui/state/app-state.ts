import type { DatasetName } from '../../data/index.js';
import type { ActivationName } from '../../engine/activations.js';
import type { InitName } from '../../engine/initializers/index.js';
import type { ExperimentConfig } from '../../experiment/config.js';
import { defaultConfig, resolveConfig } from '../../experiment/config.js';
import { planComparison } from '../../experiment/comparison.js';
import { trainingDefaults } from '../../experiment/dataset-defaults.js';
import type { RunSpec } from '../../runs/run-view.js';
import type { SweepJob } from '../../experiment/sweep-plan.js';

/** The screens of the app; the dashboard carries the runs it trains (one, or a comparison). */
export type Screen =
  | { readonly name: 'home' }
  | { readonly name: 'dataset' }
  | { readonly name: 'architecture' }
  | { readonly name: 'custom-architecture' }
  | { readonly name: 'init' }
  | { readonly name: 'compare-inits' }
  | { readonly name: 'init-options' }
  | { readonly name: 'training' }
  | { readonly name: 'presets' }
  | { readonly name: 'help' }
  | { readonly name: 'dashboard'; readonly runs: readonly RunSpec[] }
  | { readonly name: 'sweep-options' }
  | { readonly name: 'sweep'; readonly jobs: readonly SweepJob[] };

/** What the menus are putting together: one experiment, or a comparison of inits. */
export type Flow = 'single' | 'compare' | 'sweep';

/** The sweep flow's axes, as its form picks them. */
export type SweepSettings = {
  /** Hidden-layer counts at the architecture's first width; undefined: the architecture as chosen. */
  readonly depths: readonly number[] | undefined;
  readonly seeds: number;
  /** `--scales` text: a log range lo:hi:n. */
  readonly scales: string;
};

/** The sweep form's first settings: a deep and a shallow net, 3 seeds, 1e-4 to 10. */
export const initialSweepSettings: SweepSettings = { depths: [2, 8], seeds: 3, scales: '1e-4:1e1:11' };

/** The experiment being put together in the menus: the config's settings the menus choose. */
export type Draft = Pick<
  ExperimentConfig,
  'dataset' | 'hidden' | 'activation' | 'init' | 'initScale' | 'bias' | 'biasInit' | 'optimizer' | 'lr' | 'batch' | 'steps' | 'seed'
>;

/** The whole UI state outside the dashboard. */
export type AppState = {
  readonly screen: Screen;
  /** Screens to go back to, most recent last. */
  readonly backStack: readonly Screen[];
  readonly draft: Draft;
  readonly flow: Flow;
  /** The inits a comparison trains (the compare flow's multi-select). */
  readonly compareInits: readonly InitName[];
  /** The sweep flow's axes. */
  readonly sweep: SweepSettings;
  readonly isQuitting: boolean;
};

/** Everything a screen can ask for. `useInput` handlers only dispatch these. */
export type AppAction =
  | { readonly type: 'open'; readonly screen: Screen }
  | { readonly type: 'back' }
  | { readonly type: 'choose-dataset'; readonly dataset: DatasetName }
  | { readonly type: 'choose-architecture'; readonly hidden: readonly number[]; readonly activation: ActivationName }
  | { readonly type: 'choose-init'; readonly init: InitName }
  | { readonly type: 'start-flow'; readonly flow: Flow }
  | { readonly type: 'choose-inits'; readonly inits: readonly InitName[] }
  | { readonly type: 'start-runs'; readonly runs: readonly RunSpec[] }
  | { readonly type: 'set-sweep'; readonly changes: Partial<SweepSettings> }
  | { readonly type: 'start-sweep'; readonly jobs: readonly SweepJob[] }
  | { readonly type: 'set-draft'; readonly changes: Partial<Draft> }
  | { readonly type: 'start-experiment'; readonly config: ExperimentConfig }
  | { readonly type: 'quit' };

/** What the screens of the menus' steps are given: the draft, the flow, its inits (compare) and dispatch. */
export type FlowScreenProps = {
  readonly draft: Draft;
  readonly flow?: Flow;
  /** The compare flow's inits (they share the scale, bias and training settings). */
  readonly inits?: readonly InitName[];
  readonly dispatch: (action: AppAction) => void;
};

/** What a flow's menus are titled: "New experiment 2/4: ...", "Compare inits 2/4: ...". */
export function flowTitle(flow: Flow): string {
  return flow === 'compare' ? 'Compare inits' : flow === 'sweep' ? 'How small? (scale sweep)' : 'New experiment';
}

/** The draft the menus start from: the defaults of `run`, with the first dataset's training defaults. */
export const initialDraft: Draft = {
  dataset: defaultConfig.dataset,
  hidden: defaultConfig.hidden,
  activation: defaultConfig.activation,
  init: defaultConfig.init,
  initScale: defaultConfig.initScale,
  bias: defaultConfig.bias,
  biasInit: defaultConfig.biasInit,
  ...trainingDefaults[defaultConfig.dataset],
  seed: defaultConfig.seed,
};

/** The inits a comparison starts from: the question "would zero not be better?". */
export const initialCompareInits: readonly InitName[] = ['zeros', 'xavier-normal', 'he-normal'];

/** The state at launch: the home menu, or straight to a dashboard when a config or a comparison was given. */
export function initialAppState(start?: { readonly config?: ExperimentConfig; readonly comparison?: readonly RunSpec[] }): AppState {
  const home: Screen = { name: 'home' };
  const base = { backStack: [], draft: initialDraft, flow: 'single', compareInits: initialCompareInits, sweep: initialSweepSettings, isQuitting: false } as const;
  if (start?.comparison && start.comparison.length > 0) {
    return { ...base, screen: { name: 'dashboard', runs: start.comparison }, backStack: [home], draft: draftOf(start.comparison[0].config), flow: 'compare' };
  }
  if (!start?.config) return { ...base, screen: home };
  return { ...base, screen: { name: 'dashboard', runs: [{ config: start.config, label: '' }] }, backStack: [home], draft: draftOf(start.config) };
}

/** A draft holding a config's settings. */
export function draftOf(config: ExperimentConfig): Draft {
  const { dataset, hidden, activation, init, initScale, bias, biasInit, optimizer, lr, batch, steps, seed } = config;
  return { dataset, hidden, activation, init, initScale, bias, biasInit, optimizer, lr, batch, steps, seed };
}

/** The draft as a checked experiment config. */
export function configOf(draft: Draft): ExperimentConfig {
  return resolveConfig([{ source: 'menus', values: { ...draft, hidden: [...draft.hidden] } }]);
}

/** The draft's comparison of `inits`: a checked run per init, everything else shared. */
export function comparisonOf(draft: Draft, inits: readonly InitName[]): RunSpec[] {
  const { init: _init, ...shared } = draft;
  return planComparison([{ source: 'menus', values: { ...shared, hidden: [...draft.hidden] } }], { init: inits }, 'menus').map(({ config, label }) => ({ config, label }));
}

const open = (state: AppState, screen: Screen): AppState => ({ ...state, screen, backStack: [...state.backStack, state.screen] });

/** The app's reducer: pure, tested without rendering. */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'open':
      return open(state, action.screen);
    case 'back': {
      const previous = state.backStack.at(-1);
      if (!previous) return { ...state, isQuitting: true };
      return { ...state, screen: previous, backStack: state.backStack.slice(0, -1) };
    }
    case 'choose-dataset':
      return open({ ...state, draft: { ...state.draft, dataset: action.dataset, ...trainingDefaults[action.dataset] } }, { name: 'architecture' });
    case 'choose-architecture':
      return open({ ...state, draft: { ...state.draft, hidden: action.hidden, activation: action.activation } }, { name: state.flow === 'compare' ? 'compare-inits' : 'init' });
    case 'start-flow':
      return open({ ...state, flow: action.flow }, { name: 'dataset' });
    case 'choose-inits':
      return open({ ...state, compareInits: action.inits, draft: { ...state.draft, init: action.inits[0] ?? state.draft.init } }, { name: 'init-options' });
    case 'start-runs':
      return open({ ...state, draft: draftOf(action.runs[0].config) }, { name: 'dashboard', runs: action.runs });
    case 'choose-init':
      return open({ ...state, draft: { ...state.draft, init: action.init } }, { name: state.flow === 'sweep' ? 'sweep-options' : 'init-options' });
    case 'set-sweep':
      return { ...state, sweep: { ...state.sweep, ...action.changes } };
    case 'start-sweep':
      return open(state, { name: 'sweep', jobs: action.jobs });
    case 'set-draft':
      return { ...state, draft: { ...state.draft, ...action.changes } };
    case 'start-experiment':
      return open({ ...state, draft: draftOf(action.config) }, { name: 'dashboard', runs: [{ config: action.config, label: '' }] });
    case 'quit':
      return { ...state, isQuitting: true };
  }
}
