import type { MultiplyKernel } from './matrix-kernels.js';
import { addBiasToRows } from './matrix-kernels.js';

/**
 * out = a · b (+ bias), with a (rows x inner), b (inner x cols), out (rows x cols); see
 * {@link MultiplyKernel}. The forward pass of a dense layer: Z = X · W + b.
 *
 * Register blocking: a tile of 4 rows x 4 columns of `out` is accumulated in 16 locals while
 * k runs over the shared dimension, so each step loads 4 elements of `a` and 4 of `b` for 16
 * multiply-adds (the i-k-j loop loads and stores `out` once per multiply-add). Leftover rows
 * and columns use 4 x 1, 1 x 4 and 1 x 1 tiles. Every element, in any tile, is
 * `sum = 0; for k = 0 .. inner - 1: sum += a[i, k] * b[k, j]`: the same operations in the same
 * order, so identical columns of b give bit-identical columns of out.
 */
export function multiply(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
  bias?: Float64Array,
): void {
  const rowsBlocked = rows - (rows % 4);
  const colsBlocked = cols - (cols % 4);
  for (let i = 0; i < rowsBlocked; i += 4) {
    const a0 = i * inner;
    const a1 = a0 + inner;
    const a2 = a1 + inner;
    const a3 = a2 + inner;
    const o0 = i * cols;
    const o1 = o0 + cols;
    const o2 = o1 + cols;
    const o3 = o2 + cols;
    let j = 0;
    for (; j < colsBlocked; j += 4) {
      let sum00 = 0, sum01 = 0, sum02 = 0, sum03 = 0;
      let sum10 = 0, sum11 = 0, sum12 = 0, sum13 = 0;
      let sum20 = 0, sum21 = 0, sum22 = 0, sum23 = 0;
      let sum30 = 0, sum31 = 0, sum32 = 0, sum33 = 0;
      for (let k = 0, bk = j; k < inner; k++, bk += cols) {
        const b0 = b[bk];
        const b1 = b[bk + 1];
        const b2 = b[bk + 2];
        const b3 = b[bk + 3];
        const x0 = a[a0 + k];
        sum00 += x0 * b0; sum01 += x0 * b1; sum02 += x0 * b2; sum03 += x0 * b3;
        const x1 = a[a1 + k];
        sum10 += x1 * b0; sum11 += x1 * b1; sum12 += x1 * b2; sum13 += x1 * b3;
        const x2 = a[a2 + k];
        sum20 += x2 * b0; sum21 += x2 * b1; sum22 += x2 * b2; sum23 += x2 * b3;
        const x3 = a[a3 + k];
        sum30 += x3 * b0; sum31 += x3 * b1; sum32 += x3 * b2; sum33 += x3 * b3;
      }
      out[o0 + j] = sum00; out[o0 + j + 1] = sum01; out[o0 + j + 2] = sum02; out[o0 + j + 3] = sum03;
      out[o1 + j] = sum10; out[o1 + j + 1] = sum11; out[o1 + j + 2] = sum12; out[o1 + j + 3] = sum13;
      out[o2 + j] = sum20; out[o2 + j + 1] = sum21; out[o2 + j + 2] = sum22; out[o2 + j + 3] = sum23;
      out[o3 + j] = sum30; out[o3 + j + 1] = sum31; out[o3 + j + 2] = sum32; out[o3 + j + 3] = sum33;
    }
    for (; j < cols; j++) {
      let sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
      for (let k = 0, bk = j; k < inner; k++, bk += cols) {
        const bValue = b[bk];
        sum0 += a[a0 + k] * bValue;
        sum1 += a[a1 + k] * bValue;
        sum2 += a[a2 + k] * bValue;
        sum3 += a[a3 + k] * bValue;
      }
      out[o0 + j] = sum0; out[o1 + j] = sum1; out[o2 + j] = sum2; out[o3 + j] = sum3;
    }
  }
  for (let i = rowsBlocked; i < rows; i++) {
    const aRow = i * inner;
    const outRow = i * cols;
    let j = 0;
    for (; j < colsBlocked; j += 4) {
      let sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
      for (let k = 0, bk = j; k < inner; k++, bk += cols) {
        const x = a[aRow + k];
        sum0 += x * b[bk];
        sum1 += x * b[bk + 1];
        sum2 += x * b[bk + 2];
        sum3 += x * b[bk + 3];
      }
      out[outRow + j] = sum0; out[outRow + j + 1] = sum1; out[outRow + j + 2] = sum2; out[outRow + j + 3] = sum3;
    }
    for (; j < cols; j++) {
      let sum = 0;
      for (let k = 0, bk = j; k < inner; k++, bk += cols) sum += a[aRow + k] * b[bk];
      out[outRow + j] = sum;
    }
  }
  if (bias) addBiasToRows(out, bias, rows, cols);
}
