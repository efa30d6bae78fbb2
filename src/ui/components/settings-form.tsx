import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { useUi } from '../ui-context.js';

/** A setting picked from a list with left/right. */
export type ChoiceField<V> = {
  readonly kind: 'choice';
  readonly label: string;
  readonly options: ReadonlyArray<{ readonly label: string; readonly value: V }>;
  readonly value: V;
  readonly onChange: (value: V) => void;
  /** One line shown under the form while the field is selected. */
  readonly hint?: string;
};

/** A whole number changed with left/right (by 1) or typed. */
export type IntegerField = {
  readonly kind: 'integer';
  readonly label: string;
  readonly value: number;
  readonly maximum: number;
  readonly onChange: (value: number) => void;
  readonly hint?: string;
};

/** Free text (every printable key types; arrows still move between fields). */
export type TextField = {
  readonly kind: 'text';
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
};

export type FormField = ChoiceField<any> | IntegerField | TextField; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The next value of a choice field, `direction` +1 or -1, clamped to the list. */
export function stepChoice<V>(field: ChoiceField<V>, direction: 1 | -1): V {
  const index = field.options.findIndex((option) => option.value === field.value);
  const next = Math.min(Math.max((index === -1 ? 0 : index) + direction, 0), field.options.length - 1);
  return field.options[next].value;
}

/**
 * A vertical form: up/down (or j/k) picks a field, left/right (or h/l) changes it, digits type
 * into whole-number fields, Enter submits, Esc goes back.
 */
export function SettingsForm({
  fields,
  submitLabel,
  onSubmit,
  onBack,
  error,
}: {
  readonly fields: readonly FormField[];
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly onBack: () => void;
  /** A problem to show in place of the hint (e.g. a bad value on submit). */
  readonly error?: string;
}) {
  const { colorLevel } = useUi();
  const [selected, setSelected] = useState(0);
  const field = fields[selected];

  useInput((input, key) => {
    if (key.escape) return onBack();
    if (key.return) return onSubmit();
    const isTyping = field.kind === 'text';
    if (key.upArrow || (!isTyping && input === 'k')) return setSelected((index) => Math.max(index - 1, 0));
    if (key.downArrow || (!isTyping && input === 'j') || key.tab) return setSelected((index) => Math.min(index + 1, fields.length - 1));
    if (field.kind === 'text') {
      if (key.backspace || key.delete) field.onChange(field.value.slice(0, -1));
      else if (input && !key.ctrl && !key.meta && !key.leftArrow && !key.rightArrow && /^[\x20-\x7e]+$/.test(input)) field.onChange(field.value + input);
      return;
    }
    const direction = key.rightArrow || input === 'l' ? 1 : key.leftArrow || input === 'h' ? -1 : 0;
    if (field.kind === 'choice') {
      if (direction !== 0) field.onChange(stepChoice(field, direction));
      else if (key.backspace || key.delete) onBack();
      return;
    }
    if (direction !== 0) field.onChange(Math.min(Math.max(field.value + direction, 0), field.maximum));
    else if (/^\d$/.test(input)) field.onChange(Math.min(field.value * 10 + Number(input), field.maximum));
    else if (key.backspace || key.delete) field.onChange(Math.floor(field.value / 10));
  });

  const highlight = colorLevel === 'none' ? undefined : 'cyan';
  return (
    <Box flexDirection="column">
      {fields.map((item, index) => {
        const isSelected = index === selected;
        const shown =
          item.kind === 'choice' ? (item.options.find((option) => option.value === item.value)?.label ?? String(item.value)) : `${item.value}${item.kind === 'text' && isSelected ? '▏' : ''}`;
        return (
          <Text key={item.label} wrap="truncate-end" color={isSelected ? highlight : undefined} bold={isSelected}>
            {`${isSelected ? '❯' : ' '} ${item.label.padEnd(14)} ${isSelected && item.kind !== 'text' ? `‹ ${shown} ›` : `  ${shown}`}`}
          </Text>
        );
      })}
      <Text> </Text>
      {error ? (
        <Text wrap="truncate-end" color={colorLevel === 'none' ? undefined : 'red'}>
          {error}
        </Text>
      ) : (
        <Text wrap="truncate-end" dimColor>
          {field.hint ?? ' '}
        </Text>
      )}
      <Text wrap="truncate-end">{`Enter: ${submitLabel}   ↑↓ field   ${field.kind === 'text' ? 'type to edit' : `←→ change${field.kind === 'integer' ? '   digits type' : ''}`}   Esc: back`}</Text>
    </Box>
  );
}
