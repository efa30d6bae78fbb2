import { describe, expect, it } from 'vitest';
import type { MatmulKernels } from '../../src/engine/matrix.js';
import { activeKernels, scalarKernels, wasmKernels } from '../../src/engine/matrix.js';
import { createWasmKernels } from '../../src/engine/matrix-wasm.js';
import { createRng } from '../../src/engine/rng.js';

/**
 * Both kernel implementations against a plain loop that sums over the shared dimension in
 * ascending order, for every shape 1..13 in each dimension (every mix of full 4 x 4 tiles and
 * leftover rows and columns). The kernels promise exactly that order of operations, so the
 * results must be equal bit for bit, not merely close.
 */
const sizes = Array.from({ length: 13 }, (_, index) => index + 1);
const shapes = sizes.flatMap((rows) => sizes.flatMap((inner) => sizes.map((cols) => [rows, inner, cols] as const)));

function random(length: number, rng: ReturnType<typeof createRng>): Float64Array {
  return Float64Array.from({ length }, () => rng.normal());
}

function sequential(rows: number, inner: number, cols: number, a: (i: number, t: number) => number, b: (t: number, j: number) => number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) {
      let sum = 0;
      for (let t = 0; t < inner; t++) sum += a(i, t) * b(t, j);
      out[i * cols + j] = sum;
    }
  return out;
}

function expectBitIdentical(actual: Float64Array, expected: Float64Array, label: string): void {
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) throw new Error(`${label}: element ${i} is ${actual[i]}, expected ${expected[i]}`);
  }
}

it('WebAssembly SIMD kernels are available on this runtime and are the active ones', () => {
  expect(wasmKernels).toBeDefined();
  expect(activeKernels.multiply).toBe(wasmKernels?.multiply);
});

const implementations: Array<[string, MatmulKernels]> = [
  ['scalar', scalarKernels],
  ['engine (wasm, small products scalar)', activeKernels],
  ['wasm for every product', createWasmKernels(scalarKernels, { isSmallScalar: false }) ?? scalarKernels],
  // A budget of 300 floats: a · b and a · b^T go in row chunks, larger products fall back to scalar.
  ['wasm with a tiny memory budget', createWasmKernels(scalarKernels, { memoryBudget: 300, isSmallScalar: false }) ?? scalarKernels],
];

describe.each(implementations)('%s kernels on every shape 1..13', (_name, kernels) => {
  it('multiply equals the ascending-order sum (then + bias) bit for bit and overwrites out', () => {
    const rng = createRng('multiply-shapes');
    for (const [rows, inner, cols] of shapes) {
      const a = random(rows * inner, rng);
      const b = random(inner * cols, rng);
      const out = new Float64Array(rows * cols).fill(99);
      kernels.multiply(a, b, out, rows, inner, cols);
      const expected = sequential(rows, inner, cols, (i, t) => a[i * inner + t], (t, j) => b[t * cols + j]);
      expectBitIdentical(out, expected, `multiply ${rows}x${inner}x${cols}`);
      const bias = random(cols, rng);
      kernels.multiply(a, b, out, rows, inner, cols, bias);
      for (let i = 0; i < expected.length; i++) expected[i] += bias[i % cols];
      expectBitIdentical(out, expected, `multiply with bias ${rows}x${inner}x${cols}`);
    }
  });

  it('multiplyTransposedLeft equals the ascending-order sum bit for bit, and so do the column sums', () => {
    const rng = createRng('left-shapes');
    for (const [rows, inner, cols] of shapes) {
      const a = random(rows * inner, rng);
      const b = random(rows * cols, rng);
      const out = new Float64Array(inner * cols).fill(-5);
      const columnSums = new Float64Array(cols).fill(3);
      kernels.multiplyTransposedLeft(a, b, out, rows, inner, cols, inner % 2 === 0 ? columnSums : undefined);
      const expected = sequential(inner, rows, cols, (k, r) => a[r * inner + k], (r, j) => b[r * cols + j]);
      expectBitIdentical(out, expected, `multiplyTransposedLeft ${rows}x${inner}x${cols}`);
      if (inner % 2 === 0) {
        const expectedSums = sequential(1, rows, cols, () => 1, (r, j) => b[r * cols + j]);
        expectBitIdentical(columnSums, expectedSums, `column sums ${rows}x${cols}`);
      }
    }
  });

  it('multiplyTransposedRight equals the ascending-order sum bit for bit and overwrites out', () => {
    const rng = createRng('right-shapes');
    for (const [rows, inner, cols] of shapes) {
      const a = random(rows * inner, rng);
      const b = random(cols * inner, rng);
      const out = new Float64Array(rows * cols).fill(7);
      kernels.multiplyTransposedRight(a, b, out, rows, inner, cols);
      const expected = sequential(rows, inner, cols, (i, t) => a[i * inner + t], (t, j) => b[j * inner + t]);
      expectBitIdentical(out, expected, `multiplyTransposedRight ${rows}x${inner}x${cols}`);
    }
  });

  it('a product larger than the first page of module memory matches the scalar kernels bit for bit', () => {
    const rng = createRng('large');
    const [rows, inner, cols] = [66, 97, 81];
    const a = random(rows * inner, rng);
    const b = random(Math.max(inner, rows, cols) * Math.max(inner, cols), rng);
    const out = new Float64Array(Math.max(rows, inner) * cols);
    const expected = new Float64Array(out.length);
    for (const name of ['multiply', 'multiplyTransposedLeft', 'multiplyTransposedRight'] as const) {
      const b2 = name === 'multiplyTransposedLeft' ? b.subarray(0, rows * cols) : b.subarray(0, inner * cols);
      kernels[name](a, b2, out, rows, inner, cols);
      scalarKernels[name](a, b2, expected, rows, inner, cols);
      expectBitIdentical(out, expected, name);
    }
  });

  it('reads only rows x inner of a longer operand and writes only its part of a longer out', () => {
    const rng = createRng('longer');
    const [rows, inner, cols] = [5, 6, 7];
    const a = random(rows * inner + 9, rng);
    const b = random(inner * cols + 9, rng);
    const out = new Float64Array(rows * cols + 3).fill(42);
    kernels.multiply(a, b, out, rows, inner, cols);
    expectBitIdentical(out.slice(0, rows * cols), sequential(rows, inner, cols, (i, t) => a[i * inner + t], (t, j) => b[t * cols + j]), 'longer operands');
    expect(Array.from(out.slice(rows * cols))).toEqual([42, 42, 42]);
  });
});

