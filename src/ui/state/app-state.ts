import type { DatasetName } from '../../data/index.js';
import type { ActivationName } from '../../engine/activations.js';
import type { InitName } from '../../engine/initializers/index.js';
import type { ExperimentConfig } from '../../experiment/config.js';
import { defaultConfig, resolveConfig } from '../../experiment/config.js';
import { trainingDefaults } from '../../experiment/dataset-defaults.js';

/** The screens of the app; the dashboard carries the experiment it runs. */
export type Screen =
  | { readonly name: 'home' }
  | { readonly name: 'dataset' }
  | { readonly name: 'architecture' }
  | { readonly name: 'custom-architecture' }
  | { readonly name: 'init' }
  | { readonly name: 'init-options' }
  | { readonly name: 'training' }
  | { readonly name: 'presets' }
  | { readonly name: 'help' }
  | { readonly name: 'dashboard'; readonly config: ExperimentConfig };

/** The experiment being put together in the menus: the config's settings the menus choose. */
export type Draft = Pick<
  ExperimentConfig,
  'dataset' | 'hidden' | 'activation' | 'init' | 'initScale' | 'bias' | 'optimizer' | 'lr' | 'batch' | 'steps' | 'seed'
>;

/** The whole UI state outside the dashboard. */
export type AppState = {
  readonly screen: Screen;
  /** Screens to go back to, most recent last. */
  readonly backStack: readonly Screen[];
  readonly draft: Draft;
  readonly isQuitting: boolean;
};

/** Everything a screen can ask for. `useInput` handlers only dispatch these. */
export type AppAction =
  | { readonly type: 'open'; readonly screen: Screen }
  | { readonly type: 'back' }
  | { readonly type: 'choose-dataset'; readonly dataset: DatasetName }
  | { readonly type: 'choose-architecture'; readonly hidden: readonly number[]; readonly activation: ActivationName }
  | { readonly type: 'choose-init'; readonly init: InitName }
  | { readonly type: 'set-draft'; readonly changes: Partial<Draft> }
  | { readonly type: 'start-experiment'; readonly config: ExperimentConfig }
  | { readonly type: 'quit' };

/** The draft the menus start from: the defaults of `run`, with the first dataset's training defaults. */
export const initialDraft: Draft = {
  dataset: defaultConfig.dataset,
  hidden: defaultConfig.hidden,
  activation: defaultConfig.activation,
  init: defaultConfig.init,
  initScale: defaultConfig.initScale,
  bias: defaultConfig.bias,
  ...trainingDefaults[defaultConfig.dataset],
  seed: defaultConfig.seed,
};

/** The state at launch: the home menu, or straight to the dashboard when a config was given. */
export function initialAppState(config?: ExperimentConfig): AppState {
  const home: Screen = { name: 'home' };
  if (!config) return { screen: home, backStack: [], draft: initialDraft, isQuitting: false };
  return { screen: { name: 'dashboard', config }, backStack: [home], draft: draftOf(config), isQuitting: false };
}

/** A draft holding a config's settings. */
export function draftOf(config: ExperimentConfig): Draft {
  const { dataset, hidden, activation, init, initScale, bias, optimizer, lr, batch, steps, seed } = config;
  return { dataset, hidden, activation, init, initScale, bias, optimizer, lr, batch, steps, seed };
}

/** The draft as a checked experiment config. */
export function configOf(draft: Draft): ExperimentConfig {
  return resolveConfig([{ source: 'menus', values: { ...draft, hidden: [...draft.hidden] } }]);
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
      return open({ ...state, draft: { ...state.draft, hidden: action.hidden, activation: action.activation } }, { name: 'init' });
    case 'choose-init':
      return open({ ...state, draft: { ...state.draft, init: action.init } }, { name: 'init-options' });
    case 'set-draft':
      return { ...state, draft: { ...state.draft, ...action.changes } };
    case 'start-experiment':
      return open({ ...state, draft: draftOf(action.config) }, { name: 'dashboard', config: action.config });
    case 'quit':
      return { ...state, isQuitting: true };
  }
}
