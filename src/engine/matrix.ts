/**
 * The one matmul kernel family: flat row-major float64 matrices, no allocation. Forward and
 * backward passes of every dense layer go through these three functions:
 *  - {@link multiply}: out = a · b (Z = X · W),
 *  - {@link multiplyTransposedLeft}: out = a^T · b (dL/dW = X^T · dL/dZ),
 *  - {@link multiplyTransposedRight}: out = a · b^T (dL/dX = dL/dZ · W^T).
 *
 * Each one is register-blocked: a 4 x 4 tile of `out` lives in 16 local accumulators while the
 * shared dimension is swept once, so every loaded element of a or b feeds 4 multiply-adds and
 * `out` is written once (no `fill(0)` then `+=`). Leftover rows and columns use narrower tiles.
 *
 * Every output element, whatever its tile, is computed as `sum = 0; sum += x_t * y_t` for t in
 * ascending order of the shared dimension: the same operations in the same order. So two units
 * with bit-identical weights always get bit-identical results, which the symmetry experiments
 * rely on (tests/engine/matrix.test.ts checks every tile shape).
 */
import { multiply } from './matrix-multiply.js';
import { multiplyTransposedLeft } from './matrix-multiply-transposed-left.js';
import { multiplyTransposedRight } from './matrix-multiply-transposed-right.js';

export { multiply, multiplyTransposedLeft, multiplyTransposedRight };

/**
 * The kernels the dense layers call. A mutable record so that the bench can measure whole
 * training steps with a baseline kernel set in the same process; nothing else changes it.
 */
export const activeKernels = { multiply, multiplyTransposedLeft, multiplyTransposedRight };
