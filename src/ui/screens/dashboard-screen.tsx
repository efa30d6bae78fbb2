import { Box, Text, useInput } from 'ink';
import { useReducer } from 'react';
import { datasets } from '../../data/index.js';
import type { ExperimentConfig } from '../../experiment/config.js';
import { DashboardView } from '../dashboard/dashboard-view.js';
import { useLiveRun } from '../hooks/use-live-run.js';
import { dashboardLayout } from '../layout.js';
import { dashboardReducer, initialDashboardState } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';

/** The live training dashboard: header, loss chart, symmetry heatmap, signal bars, decision map. */
export function DashboardScreen({ config, onBack }: { readonly config: ExperimentConfig; readonly onBack: () => void }) {
  const { columns, rows } = useUi();
  const [state, dispatch] = useReducer(dashboardReducer, config.seed, initialDashboardState);
  const layout = dashboardLayout(columns, rows, datasets[config.dataset].isPlanar, state.cycledPanel);
  const decisionBox = layout.rows.flat().find((box) => box.panel === 'decision');
  const { view, failure } = useLiveRun(config, state, {
    columns: decisionBox ? decisionBox.width : 0,
    rows: decisionBox ? 2 * (decisionBox.height - 1) : 0,
  });
  const layerCount = view?.snapshot.symmetry.length ?? 0;

  /** One key's command; keys that arrive together in one chunk are taken one by one. */
  const handleKey = (character: string): void => {
    if (character === 'q') onBack();
    else if (character === ' ') dispatch({ type: 'toggle-pause' });
    else if (character === 'n') dispatch({ type: 'step-once' });
    else if (character === 'r') dispatch({ type: 'restart' });
    else if (character === 's') dispatch({ type: 'new-seed' });
    else if (character === '+' || character === '=') dispatch({ type: 'faster' });
    else if (character === '-' || character === '_') dispatch({ type: 'slower' });
    else if (character === 'l') dispatch({ type: 'toggle-log-scale' });
    else if (character === ']') dispatch({ type: 'next-layer', layerCount });
    else if (character === '[') dispatch({ type: 'previous-layer', layerCount });
    else if (character === '?') dispatch({ type: 'toggle-help' });
  };

  useInput((input, key) => {
    if (state.isHelpOpen) {
      dispatch({ type: 'close-help' });
      return;
    }
    if (key.escape) onBack();
    else if (key.tab) dispatch({ type: 'cycle-panel', available: layout.cycle });
    else if (!key.ctrl && !key.meta) for (const character of input) handleKey(character);
  });

  if (failure || !view) {
    return (
      <Box flexDirection="column" width={columns} height={layout.frameHeight}>
        <Text wrap="wrap">{failure ? `The run failed: ${failure}` : `Preparing ${config.dataset} and the network…`}</Text>
        <Text dimColor>q or Esc: back to the menus · Ctrl+C: quit</Text>
      </Box>
    );
  }

  return <DashboardView view={view} state={state} layout={layout} />;
}
