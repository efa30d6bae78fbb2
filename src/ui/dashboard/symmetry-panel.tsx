import { Text } from 'ink';
import type { LayerSymmetry } from '../../metrics/symmetry.js';
import { renderHeatmap } from '../../render/heatmap.js';
import { Lines } from '../components/lines.js';
import { Panel } from '../components/panel.js';
import { useUi } from '../ui-context.js';
import { distanceSummary, symmetryVerdict, toneColors } from './symmetry-verdict.js';

/**
 * The selected hidden layer's units x units distance heatmap, with the verdict in words:
 * a uniform dark square means every unit is the same unit.
 */
export function SymmetryPanel({
  symmetry,
  layerIndex,
  width,
  height,
}: {
  readonly symmetry: readonly LayerSymmetry[];
  readonly layerIndex: number;
  readonly width: number;
  readonly height: number;
}) {
  const { colorLevel } = useUi();
  const layer = symmetry[Math.min(layerIndex, symmetry.length - 1)];
  if (!layer) {
    return (
      <Panel title="Symmetry" width={width} height={height}>
        <Text wrap="truncate-end">No hidden layer: nothing to be symmetric.</Text>
      </Panel>
    );
  }
  const verdict = symmetryVerdict(layer);
  const draw = (lines: number) => renderHeatmap(layer.distances, layer.units, { width, height: Math.max(lines, 1), colorLevel, isFilling: true });
  // Title, verdict and distances take 3 lines; the distances give way when that lets every unit show.
  let heatmap = draw(height - 3);
  let isSummaryShown = true;
  if (heatmap.isSubset) {
    const taller = draw(height - 2);
    if (!taller.isSubset) [heatmap, isSummaryShown] = [taller, false];
  }
  const keys = symmetry.length > 1 ? ' [ ] layer' : '';
  return (
    <Panel title={`Symmetry: layer ${layer.layer}/${symmetry.length}, ${layer.units} units${keys}`} width={width} height={height}>
      <Text wrap="truncate-end" bold color={colorLevel === 'none' ? undefined : toneColors[verdict.tone]}>
        {verdict.text}
      </Text>
      {isSummaryShown ? <Text wrap="truncate-end">{distanceSummary(layer)}</Text> : null}
      <Lines lines={heatmap.lines} width={width} />
    </Panel>
  );
}
