import { formatCompact } from '../../render/format-number.js';
import type { LayerSymmetry } from '../../metrics/symmetry.js';

/** The colour of each verdict tone on screen. */
export const toneColors = { good: 'green', bad: 'red', partial: 'yellow' } as const;

/** How symmetric a layer is, in words, and whether that is good news. */
export type SymmetryVerdict = { readonly text: string; readonly tone: 'good' | 'bad' | 'partial' };

/** "broken: 16 distinct units", "symmetric: 4 units act as 1", "partly broken: 16 units act as 3". */
export function symmetryVerdict(symmetry: LayerSymmetry): SymmetryVerdict {
  const { units, distinctUnits } = symmetry;
  if (!symmetry.hasFiniteWeights) return { text: 'weights not finite: the run diverged', tone: 'bad' };
  if (units === 1) return { text: 'one unit: nothing to break', tone: 'partial' };
  if (distinctUnits === units) return { text: `broken: ${units} distinct units`, tone: 'good' };
  if (distinctUnits === 1) return { text: `symmetric: ${units} units act as 1`, tone: 'bad' };
  return { text: `partly broken: ${units} units act as ${distinctUnits}`, tone: 'partial' };
}

/** "max 2.3  min 0.012" of the off-diagonal distances. */
export function distanceSummary(symmetry: LayerSymmetry): string {
  return `max ${formatCompact(symmetry.maxDistance, 3)}  min ${formatCompact(symmetry.minDistance, 3)}`;
}

/** The verdict in a few words for a table row: "16 distinct", "1 of 16 distinct", "diverged". */
export function compactVerdict(symmetry: LayerSymmetry): SymmetryVerdict {
  const { units, distinctUnits } = symmetry;
  if (!symmetry.hasFiniteWeights) return { text: 'not finite', tone: 'bad' };
  if (distinctUnits === units) return { text: `${units} distinct`, tone: units === 1 ? 'partial' : 'good' };
  return { text: `${distinctUnits} of ${units} distinct`, tone: distinctUnits === 1 ? 'bad' : 'partial' };
}
