/** A reduced QR factorization `A = Q R` (see {@link householderQr}). */
export type QrFactorization = {
  /** rows x cols, row-major, orthonormal columns. */
  readonly q: Float64Array;
  /** cols x cols, row-major, upper triangular. */
  readonly r: Float64Array;
};

/**
 * Reduced QR of a tall matrix by Householder reflections, in float64 (what LAPACK's geqrf
 * behind `torch.linalg.qr` does). `matrix` is rows x cols row-major with rows >= cols; it is
 * not modified. The signs of R's diagonal are whatever the reflections give (each reflection
 * maps its column to -sign(x_0) * |x|); callers who need a unique Q fix them.
 * Cost O(rows * cols^2).
 */
export function householderQr(matrix: Float64Array, rows: number, cols: number): QrFactorization {
  const work = Float64Array.from(matrix);
  const reflectors: Array<{ vector: Float64Array; normSquared: number } | undefined> = [];
  const dots = new Float64Array(cols);

  for (let column = 0; column < cols; column++) {
    const length = rows - column;
    let normSquared = 0;
    for (let row = column; row < rows; row++) normSquared += work[row * cols + column] ** 2;
    if (normSquared === 0) {
      reflectors.push(undefined); // nothing below or on the diagonal: no reflection needed
      continue;
    }
    const head = work[column * cols + column];
    // Reflect x onto alpha * e_1 with alpha of the opposite sign to x_0: no cancellation in v.
    const alpha = head >= 0 ? -Math.sqrt(normSquared) : Math.sqrt(normSquared);
    const vector = new Float64Array(length);
    for (let offset = 0; offset < length; offset++) {
      vector[offset] = work[(column + offset) * cols + column];
    }
    vector[0] = head - alpha;
    let vectorNormSquared = 0;
    for (let offset = 0; offset < length; offset++) vectorNormSquared += vector[offset] ** 2;
    reflectors.push({ vector, normSquared: vectorNormSquared });

    // A[column:, column:] -= 2 v (v^T A[column:, column:]) / (v^T v), row by row for the cache.
    applyReflector(work, cols, column, column, vector, vectorNormSquared, dots);
    work[column * cols + column] = alpha;
    for (let row = column + 1; row < rows; row++) work[row * cols + column] = 0;
  }

  const r = new Float64Array(cols * cols);
  for (let row = 0; row < cols; row++) {
    for (let column = row; column < cols; column++) {
      r[row * cols + column] = work[row * cols + column];
    }
  }

  // Q = H_0 H_1 ... H_{cols-1} [I; 0], applied right to left. H_j touches rows >= j and, at
  // that point, only columns >= j are non-zero there.
  const q = new Float64Array(rows * cols);
  for (let index = 0; index < cols; index++) q[index * cols + index] = 1;
  for (let column = cols - 1; column >= 0; column--) {
    const reflector = reflectors[column];
    if (reflector === undefined) continue;
    applyReflector(q, cols, column, column, reflector.vector, reflector.normSquared, dots);
  }
  return { q, r };
}

/**
 * In place on the block rows >= firstRow, columns >= firstColumn of a row-major matrix with
 * `cols` columns: B -= 2 v (v^T B) / (v^T v).
 */
function applyReflector(
  matrix: Float64Array,
  cols: number,
  firstRow: number,
  firstColumn: number,
  vector: Float64Array,
  vectorNormSquared: number,
  dots: Float64Array,
): void {
  dots.fill(0, firstColumn, cols);
  for (let offset = 0; offset < vector.length; offset++) {
    const component = vector[offset];
    const rowStart = (firstRow + offset) * cols;
    for (let column = firstColumn; column < cols; column++) {
      dots[column] += component * matrix[rowStart + column];
    }
  }
  const factor = 2 / vectorNormSquared;
  for (let offset = 0; offset < vector.length; offset++) {
    const component = factor * vector[offset];
    const rowStart = (firstRow + offset) * cols;
    for (let column = firstColumn; column < cols; column++) {
      matrix[rowStart + column] -= component * dots[column];
    }
  }
}

/** The cols x rows transpose of a rows x cols row-major matrix. */
export function transpose(matrix: Float64Array, rows: number, cols: number): Float64Array {
  const result = new Float64Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < cols; column++) {
      result[column * rows + row] = matrix[row * cols + column];
    }
  }
  return result;
}
