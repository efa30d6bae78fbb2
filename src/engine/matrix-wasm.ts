import type { MatmulKernels } from './matrix-kernels.js';
import type { WasmMemory } from './wasm-memory.js';
import { ModuleMemory } from './wasm-memory.js';
import { tileKernelModule } from './wasm-tile-kernel.js';

/**
 * The three matmul kernels on WebAssembly SIMD (see wasm-tile-kernel.ts): operands are copied
 * into the module's memory in the layout the tile function wants (rows of b contiguous, tile
 * rows and columns padded to multiples of 4, b transposed for a · b^T), the tiles are computed
 * two lanes at a time, and the real part of the result is copied back. The copies are O(n^2)
 * against O(n^3) arithmetic. Padding lanes read whatever the memory holds and land only in
 * padding outputs, which are never copied back. Results are bit-identical to the scalar kernels.
 */

type Tiles = (
  xBase: number, xStride: number, xStep: number, bBase: number, bStep: number,
  outBase: number, outStride: number, tileRows: number, tileCols: number, depth: number, biasBase: number,
) => void;
type Transpose = (source: number, rowGroups: number, cols: number, target: number, targetStride: number) => void;
/** The part of the WebAssembly API used here (the engine's TypeScript lib has no DOM types). */
type WebAssemblyApi = {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
};

const roundUp4 = (value: number): number => (value + 3) & ~3;

/**
 * True where copying in and out would cost more than the SIMD arithmetic saves, so the scalar
 * kernel is faster (measured on Node 20, x64): a reduction shorter than 4 steps, a single
 * output column (3 of 4 lanes wasted), or fewer than 4096 multiply-adds.
 */
function isSmall(outRows: number, outCols: number, depth: number): boolean {
  return depth < 4 || outCols < 2 || outRows * outCols * depth < 4096;
}

/** Tuning of {@link createWasmKernels}; the defaults are what the engine uses. */
export type WasmKernelOptions = {
  /**
   * Float64s of module memory to use at most, default 2^22 (32 MiB), at most 2^27 (byte
   * offsets must fit an i32): larger products go through in row chunks (a · b, a · b^T) or,
   * when even a chunk of 4 rows would not fit, to the scalar kernels.
   */
  readonly memoryBudget?: number;
  /** Send small products (see isSmall) to the scalar kernels. Default true; tests turn it off. */
  readonly isSmallScalar?: boolean;
};

/**
 * The kernels, or undefined where WebAssembly or its SIMD extension is missing.
 * @param scalar computes what the options send away from WebAssembly (same results, bit for bit)
 */
