import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useReducer } from 'react';
import type { ColorLevel } from '../render/color.js';
import type { ExperimentConfig } from '../experiment/config.js';
import { InputGate } from './hooks/use-input-gate.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { MIN_COLUMNS, MIN_ROWS } from './layout.js';
import { ArchitectureScreen } from './screens/architecture-screen.js';
import { CustomArchitectureScreen } from './screens/custom-architecture-screen.js';
import { DashboardScreen } from './screens/dashboard-screen.js';
import { DatasetScreen } from './screens/dataset-screen.js';
import { HelpScreen } from './screens/help-screen.js';
import { HomeScreen } from './screens/home-screen.js';
import { InitOptionsScreen } from './screens/init-options-screen.js';
import { InitScreen } from './screens/init-screen.js';
import { PresetsScreen } from './screens/presets-screen.js';
import { TrainingScreen } from './screens/training-screen.js';
import { appReducer, initialAppState } from './state/app-state.js';
import type { RunSpec } from '../runs/run-view.js';
import { CompareInitsScreen } from './screens/compare-inits-screen.js';
import type { GroupFactory } from './ui-context.js';
import { inThreadGroup, inThreadSweep, UiContext } from './ui-context.js';
import type { SweepFactory } from './ui-context.js';
import { SweepOptionsScreen } from './screens/sweep-options-screen.js';
import { SweepScreen } from './screens/sweep-screen.js';

/** Exit code of a Ctrl+C quit (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

/** The interactive app: menus, then the dashboard. Calls `onExit` with the exit code when it is done. */
export function App({
  config,
  comparison,
  colorLevel,
  onExit,
  createGroup = inThreadGroup,
  createSweep = inThreadSweep,
}: {
  /** Given: open the dashboard directly with it. */
  readonly config?: ExperimentConfig;
  /** Given: open the compare dashboard directly with these runs. */
  readonly comparison?: readonly RunSpec[];
  readonly colorLevel: ColorLevel;
  readonly onExit: (code: number) => void;
  /** How dashboards run their training (default: in this thread). */
  readonly createGroup?: GroupFactory;
  /** How the sweep screen runs its runs (default: in this thread). */
  readonly createSweep?: SweepFactory;
}) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const [state, dispatch] = useReducer(appReducer, { config, comparison }, initialAppState);

  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      onExit(EXIT_INTERRUPTED);
      exit();
    }
  });

  useEffect(() => {
    if (state.isQuitting) {
      onExit(0);
      exit();
    }
  }, [state.isQuitting, exit, onExit]);

  if (state.isQuitting) return null;
  // Too small: ask for more room, but keep the screens mounted (hidden, laid out at the minimum
  // size) so a running dashboard keeps its run, seed and speed through the resize.
  const isTooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
  const { screen, draft } = state;
  const back = () => dispatch({ type: 'back' });
  const settings = { colorLevel, columns: Math.max(columns, MIN_COLUMNS), rows: Math.max(rows, MIN_ROWS), createGroup, createSweep };
  return (
    <UiContext.Provider value={settings}>
      {isTooSmall ? (
        <Box flexDirection="column">
          <Text>{`The terminal is ${columns}x${rows}; init-tui needs at least ${MIN_COLUMNS}x${MIN_ROWS}.`}</Text>
          <Text>Please make the window bigger (Ctrl+C quits).</Text>
        </Box>
      ) : null}
      <Box display={isTooSmall ? 'none' : 'flex'} flexDirection="column">
        {screen.name === 'home' && <HomeScreen dispatch={dispatch} />}
        {screen.name === 'dataset' && <DatasetScreen draft={draft} flow={state.flow} dispatch={dispatch} />}
        {screen.name === 'architecture' && <ArchitectureScreen draft={draft} flow={state.flow} dispatch={dispatch} />}
        {screen.name === 'custom-architecture' && <CustomArchitectureScreen draft={draft} flow={state.flow} dispatch={dispatch} />}
        {screen.name === 'init' && <InitScreen draft={draft} flow={state.flow} dispatch={dispatch} />}
        {screen.name === 'compare-inits' && <CompareInitsScreen draft={draft} inits={state.compareInits} dispatch={dispatch} />}
        {screen.name === 'init-options' && <InitOptionsScreen draft={draft} flow={state.flow} inits={state.compareInits} dispatch={dispatch} />}
        {screen.name === 'training' && <TrainingScreen draft={draft} flow={state.flow} inits={state.compareInits} dispatch={dispatch} />}
        {screen.name === 'presets' && <PresetsScreen dispatch={dispatch} />}
        {screen.name === 'help' && <HelpScreen dispatch={dispatch} />}
        {screen.name === 'sweep-options' && <SweepOptionsScreen draft={draft} sweep={state.sweep} dispatch={dispatch} />}
        {screen.name === 'sweep' && <SweepScreen key={state.backStack.length} jobs={screen.jobs} onBack={back} />}
        {screen.name === 'dashboard' && <DashboardScreen key={state.backStack.length} runs={screen.runs} onBack={back} />}
      </Box>
      <InputGate screen={screen} />
    </UiContext.Provider>
  );
}
