import { renderLossChart } from '../../render/loss-chart.js';
import type { LossHistory } from '../../runs/run-view.js';
import { Lines } from '../components/lines.js';
import { Panel } from '../components/panel.js';
import { useUi } from '../ui-context.js';

/** Train and test loss over the whole run so far. */
export function LossPanel({
  history,
  isLogScale,
  width,
  height,
}: {
  readonly history: LossHistory;
  readonly isLogScale: boolean;
  readonly width: number;
  readonly height: number;
}) {
  const { colorLevel } = useUi();
  const lines = renderLossChart(history, { width, height: height - 1, logScale: isLogScale, colorLevel });
  return (
    <Panel title={`Loss${isLogScale ? ' (log scale, l: linear)' : ' (l: log scale)'}`} width={width} height={height}>
      <Lines lines={lines} width={width} />
    </Panel>
  );
}
