import type { ActivationName } from '../engine/activations.js';
import { activations } from '../engine/activations.js';
import type { BiasInitName } from '../engine/bias-initializers.js';
import { biasInitializers } from '../engine/bias-initializers.js';
import type { InitContext } from '../engine/initializer.js';
import type { InitName } from '../engine/initializers/index.js';
import { initializers } from '../engine/initializers/index.js';

/**
 * The inits mean-field theory does not describe, and why: it assumes every weight is drawn
 * independently from one zero-mean distribution.
 */
export const nonIidInits: Readonly<Partial<Record<InitName, string>>> = Object.freeze({
  zeros: 'every weight is 0: nothing is random, so there is no signal to propagate',
  ones: 'every weight is 1: a constant, not a zero-mean random draw',
  constant: 'every weight is the same constant, not a zero-mean random draw',
  orthogonal: 'an orthogonal matrix: its weights are not independent',
  identity: 'a (partial) identity matrix: deterministic, not random',
  sparse: 'a fixed number of non-zero weights per unit: not independent draws',
  lsuv: 'data-dependent: each layer is rescaled on a batch after it is drawn',
  'zero-hadamard': 'deterministic (identity and Hadamard blocks): not random',
});

/** Why theory does not apply to `init`, or undefined when it does (an i.i.d. init). */
export function theoryNotApplicable(init: InitName): string | undefined {
  return nonIidInits[init];
}

/** What fixes a layer's weight and bias variance. */
export type LayerInitSettings = {
  readonly init: InitName;
  readonly initScale: number;
  readonly activation: ActivationName;
  readonly bias: number;
  readonly biasInit: BiasInitName;
};

function contextOf(settings: LayerInitSettings, fanIn: number, fanOut: number, layerIndex: number, layerCount: number): InitContext {
  return { shape: { fanIn, fanOut }, activation: activations[settings.activation], scale: settings.initScale, layerIndex, layerCount };
}

/**
 * Per weight layer (hidden layers first, output last) sigma_w^2 = fan_in * E[W^2] by the init's
 * formula and sigma_b^2 = E[b^2] by the bias init, for widths `[inputs, ...hidden, outputs]`.
 */
export function layerVariances(settings: LayerInitSettings, widths: readonly number[]): Array<{ sigmaW2: number; sigmaB2: number }> {
  const initializer = initializers[settings.init];
  const layerCount = widths.length - 1;
  return widths.slice(0, -1).map((fanIn, layer) => {
    const std = initializer.std(contextOf(settings, fanIn, widths[layer + 1], layer, layerCount));
    return { sigmaW2: fanIn * std * std, sigmaB2: biasInitializers[settings.biasInit].secondMoment(fanIn, settings.bias) };
  });
}

/**
 * The init scale (in the init's own units) that gives weights of std `targetStd` in a hidden
 * layer of `width` x `width`: every init's std is proportional to its scale. Null for inits whose
 * std does not follow the scale (zeros, ones) or is set by data (lsuv).
 */
export function scaleForStd(settings: Omit<LayerInitSettings, 'initScale'>, targetStd: number, width: number, depth: number): number | null {
  const initializer = initializers[settings.init];
  if (initializer.calibrate) return null;
  const unitStd = initializer.std(contextOf({ ...settings, initScale: 1 }, width, width, Math.min(1, depth), depth + 1));
  if (!(unitStd > 0) || !Number.isFinite(unitStd)) return null;
  return targetStd / unitStd;
}
