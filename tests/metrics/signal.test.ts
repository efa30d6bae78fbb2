import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../src/engine/network.js';
import { networkSignal } from '../../src/metrics/signal.js';
import { randomBatch } from '../helpers/random-batch.js';

const batchOf = (rows: number, inputs: number, seed: number) => randomBatch(rows, inputs, 2, seed);

describe('signal metrics', () => {
  it('covers every layer with weights, output last, with the units of each', () => {
    const network = createNetwork({ inputs: 4, hidden: [8, 6], classes: 2, activation: 'tanh', init: 'xavier-normal', seed: 1 });
    const layers = networkSignal(network, batchOf(64, 4, 2));
    expect(layers.map((layer) => [layer.layer, layer.units])).toEqual([
      [1, 8],
      [2, 6],
      [3, 1],
    ]);
  });

  it('measures pre-activation and activation statistics of the batch', () => {
    // identity layer of scale 1: pre-activations are the inputs themselves
    const network = createNetwork({ inputs: 3, hidden: [3], classes: 2, activation: 'linear', init: 'identity', seed: 1 });
    const batch = batchOf(500, 3, 3);
    const [first] = networkSignal(network, batch);
    let sum = 0;
    let squares = 0;
    for (const value of batch.x) sum += value;
    const mean = sum / batch.x.length;
    for (const value of batch.x) squares += (value - mean) ** 2;
    expect(first.preActivationMean).toBeCloseTo(mean, 12);
    expect(first.preActivationStd).toBeCloseTo(Math.sqrt(squares / batch.x.length), 12);
    expect(first.activationStd).toBeCloseTo(first.preActivationStd, 12);
    // identity 3x3: 3 ones among 9 weights
    expect(first.weightStd).toBeCloseTo(Math.sqrt(3 / 9 - (3 / 9) ** 2), 12);
  });

  it('sees saturation of tanh with huge weights and none with tiny ones', () => {
    const batch = batchOf(128, 2, 4);
    const huge = createNetwork({ inputs: 2, hidden: [16], classes: 2, activation: 'tanh', init: 'normal', initScale: 100, seed: 1 });
    const tiny = createNetwork({ inputs: 2, hidden: [16], classes: 2, activation: 'tanh', init: 'normal', initScale: 1e-3, seed: 1 });
    expect(networkSignal(huge, batch)[0].saturatedFraction).toBeGreaterThan(0.9);
    expect(networkSignal(tiny, batch)[0].saturatedFraction).toBe(0);
  });

  it('counts dead ReLU units: a very negative bias kills them all', () => {
    const batch = batchOf(64, 2, 5);
    const dead = createNetwork({ inputs: 2, hidden: [10], classes: 2, activation: 'relu', init: 'he-normal', bias: -100, seed: 1 });
    const alive = createNetwork({ inputs: 2, hidden: [10], classes: 2, activation: 'relu', init: 'he-normal', bias: 100, seed: 1 });
    expect(networkSignal(dead, batch)[0].deadFraction).toBe(1);
    expect(networkSignal(dead, batch)[0].weightGradientNorm).toBe(0);
    expect(networkSignal(alive, batch)[0].deadFraction).toBe(0);
  });

  it('shows vanishing gradients in a deep tanh net with small weights', () => {
    const network = createNetwork({ inputs: 2, hidden: Array(10).fill(32), classes: 2, activation: 'tanh', init: 'normal', initScale: 0.05, seed: 1 });
    const layers = networkSignal(network, batchOf(64, 2, 6));
    // each layer multiplies the signal by about 0.05 * sqrt(32) = 0.28, so 10 layers by ~3e-6
    expect(layers[9].activationStd).toBeLessThan(1e-4 * layers[0].activationStd);
    expect(layers[0].activationGradientStd).toBeLessThan(1e-4 * layers[10].activationGradientStd);
  });
});

describe('output layer activation', () => {
  it('is the sigmoid output p for a binary task, whose mean follows the logits', () => {
    const network = createNetwork({ inputs: 2, hidden: [3], classes: 2, activation: 'tanh', init: 'xavier-normal', bias: 0, seed: 2 });
    // push every logit up: p > 0.5 everywhere, so the mean of p is above 0.5 (the pair (1-p, p) would average 0.5)
    network.denseLayers[1].bias.value[0] = 3;
    const output = networkSignal(network, batchOf(50, 2, 9))[1];
    expect(output.activationMean).toBeGreaterThan(0.8);
  });
});
