import { Text } from 'ink';
import { formatCompact } from '../../render/format-number.js';
import { seriesSample } from '../../render/series-styles.js';
import type { GroupSettings } from '../../runs/run-group.js';
import type { RunView } from '../../runs/run-view.js';
import { Panel } from '../components/panel.js';
import { useUi } from '../ui-context.js';
import { shownState } from './header.js';
import { compactVerdict, toneColors } from './symmetry-verdict.js';

/** The parts of one run's row, most telling first (whatever does not fit is cut from the end). */
export function runRowParts(view: RunView, layerIndex: number, settings: GroupSettings, labelWidth: number) {
  const layer = view.snapshot.symmetry[Math.min(layerIndex, view.snapshot.symmetry.length - 1)];
  const verdict = layer ? compactVerdict(layer) : { text: 'no hidden layer', tone: 'partial' as const };
  const loss = Number.isFinite(view.snapshot.trainLoss) ? formatCompact(view.snapshot.trainLoss, 3) : 'not finite';
  const target = view.stepsToTarget === undefined ? '-' : String(view.stepsToTarget);
  const state = shownState(view, settings);
  // Running and paused show in the header; a run that has stopped says how.
  const stopped = state === 'running' || state === 'paused' ? '' : ` ${state === 'diverged' ? `DIVERGED ${view.snapshot.divergedAtStep ?? ''}`.trimEnd() : state.toUpperCase()}`;
  return {
    label: view.label.padEnd(labelWidth),
    verdict: verdict.text.padEnd(16),
    tone: verdict.tone,
    rest: ` loss ${loss.padEnd(7)} acc ${`${Math.round(view.snapshot.trainAccuracy * 100)}%`.padEnd(4)} target ${target.padEnd(5)}${stopped}`,
  };
}

/** A row per run: its line on the chart, label, live symmetry verdict, loss, accuracy, steps to target and state. */
export function RunsPanel({
  views,
  settings,
  focusedRun,
  layerIndex,
  width,
  height,
}: {
  readonly views: readonly (RunView | undefined)[];
  readonly settings: GroupSettings;
  readonly focusedRun: number;
  readonly layerIndex: number;
  readonly width: number;
  readonly height: number;
}) {
  const { colorLevel } = useUi();
  const labelWidth = Math.max(...views.map((view) => view?.label.length ?? 0), 5);
  const layers = views.find((view) => view)?.snapshot.symmetry.length ?? 0;
  const layerNote = layers > 1 ? ` · layer ${Math.min(layerIndex, layers - 1) + 1}/${layers} ([ ])` : '';
  const isColored = colorLevel !== 'none';
  return (
    <Panel title={`Runs (target: steps to train loss ${views.find((view) => view)?.config.targetLoss ?? ''}) · ←→/1-${views.length} focus · Enter opens${layerNote}`} width={width} height={height}>
      {views.map((view, index) => {
        const marker = `${index === focusedRun ? '▶' : ' '}${index + 1} `;
        if (!view) return <Text key={index}>{`${marker}  preparing…`}</Text>;
        const parts = runRowParts(view, layerIndex, settings, labelWidth);
        return (
          <Text key={index} wrap="truncate-end" bold={index === focusedRun}>
            {marker}
            <Text>{seriesSample(index, colorLevel)}</Text>
            {` ${parts.label} `}
            <Text color={isColored ? toneColors[parts.tone] : undefined}>{parts.verdict}</Text>
            {parts.rest}
          </Text>
        );
      })}
    </Panel>
  );
}
