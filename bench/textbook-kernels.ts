/**
 * The baseline of the bench: the three kernels as a textbook writes them (i-j-k, one
 * accumulator, no blocking), swapped into the engine for a run so that the whole training
 * step is measured both ways in the same process.
 */
import * as matrix from '../src/engine/matrix.js';

type Kernels = Pick<typeof matrix, 'multiply' | 'multiplyTransposedLeft' | 'multiplyTransposedRight'>;

export const textbookKernels: Kernels = {
  multiply(a, b, out, rows, inner, cols) {
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        let sum = 0;
        for (let k = 0; k < inner; k++) sum += a[i * inner + k] * b[k * cols + j];
        out[i * cols + j] = sum;
      }
  },
  multiplyTransposedLeft(a, b, out, rows, inner, cols) {
    for (let i = 0; i < inner; i++)
      for (let j = 0; j < cols; j++) {
        let sum = 0;
        for (let r = 0; r < rows; r++) sum += a[r * inner + i] * b[r * cols + j];
        out[i * cols + j] = sum;
      }
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
export function withKernels<T>(kernels: Kernels, work: () => T): T {
  const saved = { ...matrix.activeKernels };
  Object.assign(matrix.activeKernels, kernels);
  try {
    return work();
  } finally {
    Object.assign(matrix.activeKernels, saved);
  }
}
