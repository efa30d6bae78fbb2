/** Training speeds the `+` and `-` keys step through, in steps per second. */
export const speedLevels = [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000, Infinity] as const;
/** The speed a dashboard opens at: 1000 steps/s (a few seconds for XOR; slower sets run flat out). */
export const DEFAULT_SPEED_INDEX = 6;

/** The panels of the dashboard; on a small terminal `tab` cycles which one is shown. */
export const panelNames = ['loss', 'symmetry', 'signal', 'decision'] as const;
/** One of {@link panelNames}. */
export type PanelName = (typeof panelNames)[number];

/** What the dashboard's keys change. The training itself lives outside React (LiveRun). */
export type DashboardState = {
  readonly isPaused: boolean;
  readonly speedIndex: number;
  readonly isLogScale: boolean;
  /** Index of the hidden layer the heatmap shows (0-based). */
  readonly layerIndex: number;
  /** The panel shown in the panel slot that cycles on small terminals. */
  readonly cycledPanel: PanelName;
  readonly isHelpOpen: boolean;
  /** The seed of the current run (`s` moves to the next one). */
  readonly seed: number;
  /** Bumped by `r` and `s`: the run restarts whenever it changes. */
  readonly runNumber: number;
  /** Bumped by `n`: one more step is wanted. */
  readonly stepRequests: number;
};

/** Everything the dashboard's keys can ask for. */
export type DashboardAction =
  | { readonly type: 'toggle-pause' }
  | { readonly type: 'step-once' }
  | { readonly type: 'restart' }
  | { readonly type: 'new-seed' }
  | { readonly type: 'faster' }
  | { readonly type: 'slower' }
  | { readonly type: 'toggle-log-scale' }
  | { readonly type: 'next-layer'; readonly layerCount: number }
  | { readonly type: 'previous-layer'; readonly layerCount: number }
  | { readonly type: 'cycle-panel'; readonly available: readonly PanelName[] }
  | { readonly type: 'toggle-help' }
  | { readonly type: 'close-help' };

/** A dashboard for a run with this seed, running at the default speed. */
export function initialDashboardState(seed: number): DashboardState {
  return {
    isPaused: false,
    speedIndex: DEFAULT_SPEED_INDEX,
    isLogScale: true,
    layerIndex: 0,
    cycledPanel: 'signal',
    isHelpOpen: false,
    seed,
    runNumber: 0,
    stepRequests: 0,
  };
}

/** The dashboard's reducer: pure, tested without rendering. */
export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'toggle-pause':
      return { ...state, isPaused: !state.isPaused };
    case 'step-once':
      // A single step only makes sense while paused: it pauses a running run first.
      return { ...state, isPaused: true, stepRequests: state.stepRequests + (state.isPaused ? 1 : 0) };
    case 'restart':
      return { ...state, runNumber: state.runNumber + 1 };
    case 'new-seed':
      return { ...state, seed: state.seed + 1, runNumber: state.runNumber + 1 };
    case 'faster':
      return { ...state, speedIndex: Math.min(state.speedIndex + 1, speedLevels.length - 1) };
    case 'slower':
      return { ...state, speedIndex: Math.max(state.speedIndex - 1, 0) };
    case 'toggle-log-scale':
      return { ...state, isLogScale: !state.isLogScale };
    case 'next-layer':
      return { ...state, layerIndex: action.layerCount === 0 ? 0 : (state.layerIndex + 1) % action.layerCount };
    case 'previous-layer':
      return { ...state, layerIndex: action.layerCount === 0 ? 0 : (state.layerIndex - 1 + action.layerCount) % action.layerCount };
    case 'cycle-panel': {
      if (action.available.length === 0) return state;
      const index = action.available.indexOf(state.cycledPanel);
      return { ...state, cycledPanel: action.available[(index + 1) % action.available.length] };
    }
    case 'toggle-help':
      return { ...state, isHelpOpen: !state.isHelpOpen };
    case 'close-help':
      return { ...state, isHelpOpen: false };
  }
}

/** Speed as the header shows it. */
export function speedLabel(speedIndex: number): string {
  const speed = speedLevels[speedIndex];
  return Number.isFinite(speed) ? `${speed} steps/s` : 'max speed';
}
