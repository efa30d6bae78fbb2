import type { DatasetSplit, DatasetSpec } from './dataset.js';
import { validateDatasetOptions } from './dataset-options.js';

/** The XOR truth table: inputs {0,1}^2 (row-major pairs) and their labels 0, 1, 1, 0. */
export const xorTruthTable = {
  inputs: [0, 0, 0, 1, 1, 0, 1, 1],
  labels: [0, 1, 1, 0],
} as const;

function truthTableSplit(): DatasetSplit {
  return {
    x: Float64Array.from(xorTruthTable.inputs),
    y: Int32Array.from(xorTruthTable.labels),
    rows: xorTruthTable.labels.length,
  };
}

/**
 * `xor`: the four corners of the unit square, labelled by XOR. Train and test are the same
 * four points (separate copies), unshuffled and not standardized; `samples`, `noise` and
 * `testFraction` are checked but otherwise ignored, and the rng is not used.
 */
export const xorSpec: DatasetSpec = {
  name: 'xor',
  label: 'XOR',
  description: 'The 4 XOR truth-table points {0,1}^2 -> 0,1,1,0; train = test, no noise.',
  inputs: 2,
  classes: 2,
  isPlanar: true,
  defaultSamples: 4,
  defaultNoise: 0,
  load(_rng, options) {
    validateDatasetOptions('xor', options);
    return { name: 'xor', inputs: 2, classes: 2, train: truthTableSplit(), test: truthTableSplit() };
  },
};
