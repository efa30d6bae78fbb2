import { activations } from '../../../src/engine/activations.js';
import type { Activation } from '../../../src/engine/activations.js';
import type { InitContext } from '../../../src/engine/initializer.js';

/** An init context for a fanIn x fanOut layer (relu, scale 1 unless given). */
export function contextFor(
  fanIn: number,
  fanOut: number,
  options: { scale?: number; activation?: Activation } = {},
): InitContext {
  return {
    shape: { fanIn, fanOut },
    activation: options.activation ?? activations.relu,
    scale: options.scale ?? 1,
    layerIndex: 0,
    layerCount: 1,
  };
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index];
  return sum / values.length;
}

/** Sample std about the sample mean (n - 1 denominator). */
export function sampleStd(values: ArrayLike<number>): number {
  const center = mean(values);
  let squares = 0;
  for (let index = 0; index < values.length; index++) squares += (values[index] - center) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** sqrt(mean of squares): the std about 0. */
export function rootMeanSquare(values: ArrayLike<number>): number {
  let squares = 0;
  for (let index = 0; index < values.length; index++) squares += values[index] ** 2;
  return Math.sqrt(squares / values.length);
}

export function maximum(values: ArrayLike<number>): number {
  let largest = -Infinity;
  for (let index = 0; index < values.length; index++) largest = Math.max(largest, values[index]);
  return largest;
}

export function minimum(values: ArrayLike<number>): number {
  let smallest = Infinity;
  for (let index = 0; index < values.length; index++) smallest = Math.min(smallest, values[index]);
  return smallest;
}

export function maxAbsolute(values: ArrayLike<number>): number {
  let largest = 0;
  for (let index = 0; index < values.length; index++) {
    largest = Math.max(largest, Math.abs(values[index]));
  }
  return largest;
}

/** Entry (row, column) of a row-major matrix with `cols` columns. */
