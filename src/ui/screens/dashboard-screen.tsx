import { Box, Text, useInput } from 'ink';
import { useReducer } from 'react';
import { datasets } from '../../data/index.js';
import type { ExperimentConfig } from '../../training/config.js';
import { DecisionPanel } from '../dashboard/decision-panel.js';
import { Footer } from '../dashboard/footer.js';
import { Header } from '../dashboard/header.js';
import { HelpOverlay } from '../dashboard/help-overlay.js';
import { LossPanel } from '../dashboard/loss-panel.js';
import { SignalPanel } from '../dashboard/signal-panel.js';
import { SymmetryPanel } from '../dashboard/symmetry-panel.js';
import { useLiveRun } from '../hooks/use-live-run.js';
import { dashboardLayout, FOOTER_LINES, HEADER_LINES } from '../layout.js';
import type { PanelBox } from '../layout.js';
import { dashboardReducer, initialDashboardState, speedLabel } from '../state/dashboard-state.js';
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

  const panel = (box: PanelBox) => {
    switch (box.panel) {
      case 'loss':
        return <LossPanel key="loss" history={view.history} isLogScale={state.isLogScale} width={box.width} height={box.height} />;
      case 'symmetry':
        return <SymmetryPanel key="symmetry" symmetry={view.snapshot.symmetry} layerIndex={state.layerIndex} width={box.width} height={box.height} />;
      case 'signal':
        return <SignalPanel key="signal" layers={view.snapshot.layers} width={box.width} height={box.height} />;
      case 'decision':
        return <DecisionPanel key="decision" decision={view.decision} isPlanar={datasets[config.dataset].isPlanar} width={box.width} height={box.height} />;
    }
  };

  return (
    <Box flexDirection="column" width={columns} height={layout.frameHeight} overflow="hidden">
      <Header view={view} speed={speedLabel(state.speedIndex)} width={columns} />
      {state.isHelpOpen ? (
        <HelpOverlay width={columns} height={layout.frameHeight - HEADER_LINES - FOOTER_LINES} />
      ) : (
        layout.rows.map((row, index) => (
          <Box key={index} flexDirection="row" columnGap={2}>
            {row.map(panel)}
          </Box>
        ))
      )}
      <Footer width={columns} />
    </Box>
  );
}
