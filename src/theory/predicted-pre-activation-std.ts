import type { ActivationName } from '../engine/activations.js';
import { checkActivation, checkNonNegative } from './input-checks.js';
import { varianceStep } from './variance-map.js';

/** One layer as mean-field theory sees it. */
export type LayerVariances = {
  /** fanIn * Var(W) of the layer's weights. */
  readonly sigmaW2: number;
  /** E[b^2] of its biases. */
  readonly sigmaB2: number;
};

/**
 * The predicted std sqrt(q_l) of each layer's pre-activations, l = 1..L, at initialisation and
 * infinite width, for layers that may differ: q_1 = sigmaW2_1 q0 + sigmaB2_1 (the inputs enter
 * without an activation; q0 = mean squared input feature), then
 * q_l = sigmaW2_l E[phi(sqrt(q_{l-1}) z)^2] + sigmaB2_l. Throws RangeError for an unknown
 * activation or a negative, NaN or infinite q0 or layer variance (naming the layer).
 */
export function predictedPreActivationStd(activation: ActivationName, layers: ReadonlyArray<LayerVariances>, q0: number): number[] {
  checkActivation(activation);
  checkNonNegative(q0, 'q0');
  layers.forEach((layer, index) => {
    checkNonNegative(layer.sigmaW2, `layers[${index}].sigmaW2`);
    checkNonNegative(layer.sigmaB2, `layers[${index}].sigmaB2`);
  });
  const stds: number[] = [];
  let q = q0;
  layers.forEach((layer, index) => {
    q = index === 0 ? layer.sigmaW2 * q + layer.sigmaB2 : varianceStep(activation, layer.sigmaW2, layer.sigmaB2, q);
    stds.push(Math.sqrt(q));
  });
  return stds;
}
