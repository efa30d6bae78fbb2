import { Text } from 'ink';
import { renderDecisionMap } from '../../render/decision-map.js';
import type { RunView } from '../../runs/run-view.js';
import { Lines } from '../components/lines.js';
import { Panel } from '../components/panel.js';
import { useUi } from '../ui-context.js';

/** The input plane coloured by the network's prediction, with the training points. */
export function DecisionPanel({
  decision,
  isPlanar,
  width,
  height,
}: {
  readonly decision: RunView['decision'];
  /** False for datasets with more than 2 inputs, which have no plane to draw. */
  readonly isPlanar: boolean;
  readonly width: number;
  readonly height: number;
}) {
  const { colorLevel } = useUi();
  return (
    <Panel title="Decision map (training points)" width={width} height={height}>
      {decision ? (
        <Lines lines={renderDecisionMap(decision.grid, decision.points, { width, height: height - 1, colorLevel })} width={width} />
      ) : (
        <Text wrap="truncate-end">{isPlanar ? 'Measuring…' : 'Only for 2-D datasets.'}</Text>
      )}
    </Panel>
  );
}
