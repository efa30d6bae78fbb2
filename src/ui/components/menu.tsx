import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useUi } from '../ui-context.js';

/** One entry of a menu, with what the panel beside the list shows while it is highlighted. */
export type MenuItem<V> = { readonly label: string; readonly value: V; readonly details?: () => ReactNode };

/** Lines around the list: the title, a blank line and the key hint. */
const CHROME_LINES = 4;

/**
 * A titled list (ink-select-input: arrows or j/k, Enter, number keys) with a details panel for
 * the highlighted item. Esc, Backspace or q goes back (from home: quits).
 */
export function Menu<V>({
  title,
  items,
  initialValue,
  onSelect,
  onBack,
  listWidth = 30,
}: {
  readonly title: string;
  readonly items: ReadonlyArray<MenuItem<V>>;
  readonly initialValue?: V;
  readonly onSelect: (value: V) => void;
  readonly onBack: () => void;
  readonly listWidth?: number;
}) {
  const { columns, rows, colorLevel } = useUi();
  const initialIndex = Math.max(
    items.findIndex((item) => item.value === initialValue),
    0,
  );
  const [highlighted, setHighlighted] = useState(initialIndex);
  useInput((input, key) => {
    if (key.escape || key.backspace || key.delete || input === 'q') onBack();
  });
  const selectItems = items.map((item, index) => ({ key: String(index), label: item.label, value: index }));
  const details = items[highlighted]?.details;
  const height = Math.max(rows - 1 - CHROME_LINES, 3);
  return (
    <Box flexDirection="column" width={columns} height={rows - 1} overflow="hidden">
      <Text bold color={colorLevel === 'none' ? undefined : 'cyan'} wrap="truncate-end">
        {title}
      </Text>
      <Text> </Text>
      <Box flexDirection="row" height={height} overflow="hidden">
        <Box width={listWidth} flexShrink={0} overflow="hidden">
          <SelectInput
            items={selectItems}
            initialIndex={initialIndex}
            limit={Math.min(items.length, height)}
            onHighlight={(item) => setHighlighted(item.value)}
            onSelect={(item) => onSelect(items[item.value].value)}
          />
        </Box>
        {details ? (
          <Box flexDirection="column" width={Math.max(columns - listWidth - 2, 10)} marginLeft={2} overflow="hidden">
            {details()}
          </Box>
        ) : null}
      </Box>
      <Text dimColor wrap="truncate-end">
        ↑↓/jk move · Enter choose · Esc/q back
      </Text>
    </Box>
  );
}