export function createWasmKernels(scalar: MatmulKernels, options: WasmKernelOptions = {}): MatmulKernels | undefined {
  const memoryBudget = Math.min(options.memoryBudget ?? 1 << 22, 1 << 27);
  const isSmallScalar = options.isSmallScalar ?? true;
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (!api) return undefined;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(tileKernelModule()), {}).exports;
  } catch {
    return undefined; // no SIMD: the scalar kernels serve
  }
  const tiles = exports.tiles as Tiles;
  const transpose = exports.transpose as Transpose;
  const memory = new ModuleMemory(exports.memory as WasmMemory);
  const useScalar = (outRows: number, outCols: number, depth: number, floats: number): boolean =>
    floats > memoryBudget || (isSmallScalar && isSmall(outRows, outCols, depth));

  /**
   * out (rows x cols) = a · B (+ bias) for a (rows x inner), with B (inner x colsPadded) and the
   * bias row (biasOffset, or -1 for none) already in memory before float `aOffset`. Rows go in
   * chunks that fit the memory budget.
   */
  function rowsTimesB(a: Float64Array, out: Float64Array, rows: number, inner: number, cols: number, aOffset: number, biasOffset: number): void {
    const colsPadded = roundUp4(cols);
    const chunkRows = Math.max(4, ((memoryBudget - aOffset) / (inner + colsPadded)) & ~3);
    const biasBase = biasOffset < 0 ? -1 : biasOffset * 8;
    for (let first = 0; first < rows; first += chunkRows) {
      const chunk = Math.min(chunkRows, rows - first);
      const chunkPadded = roundUp4(chunk);
      const outOffset = aOffset + chunkPadded * inner;
      memory.reserve(outOffset + chunkPadded * colsPadded);
      memory.copyIn(aOffset, inner, a, first * inner, chunk, inner);
      tiles(aOffset * 8, inner * 8, 8, 0, colsPadded * 8, outOffset * 8, colsPadded * 8, chunkPadded / 4, colsPadded / 4, inner, biasBase);
      memory.copyOut(outOffset, colsPadded, out, first * cols, chunk, cols);
    }
  }

  /** Floats that B, a bias row, one chunk of 4 rows of a and its output take. */
  const smallestChunk = (inner: number, cols: number): number => (inner + 5) * roundUp4(cols) + 4 * inner;

  return {
    multiply(a, b, out, rows, inner, cols, bias) {
      if (useScalar(rows, cols, inner, smallestChunk(inner, cols))) return scalar.multiply(a, b, out, rows, inner, cols, bias);
      // The steps run down B = b: b[k, j] at k * colsPadded + j; then the bias row.
      const colsPadded = roundUp4(cols);
      const biasOffset = inner * colsPadded;
      memory.reserve(biasOffset + colsPadded);
      memory.copyIn(0, colsPadded, b, 0, inner, cols);
      if (bias) memory.copyIn(biasOffset, cols, bias, 0, 1, cols);
      rowsTimesB(a, out, rows, inner, cols, biasOffset + colsPadded, bias ? biasOffset : -1);
    },
    multiplyTransposedRight(a, b, out, rows, inner, cols) {
      const colsPadded = roundUp4(cols);
      const scratch = inner * colsPadded;
      const floats = scratch + colsPadded * inner;
      if (useScalar(rows, cols, inner, Math.max(smallestChunk(inner, cols), floats))) {
        return scalar.multiplyTransposedRight(a, b, out, rows, inner, cols);
      }
      // a · b^T = a · B with B = b^T: b (cols x inner) goes in as it is, after where B will be,
      // and is transposed to B[k, j] at k * colsPadded + j (its padding rows into B's padding).
      memory.reserve(floats);
      memory.copyIn(scratch, inner, b, 0, cols, inner);
      transpose(scratch * 8, colsPadded / 4, inner, 0, colsPadded * 8);
      rowsTimesB(a, out, rows, inner, cols, scratch, -1);
    },
    multiplyTransposedLeft(a, b, out, rows, inner, cols, columnSums) {
      // out[k, j] = sum over r of a[r, k] * b[r, j]: tile rows run along a row of a (x stride
      // 8 bytes), each step moves one row down a and b.
      const innerPadded = roundUp4(inner);
      const colsPadded = roundUp4(cols);
      const bOffset = rows * innerPadded;
      const outOffset = bOffset + rows * colsPadded;
      const sumsOffset = outOffset + innerPadded * colsPadded;
      const one = sumsOffset + 4 * colsPadded;
      if (useScalar(inner, cols, rows, one + 1)) return scalar.multiplyTransposedLeft(a, b, out, rows, inner, cols, columnSums);
      const space = memory.reserve(one + 1);
      memory.copyIn(0, innerPadded, a, 0, rows, inner);
      memory.copyIn(bOffset, colsPadded, b, 0, rows, cols);
      tiles(0, 8, innerPadded * 8, bOffset * 8, colsPadded * 8, outOffset * 8, colsPadded * 8, innerPadded / 4, colsPadded / 4, rows, -1);
      memory.copyOut(outOffset, colsPadded, out, 0, inner, cols);
      if (columnSums) {
        // Column sums as one more tile row whose x is 1 at every step (x stride and step 0):
        // sum = sum + 1 * b[r, j] is sum + b[r, j], in row order, as the scalar kernel adds.
        space[one] = 1;
        tiles(one * 8, 0, 0, bOffset * 8, colsPadded * 8, sumsOffset * 8, colsPadded * 8, 1, colsPadded / 4, rows, -1);
        memory.copyOut(sumsOffset, colsPadded, columnSums, 0, 1, cols);
      }
    },
  };
}
