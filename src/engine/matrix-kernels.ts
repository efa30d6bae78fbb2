/**
 * out = a · b: a (rows x inner), b (inner x cols), out (rows x cols). With `bias` (length
 * cols), adds bias[j] to every row after the whole sum: out = a · b + 1 · bias^T (the bias
 * epilogue of a GEMM, as in cuBLASLt's CUBLASLT_EPILOGUE_BIAS). Overwrites out.
 */
export type MultiplyKernel = (
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
  bias?: Float64Array,
) => void;

/**
 * out = a^T · b: a (rows x inner), b (rows x cols), out (inner x cols). With `columnSums`
 * (length cols), also writes the column sums of b, columnSums[j] = sum over r of b[r, j]
 * (cuBLASLt's CUBLASLT_EPILOGUE_BGRADB: dL/db = 1^T · dL/dZ next to dL/dW = X^T · dL/dZ).
 * Overwrites out and columnSums.
 */
export type MultiplyTransposedLeftKernel = (
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
  columnSums?: Float64Array,
) => void;

/** out = a · b^T: a (rows x inner), b (cols x inner), out (rows x cols). Overwrites out. */
export type MultiplyTransposedRightKernel = (
  a: Float64Array,
  b: Float64Array,
  out: Float64Array,
  rows: number,
  inner: number,
  cols: number,
) => void;

/** The three kernels the dense layers use. */
export type MatmulKernels = {
  readonly multiply: MultiplyKernel;
  readonly multiplyTransposedLeft: MultiplyTransposedLeftKernel;
  readonly multiplyTransposedRight: MultiplyTransposedRightKernel;
};

/** out[i, j] = out[i, j] + bias[j] for every row: the bias epilogue, after the whole sum. */
export function addBiasToRows(out: Float64Array, bias: Float64Array, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const offset = r * cols;
    for (let j = 0; j < cols; j++) out[offset + j] += bias[j];
  }
}

/** columnSums[j] = sum over r of b[r, j], as `0 + b[0, j] + b[1, j] + ...` in row order. */
export function sumColumns(b: Float64Array, columnSums: Float64Array, rows: number, cols: number): void {
  columnSums.fill(0, 0, cols);
  for (let r = 0; r < rows; r++) {
    const offset = r * cols;
    for (let j = 0; j < cols; j++) columnSums[j] += b[offset + j];
  }
}
