import { Box, Text, useInput } from 'ink';
import type { Dispatch } from 'react';
import { dashboardHelp } from '../dashboard/help-overlay.js';
import type { AppAction } from '../state/app-state.js';
import { useUi } from '../ui-context.js';

const paragraphs = [
  'Same start (zeros, constant): every hidden unit gets the same gradient, stays identical forever, and a layer acts as one unit; the heatmap stays uniformly dark.',
  'Random start breaks that symmetry at step 0. Scale matters too: too small and the signal vanishes, too big and tanh saturates or ReLU explodes. Xavier suits tanh, He suits ReLU: std ~ gain / sqrt(fan_in), no one magic number.',
  'Menus: arrows or j/k, Enter, Esc/Backspace/q back. Headless: init-tui run --help',
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
        <Text key={text} wrap="wrap">
          {text}
        </Text>
      ))}
      <Box flexDirection="column" flexShrink={0}>
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
