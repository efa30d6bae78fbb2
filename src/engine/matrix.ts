/**
 * The one matmul kernel family: flat row-major float64 matrices, no allocation per call.
 * Forward and backward passes of every dense layer go through three products (matrix-kernels.ts):
 *  - `multiply`: out = a · b + bias (Z = X · W + b),
 *  - `multiplyTransposedLeft`: out = a^T · b and the column sums of b (dL/dW = X^T · dL/dZ,
 *    dL/db = 1^T · dL/dZ),
 *  - `multiplyTransposedRight`: out = a · b^T (dL/dX = dL/dZ · W^T).
 *
 * Two implementations compute them with exactly the same floating-point operations:
 *  - the scalar kernels (matrix-multiply*.ts): register-blocked TypeScript, 4 x 4 output tiles
 *    in 16 local accumulators, so each loaded element feeds 4 multiply-adds and `out` is
 *    written once (no `fill(0)` then `+=`);
 *  - the WebAssembly SIMD kernels (matrix-wasm.ts): the same 4 x 4 tiles, two lanes at a time.
 * The WebAssembly ones are used where the runtime has them (Node 20 does); the scalar ones
 * elsewhere, for small products (where copying in and out costs more than SIMD saves) and for
 * products too large for the module's memory budget.
 *
 * Every output element, in either implementation and any tile position, is computed as
 * `sum = 0; sum = sum + x_t * y_t` for t in ascending order of the shared dimension. So two
 * units with bit-identical weights always get bit-identical results, which the symmetry
 * experiments rely on, and the two implementations agree bit for bit
 * (tests/engine/matrix-shapes.test.ts checks every tile shape of both).
 */
import type { MatmulKernels, MultiplyKernel, MultiplyTransposedLeftKernel, MultiplyTransposedRightKernel } from './matrix-kernels.js';
import { multiply as scalarMultiply } from './matrix-multiply.js';
import { multiplyTransposedLeft as scalarMultiplyTransposedLeft } from './matrix-multiply-transposed-left.js';
import { multiplyTransposedRight as scalarMultiplyTransposedRight } from './matrix-multiply-transposed-right.js';
import { createWasmKernels } from './matrix-wasm.js';

export type { MatmulKernels, MultiplyKernel, MultiplyTransposedLeftKernel, MultiplyTransposedRightKernel } from './matrix-kernels.js';

/** The register-blocked TypeScript kernels. */
export const scalarKernels: MatmulKernels = {
  multiply: scalarMultiply,
  multiplyTransposedLeft: scalarMultiplyTransposedLeft,
  multiplyTransposedRight: scalarMultiplyTransposedRight,
};

/** The WebAssembly SIMD kernels, or undefined where the runtime lacks WebAssembly SIMD. */
export const wasmKernels: MatmulKernels | undefined = createWasmKernels(scalarKernels);

const fastest = wasmKernels ?? scalarKernels;

/** out = a · b (+ bias), with a (rows x inner), b (inner x cols), out (rows x cols). See {@link MultiplyKernel}. */
export const multiply: MultiplyKernel = fastest.multiply;
/** out = a^T · b (and column sums of b), with a (rows x inner), b (rows x cols), out (inner x cols). */
export const multiplyTransposedLeft: MultiplyTransposedLeftKernel = fastest.multiplyTransposedLeft;
/** out = a · b^T, with a (rows x inner), b (cols x inner), out (rows x cols). */
export const multiplyTransposedRight: MultiplyTransposedRightKernel = fastest.multiplyTransposedRight;

/**
 * The kernels the dense layers call: the fastest available. A mutable record so that the
 * bench can measure whole training steps with a baseline kernel set in the same process;
 * nothing else changes it.
 */
export const activeKernels: { -readonly [name in keyof MatmulKernels]: MatmulKernels[name] } = {
  multiply,
  multiplyTransposedLeft,
  multiplyTransposedRight,
};
