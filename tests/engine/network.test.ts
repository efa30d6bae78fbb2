import { describe, expect, it } from 'vitest';
import { activationNames } from '../../src/engine/activations.js';
import type { Batch } from '../../src/engine/network.js';
import { createNetwork, Network } from '../../src/engine/network.js';
import { Adam, Momentum, Sgd } from '../../src/engine/optimizers/index.js';
import { createRng } from '../../src/engine/rng.js';
import { centralDifference, expectGradientClose } from '../helpers/gradient-check.js';
import { randomBatch } from '../helpers/random-batch.js';


const xor: Batch = { x: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]), y: Int32Array.from([0, 1, 1, 0]), rows: 4 };

describe('network gradients', () => {
  for (const classes of [2, 3]) {
    it.each(activationNames)(`%s, ${classes} classes: every parameter's gradient matches central differences`, (activation) => {
      const network = createNetwork({ inputs: 3, hidden: [5, 4], classes, activation, init: 'xavier-normal', bias: 0.1, seed: 4 });
      const batch = randomBatch(6, 3, classes, 9);
      network.computeGradients(batch);
      const analytic = network.params().map((param) => Float64Array.from(param.grad));
      network.params().forEach((param, index) => {
        for (let i = 0; i < param.value.length; i++) {
          const numeric = centralDifference(param.value, i, () => network.evaluate(batch).loss);
          expectGradientClose(analytic[index][i], numeric, `${activation} ${param.name}[${i}]`);
        }
      });
    });
  }

  it('a network without hidden layers (logistic regression) has correct gradients', () => {
    const network = createNetwork({ inputs: 4, hidden: [], classes: 2, activation: 'relu', init: 'normal', initScale: 0.5, seed: 2 });
    const batch = randomBatch(5, 4, 2, 3);
    network.computeGradients(batch);
    const analytic = network.params().map((param) => Float64Array.from(param.grad));
    network.params().forEach((param, index) => {
      for (let i = 0; i < param.value.length; i++) {
        expectGradientClose(analytic[index][i], centralDifference(param.value, i, () => network.evaluate(batch).loss), param.name);
      }
    });
  });
});

describe('network behaviour', () => {
  it('is built from its seed: same seed same weights, another seed other weights, bias set to --bias', () => {
    const config = { inputs: 2, hidden: [8], classes: 2, activation: 'tanh', init: 'xavier-uniform', bias: 0.25, seed: 5 } as const;
    const first = createNetwork(config).weights();
    expect(createNetwork(config).weights()).toEqual(first);
    expect(createNetwork({ ...config, seed: 6 }).weights()).not.toEqual(first);
    expect(first[0].bias).toEqual(Array(8).fill(0.25));
    expect(first.map((layer) => [layer.fanIn, layer.fanOut])).toEqual([
      [2, 8],
      [8, 1],
    ]);
  });

  it('learns XOR from Xavier init for most seeds', () => {
    let learnt = 0;
    const seeds = 20;
    for (let seed = 1; seed <= seeds; seed++) {
      const network = createNetwork({ inputs: 2, hidden: [4], classes: 2, activation: 'tanh', init: 'xavier-uniform', seed });
      const optimizer = new Sgd(0.5);
      for (let step = 0; step < 3000; step++) network.trainStep(xor, optimizer);
      const { loss, accuracy } = network.evaluate(xor);
      if (accuracy === 1 && loss < 0.1) learnt++;
    }
    expect(learnt).toBeGreaterThanOrEqual(15);
  });

  it('zero init keeps every hidden unit bit-identical through thousands of steps, with every optimizer', () => {
    for (const optimizer of [new Sgd(0.5), new Momentum(0.1), new Adam(0.01)]) {
      const network = createNetwork({ inputs: 2, hidden: [5, 3], classes: 3, activation: 'sigmoid', init: 'zeros', seed: 1 });
      const batch = randomBatch(16, 2, 3, 1);
      for (let step = 0; step < 2000; step++) network.trainStep(batch, optimizer);
      network.denseLayers.slice(0, 2).forEach((layer) => {
        const units = layer.outputs;
        for (let i = 0; i < layer.inputs; i++) {
          const first = layer.weights.value[i * units];
          for (let j = 1; j < units; j++) expect(layer.weights.value[i * units + j]).toBe(first);
        }
        for (let j = 1; j < units; j++) expect(layer.bias.value[j]).toBe(layer.bias.value[0]);
      });
      // ...and yet the network did train (the biases and the tied weights moved).
      expect(network.denseLayers[2].bias.value.some((value) => value !== 0)).toBe(true);
    }
  });

  it('trainStep returns the loss before the update and lowers it with a small learning rate', () => {
    const network = createNetwork({ inputs: 3, hidden: [6], classes: 2, activation: 'relu', init: 'he-normal', seed: 3 });
    const batch = randomBatch(32, 3, 2, 4);
    const before = network.evaluate(batch).loss;
    expect(network.trainStep(batch, new Sgd(0.01))).toBeCloseTo(before, 14);
    expect(network.evaluate(batch).loss).toBeLessThan(before);
  });

  it('reuses its buffers: the logits array is the same object from one forward to the next', () => {
    const network = new Network({ inputs: 2, hidden: [3], classes: 2, activation: 'tanh', init: 'normal', seed: 1 }, createRng(1));
    const first = network.forward(xor.x, 4);
    expect(network.forward(xor.x, 4)).toBe(first);
  });
});

describe('buffer pools', () => {
  it('keep memory bounded when the batch size keeps changing (a terminal being resized)', async () => {
    const { BufferPool, POOL_SIZES } = await import('../../src/engine/layer.js');
    const pool = new BufferPool(3);
    const first = pool.get(10);
    for (let rows = 11; rows < 11 + POOL_SIZES; rows++) pool.get(rows);
    // 10 was the least recently used: it was dropped, so asking again gives a new buffer
    expect(pool.get(10)).not.toBe(first);
    const recent = pool.get(12);
    pool.get(500);
    expect(pool.get(12)).toBe(recent);
  });
});
