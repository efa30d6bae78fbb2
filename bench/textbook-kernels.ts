/**
 * The baseline of the bench: the three kernels as a textbook writes them (i-j-k, one
 * accumulator, no blocking; the bias and its gradient as separate loops), swapped into the
 * engine for a run so that the whole training step is measured both ways in the same process.
 */
import { addBiasToRows, sumColumns } from '../src/engine/matrix-kernels.js';
import type { MatmulKernels } from '../src/engine/matrix.js';
import * as matrix from '../src/engine/matrix.js';

export const textbookKernels: MatmulKernels = {
  multiply(a, b, out, rows, inner, cols, bias) {
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        let sum = 0;
        for (let k = 0; k < inner; k++) sum += a[i * inner + k] * b[k * cols + j];
        out[i * cols + j] = sum;
      }
    if (bias) addBiasToRows(out, bias, rows, cols);
  },
  multiplyTransposedLeft(a, b, out, rows, inner, cols, columnSums) {
    for (let i = 0; i < inner; i++)
      for (let j = 0; j < cols; j++) {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += a[r * inner + i] * b[r * cols + j];
        out[i * cols + j] = sum;
      }
    if (columnSums) sumColumns(b, columnSums, rows, cols);
  },
  multiplyTransposedRight(a, b, out, rows, inner, cols) {
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        let sum = 0;
        for (let k = 0; k < inner; k++) sum += a[i * inner + k] * b[j * inner + k];
        out[i * cols + j] = sum;
      }
  },
};

/** Runs `work` with the dense layers using `kernels`, then restores the engine's. */
export function withKernels<T>(kernels: MatmulKernels, work: () => T): T {
  const saved = { ...matrix.activeKernels };
  Object.assign(matrix.activeKernels, kernels);
  try {
    return work();
  } finally {
    Object.assign(matrix.activeKernels, saved);
  }
}
