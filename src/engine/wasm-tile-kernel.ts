import type { ExportedFunction } from './wasm-encoder.js';
import { encodeModule, FunctionBody, valueType } from './wasm-encoder.js';

/**
 * The WebAssembly module behind the fast matmul path. Its main function, `tiles`, fills a grid
 * of 4 x 4 output tiles, out[r, c] = sum over steps s of x[r, s] * b[s, c], with
 *  - x[r, s] at byte `xBase + r * xStride + s * xStep` (any layout: rows of a, or columns of a),
 *  - b[s, c] at byte `bBase + s * bStep + c * 8` (rows of b contiguous),
 *  - out[r, c] at byte `outBase + r * outStride + c * 8`,
 * for tileRows x tileCols tiles and `depth` steps, plus bias[c] at byte `biasBase + c * 8` when
 * biasBase >= 0 (added after the whole sum). All addresses are in the module's memory.
 *
 * Each tile keeps its 16 sums in 8 two-lane f64x2 accumulators. A step loads 4 values of b as
 * two vectors and, for each of the 4 rows, multiplies them by the row's x value (loaded into
 * both lanes by one v128.load64_splat) and adds: 16 multiply-adds, two at a time, from 2 vector
 * and 4 splat loads, with no bounds checks (WebAssembly guards memory by page). Every lane computes
 * `sum = 0; sum = sum + x * b` with steps in ascending order: exactly the operations of the
 * scalar kernels in the same order (WebAssembly has no fused multiply-add here, and f64 lanes
 * round like scalar f64), so results are bit-identical to them.
 *
 * The second function, `transpose`, lays out b^T for a · b^T inside the module's memory.
 */

// Parameter and local indices of `tiles`, in declaration order.
const [xBase, xStride, xStep, bBase, bStep, outBase, outStride, tileRows, tileCols, depth, biasBase] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const tilesParams = 11;
const [rowCounter, colCounter, stepCounter, xTile, outTile, x, b, bTile, out, row, xStride2, xStride3, biasTile] =
  [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];
const tilesI32Locals = 13;
const [b01, b23, lane] = [24, 25, 26];
/** sums[r] holds columns 0-1 of tile row r, sums[r] + 1 columns 2-3. */
const sums = [27, 29, 31, 33];
const tilesV128Locals = 11;

function tilesBody(): FunctionBody {
  const body = new FunctionBody();
  const addTo = (local: number, amount: number): void => {
    body.localGet(local).localGet(amount).i32Add().localSet(local);
  };
  const add32 = (local: number): void => {
    body.localGet(local).i32Const(32).i32Add().localSet(local);
  };
  body.localGet(xStride).localGet(xStride).i32Add().localSet(xStride2);
  body.localGet(xStride2).localGet(xStride).i32Add().localSet(xStride3);
  body.localGet(xBase).localSet(xTile).localGet(outBase).localSet(outTile).localGet(tileRows).localSet(rowCounter);
  body.countDown(rowCounter, () => {
    body.localGet(bBase).localSet(bTile).localGet(biasBase).localSet(biasTile);
    body.localGet(outTile).localSet(out).localGet(tileCols).localSet(colCounter);
    body.countDown(colCounter, () => {
      for (const sum of sums) body.v128Zero().localSet(sum).v128Zero().localSet(sum + 1);
      body.localGet(xTile).localSet(x).localGet(bTile).localSet(b).localGet(depth).localSet(stepCounter);
      body.countDown(stepCounter, () => {
        body.localGet(b).v128Load(0).localSet(b01).localGet(b).v128Load(16).localSet(b23);
        [0, xStride, xStride2, xStride3].forEach((offset, tileRow) => {
          body.localGet(x);
          if (tileRow > 0) body.localGet(offset).i32Add();
          body.v128Load64Splat().localSet(lane);
          // sum = sum + x * b, two columns per vector
          const sum = sums[tileRow];
          body.localGet(sum).localGet(lane).localGet(b01).f64x2Mul().f64x2Add().localSet(sum);
          body.localGet(sum + 1).localGet(lane).localGet(b23).f64x2Mul().f64x2Add().localSet(sum + 1);
        });
        addTo(x, xStep);
        addTo(b, bStep);
      });
      // Bias epilogue (biasBase >= 0): sum = sum + bias[c], after the whole sum.
      body.localGet(biasBase).i32Const(0).i32GeS().ifThen(() => {
        body.localGet(biasTile).v128Load(0).localSet(b01).localGet(biasTile).v128Load(16).localSet(b23);
        for (const sum of sums) {
          body.localGet(sum).localGet(b01).f64x2Add().localSet(sum);
          body.localGet(sum + 1).localGet(b23).f64x2Add().localSet(sum + 1);
        }
      });
      body.localGet(out).localSet(row);
      sums.forEach((sum, tileRow) => {
        if (tileRow > 0) addTo(row, outStride);
        body.localGet(row).localGet(sum).v128Store(0).localGet(row).localGet(sum + 1).v128Store(16);
      });
      add32(out);
      add32(bTile);
      add32(biasTile);
    });
    addTo(xTile, xStride3);
    addTo(xTile, xStride);
    for (let repeat = 0; repeat < 4; repeat++) addTo(outTile, outStride);
  });
  return body;
}

