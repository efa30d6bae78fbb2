import type { MultiplyTransposedLeftKernel } from './matrix-kernels.js';
import { sumColumns } from './matrix-kernels.js';

/**
 * out = a^T · b (and the column sums of b), with a (rows x inner), b (rows x cols), out
 * (inner x cols); see {@link MultiplyTransposedLeftKernel}. The weight and bias gradients of a
 * dense layer: dL/dW = X^T · dL/dZ and dL/db = 1^T · dL/dZ (sums over the batch rows).
 *
 * Register blocking: a tile of 4 x 4 elements of `out` (inputs k..k+3, units j..j+3) is
 * accumulated in 16 locals while r runs over the batch; each step loads 4 contiguous elements
 * of row r of `a` and 4 of row r of `b`. Leftover rows and columns of `out` use 4 x 1, 1 x 4 and
 * 1 x 1 tiles. Every element, in any tile, is
 * `sum = 0; for r = 0 .. rows - 1: sum += a[r, k] * b[r, j]`, so identical columns of a (or
 * of b) give bit-identical rows (or columns) of out.
 */
export function multiplyTransposedLeft(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
  columnSums?: Float64Array,
): void {
  const innerBlocked = inner - (inner % 4);
  const colsBlocked = cols - (cols % 4);
  for (let k = 0; k < innerBlocked; k += 4) {
    const o0 = k * cols;
    const o1 = o0 + cols;
    const o2 = o1 + cols;
    const o3 = o2 + cols;
    let j = 0;
    for (; j < colsBlocked; j += 4) {
      let sum00 = 0, sum01 = 0, sum02 = 0, sum03 = 0;
      let sum10 = 0, sum11 = 0, sum12 = 0, sum13 = 0;
      let sum20 = 0, sum21 = 0, sum22 = 0, sum23 = 0;
      let sum30 = 0, sum31 = 0, sum32 = 0, sum33 = 0;
      for (let r = 0, ar = k, br = j; r < rows; r++, ar += inner, br += cols) {
        const b0 = b[br];
        const b1 = b[br + 1];
        const b2 = b[br + 2];
        const b3 = b[br + 3];
        const x0 = a[ar];
        sum00 += x0 * b0; sum01 += x0 * b1; sum02 += x0 * b2; sum03 += x0 * b3;
        const x1 = a[ar + 1];
        sum10 += x1 * b0; sum11 += x1 * b1; sum12 += x1 * b2; sum13 += x1 * b3;
        const x2 = a[ar + 2];
        sum20 += x2 * b0; sum21 += x2 * b1; sum22 += x2 * b2; sum23 += x2 * b3;
        const x3 = a[ar + 3];
        sum30 += x3 * b0; sum31 += x3 * b1; sum32 += x3 * b2; sum33 += x3 * b3;
      }
      out[o0 + j] = sum00; out[o0 + j + 1] = sum01; out[o0 + j + 2] = sum02; out[o0 + j + 3] = sum03;
      out[o1 + j] = sum10; out[o1 + j + 1] = sum11; out[o1 + j + 2] = sum12; out[o1 + j + 3] = sum13;
      out[o2 + j] = sum20; out[o2 + j + 1] = sum21; out[o2 + j + 2] = sum22; out[o2 + j + 3] = sum23;
      out[o3 + j] = sum30; out[o3 + j + 1] = sum31; out[o3 + j + 2] = sum32; out[o3 + j + 3] = sum33;
    }
    for (; j < cols; j++) {
      let sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
      for (let r = 0, ar = k, br = j; r < rows; r++, ar += inner, br += cols) {
        const bValue = b[br];
        sum0 += a[ar] * bValue;
        sum1 += a[ar + 1] * bValue;
        sum2 += a[ar + 2] * bValue;
        sum3 += a[ar + 3] * bValue;
      }
      out[o0 + j] = sum0; out[o1 + j] = sum1; out[o2 + j] = sum2; out[o3 + j] = sum3;
    }
  }
  for (let k = innerBlocked; k < inner; k++) {
    const outRow = k * cols;
    let j = 0;
    for (; j < colsBlocked; j += 4) {
      let sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
      for (let r = 0, ar = k, br = j; r < rows; r++, ar += inner, br += cols) {
        const x = a[ar];
        sum0 += x * b[br];
        sum1 += x * b[br + 1];
        sum2 += x * b[br + 2];
        sum3 += x * b[br + 3];
      }
      out[outRow + j] = sum0; out[outRow + j + 1] = sum1; out[outRow + j + 2] = sum2; out[outRow + j + 3] = sum3;
    }
    for (; j < cols; j++) {
      let sum = 0;
      for (let r = 0, ar = k, br = j; r < rows; r++, ar += inner, br += cols) sum += a[ar] * b[br];
      out[outRow + j] = sum;
    }
  }
  if (columnSums) sumColumns(b, columnSums, rows, cols);
}
