import { describe, expect, it } from 'vitest';
import { activations, ELU_GAIN, GELU_GAIN, LEAKY_RELU_SLOPE } from '../../src/engine/activations.js';
import { chi1Of } from '../../src/theory/chi1.js';
import { criticalSigmaW2 } from '../../src/theory/critical-line.js';
import { meanField } from '../../src/theory/mean-field.js';
import { varianceMap, varianceMapSlope } from '../../src/theory/variance-map.js';

const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

describe('linear: q_l = sigmaW2 q_{l-1} + sigmaB2, chi1 = sigmaW2', () => {
  it('the variance map and chi1 are the closed forms', () => {
    for (const [sigmaW2, sigmaB2, q] of [[0.5, 0, 2], [1, 0.3, 0.7], [3.2, 1.1, 5]]) {
      expect(relative(varianceMap('linear', sigmaW2, sigmaB2, q), sigmaW2 * q + sigmaB2)).toBeLessThan(1e-13);
      expect(relative(chi1Of('linear', sigmaW2, q), sigmaW2)).toBeLessThan(1e-13);
      expect(relative(varianceMapSlope('linear', sigmaW2, q), sigmaW2)).toBeLessThan(1e-13);
    }
  });

  it('is critical at sigmaW2 = 1 for any sigmaB2', () => {
    for (const sigmaB2 of [0, 0.1, 1]) expect(criticalSigmaW2('linear', sigmaB2)).toBeCloseTo(1, 10);
  });

  it('q* = sigmaB2 / (1 - sigmaW2) below 1; with sigmaB2 > 0 at sigmaW2 = 1, q grows linearly: no fixed point', () => {
    const ordered = meanField({ activation: 'linear', sigmaW2: 0.8, sigmaB2: 0.2, q0: 3 });
    expect(ordered.qStar).toBeCloseTo(1, 10);
    expect(ordered.phase).toBe('ordered');
    expect(ordered.xiC).toBeCloseTo(-1 / Math.log(0.8), 9);
    const critical = meanField({ activation: 'linear', sigmaW2: 1, sigmaB2: 0.2, q0: 1 });
    expect(critical.qStar).toBeNull();
    expect(critical.phase).toBe('critical');
    expect(critical.trainableDepth).toBeNull();
    // Without a bias, sigmaW2 = 1 keeps every q: the fixed point is q0 itself.
    expect(meanField({ activation: 'linear', sigmaW2: 1, sigmaB2: 0, q0: 2.5 }).qStar).toBe(2.5);
  });
});

describe('relu: q_l = sigmaW2 q_{l-1} / 2 + sigmaB2, chi1 = sigmaW2 / 2', () => {
  it('the quadrature q-map equals the closed form within 1e-10 relative, chi1 = sigmaW2 / 2', () => {
    for (const [sigmaW2, sigmaB2, q] of [[2, 0, 1], [1.3, 0.05, 0.2], [2, 0.7, 9], [4.5, 0, 1e-6], [0.4, 2, 1e6]]) {
      expect(relative(varianceMap('relu', sigmaW2, sigmaB2, q), (sigmaW2 * q) / 2 + sigmaB2)).toBeLessThan(1e-10);
      expect(relative(chi1Of('relu', sigmaW2, q), sigmaW2 / 2)).toBeLessThan(1e-10);
      expect(relative(varianceMapSlope('relu', sigmaW2, q), sigmaW2 / 2)).toBeLessThan(1e-10);
    }
    // chi1 at q = 0 is the q -> 0+ limit sigmaW2 / 2, not sigmaW2 relu'(0)^2 = 0.
    expect(chi1Of('relu', 2, 0)).toBeCloseTo(1, 12);
  });

  it('leaky-relu: q-map sigmaW2 q (1 + a^2) / 2 + sigmaB2 and chi1 = sigmaW2 (1 + a^2) / 2', () => {
    const factor = (1 + LEAKY_RELU_SLOPE ** 2) / 2;
    expect(relative(varianceMap('leaky-relu', 1.7, 0.1, 2.3), 1.7 * 2.3 * factor + 0.1)).toBeLessThan(1e-10);
    expect(relative(chi1Of('leaky-relu', 1.7, 2.3), 1.7 * factor)).toBeLessThan(1e-10);
    expect(criticalSigmaW2('leaky-relu', 0.2)).toBeCloseTo(1 / factor, 9);
  });

  it('is critical at sigmaW2 = 2 for every sigmaB2', () => {
    for (const sigmaB2 of [0, 0.05, 0.5, 3]) expect(criticalSigmaW2('relu', sigmaB2)).toBeCloseTo(2, 9);
  });

  it('He init (sigmaW2 = 2, sigmaB2 = 0; He et al. 2015) is critical and keeps q at q0', () => {
    const he = meanField({ activation: 'relu', sigmaW2: 2, sigmaB2: 0, q0: 0.7 });
    expect(he.phase).toBe('critical');
    expect(he.chi1).toBeCloseTo(1, 12);
    expect(he.qStar).toBeCloseTo(0.7, 12);
    expect(he.xiC).toBeNull();
    expect(he.trainableDepth).toBeNull();
  });

  it('q* = sigmaB2 / (1 - sigmaW2 / 2) in the ordered phase, no fixed point above sigmaW2 = 2', () => {
    const ordered = meanField({ activation: 'relu', sigmaW2: 1.5, sigmaB2: 0.1, q0: 1 });
    expect(ordered.qStar).toBeCloseTo(0.4, 11);
    expect(ordered.chi1).toBeCloseTo(0.75, 12);
    expect(ordered.xiQ).toBeCloseTo(-1 / Math.log(0.75), 9);
    expect(ordered.xiC).toBeCloseTo(-1 / Math.log(0.75), 9);
    expect(ordered.trainableDepth).toBeCloseTo(-6 / Math.log(0.75), 8);
    const exploding = meanField({ activation: 'relu', sigmaW2: 3, sigmaB2: 0.1, q0: 1 });
    expect(exploding.qStar).toBeNull();
    expect(exploding.phase).toBe('chaotic');
    expect(exploding.chi1).toBeCloseTo(1.5, 12);
    // Vanishing signal without a bias: q* = 0.
    expect(meanField({ activation: 'relu', sigmaW2: 1.9, sigmaB2: 0, q0: 1 }).qStar).toBe(0);
  });
});

describe('the gains of the engine are the fixed-point rule g = 1 / sqrt(E[phi(z)^2])', () => {
  it('elu and gelu at sigmaW2 = gain^2 map q = 1 to 1', () => {
    expect(varianceMap('elu', ELU_GAIN ** 2, 0, 1)).toBeCloseTo(1, 12);
    // GELU_GAIN is given to ~12 digits in the engine.
    expect(varianceMap('gelu', GELU_GAIN ** 2, 0, 1)).toBeCloseTo(1, 11);
    expect(varianceMap('relu', activations.relu.gain ** 2, 0, 1)).toBeCloseTo(1, 14);
  });
});
