import { Box } from 'ink';
import { datasets } from '../../data/index.js';
import type { RunView } from '../../runs/run-view.js';
import type { DashboardLayout, PanelBox } from '../layout.js';
import { FOOTER_LINES, HEADER_LINES } from '../layout.js';
import type { GroupSettings } from '../../runs/run-group.js';
import type { DashboardState } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';
import { DecisionPanel } from './decision-panel.js';
import { Footer } from './footer.js';
import { Header } from './header.js';
import { HelpOverlay } from './help-overlay.js';
import { TheoryPanel } from './theory-panel.js';
import { LossPanel } from './loss-panel.js';
import { SignalPanel } from './signal-panel.js';
import { SymmetryPanel } from './symmetry-panel.js';

/**
 * One frame of the single-run dashboard for a view of the run: no hooks of its own beyond the UI
 * settings. `note` and `footer` are a compare's (which run this is, and Esc back to the comparison).
 */
export function DashboardView({
  view,
  state,
  settings,
  layout,
  note,
  isInComparison = false,
}: {
  readonly view: RunView;
  readonly state: DashboardState;
  readonly settings: GroupSettings;
  readonly layout: DashboardLayout;
  readonly note?: string;
  readonly isInComparison?: boolean;
}) {
  const { columns } = useUi();
  const panel = (box: PanelBox) => {
    switch (box.panel) {
      case 'loss':
        return <LossPanel key="loss" history={view.history} isLogScale={state.isLogScale} width={box.width} height={box.height} />;
      case 'symmetry':
        return <SymmetryPanel key="symmetry" symmetry={view.snapshot.symmetry} layerIndex={state.layerIndex} width={box.width} height={box.height} />;
      case 'signal':
        return <SignalPanel key="signal" layers={view.snapshot.layers} width={box.width} height={box.height} />;
      case 'decision':
        return <DecisionPanel key="decision" decision={view.decision} isPlanar={datasets[view.config.dataset].isPlanar} width={box.width} height={box.height} />;
      default:
        return null;
    }
  };
  return (
    <Box flexDirection="column" width={columns} height={layout.frameHeight} overflow="hidden">
      <Header view={view} settings={settings} width={columns} note={note} />
      {state.isHelpOpen ? (
        <HelpOverlay width={columns} height={layout.frameHeight - HEADER_LINES - FOOTER_LINES} />
      ) : state.isTheoryOpen ? (
        <TheoryPanel view={view} width={columns} height={layout.frameHeight - HEADER_LINES - FOOTER_LINES} />
      ) : (
        layout.rows.map((row, index) => (
          <Box key={index} flexDirection="row" columnGap={2}>
            {row.map(panel)}
          </Box>
        ))
      )}
      <Footer width={columns} isInComparison={isInComparison} />
    </Box>
  );
}
