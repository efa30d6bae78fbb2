import type { DatasetSplit } from '../../src/data/index.js';

/** Rows per class in a split. */
export function classCounts(split: DatasetSplit, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const label of split.y) counts[label] += 1;
  return counts;
}

/** Per-feature mean and population std of a split. */
export function columnStatistics(
  split: DatasetSplit,
  inputs: number,
): { means: number[]; deviations: number[] } {
  const means = new Array<number>(inputs).fill(0);
  const deviations = new Array<number>(inputs).fill(0);
  for (let row = 0; row < split.rows; row++) {
    for (let feature = 0; feature < inputs; feature++) means[feature] += split.x[row * inputs + feature] / split.rows;
  }
  for (let row = 0; row < split.rows; row++) {
    for (let feature = 0; feature < inputs; feature++) {
      deviations[feature] += (split.x[row * inputs + feature] - means[feature]) ** 2 / split.rows;
    }
  }
  return { means, deviations: deviations.map(Math.sqrt) };
}
