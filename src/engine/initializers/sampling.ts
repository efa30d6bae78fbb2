import type { Rng } from '../rng.js';

/**
 * Std of a standard normal truncated to [-2, 2] (scipy `truncnorm.std(-2, 2)`). Keras's
 * `VarianceScaling` divides its target std by this so that, after the redraws beyond 2 std,
 * the weights have exactly the target std.
 */
export const TRUNCATED_NORMAL_STD = 0.87962566103423978;

/** `count` weights drawn from U(-bound, bound). */
export function sampleUniform(rng: Rng, count: number, bound: number): Float64Array {
  const weights = new Float64Array(count);
  for (let index = 0; index < count; index++) weights[index] = rng.uniformRange(-bound, bound);
  return weights;
}

/** `count` weights drawn from N(0, std^2). */
export function sampleNormal(rng: Rng, count: number, std: number): Float64Array {
  const weights = new Float64Array(count);
  for (let index = 0; index < count; index++) weights[index] = std * rng.normal();
  return weights;
}

/**
 * `count` weights from a normal redrawn beyond 2 of its own std, Keras style: the untruncated
 * std is `std / 0.8796...`, so the weights' std is `std` and no weight exceeds
 * `2 * std / 0.8796...` in magnitude.
 */
export function sampleTruncatedNormal(rng: Rng, count: number, std: number): Float64Array {
  const untruncatedStd = std / TRUNCATED_NORMAL_STD;
  const weights = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    weights[index] = untruncatedStd * rng.truncatedNormal();
  }
  return weights;
}

/** Std of U(-bound, bound): bound / sqrt(3). */
export function uniformStd(bound: number): number {
  return bound / Math.sqrt(3);
}
