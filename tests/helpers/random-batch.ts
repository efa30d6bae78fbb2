import type { Batch } from '../../src/engine/network.js';
import { createRng } from '../../src/engine/rng.js';

/** `rows` samples of N(0, 1) features with uniformly drawn labels, from `seed`. */
export function randomBatch(rows: number, inputs: number, classes: number, seed: number): Batch {
  const rng = createRng(seed);
  return {
    x: Float64Array.from({ length: rows * inputs }, () => rng.normal()),
    y: Int32Array.from({ length: rows }, () => rng.integer(classes)),
    rows,
  };
}
