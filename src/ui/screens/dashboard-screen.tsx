import { Box, Text, useInput } from 'ink';
import { useEffect, useReducer } from 'react';
import { datasets } from '../../data/index.js';
import type { RunSpec } from '../../runs/run-view.js';
import { compareLayout } from '../compare-layout.js';
import { CompareView } from '../dashboard/compare-view.js';
import { DashboardView } from '../dashboard/dashboard-view.js';
import { useRunGroup } from '../hooks/use-run-group.js';
import { dashboardLayout } from '../layout.js';
import { dashboardReducer, initialDashboardState, nextSpeed } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';

/**
 * The live dashboard of a run group. One run: header, loss chart, symmetry heatmap, signal
 * bars, decision map. Several: the compare dashboard (every run's loss, a row and a mini heatmap
 * per run), where Enter opens the focused run's full dashboard and Esc comes back. Keys act on
 * every run through the group's controller; the reducer keeps only what is on screen.
 */
export function DashboardScreen({ runs, onBack }: { readonly runs: readonly RunSpec[]; readonly onBack: () => void }) {
  const { columns, rows, colorLevel } = useUi();
  const [state, dispatch] = useReducer(dashboardReducer, undefined, initialDashboardState);
  const { group, status, refresh } = useRunGroup(runs);
  const isCompare = runs.length > 1;
  const isSingleShown = !isCompare || state.isRunOpen;
  const focused = isCompare ? Math.min(state.focusedRun, runs.length - 1) : 0;
  const view = status.views[focused];
  const layout = dashboardLayout(columns, rows, datasets[runs[focused].config.dataset].isPlanar, state.cycledPanel);
  const widest = Math.max(0, ...runs[0].config.hidden);
  // A mini heatmap shows every unit in a title line and half-block rows (two units a line), or a line a unit without colour.
  const heatmapNeed = 1 + (colorLevel === 'none' ? widest : Math.ceil(widest / 2));
  const comparison = compareLayout(columns, rows, runs.length, state.cycledPanel, heatmapNeed);
  const decisionBox = isSingleShown ? layout.rows.flat().find((box) => box.panel === 'decision') : undefined;
  const decisionColumns = decisionBox?.width ?? 0;
  const decisionRows = decisionBox ? 2 * (decisionBox.height - 1) : 0;
  useEffect(() => {
    group.setDecision(decisionColumns > 0 ? { run: focused, columns: decisionColumns, rows: decisionRows } : undefined);
  }, [group, focused, decisionColumns, decisionRows]);
  const layerCount = view?.snapshot.symmetry.length ?? 0;

  /** Calls the controller, then shows its new settings at once. */
  const control = (command: () => void): void => {
    command();
    refresh();
  };

  /** One key's command (keys arrive one at a time: the input gate splits every read). */
  const handleKey = (character: string): void => {
    if (character === 'q') onBack();
    else if (character === ' ') control(() => group.setPaused(!group.settings().isPaused));
    else if (character === 'n') control(() => group.stepOnce());
    else if (character === 'r') control(() => group.restart());
    else if (character === 's') control(() => group.reseed());
    else if (character === '+' || character === '=') control(() => group.setSpeed(nextSpeed(group.settings().stepsPerSecond, 1)));
    else if (character === '-' || character === '_') control(() => group.setSpeed(nextSpeed(group.settings().stepsPerSecond, -1)));
    else if (character === 'l') dispatch({ type: 'toggle-log-scale' });
    else if (character === ']') dispatch({ type: 'next-layer', layerCount });
    else if (character === '[') dispatch({ type: 'previous-layer', layerCount });
    else if (character === '?') dispatch({ type: 'toggle-help' });
    else if (character === 't' && isSingleShown) dispatch({ type: 'toggle-theory' });
    else if (isCompare && /^[1-9]$/.test(character)) dispatch({ type: 'focus', run: Number(character) - 1, runCount: runs.length });
  };

  useInput((input, key) => {
    if (state.isHelpOpen) {
      dispatch({ type: 'close-help' });
      return;
    }
    if (key.escape) {
      if (isCompare && state.isRunOpen) dispatch({ type: 'close-run' });
      else onBack();
    } else if (key.tab) dispatch({ type: 'cycle-panel', available: isSingleShown ? layout.cycle : comparison.cycle });
    else if (isCompare && key.rightArrow) dispatch({ type: 'focus-next', runCount: runs.length });
    else if (isCompare && key.leftArrow) dispatch({ type: 'focus-previous', runCount: runs.length });
    else if (isCompare && key.return) dispatch({ type: 'open-run' });
    else if (!key.ctrl && !key.meta) for (const character of input) handleKey(character);
  });

  if (status.failure || status.views.every((shown) => shown === undefined) || (isSingleShown && !view)) {
    return (
      <Box flexDirection="column" width={columns} height={layout.frameHeight}>
        <Text wrap="wrap">{status.failure ? `The run failed: ${status.failure}` : `Preparing ${runs[0].config.dataset} and the network${isCompare ? 's' : ''}…`}</Text>
        <Text dimColor>q or Esc: back to the menus · Ctrl+C: quit</Text>
      </Box>
    );
  }
  if (isSingleShown && view) {
    const note = isCompare ? `run ${focused + 1}/${runs.length} ${view.label}` : undefined;
    return <DashboardView view={view} state={state} settings={status.settings} layout={layout} note={note} isInComparison={isCompare} />;
  }
  return <CompareView views={status.views} state={state} settings={status.settings} layout={comparison} />;
}
