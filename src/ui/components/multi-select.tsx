import { Box, Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import { useReducer } from 'react';
import { initialMultiSelect, multiSelectReducer } from '../state/multi-select-state.js';
import { useUi } from '../ui-context.js';

/** One entry of a multi-select, with what the panel beside the list shows while it is highlighted. */
export type MultiSelectItem<V> = { readonly label: string; readonly value: V; readonly details?: () => ReactNode };

/** Lines around the list: the title, a blank line, the status line and the key hint. */
const CHROME_LINES = 5;

/**
 * A titled list where space chooses and unchooses entries (arrows or j/k move, wrapping), Enter
 * goes on with `minimum` to `maximum` chosen, Esc, Backspace or q goes back. The highlighted
 * entry's details show beside the list; the list scrolls to keep it in view.
 */
export function MultiSelect<V>({
  title,
  items,
  initialValues,
  minimum,
  maximum,
  onDone,
  onBack,
  listWidth = 26,
}: {
  readonly title: string;
  readonly items: ReadonlyArray<MultiSelectItem<V>>;
  readonly initialValues: readonly V[];
  readonly minimum: number;
  readonly maximum: number;
  readonly onDone: (values: V[]) => void;
  readonly onBack: () => void;
  readonly listWidth?: number;
}) {
  const { columns, rows, colorLevel } = useUi();
  const [state, dispatch] = useReducer(
    multiSelectReducer,
    initialValues.map((value) => items.findIndex((item) => item.value === value)).filter((index) => index >= 0),
    initialMultiSelect,
  );
  useInput((input, key) => {
    if (key.escape || key.backspace || key.delete || input === 'q') onBack();
    else if (key.upArrow || input === 'k') dispatch({ type: 'move', by: -1, count: items.length });
    else if (key.downArrow || input === 'j') dispatch({ type: 'move', by: 1, count: items.length });
    else if (input === ' ') dispatch({ type: 'toggle' });
    else if (key.return) {
      if (state.chosen.length < minimum || state.chosen.length > maximum) {
        dispatch({ type: 'refuse', problem: `choose ${minimum} to ${maximum} (space chooses); ${state.chosen.length} chosen` });
      } else onDone(state.chosen.map((index) => items[index].value));
    }
  });
  const height = Math.max(rows - 1 - CHROME_LINES, 3);
  const first = Math.min(Math.max(state.highlighted - Math.floor(height / 2), 0), Math.max(items.length - height, 0));
  const shown = items.slice(first, first + height);
  const accent = colorLevel === 'none' ? undefined : 'cyan';
  const details = items[state.highlighted]?.details;
  const chosenLabels = state.chosen.map((index) => items[index].label).join(', ');
  return (
    <Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
      <Text bold color={accent} wrap="truncate-end">
        {title}
      </Text>
      <Text> </Text>
      <Box flexDirection="row" height={height} overflow="hidden">
        <Box flexDirection="column" width={listWidth} flexShrink={0} overflow="hidden">
          {shown.map((item, offset) => {
            const index = first + offset;
            const isHighlighted = index === state.highlighted;
            return (
              <Text key={index} wrap="truncate-end" color={isHighlighted ? accent : undefined}>
                {`${isHighlighted ? '❯' : ' '} ${state.chosen.includes(index) ? '[x]' : '[ ]'} ${item.label}`}
              </Text>
            );
          })}
        </Box>
        {details ? (
          <Box flexDirection="column" width={Math.max(columns - listWidth - 2, 10)} marginLeft={2} overflow="hidden">
            {details()}
          </Box>
        ) : null}
      </Box>
      <Text wrap="truncate-end" color={state.problem && colorLevel !== 'none' ? 'red' : undefined}>
        {state.problem ?? `chosen (${state.chosen.length}): ${chosenLabels || 'none'}`}
      </Text>
      <Text dimColor wrap="truncate-end">
        {`↑↓/jk move · space choose · Enter go on with ${minimum} to ${maximum} · Esc/q back`}
      </Text>
    </Box>
  );
}
