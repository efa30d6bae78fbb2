import { describe, expect, it } from 'vitest';
import { initializers } from '../../../src/engine/initializers/index.js';
import { createRng } from '../../../src/engine/rng.js';
import { contextFor, rootMeanSquare } from './statistics.js';

/** init as nested rows of our fanIn x fanOut layout. */
function rowsOf(name: 'identity' | 'zero-hadamard', fanIn: number, fanOut: number, scale = 1) {
  const weights = initializers[name].init(createRng(1), contextFor(fanIn, fanOut, { scale }));
  return Array.from({ length: fanIn }, (_unused, row) =>
    Array.from(weights.subarray(row * fanOut, (row + 1) * fanOut)),
  );
}

/** Unit j's incoming weights: column j of our layout, as a string key. */
function unitKeys(weights: Float64Array, fanIn: number, fanOut: number): string[] {
  return Array.from({ length: fanOut }, (_unused, unit) =>
    Array.from({ length: fanIn }, (_input, input) => weights[input * fanOut + unit]).join(','),
  );
}

const half = Math.SQRT1_2;

describe('identity (PyTorch eye_)', () => {
  it('is the identity on a square layer', () => {
    expect(rowsOf('identity', 3, 3)).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });
  it('is a partial identity on 4 -> 2 and 2 -> 4, times scale', () => {
    expect(rowsOf('identity', 4, 2, 2)).toEqual([
      [2, 0],
      [0, 2],
      [0, 0],
      [0, 0],
    ]);
    expect(rowsOf('identity', 2, 4)).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
    ]);
  });
  it('reports its RMS as std', () => {
    const context = contextFor(2, 4, { scale: 3 });
    const weights = initializers.identity.init(createRng(1), context);
    expect(initializers.identity.std(context)).toBeCloseTo(rootMeanSquare(weights), 14);
    expect(initializers.identity.std(context)).toBeCloseTo(3 * Math.sqrt(2 / 8), 14);
  });
});

describe('zero-hadamard (ZerO, Algorithm 1)', () => {
  it('is the identity when fanIn = fanOut', () => {
    expect(rowsOf('zero-hadamard', 3, 3)).toEqual(rowsOf('identity', 3, 3));
  });
  it('is a partial identity when narrowing (4 -> 2)', () => {
    expect(rowsOf('zero-hadamard', 4, 2)).toEqual([
      [1, 0],
      [0, 1],
      [0, 0],
      [0, 0],
    ]);
  });
  it('is c H_m cut to size when widening: 2 -> 3 has m = 2, c = 2^(-1/2)', () => {
    // PyTorch weight (3 x 2) = c * H_2[0..2][0..1] = c [[1, 1], [1, -1], [1, 1]];
    // ours is its transpose.
    const rows = rowsOf('zero-hadamard', 2, 3);
    const expected = [
      [half, half, half],
      [half, -half, half],
    ];
    rows.forEach((row, index) =>
      row.forEach((value, unit) => expect(value).toBeCloseTo(expected[index][unit], 15)),
    );
  });
  it('widening 2 -> 4 (m = 2) and 3 -> 5 (m = 3, c = 1/2), times scale', () => {
    expect(rowsOf('zero-hadamard', 2, 4).flat().map((value) => value / half)).toEqual(
      [1, 1, 1, 1, 1, -1, 1, -1].map((value) => expect.closeTo(value, 12)),
    );
    // H_3 rows 0..2, columns 0..4, times c = 2^(-(3-1)/2) = 0.5, times scale 2.
    expect(rowsOf('zero-hadamard', 3, 5, 2)).toEqual([
      [1, 1, 1, 1, 1],
      [1, -1, 1, -1, 1],
      [1, 1, -1, -1, 1],
    ]);
  });
  it('gives pairwise distinct units when widening with fanIn > 2^(m-1)', () => {
    for (const [fanIn, fanOut] of [
      [5, 8],
      [3, 4],
      [300, 400],
    ]) {
      const weights = initializers['zero-hadamard'].init(createRng(1), contextFor(fanIn, fanOut));
      expect(new Set(unitKeys(weights, fanIn, fanOut)).size).toBe(fanOut);
    }
  });
  it('repeats units when fanIn <= 2^(m-1): 2 inputs -> 8 units gives only 2 distinct units', () => {
    const weights = initializers['zero-hadamard'].init(createRng(1), contextFor(2, 8));
    expect(new Set(unitKeys(weights, 2, 8)).size).toBe(2);
  });
  it('reports its RMS as std, widening and narrowing', () => {
    for (const [fanIn, fanOut] of [
      [2, 3],
      [30, 100],
      [100, 30],
      [7, 7],
    ]) {
      const context = contextFor(fanIn, fanOut, { scale: 1.5 });
      const weights = initializers['zero-hadamard'].init(createRng(1), context);
      expect(initializers['zero-hadamard'].std(context)).toBeCloseTo(rootMeanSquare(weights), 14);
    }
  });
});
