import { describe, expect, it } from 'vitest';
import { activeKernels, scalarKernels, wasmKernels } from '../../src/engine/matrix.js';
import type { MatmulKernels } from '../../src/engine/matrix.js';
import type { Batch } from '../../src/engine/network.js';
import { createNetwork } from '../../src/engine/network.js';
import { Adam } from '../../src/engine/optimizers/index.js';
import { createRng } from '../../src/engine/rng.js';
import { randomBatch } from '../helpers/random-batch.js';

/**
 * Networks wide enough that the dense layers' products go through WebAssembly (at least 4096
 * multiply-adds): training must be bit-identical to the scalar kernels, and tied units must
 * stay tied.
 */

function withKernels<T>(kernels: MatmulKernels, work: () => T): T {
  const saved = { ...activeKernels };
  Object.assign(activeKernels, kernels);
  try {
    return work();
  } finally {
    Object.assign(activeKernels, saved);
  }
}

const config = { inputs: 6, hidden: [64, 48], classes: 3, activation: 'tanh', init: 'he-normal', seed: 3 } as const;

function trainedWeights(steps: number): number[][] {
  const network = createNetwork(config);
  const batch = randomBatch(64, config.inputs, config.classes, 5);
  const optimizer = new Adam(0.01);
  for (let step = 0; step < steps; step++) network.trainStep(batch, optimizer);
  return network.params().map((param) => Array.from(param.value));
}

describe('dense layers on the WebAssembly kernels', () => {
  it('train bit-identically to the scalar kernels', () => {
    expect(wasmKernels).toBeDefined();
    const viaWasm = trainedWeights(30);
    const viaScalar = withKernels(scalarKernels, () => trainedWeights(30));
    const scalarValues = viaScalar.flat();
    const firstDifference = viaWasm.flat().findIndex((value, index) => !Object.is(value, scalarValues[index]));
    expect(firstDifference).toBe(-1);
    expect(viaWasm.flat()).toHaveLength(scalarValues.length);
  });

  it('keep zero-initialised hidden units bit-identical through training', () => {
    const network = createNetwork({ ...config, init: 'zeros' });
    const batch = randomBatch(64, config.inputs, config.classes, 7);
    const optimizer = new Adam(0.01);
    for (let step = 0; step < 200; step++) network.trainStep(batch, optimizer);
    network.denseLayers.slice(0, 2).forEach((layer) => {
      const units = layer.outputs;
      const weights = layer.weights.value;
      const untied = Array.from(weights).findIndex((value, index) => value !== weights[index - (index % units)]);
      expect(untied).toBe(-1);
      expect(layer.bias.value.every((value) => value === layer.bias.value[0])).toBe(true);
    });
    expect(network.denseLayers[2].bias.value.some((value) => value !== 0)).toBe(true);
  });
});
