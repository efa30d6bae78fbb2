import { describe, expect, it } from 'vitest';
import { initializers } from '../../../src/engine/initializers/index.js';
import { orthogonalWeights } from '../../../src/engine/initializers/orthogonal.js';
import { householderQr, transpose } from '../../../src/engine/initializers/qr.js';
import { createRng } from '../../../src/engine/rng.js';
import { contextFor, mean, rootMeanSquare } from './statistics.js';

/** a^T b for row-major a (rows x aCols) and b (rows x bCols). */
function transposeTimes(
  a: Float64Array,
  b: Float64Array,
  rows: number,
  aCols: number,
  bCols: number,
): Float64Array {
  const product = new Float64Array(aCols * bCols);
  for (let row = 0; row < rows; row++) {
    for (let i = 0; i < aCols; i++) {
      const left = a[row * aCols + i];
      for (let j = 0; j < bCols; j++) product[i * bCols + j] += left * b[row * bCols + j];
    }
  }
  return product;
}

/** Largest |M - I| entry of a square n x n matrix. */
function distanceFromIdentity(matrix: Float64Array, n: number): number {
  let largest = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      largest = Math.max(largest, Math.abs(matrix[i * n + j] - (i === j ? 1 : 0)));
    }
  }
  return largest;
}

/** The N(0,1) matrix orthogonal_ draws, in PyTorch's fanOut x fanIn layout. */
function pytorchGaussian(seed: string, fanIn: number, fanOut: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: fanOut * fanIn }, () => rng.normal());
}

describe('householderQr', () => {
  it('factors a tall matrix into orthonormal Q and upper triangular R with Q R = A', () => {
    const rows = 7;
    const cols = 4;
    const rng = createRng('qr');
    const matrix = Float64Array.from({ length: rows * cols }, () => rng.normal());
    const { q, r } = householderQr(matrix, rows, cols);
    expect(distanceFromIdentity(transposeTimes(q, q, rows, cols, cols), cols)).toBeLessThan(1e-12);
    for (let row = 0; row < cols; row++) {
      for (let column = 0; column < row; column++) expect(r[row * cols + column]).toBe(0);
    }
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < cols; column++) {
        let product = 0;
        for (let k = 0; k < cols; k++) product += q[row * cols + k] * r[k * cols + column];
        expect(product).toBeCloseTo(matrix[row * cols + column], 12);
      }
    }
  });

  it('factors 256 x 256 in float64 to 1e-10', () => {
    const size = 256;
    const rng = createRng('qr-256');
    const matrix = Float64Array.from({ length: size * size }, () => rng.normal());
    const { q } = householderQr(matrix, size, size);
    expect(distanceFromIdentity(transposeTimes(q, q, size, size, size), size)).toBeLessThan(1e-10);
  });
});

describe('orthogonal', () => {
  const shapes = [
    { fanIn: 50, fanOut: 50, label: 'square' },
    { fanIn: 80, fanOut: 30, label: 'fanIn > fanOut' },
    { fanIn: 30, fanOut: 80, label: 'fanIn < fanOut' },
    { fanIn: 1, fanOut: 5, label: 'one input' },
    { fanIn: 5, fanOut: 1, label: 'one unit' },
  ];
  for (const { fanIn, fanOut, label } of shapes) {
    it(`is semi-orthogonal in the right orientation (${label}, ${fanIn} x ${fanOut})`, () => {
      const weights = initializers.orthogonal.init(createRng('orth'), contextFor(fanIn, fanOut));
      // Columns (units) orthonormal when fanIn >= fanOut: W^T W = I_fanOut.
      if (fanIn >= fanOut) {
        const gram = transposeTimes(weights, weights, fanIn, fanOut, fanOut);
        expect(distanceFromIdentity(gram, fanOut)).toBeLessThan(1e-10);
      }
      // Rows (inputs) orthonormal when fanIn <= fanOut: W W^T = I_fanIn.
      if (fanIn <= fanOut) {
        const transposed = transpose(weights, fanIn, fanOut);
        const gram = transposeTimes(transposed, transposed, fanOut, fanIn, fanIn);
        expect(distanceFromIdentity(gram, fanIn)).toBeLessThan(1e-10);
      }
    });

    it(`follows PyTorch: Q of the Gaussian, signed so diag(R) > 0 (${label})`, () => {
      const seed = `sign-${label}`;
      const weights = orthogonalWeights(createRng(seed), { fanIn, fanOut }, 1);
      const gaussian = pytorchGaussian(seed, fanIn, fanOut);
      // PyTorch factors the tall one of G (fanOut x fanIn) and G^T; W (ours) or W^T is its Q.
      const isTransposed = fanOut < fanIn;
      const tall = isTransposed ? transpose(gaussian, fanOut, fanIn) : gaussian;
      const q = isTransposed ? weights : transpose(weights, fanIn, fanOut);
      const rows = Math.max(fanIn, fanOut);
      const cols = Math.min(fanIn, fanOut);
      // With G = Q R and orthonormal Q, R = Q^T G; it must be upper triangular, diagonal > 0.
      const r = transposeTimes(q, tall, rows, cols, cols);
      for (let row = 0; row < cols; row++) {
        expect(r[row * cols + row]).toBeGreaterThan(0);
        for (let column = 0; column < row; column++) {
          expect(Math.abs(r[row * cols + column])).toBeLessThan(1e-10);
        }
      }
    });
  }

  it('1 x 1 is the sign of the Gaussian draw', () => {
    const gaussian = pytorchGaussian('one', 1, 1)[0];
    const weights = initializers.orthogonal.init(createRng('one'), contextFor(1, 1, { scale: 3 }));
    expect(weights[0]).toBe(3 * Math.sign(gaussian));
  });

  it('has RMS 1 / sqrt(max(fanIn, fanOut)) times scale and mean near 0', () => {
    const context = contextFor(400, 300, { scale: 2 });
    const weights = initializers.orthogonal.init(createRng(9), context);
    expect(rootMeanSquare(weights)).toBeCloseTo(2 / Math.sqrt(400), 12);
    expect(initializers.orthogonal.std(context)).toBeCloseTo(2 / Math.sqrt(400), 12);
    expect(Math.abs(mean(weights))).toBeLessThan((5 * 2) / Math.sqrt(400) / Math.sqrt(120_000));
  });
});
