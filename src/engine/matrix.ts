/**
 * The one matmul kernel family: flat row-major float64 matrices, i-k-j loop order, four-way
 * register blocking over the shared dimension, no allocation. Forward and backward passes of
 * every dense layer go through these three functions.
 *
 * Every output element is accumulated in the same order of operations as every other element
 * of its row, so two units with bit-identical weights always get bit-identical results: the
 * symmetry experiments rely on this.
 */

/**
 * out = a · b, with a (rows x inner), b (inner x cols), out (rows x cols). Overwrites out.
 */
export function multiply(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): void {
  const innerBlocked = inner - (inner % 4);
  for (let i = 0; i < rows; i++) {
    const outRow = i * cols;
    const aRow = i * inner;
    out.fill(0, outRow, outRow + cols);
    let k = 0;
    for (; k < innerBlocked; k += 4) {
      const a0 = a[aRow + k];
      const a1 = a[aRow + k + 1];
      const a2 = a[aRow + k + 2];
      const a3 = a[aRow + k + 3];
      const b0 = k * cols;
      const b1 = b0 + cols;
      const b2 = b1 + cols;
      const b3 = b2 + cols;
      for (let j = 0; j < cols; j++) {
        out[outRow + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
      }
    }
    for (; k < inner; k++) {
      const aValue = a[aRow + k];
      const bRow = k * cols;
      for (let j = 0; j < cols; j++) out[outRow + j] += aValue * b[bRow + j];
    }
  }
}

/**
 * out = a^T · b, with a (rows x inner), b (rows x cols), out (inner x cols). Overwrites out.
 * The weight gradient of a dense layer: dL/dW = X^T · dL/dZ.
 */
export function multiplyTransposedLeft(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): void {
  out.fill(0, 0, inner * cols);
  const rowsBlocked = rows - (rows % 4);
  let r = 0;
  for (; r < rowsBlocked; r += 4) {
    const a0 = r * inner;
    const a1 = a0 + inner;
    const a2 = a1 + inner;
    const a3 = a2 + inner;
    const b0 = r * cols;
    const b1 = b0 + cols;
    const b2 = b1 + cols;
    const b3 = b2 + cols;
    for (let k = 0; k < inner; k++) {
      const x0 = a[a0 + k];
      const x1 = a[a1 + k];
      const x2 = a[a2 + k];
      const x3 = a[a3 + k];
      const outRow = k * cols;
      for (let j = 0; j < cols; j++) {
        out[outRow + j] += x0 * b[b0 + j] + x1 * b[b1 + j] + x2 * b[b2 + j] + x3 * b[b3 + j];
      }
    }
  }
  for (; r < rows; r++) {
    const aRow = r * inner;
    const bRow = r * cols;
    for (let k = 0; k < inner; k++) {
      const x = a[aRow + k];
      const outRow = k * cols;
      for (let j = 0; j < cols; j++) out[outRow + j] += x * b[bRow + j];
    }
  }
}

/**
 * out = a · b^T, with a (rows x inner), b (cols x inner), out (rows x cols). Overwrites out.
 * The input gradient of a dense layer: dL/dX = dL/dZ · W^T (a = dL/dZ, b = W).
 */
export function multiplyTransposedRight(
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
): void {
  const colsBlocked = cols - (cols % 4);
  for (let i = 0; i < rows; i++) {
    const aRow = i * inner;
    const outRow = i * cols;
    let j = 0;
    for (; j < colsBlocked; j += 4) {
      const b0 = j * inner;
      const b1 = b0 + inner;
      const b2 = b1 + inner;
      const b3 = b2 + inner;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = 0; k < inner; k++) {
        const x = a[aRow + k];
        s0 += x * b[b0 + k];
        s1 += x * b[b1 + k];
        s2 += x * b[b2 + k];
        s3 += x * b[b3 + k];
      }
      out[outRow + j] = s0;
      out[outRow + j + 1] = s1;
      out[outRow + j + 2] = s2;
      out[outRow + j + 3] = s3;
    }
    for (; j < cols; j++) {
      const bRow = j * inner;
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += a[aRow + k] * b[bRow + k];
      out[outRow + j] = sum;
    }
  }
}

/**
 * The kernels the dense layers call. A mutable record so that the bench can measure whole
 * training steps with a baseline kernel set in the same process; nothing else changes it.
 */
export const activeKernels = { multiply, multiplyTransposedLeft, multiplyTransposedRight };
