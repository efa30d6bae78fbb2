import { Box, Text } from 'ink';

/** The keys of the dashboard and what the panels mean. */
export const dashboardHelp: ReadonlyArray<readonly [string, string]> = [
  ['space', 'pause / resume training'],
  ['n', 'one training step (pauses first)'],
  ['r', 'restart with the same seed'],
  ['s', 'restart with the next seed'],
  ['+ / -', 'train faster / slower'],
  ['l', 'loss chart: log / linear scale'],
  ['[ / ]', 'previous / next hidden layer in the heatmap'],
  ['t', 'theory: predicted against measured signal per layer (t again closes)'],
  ['tab', 'cycle the bottom panel on a small terminal'],
  ['?', 'this help (any key closes it)'],
  ['q / Esc', 'back to the menus'],
  ['Ctrl+C', 'quit'],
];

/** The compare dashboard's own keys, shown after the shared ones. */
export const compareHelp: ReadonlyArray<readonly [string, string]> = [
  ['←→ / 1-6', 'focus a run (its row and heatmap are marked)'],
  ['Enter', "open the focused run's full dashboard (Esc comes back)"],
];

const notes = [
  'Heatmap: distance between every two units of a hidden layer (their incoming weights and bias).',
  'All dark = every unit computes the same thing: symmetry never broke, the layer acts as one unit.',
  'Signal: activation std and weight-gradient norm per layer, log scale; tiny = vanishing.',
];

/** The dashboard's help, drawn in place of the panels (`?`); `isCompare` adds the compare keys. */
export function HelpOverlay({ width, height, isCompare = false }: { readonly width: number; readonly height: number; readonly isCompare?: boolean }) {
  const keys = isCompare ? [...dashboardHelp.slice(0, -2), ...compareHelp, ...dashboardHelp.slice(-2)] : dashboardHelp;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold>Keys</Text>
      {keys.map(([key, meaning]) => (
        <Text key={key} wrap="truncate-end">
          {`  ${key.padEnd(9)} ${meaning}`}
        </Text>
      ))}
      <Text> </Text>
      {notes.map((note) => (
        <Text key={note} wrap="truncate-end">
          {note}
        </Text>
      ))}
    </Box>
  );
}
