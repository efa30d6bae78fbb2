import { Text } from 'ink';
import { initializers } from '../../engine/initializers/index.js';
import { formatCompact } from '../../render/format-number.js';
import { formatHidden } from '../../experiment/hidden.js';
import type { RunState, RunView } from '../../runs/live-run.js';
import { useUi } from '../ui-context.js';

const stateColors: Record<RunState, string> = {
  running: 'green',
  paused: 'yellow',
  finished: 'cyan',
  converged: 'cyan',
  diverged: 'red',
};

/** What a run's state says in the header. */
export function stateLabel(view: RunView): string {
  if (view.state === 'diverged') return `DIVERGED at step ${view.snapshot.divergedAtStep ?? view.snapshot.step}`;
  return view.state.toUpperCase();
}

/** Two lines: the experiment (dataset, architecture, init and its formula, optimizer), then the run. */
export function Header({ view, speed, width }: { readonly view: RunView; readonly speed: string; readonly width: number }) {
  const { colorLevel } = useUi();
  const { config, snapshot } = view;
  const init = initializers[config.init];
  const scale = config.initScale === 1 ? '' : ` x${formatCompact(config.initScale, 2)}`;
  const batch = config.batch === 0 ? 'full batch' : `batch ${config.batch}`;
  // Most telling first: whatever does not fit the width is cut from the end.
  const first =
    `${config.dataset} · ${config.hidden.length === 0 ? 'no hidden layer' : `${formatHidden(config.hidden)} ${config.activation}`} · ` +
    `init ${config.init}${scale} · bias ${config.bias} · ${config.optimizer} lr ${config.lr} · ${batch} · seed ${config.seed} · ${init.formula}`;
  const accuracy = `${Math.round(snapshot.trainAccuracy * 100)}%/${Math.round(snapshot.testAccuracy * 100)}%`;
  const progress =
    `${view.state === 'diverged' ? 'loss not finite' : `step ${snapshot.step}/${config.steps}`} · ${Math.round(view.stepsPerSecond)} steps/s · ` +
    `loss ${formatCompact(snapshot.trainLoss, 3)}/${formatCompact(snapshot.testLoss, 3)} · acc ${accuracy} train/test · ${speed}`;
  const isColored = colorLevel !== 'none';
  return (
    <>
      <Text wrap="truncate-end">
        <Text bold>init-tui </Text>
        {first.slice(0, Math.max(width - 9, 0))}
      </Text>
      <Text wrap="truncate-end">
        <Text bold inverse={!isColored} color={isColored ? stateColors[view.state] : undefined}>
          {stateLabel(view)}
        </Text>
        {` ${progress}`}
      </Text>
    </>
  );
}
