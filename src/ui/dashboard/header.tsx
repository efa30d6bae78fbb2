import { Text } from 'ink';
import { biasText } from '../../experiment/bias-text.js';
import { initializers } from '../../engine/initializers/index.js';
import { formatCompact } from '../../render/format-number.js';
import { formatHidden } from '../../experiment/hidden.js';
import type { GroupSettings } from '../../runs/run-group.js';
import type { RunState, RunView } from '../../runs/run-view.js';
import { speedLabel } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';


/**
 * A run's state as the screen shows it now: the controller's pause shows at once, before the
 * run's next view says so.
 */
export function shownState(view: RunView, settings: GroupSettings): RunState {
  if (view.state === 'running' && settings.isPaused) return 'paused';
  if (view.state === 'paused' && !settings.isPaused) return 'running';
  return view.state;
}

/** What a run's state says in the header. */
export function stateLabel(view: RunView, settings: GroupSettings): string {
  if (view.state === 'diverged') return `DIVERGED at step ${view.snapshot.divergedAtStep ?? view.snapshot.step}`;
  return shownState(view, settings).toUpperCase();
}

/** The colour each state is shown in. */
export const stateColors: Record<RunState, string> = {
  running: 'green',
  paused: 'yellow',
  finished: 'cyan',
  converged: 'cyan',
  diverged: 'red',
};

/**
 * The two header lines every dashboard has: `init-tui` and what the runs are (cut to the width),
 * then the state in its colour (inverse without colour) and `progress`.
 */
export function HeaderLines({ about, state, stateText, progress, width }: { readonly about: string; readonly state: RunState; readonly stateText: string; readonly progress: string; readonly width: number }) {
  const { colorLevel } = useUi();
  const isColored = colorLevel !== 'none';
  return (
    <>
      <Text wrap="truncate-end">
        <Text bold>init-tui </Text>
        {about.slice(0, Math.max(width - 9, 0))}
      </Text>
      <Text wrap="truncate-end">
        <Text bold inverse={!isColored} color={isColored ? stateColors[state] : undefined}>
          {stateText}
        </Text>
        {` ${progress}`}
      </Text>
    </>
  );
}

/**
 * Two lines: the experiment (dataset, architecture, init and its formula, optimizer), then the
 * run. `note` (a compare's focused run) comes first on the second line.
 */
export function Header({ view, settings, width, note }: { readonly view: RunView; readonly settings: GroupSettings; readonly width: number; readonly note?: string }) {
  const { config, snapshot } = view;
  const speed = speedLabel(settings.stepsPerSecond);
  const init = initializers[config.init];
  const scale = config.initScale === 1 ? '' : ` x${formatCompact(config.initScale, 2)}`;
  const batch = config.batch === 0 ? 'full batch' : `batch ${config.batch}`;
  // Most telling first: whatever does not fit the width is cut from the end.
  const first =
    `${config.dataset} · ${config.hidden.length === 0 ? 'no hidden layer' : `${formatHidden(config.hidden)} ${config.activation}`} · ` +
    `init ${config.init}${scale} · ${biasText(config)} · ${config.optimizer} lr ${config.lr} · ${batch} · seed ${config.seed} · ${init.formula}`;
  const accuracy = `${Math.round(snapshot.trainAccuracy * 100)}%/${Math.round(snapshot.testAccuracy * 100)}%`;
  const progress =
    `${view.state === 'diverged' ? 'loss not finite' : `step ${snapshot.step}/${config.steps}`} · ${Math.round(view.stepsPerSecond)} steps/s · ` +
    `loss ${formatCompact(snapshot.trainLoss, 3)}/${formatCompact(snapshot.testLoss, 3)} · acc ${accuracy} train/test · ${speed}`;
  return <HeaderLines about={first} state={shownState(view, settings)} stateText={stateLabel(view, settings)} progress={`${note ? `${note} · ` : ''}${progress}`} width={width} />;
}
