import type { Rng } from '../engine/rng.js';
import type { DatasetSplit } from './dataset.js';
import { selectRows, type LabelledSamples } from './labelled-samples.js';
import { shuffledOrder } from './shuffle.js';

/** Rows held out for test: round(rows * testFraction), leaving at least one training row. */
export function testRowCount(rows: number, testFraction: number): number {
  return Math.max(0, Math.min(Math.round(rows * testFraction), rows - 1));
}

/**
 * Shuffles the rows with `rng`, then cuts them into a train split (the first
 * rows - testRowCount rows) and a test split (the rest). Not stratified.
 */
export function splitSamples(
  samples: LabelledSamples,
  rng: Rng,
  testFraction: number,
): { readonly train: DatasetSplit; readonly test: DatasetSplit } {
  const order = shuffledOrder(rng, samples.rows);
  const trainRows = samples.rows - testRowCount(samples.rows, testFraction);
  return {
    train: selectRows(samples, order.subarray(0, trainRows)),
    test: selectRows(samples, order.subarray(trainRows)),
  };
}