/**
 * transpose(source, rowGroups, cols, target, targetStride): target[c, r] = source[r, c] for a
 * row-major source of 4 * rowGroups rows of `cols` values at byte `source`, target rows
 * `targetStride` bytes apart. Four source rows go together, so that each target row gets 4
 * adjacent values (32 bytes) at a time rather than one value per cache line.
 */
function transposeBody(): FunctionBody {
  const [source, rowGroups, cols, target, targetStride] = [0, 1, 2, 3, 4];
  const [groupCounter, colCounter, read, write, groupTarget, rowBytes, rowBytes2, rowBytes3] = [5, 6, 7, 8, 9, 10, 11, 12];
  const body = new FunctionBody();
  body.localGet(cols).i32Const(8).i32Mul().localSet(rowBytes);
  body.localGet(rowBytes).localGet(rowBytes).i32Add().localSet(rowBytes2);
  body.localGet(rowBytes2).localGet(rowBytes).i32Add().localSet(rowBytes3);
  body.localGet(target).localSet(groupTarget).localGet(rowGroups).localSet(groupCounter);
  body.countDown(groupCounter, () => {
    body.localGet(source).localSet(read).localGet(groupTarget).localSet(write).localGet(cols).localSet(colCounter);
    body.countDown(colCounter, () => {
      [0, rowBytes, rowBytes2, rowBytes3].forEach((rowOffset, row) => {
        body.localGet(write).localGet(read);
        if (row > 0) body.localGet(rowOffset).i32Add();
        body.f64Load().f64Store(row * 8);
      });
      body.localGet(read).i32Const(8).i32Add().localSet(read);
      body.localGet(write).localGet(targetStride).i32Add().localSet(write);
    });
    body.localGet(source).localGet(rowBytes3).i32Add().localGet(rowBytes).i32Add().localSet(source);
    body.localGet(groupTarget).i32Const(32).i32Add().localSet(groupTarget);
  });
  return body;
}

/** The module's bytes: memory (1 page to start) and the `tiles` and `transpose` functions. */
export function tileKernelModule(): Uint8Array {
  const tiles: ExportedFunction = {
    name: 'tiles',
    params: new Array<number>(tilesParams).fill(valueType.i32),
    locals: [
      { count: tilesI32Locals, type: valueType.i32 },
      { count: tilesV128Locals, type: valueType.v128 },
    ],
    body: tilesBody(),
  };
  const transpose: ExportedFunction = {
    name: 'transpose',
    params: new Array<number>(5).fill(valueType.i32),
    locals: [{ count: 8, type: valueType.i32 }],
    body: transposeBody(),
  };
  return encodeModule([tiles, transpose], 1);
}
