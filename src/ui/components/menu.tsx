import { Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { useState } from 'react';
import { useUi } from '../ui-context.js';
import type { MenuItem } from './menu-frame.js';
import { MENU_CHROME_LINES, MenuFrame } from './menu-frame.js';

export type { MenuItem } from './menu-frame.js';

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
  const { rows } = useUi();
  const initialIndex = Math.max(
    items.findIndex((item) => item.value === initialValue),
    0,
  );
  const [highlighted, setHighlighted] = useState(initialIndex);
  useInput((input, key) => {
    if (key.escape || key.backspace || key.delete || input === 'q') onBack();
  });
  const selectItems = items.map((item, index) => ({ key: String(index), label: item.label, value: index }));
  const height = Math.max(rows - 1 - MENU_CHROME_LINES, 3);
  return (
    <MenuFrame
      title={title}
      listWidth={listWidth}
      listHeight={height}
      details={items[highlighted]?.details}
      list={
        <SelectInput
          items={selectItems}
          initialIndex={initialIndex}
          limit={Math.min(items.length, height)}
          onHighlight={(item) => setHighlighted(item.value)}
          onSelect={(item) => onSelect(items[item.value].value)}
        />
      }
      footer={
        <Text dimColor wrap="truncate-end">
          ↑↓/jk move · Enter choose · Esc/q back
        </Text>
      }
    />
  );
}
