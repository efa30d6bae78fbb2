import { Box, Text } from 'ink';
import { renderHeatmap } from '../../render/heatmap.js';
import { seriesSample } from '../../render/series-styles.js';
import type { RunView } from '../../runs/run-view.js';
import { HEATMAP_GAP } from '../compare-layout.js';
import { Lines } from '../components/lines.js';
import { useUi } from '../ui-context.js';
import { compactVerdict, toneColors } from './symmetry-verdict.js';

/** One run's small symmetry heatmap of the selected layer: a title line (its line, label, verdict), then the map. */
function MiniHeatmap({ view, layerIndex, isFocused, width, height }: { readonly view: RunView | undefined; readonly layerIndex: number; readonly isFocused: boolean; readonly width: number; readonly height: number }) {
  const { colorLevel } = useUi();
  if (!view) return <Box width={width} height={height} />;
  const layer = view.snapshot.symmetry[Math.min(layerIndex, view.snapshot.symmetry.length - 1)];
  const heatmap = layer ? renderHeatmap(layer.distances, layer.units, { width, height: Math.max(height - 1, 1), colorLevel, isFilling: true, isLegendShown: false }) : undefined;
  const verdict = layer ? compactVerdict(layer) : undefined;
  // The verdict itself is in the runs table; here its colour marks the title, and a subset says so.
  const shown = heatmap?.isSubset && layer ? ` ${heatmap.shownUnits.length}/${layer.units}` : '';
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text wrap="truncate-end" bold={isFocused} underline={isFocused}>
        <Text>{seriesSample(view.index, colorLevel)}</Text>
        <Text color={verdict && colorLevel !== 'none' ? toneColors[verdict.tone] : undefined}>{` ${view.index + 1} ${view.label}`}</Text>
        {verdict ? <Text dimColor>{shown}</Text> : ' no hidden layer'}
      </Text>
      {heatmap ? <Lines lines={heatmap.lines} width={width} /> : null}
    </Box>
  );
}

/** A mini heatmap per shown run, side by side: zero init reads as a dark square next to coloured ones. */
export function HeatmapRow({
  views,
  shown,
  focusedRun,
  layerIndex,
  width,
  height,
}: {
  readonly views: readonly (RunView | undefined)[];
  readonly shown: readonly number[];
  readonly focusedRun: number;
  readonly layerIndex: number;
  readonly width: number;
  readonly height: number;
}) {
  return (
    <Box flexDirection="row" columnGap={HEATMAP_GAP} height={height} overflow="hidden">
      {shown.map((run) => (
        <MiniHeatmap key={run} view={views[run]} layerIndex={layerIndex} isFocused={run === focusedRun} width={width} height={height} />
      ))}
    </Box>
  );
}
