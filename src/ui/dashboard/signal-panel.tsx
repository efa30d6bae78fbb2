import type { LayerSignal } from '../../metrics/signal.js';
import { renderSignalBars } from '../../render/bars.js';
import { Lines } from '../components/lines.js';
import { Panel } from '../components/panel.js';
import { useUi } from '../ui-context.js';

/** Per layer: activation std and weight-gradient norm on a log scale, vanishing/exploding marked. */
export function SignalPanel({
  layers,
  width,
  height,
}: {
  readonly layers: readonly LayerSignal[];
  readonly width: number;
  readonly height: number;
}) {
  const { colorLevel } = useUi();
  const rows = layers.map((layer, index) => ({
    label: index === layers.length - 1 ? 'out' : `L${layer.layer}`,
    activationStd: layer.activationStd,
    weightGradientNorm: layer.weightGradientNorm,
    saturatedFraction: layer.saturatedFraction,
    deadFraction: layer.deadFraction,
  }));
  const lines = renderSignalBars(rows, { width, height: height - 1, colorLevel });
  return (
    <Panel title="Signal per layer (log): activation std, weight-gradient norm" width={width} height={height}>
      <Lines lines={lines} width={width} />
    </Panel>
  );
}
