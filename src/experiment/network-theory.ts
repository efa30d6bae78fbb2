import type { Dataset } from '../data/dataset.js';
import type { MeanField, Phase } from '../theory/index.js';
import { meanField, predictedPreActivationStd } from '../theory/index.js';
import { layerVariances, theoryNotApplicable } from '../theory/init-variance.js';
import type { ExperimentConfig } from './config.js';

/** The `{"type":"theory"}` line of `run --json` and `compare --json`: mean-field theory's prediction for a config at step 0. */
export type TheoryRecord =
  | {
      readonly type: 'theory';
      readonly applies: true;
      /** sigma_w^2 = fan_in Var(W) and sigma_b^2 = E[b^2] of the hidden-to-hidden layers (the first layer's with one hidden layer). */
      readonly sigmaW2: number;
      readonly sigmaB2: number;
      /** Mean squared input feature of the training data: the q_0 the variance map starts from. */
      readonly q0: number;
      readonly qStar: number | null;
      readonly chi1: number;
      /** Correlation depth scale in layers; null when infinite (exactly critical). */
      readonly xiC: number | null;
      /** About 6 xi_c; null when unbounded. */
      readonly trainableDepth: number | null;
      readonly phase: Phase;
      readonly criticalSigmaW2: number | null;
      /** Per weight layer (hidden first, output last) the predicted std of its pre-activations at step 0. */
      readonly layers: ReadonlyArray<{ readonly layer: number; readonly predictedPreActivationStd: number }>;
    }
  | { readonly type: 'theory'; readonly applies: false; readonly reason: string };

/** Mean squared input feature over the training rows (standardised data gives about 1). */
export function meanSquaredInput(dataset: Dataset): number {
  const { x } = dataset.train;
  let sum = 0;
  for (let index = 0; index < x.length; index++) sum += x[index] * x[index];
  return x.length > 0 ? sum / x.length : 0;
}

/**
 * What mean-field theory predicts for `config` on `dataset` at initialisation: the phase,
 * chi_1, depth scales and trainable depth of its hidden-to-hidden layers, and each layer's
 * pre-activation std; or why it does not apply (an init that is not i.i.d., no hidden layer).
 */
export function networkTheory(config: ExperimentConfig, dataset: Dataset, outputs: number): TheoryRecord {
  if (config.hidden.length === 0) return { type: 'theory', applies: false, reason: 'no hidden layer: nothing to propagate' };
  const reason = theoryNotApplicable(config.init);
  if (reason !== undefined) return { type: 'theory', applies: false, reason };
  const widths = [dataset.inputs, ...config.hidden, outputs];
  const variances = layerVariances(config, widths);
  const q0 = meanSquaredInput(dataset);
  const hidden = variances[Math.min(1, config.hidden.length - 1)];
  const field: MeanField = meanField({ activation: config.activation, sigmaW2: hidden.sigmaW2, sigmaB2: hidden.sigmaB2, q0 });
  // A constant bias shifts every pre-activation alike: it is in q (a second moment) but not in the std.
  const shift = config.biasInit === 'constant' ? config.bias * config.bias : 0;
  const predicted = predictedPreActivationStd(config.activation, variances, q0);
  return {
    type: 'theory',
    applies: true,
    sigmaW2: hidden.sigmaW2,
    sigmaB2: hidden.sigmaB2,
    q0,
    qStar: field.qStar,
    chi1: field.chi1,
    xiC: field.xiC,
    trainableDepth: field.trainableDepth,
    phase: field.phase,
    criticalSigmaW2: field.criticalSigmaW2,
    layers: predicted.map((std, index) => ({ layer: index + 1, predictedPreActivationStd: Math.sqrt(Math.max(0, std * std - shift)) })),
  };
}

/** The theory in words, one line: "ordered: the signal shrinks about x0.71 per layer; trainable to about 12 layers". */
export function theorySentence(theory: TheoryRecord): string {
  if (!theory.applies) return `theory does not apply: ${theory.reason}`;
  const factor = Math.sqrt(theory.chi1);
  const depth = theory.trainableDepth === null ? 'trainable at any depth' : `trainable to about ${Math.round(theory.trainableDepth)} layers`;
  if (theory.phase === 'critical') return `critical (chi_1 = ${theory.chi1.toFixed(2)}): gradients keep their size layer to layer; ${depth}`;
  const verb = theory.phase === 'ordered' ? 'shrink' : 'grow';
  return `${theory.phase}: gradients ${verb} about x${factor.toFixed(2)} per layer (chi_1 = ${theory.chi1.toFixed(2)}); ${depth}`;
}
