import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../src/engine/activations.js';
import { Network } from '../../src/engine/network.js';
import { createRng } from '../../src/engine/rng.js';
import { predictedPreActivationStd } from '../../src/theory/predicted-pre-activation-std.js';

const INPUTS = 64;
const WIDTH = 1000;
const DEPTH = 10;
const ROWS = 100;

type Case = { readonly activation: ActivationName; readonly sigmaW2: number; readonly sigmaB2: number };
type Measurement = { readonly measured: number[]; readonly predicted: number[] };

/**
 * Builds a 64 -> 1000 x 10 network with N(0, s^2) weights, s = sqrt(sigmaW2 / 1000) (the 'normal'
 * init takes initScale as the std; the same s for every layer, so the first layer, fanIn 64, has
 * sigmaW2_1 = 64 s^2), biases drawn from N(0, sigmaB2), runs N(0, 1) inputs forward and returns
 * each hidden layer's measured mean squared pre-activation (q, the second moment the theory
 * predicts) and the predicted q from this batch's q0.
 */
function measureOne({ activation, sigmaW2, sigmaB2 }: Case, seed: string): Measurement {
  const initScale = Math.sqrt(sigmaW2 / WIDTH);
  const network = new Network({ inputs: INPUTS, hidden: Array(DEPTH).fill(WIDTH), classes: 2, activation, init: 'normal', initScale }, createRng(seed));
  const biasRng = createRng(`${seed}/biases`);
  for (const layer of network.denseLayers) for (let i = 0; i < layer.bias.value.length; i++) layer.bias.value[i] = Math.sqrt(sigmaB2) * biasRng.normal();
  const inputRng = createRng(`${seed}/inputs`);
  const x = Float64Array.from({ length: ROWS * INPUTS }, () => inputRng.normal());
  network.forward(x, ROWS);
  // Read each hidden layer's pre-activations as metrics/signal.ts does: the activation layer's input.
  const measured = network.activationLayers.map((layer) => {
    let sum = 0;
    for (let i = 0; i < ROWS * WIDTH; i++) sum += layer.lastInput[i] ** 2;
    return sum / (ROWS * WIDTH);
  });
  const q0 = x.reduce((sum, value) => sum + value * value, 0) / x.length;
  const layers = network.denseLayers.slice(0, DEPTH).map((layer) => ({ sigmaW2: layer.inputs * initScale ** 2, sigmaB2 }));
  return { measured, predicted: predictedPreActivationStd(activation, layers, q0).map((std) => std * std) };
}

/**
 * The root of q averaged over `networks` independently seeded networks, measured and predicted.
 * One network is not enough at width 1000: q_l fluctuates from network to network by a relative
 * ~sqrt(5 l / N) for relu (Hanin & Nica 2019; measured here: up to 20% in the std at layer 10
 * with 6 seeds), ~2-3% for tanh, where the contracting q-map damps it. The mean over networks is
 * what mean-field theory predicts (for relu exactly, at any width).
 */
function measureEnsemble(field: Case, networks: number): Measurement {
  const runs = Array.from({ length: networks }, (_, index) => measureOne(field, `theory-${field.activation}-${index}`));
  const rootMean = (pick: (run: Measurement) => number[]): number[] =>
    Array.from({ length: DEPTH }, (_, layer) => Math.sqrt(runs.reduce((sum, run) => sum + pick(run)[layer], 0) / networks));
  return { measured: rootMean((run) => run.measured), predicted: rootMean((run) => run.predicted) };
}

function expectWithin({ measured, predicted }: Measurement, tolerance: number): void {
  expect(predicted).toHaveLength(DEPTH);
  for (let layer = 0; layer < DEPTH; layer++) {
    const error = Math.abs(measured[layer] / predicted[layer] - 1);
    expect(error, `layer ${layer + 1}: measured ${measured[layer]}, predicted ${predicted[layer]}`).toBeLessThan(tolerance);
  }
}

describe('mean-field prediction against wide networks at step 0 (pre-activation std per layer)', () => {
  it.each([
    { activation: 'tanh', sigmaW2: 1.5, sigmaB2: 0.05 },
    { activation: 'tanh', sigmaW2: 4, sigmaB2: 0.3 },
  ] as const)('$activation, sigmaW2 = $sigmaW2, sigmaB2 = $sigmaB2: 8 networks, every layer within 2%', (field) => {
    expectWithin(measureEnsemble(field, 8), 0.02);
  });

  it.each([
    { activation: 'relu', sigmaW2: 2, sigmaB2: 0 },
    { activation: 'relu', sigmaW2: 2.4, sigmaB2: 0.1 },
  ] as const)('$activation, sigmaW2 = $sigmaW2, sigmaB2 = $sigmaB2: 16 networks, every layer within 5%', (field) => {
    expectWithin(measureEnsemble(field, 16), 0.05);
  });

  it('the prediction is not trivially flat: it tells these layers apart, and so does the network', () => {
    const growing = measureOne({ activation: 'relu', sigmaW2: 2.4, sigmaB2: 0.1 }, 'theory-growing');
    expect(growing.predicted[DEPTH - 1] / growing.predicted[1]).toBeGreaterThan(3);
    const tanh = measureOne({ activation: 'tanh', sigmaW2: 1.5, sigmaB2: 0.05 }, 'theory-climbing');
    // The first layer (fanIn 64) starts far below the fixed point the later layers climb to.
    expect(tanh.predicted[DEPTH - 1] / tanh.predicted[0]).toBeGreaterThan(2);
    expect(tanh.measured[DEPTH - 1] / tanh.measured[0]).toBeGreaterThan(2);
  });
});

describe('predictedPreActivationStd', () => {
  it('applies no activation to the inputs: q_1 = sigmaW2_1 q0 + sigmaB2_1, then the variance map', () => {
    const stds = predictedPreActivationStd('relu', [{ sigmaW2: 3, sigmaB2: 0.5 }, { sigmaW2: 2, sigmaB2: 0.25 }, { sigmaW2: 1, sigmaB2: 0 }], 2);
    // q1 = 6.5, q2 = 2 * 6.5 / 2 + 0.25 = 6.75, q3 = 6.75 / 2 = 3.375
    expect(stds[0]).toBeCloseTo(Math.sqrt(6.5), 12);
    expect(stds[1]).toBeCloseTo(Math.sqrt(6.75), 12);
    expect(stds[2]).toBeCloseTo(Math.sqrt(3.375), 12);
    expect(predictedPreActivationStd('tanh', [], 1)).toEqual([]);
  });
});
