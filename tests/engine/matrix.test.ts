import { describe, expect, it } from 'vitest';
import { multiply, multiplyTransposedLeft, multiplyTransposedRight } from '../../src/engine/matrix.js';
import { createRng } from '../../src/engine/rng.js';

const random = (length: number, seed: number): Float64Array => {
  const rng = createRng(seed);
  return Float64Array.from({ length }, () => rng.normal());
};

/** Plain triple loop: element (i, j) of A·B with A given by its accessor. */
function naive(rows: number, inner: number, cols: number, a: (i: number, k: number) => number, b: (k: number, j: number) => number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) for (let k = 0; k < inner; k++) out[i * cols + j] += a(i, k) * b(k, j);
  return out;
}

const shapes: Array<[number, number, number]> = [
  [1, 1, 1],
  [3, 5, 2],
  [4, 4, 4],
  [7, 9, 13],
  [16, 3, 1],
  [5, 17, 6],
];

describe('matmul kernels', () => {
  it.each(shapes)('multiply %i x %i x %i equals the naive product', (rows, inner, cols) => {
    const a = random(rows * inner, 1);
    const b = random(inner * cols, 2);
    const out = new Float64Array(rows * cols).fill(99); // must be overwritten, not accumulated
    multiply(a, b, out, rows, inner, cols);
    const expected = naive(rows, inner, cols, (i, k) => a[i * inner + k], (k, j) => b[k * cols + j]);
    for (let i = 0; i < out.length; i++) expect(out[i]).toBeCloseTo(expected[i], 12);
  });

  it.each(shapes)('multiplyTransposedLeft %i x %i x %i equals A^T B', (rows, inner, cols) => {
    const a = random(rows * inner, 3);
    const b = random(rows * cols, 4);
    const out = new Float64Array(inner * cols).fill(-5);
    multiplyTransposedLeft(a, b, out, rows, inner, cols);
    const expected = naive(inner, rows, cols, (i, k) => a[k * inner + i], (k, j) => b[k * cols + j]);
    for (let i = 0; i < out.length; i++) expect(out[i]).toBeCloseTo(expected[i], 12);
  });

  it.each(shapes)('multiplyTransposedRight %i x %i x %i equals A B^T', (rows, inner, cols) => {
    const a = random(rows * inner, 5);
    const b = random(cols * inner, 6);
    const out = new Float64Array(rows * cols).fill(7);
    multiplyTransposedRight(a, b, out, rows, inner, cols);
    const expected = naive(rows, inner, cols, (i, k) => a[i * inner + k], (k, j) => b[j * inner + k]);
    for (let i = 0; i < out.length; i++) expect(out[i]).toBeCloseTo(expected[i], 12);
  });

  it('gives bit-identical results for identical columns, whatever their position', () => {
    const rows = 6;
    const inner = 7;
    const cols = 9;
    const a = random(rows * inner, 8);
    const column = random(inner, 9);
    const b = new Float64Array(inner * cols);
    for (let k = 0; k < inner; k++) for (let j = 0; j < cols; j++) b[k * cols + j] = column[k];
    const out = new Float64Array(rows * cols);
    multiply(a, b, out, rows, inner, cols);
    for (let i = 0; i < rows; i++) for (let j = 1; j < cols; j++) expect(out[i * cols + j]).toBe(out[i * cols]);
  });
});
