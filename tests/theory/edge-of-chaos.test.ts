import { describe, expect, it } from 'vitest';
import { activations } from '../../src/engine/activations.js';
import { criticalSigmaW2, meanField, predictedPreActivationStd, varianceMap } from '../../src/theory/index.js';

/** E[f(z)], z ~ N(0, 1), by a plain midpoint sum over [-12, 12]: slow, independent of the quadrature under test. */
function bruteExpectation(f: (z: number) => number, points = 400_000): number {
  const step = 24 / points;
  let sum = 0;
  for (let index = 0; index < points; index++) {
    const z = -12 + (index + 0.5) * step;
    sum += f(z) * Math.exp(-z * z / 2);
  }
  return (sum * step) / Math.sqrt(2 * Math.PI);
}

describe('the quadrature of the maps', () => {
  it('the quadrature agrees with a brute-force sum for smooth and kinked activations', () => {
    for (const name of ['tanh', 'sigmoid', 'elu', 'selu', 'gelu', 'leaky-relu'] as const) {
      const phi = activations[name].output;
      for (const q of [0.05, 1, 7]) {
        const brute = 1.3 * bruteExpectation((z) => phi(Math.sqrt(q) * z) ** 2) + 0.02;
        expect(Math.abs(varianceMap(name, 1.3, 0.02, q) / brute - 1), `${name} at q ${q}`).toBeLessThan(1e-7);
      }
    }
  });
});

describe('the edge of chaos', () => {
  it('on the tanh critical line chi_1 = sigma_w^2 E[tanh\'(sqrt(q*) z)^2] is 1, checked by brute force at the fixed point', () => {
    for (const sigmaB2 of [0.01, 0.05, 0.3]) {
      const sigmaW2 = criticalSigmaW2('tanh', sigmaB2)!;
      expect(sigmaW2).toBeGreaterThan(1);
      const { qStar } = meanField({ activation: 'tanh', sigmaW2, sigmaB2, q0: 1 });
      // q* is a fixed point of the variance map, and chi_1 there is 1.
      expect(sigmaW2 * bruteExpectation((z) => Math.tanh(Math.sqrt(qStar!) * z) ** 2) + sigmaB2).toBeCloseTo(qStar!, 6);
      expect(sigmaW2 * bruteExpectation((z) => (1 - Math.tanh(Math.sqrt(qStar!) * z) ** 2) ** 2)).toBeCloseTo(1, 6);
    }
    // The critical sigma_w^2 grows with sigma_b^2.
    expect(criticalSigmaW2('tanh', 0.3)!).toBeGreaterThan(criticalSigmaW2('tanh', 0.05)!);
  });

  it('phases, depth scales and trainable depth', () => {
    const he = meanField({ activation: 'relu', sigmaW2: 2, sigmaB2: 0, q0: 1 });
    expect(he.phase).toBe('critical');
    expect(he.trainableDepth).toBeNull();
    const xavierRelu = meanField({ activation: 'relu', sigmaW2: 1, sigmaB2: 0, q0: 1 });
    expect(xavierRelu.phase).toBe('ordered');
    // Gradients halve a layer: xi = 1 / ln 2, trainable to about 6 xi = 8.7 layers.
    expect(xavierRelu.trainableDepth).toBeCloseTo(6 / Math.log(2), 6);
    const chaotic = meanField({ activation: 'tanh', sigmaW2: 4, sigmaB2: 0.05, q0: 1 });
    expect(chaotic.phase).toBe('chaotic');
    // In the chaotic phase two inputs decorrelate to c* < 1, over a finite depth.
    expect(chaotic.cStar).toBeLessThan(1);
    expect(chaotic.xiC).toBeGreaterThan(0);
    expect(chaotic.trainableDepth).toBeLessThan(30);
    const ordered = meanField({ activation: 'tanh', sigmaW2: 0.5, sigmaB2: 0.05, q0: 1 });
    expect(ordered.phase).toBe('ordered');
    expect(ordered.cStar).toBe(1);
    expect(ordered.xiC).toBeCloseTo(-1 / Math.log(ordered.chi1), 10);
  });

  it('predicts each layer of a deep net: relu He keeps sqrt(2 q0); relu Xavier halves q a layer', () => {
    const he = predictedPreActivationStd('relu', new Array(5).fill({ sigmaW2: 2, sigmaB2: 0 }), 1.5);
    he.forEach((std) => expect(std).toBeCloseTo(Math.sqrt(3), 10));
    const xavier = predictedPreActivationStd('relu', new Array(5).fill({ sigmaW2: 1, sigmaB2: 0 }), 1);
    xavier.forEach((std, layer) => expect(std).toBeCloseTo(Math.sqrt(0.5 ** layer), 10));
  });
});
