import type { DatasetSplit } from './dataset.js';

/** Per-feature mean and (population) standard deviation, each of length `inputs`. */
export type FeatureStatistics = {
  readonly means: Float64Array;
  readonly standardDeviations: Float64Array;
};

/** Below this a feature counts as constant: it is centred but not scaled. */
const constantFeatureDeviation = 1e-12;

/** Mean and standard deviation (divide by n) of every feature over the split's rows. */
export function featureStatistics(split: DatasetSplit, inputs: number): FeatureStatistics {
  const means = new Float64Array(inputs);
  const standardDeviations = new Float64Array(inputs);
  const rows = Math.max(split.rows, 1);
  for (let row = 0; row < split.rows; row++) {
    for (let feature = 0; feature < inputs; feature++) means[feature] += split.x[row * inputs + feature];
  }
  for (let feature = 0; feature < inputs; feature++) means[feature] /= rows;
  for (let row = 0; row < split.rows; row++) {
    for (let feature = 0; feature < inputs; feature++) {
      const offset = split.x[row * inputs + feature] - means[feature];
      standardDeviations[feature] += offset * offset;
    }
  }
  for (let feature = 0; feature < inputs; feature++) {
    standardDeviations[feature] = Math.sqrt(standardDeviations[feature] / rows);
  }
  return { means, standardDeviations };
}

/**
 * A new split with every feature z-scored by the given statistics:
 * (x - mean) / std, or only x - mean where std is (near) zero.
 */
export function standardizeSplit(
  split: DatasetSplit,
  inputs: number,
  statistics: FeatureStatistics,
): DatasetSplit {
  const scales = statistics.standardDeviations.map((deviation) =>
    deviation > constantFeatureDeviation ? deviation : 1,
  );
  const x = new Float64Array(split.x.length);
  for (let row = 0; row < split.rows; row++) {
    for (let feature = 0; feature < inputs; feature++) {
      const index = row * inputs + feature;
      x[index] = (split.x[index] - statistics.means[feature]) / scales[feature];
    }
  }
  return { x, y: split.y.slice(), rows: split.rows };
}

/**
 * Standardizes both splits with the TRAIN split's statistics, so nothing about the test
 * rows leaks into training (the test split's mean and std are then only close to 0 and 1).
 */
export function standardizeWithTrainStatistics(
  train: DatasetSplit,
  test: DatasetSplit,
  inputs: number,
): { readonly train: DatasetSplit; readonly test: DatasetSplit } {
  const statistics = featureStatistics(train, inputs);
  return {
    train: standardizeSplit(train, inputs, statistics),
    test: standardizeSplit(test, inputs, statistics),
  };
}
