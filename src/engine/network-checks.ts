import { activations } from './activations.js';
import { biasInitializers } from './bias-initializers.js';
import { initializers } from './initializers/index.js';

/** Widest layer a network may have (inputs, hidden or outputs). */
export const MAX_LAYER_WIDTH = 1_000_000;

const isWholeIn = (value: unknown, low: number, high: number): value is number => Number.isInteger(value) && (value as number) >= low && (value as number) <= high;

/**
 * Throws a RangeError naming the setting and what is allowed unless a network config can be
 * built: whole widths >= 1, classes >= 2, known activation, init and bias init, finite scale
 * (>= 0) and bias. Called once per network, at the boundary.
 */
export function checkNetworkConfig(config: {
  readonly inputs: unknown;
  readonly hidden: unknown;
  readonly classes: unknown;
  readonly activation: unknown;
  readonly init: unknown;
  readonly initScale?: unknown;
  readonly bias?: unknown;
  readonly biasInit?: unknown;
}): void {
  const fail = (message: string): never => {
    throw new RangeError(`network config: ${message}`);
  };
  if (!isWholeIn(config.inputs, 1, MAX_LAYER_WIDTH)) fail(`inputs must be a whole number from 1 to ${MAX_LAYER_WIDTH}, got ${String(config.inputs)}`);
  if (!Array.isArray(config.hidden)) fail(`hidden must be an array of widths (may be empty), got ${String(config.hidden)}`);
  (config.hidden as unknown[]).forEach((width, index) => {
    if (!isWholeIn(width, 1, MAX_LAYER_WIDTH)) fail(`hidden[${index}] must be a whole number from 1 to ${MAX_LAYER_WIDTH}, got ${String(width)}`);
  });
  if (!isWholeIn(config.classes, 2, MAX_LAYER_WIDTH)) fail(`classes must be a whole number >= 2, got ${String(config.classes)}`);
  if (typeof config.activation !== 'string' || !Object.hasOwn(activations, config.activation)) fail(`unknown activation '${String(config.activation)}'; valid: ${Object.keys(activations).join(', ')}`);
  if (typeof config.init !== 'string' || !Object.hasOwn(initializers, config.init)) fail(`unknown init '${String(config.init)}'; valid: ${Object.keys(initializers).join(', ')}`);
  if (config.biasInit !== undefined && (typeof config.biasInit !== 'string' || !Object.hasOwn(biasInitializers, config.biasInit))) fail(`unknown biasInit '${String(config.biasInit)}'; valid: ${Object.keys(biasInitializers).join(', ')}`);
  if (config.initScale !== undefined && !(typeof config.initScale === 'number' && Number.isFinite(config.initScale) && config.initScale >= 0)) fail(`initScale must be a finite number >= 0, got ${String(config.initScale)}`);
  if (config.bias !== undefined && !(typeof config.bias === 'number' && Number.isFinite(config.bias))) fail(`bias must be a finite number, got ${String(config.bias)}`);
}

/**
 * Throws a RangeError saying what is wrong unless `rows` rows of `inputs` features fit in `x`
 * and every one of them is finite (NaN or Infinity would poison the weights for good).
 */
export function checkInputs(x: unknown, rows: unknown, inputs: number, what: string): void {
  if (!(x instanceof Float64Array)) throw new RangeError(`${what}: x must be a Float64Array, got ${Object.prototype.toString.call(x)}`);
  if (!isWholeIn(rows, 0, Number.MAX_SAFE_INTEGER)) throw new RangeError(`${what}: rows must be a whole number >= 0, got ${String(rows)}`);
  if (x.length < rows * inputs) throw new RangeError(`${what}: x holds ${x.length} values, too few for ${rows} rows of ${inputs} inputs (${rows * inputs})`);
  const count = rows * inputs;
  for (let index = 0; index < count; index++) {
    if (!Number.isFinite(x[index])) throw new RangeError(`${what}: x[${index}] (row ${Math.floor(index / inputs)}) is ${x[index]}; inputs must be finite`);
  }
}

/** Throws a RangeError unless `y` holds a class label in [0, classes) for each of `rows` rows. */
export function checkLabels(y: unknown, rows: number, classes: number, what: string): void {
  if (!(y instanceof Int32Array)) throw new RangeError(`${what}: y must be an Int32Array of class labels, got ${Object.prototype.toString.call(y)}`);
  if (y.length < rows) throw new RangeError(`${what}: y holds ${y.length} labels, too few for ${rows} rows`);
  for (let row = 0; row < rows; row++) {
    if (y[row] < 0 || y[row] >= classes) throw new RangeError(`${what}: y[${row}] is ${y[row]}; labels must be 0 to ${classes - 1}`);
  }
}
