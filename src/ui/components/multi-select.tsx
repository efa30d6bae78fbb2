import { Text, useInput } from 'ink';
import { useReducer } from 'react';
import { initialMultiSelect, multiSelectReducer } from '../state/multi-select-state.js';
import { useUi } from '../ui-context.js';
import type { MenuItem } from './menu-frame.js';
import { MENU_CHROME_LINES, MenuFrame } from './menu-frame.js';

/** One entry of a multi-select: a menu item. */
export type MultiSelectItem<V> = MenuItem<V>;

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
  const { rows, colorLevel } = useUi();
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
  // The status line (what is chosen, or why Enter was refused) takes one line more than a menu.
  const height = Math.max(rows - 1 - MENU_CHROME_LINES - 1, 3);
  const first = Math.min(Math.max(state.highlighted - Math.floor(height / 2), 0), Math.max(items.length - height, 0));
  const accent = colorLevel === 'none' ? undefined : 'cyan';
  const chosenLabels = state.chosen.map((index) => items[index].label).join(', ');
  return (
    <MenuFrame
      title={title}
      listWidth={listWidth}
      listHeight={height}
      details={items[state.highlighted]?.details}
      list={items.slice(first, first + height).map((item, offset) => {
        const index = first + offset;
        const isHighlighted = index === state.highlighted;
        return (
          <Text key={index} wrap="truncate-end" color={isHighlighted ? accent : undefined}>
            {`${isHighlighted ? '❯' : ' '} ${state.chosen.includes(index) ? '[x]' : '[ ]'} ${item.label}`}
          </Text>
        );
      })}
      footer={
        <>
          <Text wrap="truncate-end" color={state.problem && colorLevel !== 'none' ? 'red' : undefined}>
            {state.problem ?? `chosen (${state.chosen.length}): ${chosenLabels || 'none'}`}
          </Text>
          <Text dimColor wrap="truncate-end">
            {`↑↓/jk move · space choose · Enter go on with ${minimum} to ${maximum} · Esc/q back`}
          </Text>
        </>
      }
    />
  );
}
