import type { Rng } from '../engine/rng.js';

/** A random permutation of 0 .. count - 1 (Fisher-Yates, every order equally likely). */
export function shuffledOrder(rng: Rng, count: number): Int32Array {
  return chooseIndices(rng, count, count);
}

/**
 * `count` distinct indices drawn from 0 .. population - 1 without replacement, in random
 * order: a Fisher-Yates shuffle stopped after `count` swaps. Needs count <= population.
 */
export function chooseIndices(rng: Rng, population: number, count: number): Int32Array {
  const indices = new Int32Array(population);
  for (let index = 0; index < population; index++) indices[index] = index;
  for (let position = 0; position < count; position++) {
    // Swap a uniformly chosen not-yet-taken index into `position`.
    const chosen = position + rng.integer(population - position);
    const taken = indices[chosen];
    indices[chosen] = indices[position];
    indices[position] = taken;
  }
  return indices.slice(0, count);
}