describe.each(implementations)('%s kernels keep tied units bit-identical in every tile position', (_name, kernels) => {
  // Operands whose every column (or row) is the same vector: each output row must be constant.
  const rows = 11;
  const inner = 9;
  const cols = 13;
  const rng = createRng('tied');
  const column = random(inner, rng);
  const batchColumn = random(rows, rng);

  function expectConstantRows(out: Float64Array, outRows: number, outCols: number, label: string): void {
    for (let i = 0; i < outRows; i++)
      for (let j = 1; j < outCols; j++) expect(Object.is(out[i * outCols + j], out[i * outCols]), `${label} (${i}, ${j})`).toBe(true);
  }

  it('multiply: identical columns of b (tied units of W)', () => {
    const a = random(rows * inner, rng);
    const b = new Float64Array(inner * cols);
    for (let k = 0; k < inner; k++) for (let j = 0; j < cols; j++) b[k * cols + j] = column[k];
    const out = new Float64Array(rows * cols);
    kernels.multiply(a, b, out, rows, inner, cols);
    expectConstantRows(out, rows, cols, 'multiply');
  });

  it('multiplyTransposedLeft: identical columns of b give identical columns, identical columns of a identical rows', () => {
    const a = random(rows * inner, rng);
    const b = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++) b[r * cols + j] = batchColumn[r];
    const out = new Float64Array(inner * cols);
    kernels.multiplyTransposedLeft(a, b, out, rows, inner, cols);
    expectConstantRows(out, inner, cols, 'multiplyTransposedLeft columns');

    const tiedA = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let k = 0; k < cols; k++) tiedA[r * cols + k] = batchColumn[r];
    const other = random(rows * inner, rng);
    const transposedOut = new Float64Array(cols * inner);
    kernels.multiplyTransposedLeft(tiedA, other, transposedOut, rows, cols, inner);
    for (let k = 1; k < cols; k++)
      for (let j = 0; j < inner; j++) expect(Object.is(transposedOut[k * inner + j], transposedOut[j])).toBe(true);
  });

  it('multiplyTransposedRight: identical rows of b (tied units of W)', () => {
    const a = random(rows * inner, rng);
    const b = new Float64Array(cols * inner);
    for (let j = 0; j < cols; j++) b.set(column, j * inner);
    const out = new Float64Array(rows * cols);
    kernels.multiplyTransposedRight(a, b, out, rows, inner, cols);
    expectConstantRows(out, rows, cols, 'multiplyTransposedRight');
  });
});
