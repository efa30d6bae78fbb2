/** Training speeds the `+` and `-` keys step through, in steps per second. */
export const speedLevels = [1, 3, 10, 30, 100, 300, 1000, 3000, 10_000, Infinity] as const;
/** The speed a dashboard opens at: 1000 steps/s (a few seconds for XOR; slower sets run flat out). */
export const DEFAULT_SPEED_INDEX = 6;

/** The panels of the single dashboard; on a small terminal `tab` cycles which one is shown. */
export const panelNames = ['loss', 'symmetry', 'signal', 'decision', 'runs', 'heatmaps'] as const;
/** One of {@link panelNames} (`runs` and `heatmaps` are the compare dashboard's). */
export type PanelName = (typeof panelNames)[number];

/**
 * What the dashboard's keys change on screen. The training itself, with its pause, speed and
 * seed, lives outside React in the run group: keys call its controller.
 */
export type DashboardState = {
  readonly isLogScale: boolean;
  /** Index of the hidden layer the heatmaps show (0-based). */
  readonly layerIndex: number;
  /** The panel shown in the panel slot that cycles on small terminals. */
  readonly cycledPanel: PanelName;
  readonly isHelpOpen: boolean;
  /** The theory view (`t`): predicted against measured signal per layer, in place of the panels. */
  readonly isTheoryOpen: boolean;
  /** Compare: the run the keys 1-6 and left/right picked (0-based). */
  readonly focusedRun: number;
  /** Compare: the focused run's full single dashboard is open (Enter), Esc comes back. */
  readonly isRunOpen: boolean;
};

/** Everything the dashboard's keys can ask of the screen. */
export type DashboardAction =
  | { readonly type: 'toggle-log-scale' }
  | { readonly type: 'next-layer'; readonly layerCount: number }
  | { readonly type: 'previous-layer'; readonly layerCount: number }
  | { readonly type: 'cycle-panel'; readonly available: readonly PanelName[] }
  | { readonly type: 'toggle-help' }
  | { readonly type: 'toggle-theory' }
  | { readonly type: 'close-help' }
  | { readonly type: 'focus'; readonly run: number; readonly runCount: number }
  | { readonly type: 'focus-next'; readonly runCount: number }
  | { readonly type: 'focus-previous'; readonly runCount: number }
  | { readonly type: 'open-run' }
  | { readonly type: 'close-run' };

/** A dashboard as it opens. */
export function initialDashboardState(): DashboardState {
  return { isLogScale: true, layerIndex: 0, cycledPanel: 'signal', isHelpOpen: false, isTheoryOpen: false, focusedRun: 0, isRunOpen: false };
}

/** The dashboard's reducer: pure, tested without rendering. */
export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
  switch (action.type) {
    case 'toggle-theory':
      return { ...state, isTheoryOpen: !state.isTheoryOpen };
    case 'toggle-log-scale':
      return { ...state, isLogScale: !state.isLogScale };
    case 'next-layer':
      return { ...state, layerIndex: action.layerCount === 0 ? 0 : (state.layerIndex + 1) % action.layerCount };
    case 'previous-layer':
      return { ...state, layerIndex: action.layerCount === 0 ? 0 : (state.layerIndex - 1 + action.layerCount) % action.layerCount };
    case 'cycle-panel': {
      if (action.available.length === 0) return state;
      // A panel not in this cycle shows as its first one (both layouts do so): tab moves on from there.
      const index = Math.max(action.available.indexOf(state.cycledPanel), 0);
      return { ...state, cycledPanel: action.available[(index + 1) % action.available.length] };
    }
    case 'toggle-help':
      return { ...state, isHelpOpen: !state.isHelpOpen };
    case 'close-help':
      return { ...state, isHelpOpen: false };
    case 'focus':
      return action.run >= 0 && action.run < action.runCount ? { ...state, focusedRun: action.run } : state;
    case 'focus-next':
      return { ...state, focusedRun: action.runCount === 0 ? 0 : (state.focusedRun + 1) % action.runCount };
    case 'focus-previous':
      return { ...state, focusedRun: action.runCount === 0 ? 0 : (state.focusedRun - 1 + action.runCount) % action.runCount };
    case 'open-run':
      return { ...state, isRunOpen: true };
    case 'close-run':
      return { ...state, isRunOpen: false };
  }
}

/** Speed as the header shows it. */
export function speedLabel(stepsPerSecond: number): string {
  return Number.isFinite(stepsPerSecond) ? `${stepsPerSecond} steps/s` : 'max speed';
}

/** The next speed level up (`direction` 1) or down (-1) from `stepsPerSecond`, clamped to the levels. */
export function nextSpeed(stepsPerSecond: number, direction: 1 | -1): number {
  const levels: readonly number[] = speedLevels;
  let index = levels.indexOf(stepsPerSecond);
  if (index === -1) index = Math.max(0, levels.findIndex((level) => level > stepsPerSecond) - (direction === 1 ? 1 : 0));
  return levels[Math.min(Math.max(index + direction, 0), levels.length - 1)];
}
