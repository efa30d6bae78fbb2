import type { DatasetSplit } from './dataset.js';

/**
 * Samples before the train/test split: `rows` rows of `inputs` features (row-major in `x`,
 * rows x inputs) with a class index per row in `y`.
 */
export type LabelledSamples = DatasetSplit & {
  /** Features per row. */
  readonly inputs: number;
};

/** Zero-filled samples of the given size, for a generator or loader to fill in. */
export function createLabelledSamples(rows: number, inputs: number): LabelledSamples {
  return { x: new Float64Array(rows * inputs), y: new Int32Array(rows), rows, inputs };
}

/** Copies the rows at `rowIndices`, in that order, into a new split. */
export function selectRows(samples: LabelledSamples, rowIndices: ArrayLike<number>): DatasetSplit {
  const { inputs } = samples;
  const rows = rowIndices.length;
  const x = new Float64Array(rows * inputs);
  const y = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const source = rowIndices[row];
    x.set(samples.x.subarray(source * inputs, (source + 1) * inputs), row * inputs);
    y[row] = samples.y[source];
  }
  return { x, y, rows };
}
