import { Box, Text } from 'ink';
import { theorySentence } from '../../experiment/network-theory.js';
import { formatCompact } from '../../render/format-number.js';
import { pickEvenly } from '../../render/pick-evenly.js';
import type { RunView } from '../../runs/run-view.js';

const number = (value: number | null | undefined): string => (value === null || value === undefined ? '∞' : Number.isFinite(value) ? formatCompact(value, 3) : 'not finite');

/**
 * The rows of the theory view: per weight layer (at most `rows`, spread evenly) the
 * pre-activation std mean-field theory predicts at step 0, the one measured at step 0, and now.
 */
export function theoryRows(view: RunView, rows: number): string[] {
  const { theory, initialLayers, snapshot } = view;
  const predicted = theory.applies ? theory.layers : [];
  const header = ['layer', 'predicted std', 'step 0', `now (step ${snapshot.step})`];
  const picked = pickEvenly(Math.max(1, rows), initialLayers.length);
  const cells = [
    header,
    ...picked.map((index) => [
      index === initialLayers.length - 1 ? `${index + 1} (output)` : String(index + 1),
      theory.applies ? number(predicted[index]?.predictedPreActivationStd) : '-',
      number(initialLayers[index]?.preActivationStd),
      number(snapshot.layers[index]?.preActivationStd),
    ]),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  return cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

/** The theory view (`t`), in place of the panels: the phase in words, then predicted against measured std per layer. */
export function TheoryPanel({ view, width, height }: { readonly view: RunView; readonly width: number; readonly height: number }) {
  const { theory, config } = view;
  const facts = theory.applies
    ? `sigma_w^2 ${number(theory.sigmaW2)} · sigma_b^2 ${number(theory.sigmaB2)} · q0 ${number(theory.q0)} · q* ${number(theory.qStar)} · xi_c ${number(theory.xiC)} · critical sigma_w^2 ${number(theory.criticalSigmaW2)}`
    : `${config.init} with ${config.activation}: theory describes i.i.d. zero-mean inits only`;
  // Title, sentence and facts (each may wrap to two lines), a blank, the header row, the note.
  const rows = theoryRows(view, Math.max(1, height - 9));
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold wrap="truncate-end">Theory: mean-field signal propagation (Poole 2016, Schoenholz 2017)</Text>
      <Text wrap="wrap" color={theory.applies ? (theory.phase === 'critical' ? 'green' : 'yellow') : undefined}>{theorySentence(theory)}</Text>
      <Text dimColor wrap="wrap">{facts}</Text>
      <Text> </Text>
      {rows.map((row, index) => (
        <Text key={index} bold={index === 0} wrap="truncate-end">
          {row}
        </Text>
      ))}
      <Text dimColor wrap="truncate-end">pre-activation std: wide layers follow the prediction at step 0 · t closes</Text>
    </Box>
  );
}
