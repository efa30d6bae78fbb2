import { Text } from 'ink';
import { formatHidden } from '../../experiment/hidden.js';
import type { GroupSettings } from '../../runs/run-group.js';
import type { RunState, RunView } from '../../runs/run-view.js';
import { speedLabel } from '../state/dashboard-state.js';
import { HeaderLines, shownState } from './header.js';

/** The state of a comparison as a whole: paused, running while any run trains, else finished. */
export function groupState(views: readonly (RunView | undefined)[], settings: GroupSettings): RunState {
  const states = views.filter((view) => view !== undefined).map((view) => shownState(view, settings));
  if (states.some((state) => state === 'running')) return 'running';
  if (states.some((state) => state === 'paused')) return 'paused';
  return 'finished';
}

/** How many runs are in each state: "2 running, 1 converged, 1 diverged". */
export function stateCounts(views: readonly (RunView | undefined)[], settings: GroupSettings): string {
  const counts = new Map<RunState, number>();
  for (const view of views) if (view) counts.set(shownState(view, settings), (counts.get(shownState(view, settings)) ?? 0) + 1);
  return [...counts].map(([state, count]) => `${count} ${state}`).join(', ');
}

/** Two lines: what every run shares (dataset, architecture, training), then where the runs stand. */
export function CompareHeader({ views, settings, width }: { readonly views: readonly (RunView | undefined)[]; readonly settings: GroupSettings; readonly width: number }) {
  const config = views.find((view) => view !== undefined)?.config;
  if (!config) return <Text>init-tui compare: preparing the runs…</Text>;
  const batch = config.batch === 0 ? 'full batch' : `batch ${config.batch}`;
  const isActivationShared = views.every((view) => view === undefined || view.config.activation === config.activation);
  const architecture = config.hidden.length === 0 ? 'no hidden layer' : `${formatHidden(config.hidden)}${isActivationShared ? ` ${config.activation}` : ''}`;
  const shared = `compare ${views.length} runs · ${config.dataset} · ${architecture} · ${config.optimizer} lr ${config.lr} · ${batch} · seed ${settings.seed} · until ${config.until}`;
  const step = Math.max(...views.map((view) => view?.snapshot.step ?? 0));
  const state = groupState(views, settings);
  return (
    <HeaderLines
      about={shared}
      state={state}
      stateText={state.toUpperCase()}
      progress={`step ${step}/${config.steps} · ${stateCounts(views, settings)} · ${speedLabel(settings.stepsPerSecond)} each`}
      width={width}
    />
  );
}
