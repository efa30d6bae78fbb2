import { describe, expect, it } from 'vitest';
import { ActivationLayer } from '../../src/engine/activation-layer.js';
import type { Activation } from '../../src/engine/activations.js';
import { activationNames, activations } from '../../src/engine/activations.js';
import { binaryCrossEntropy } from '../../src/engine/losses.js';
import { createRng } from '../../src/engine/rng.js';

const rng = createRng('activation-loops');
const size = 64;
const rows = 4;
const specialValues = [0, -0, 30, -30, 1e-9, -1e-300, 5e-324, -5e-324, Infinity, -Infinity, NaN, 1e308, -1e308];
const inputs = Float64Array.from({ length: rows * size }, (_, i) => (i % 5 === 0 ? specialValues[(i / 5) % specialValues.length] : 4 * rng.normal()));
const gradients = Float64Array.from({ length: rows * size }, () => rng.normal());

function expectSameBits(actual: Float64Array, expected: (i: number) => number, label: string): void {
  for (let i = 0; i < actual.length; i++) expect(Object.is(actual[i], expected(i)), `${label}[${i}]`).toBe(true);
}

describe('activation layer loops', () => {
  it.each(activationNames)('%s: forward and backward equal the record functions bit for bit', (name) => {
    const activation = activations[name];
    const layer = new ActivationLayer(activation, size);
    const output = layer.forward(inputs, rows);
    expectSameBits(output, (i) => activation.output(inputs[i]), `${name} forward`);
    const gradInput = layer.backward(gradients, rows);
    expectSameBits(gradInput, (i) => gradients[i] * activation.derivative(inputs[i], activation.output(inputs[i])), `${name} backward`);
  });

  it('an activation that is not a registered record uses its own functions', () => {
    const doubled: Activation = { ...activations.relu, output: (x) => 2 * x, derivative: () => 2 };
    const layer = new ActivationLayer(doubled, size);
    expectSameBits(layer.forward(inputs, rows), (i) => 2 * inputs[i], 'custom forward');
    expectSameBits(layer.backward(gradients, rows), (i) => gradients[i] * 2, 'custom backward');
  });
});

describe('binary cross-entropy with one shared exp', () => {
  it('equals softplus(z) - y z and sigmoid(z) - y written out with two exps, bit for bit', () => {
    const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
    const logits = Float64Array.from([0, -0, 1e-300, -1e-300, 700, -700, 36, -36, ...Array.from({ length: 200 }, () => 8 * rng.normal())]);
    const labels = Int32Array.from(logits, (_, i) => i % 2);
    const gradient = new Float64Array(logits.length);
    for (let r = 0; r < logits.length; r++) {
      const single = Float64Array.of(logits[r]);
      const label = Int32Array.of(labels[r]);
      const loss = binaryCrossEntropy.evaluate(single, label, 1, 1, gradient);
      expect(Object.is(loss, softplus(logits[r]) - labels[r] * logits[r]), `loss at ${logits[r]}`).toBe(true);
      expect(Object.is(gradient[0], activations.sigmoid.output(logits[r]) - labels[r]), `gradient at ${logits[r]}`).toBe(true);
    }
  });
});
