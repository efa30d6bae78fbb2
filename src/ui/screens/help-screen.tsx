import { Box, Text, useInput } from 'ink';
import type { Dispatch } from 'react';
import { dashboardHelp } from '../dashboard/help-overlay.js';
import type { AppAction } from '../state/app-state.js';
import { useUi } from '../ui-context.js';

const paragraphs = [
  'init-tui trains a small network live so you can see why weights start random.',
  'Start every weight at the same value (zeros, ones, constant) and every hidden unit gets the same gradient: the units stay identical forever and a layer acts as one unit. The heatmap stays uniformly dark.',
  'Random weights break that symmetry at step 0. Their scale matters too: too small and the signal vanishes layer by layer, too big and tanh saturates or ReLU explodes. Xavier suits tanh, He/Kaiming suits ReLU: the right scale depends on fan-in and the activation, so there is no one magic number.',
  'Menus: arrows or j/k move, Enter chooses, Esc or Backspace goes back. Run headless with: init-tui run --help',
];

/** What the app shows and which keys do what. Any key goes back. */
export function HelpScreen({ dispatch }: { readonly dispatch: Dispatch<AppAction> }) {
  const { columns, rows } = useUi();
  useInput(() => dispatch({ type: 'back' }));
  // At most rows - 1 lines (a taller frame makes Ink clear the screen every frame); the key hint
  // stays on the last line, whatever does not fit above it is cut.
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Box flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
      <Text bold>Help</Text>
      {paragraphs.map((text) => (
        <Box key={text} marginTop={1}>
          <Text wrap="wrap">{text}</Text>
        </Box>
      ))}
      <Box marginTop={1} flexDirection="column">
        <Text bold>Dashboard keys</Text>
        {dashboardHelp.map(([key, meaning]) => (
          <Text key={key} wrap="truncate-end">{`  ${key.padEnd(9)} ${meaning}`}</Text>
        ))}
      </Box>
      </Box>
      <Text dimColor>Any key: back</Text>
    </Box>
  );
}
