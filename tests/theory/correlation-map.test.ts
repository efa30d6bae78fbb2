import { describe, expect, it } from 'vitest';
import { correlationMap, correlationSlope } from '../../src/theory/correlation-map.js';
import { meanField } from '../../src/theory/mean-field.js';

describe('correlation map (2-D quadrature)', () => {
  it('relu matches the arc-cosine kernel (Cho & Saul 2009): E[relu(u1) relu(u2)] = q (sin t + (pi - t) cos t) / (2 pi)', () => {
    const [sigmaW2, sigmaB2, q] = [1.6, 0.2, 1.3];
    for (const c of [-0.9, -0.3, 0, 0.4, 0.8, 0.99, 0.999999]) {
      const angle = Math.acos(c);
      const kernel = (q * (Math.sin(angle) + (Math.PI - angle) * c)) / (2 * Math.PI);
      expect(correlationMap('relu', sigmaW2, sigmaB2, q, c)).toBeCloseTo((sigmaW2 * kernel + sigmaB2) / q, 12);
      // Its slope sigmaW2 E[relu'(u1) relu'(u2)] = sigmaW2 (pi - t) / (2 pi): two kinks, one per axis.
      expect(correlationSlope('relu', sigmaW2, q, c)).toBeCloseTo((sigmaW2 * (Math.PI - angle)) / (2 * Math.PI), 12);
    }
  });

  it('maps c = 1 to 1 at the variance fixed point, and its slope there is chi1', () => {
    const field = meanField({ activation: 'tanh', sigmaW2: 2.2, sigmaB2: 0.1, q0: 1 });
    const qStar = field.qStar ?? Number.NaN;
    expect(correlationMap('tanh', 2.2, 0.1, qStar, 1)).toBeCloseTo(1, 11);
    expect(correlationSlope('tanh', 2.2, qStar, 1)).toBeCloseTo(field.chi1, 11);
    expect(correlationSlope('tanh', 2.2, qStar, 0.999999)).toBeCloseTo(field.chi1, 5);
  });

  it('chaotic tanh (sigmaW2 = 4, sigmaB2 = 0.3, the bias variance of the figures of Poole et al. 2016) has a stable c* < 1', () => {
    const field = meanField({ activation: 'tanh', sigmaW2: 4, sigmaB2: 0.3, q0: 1 });
    expect(field.phase).toBe('chaotic');
    const cStar = field.cStar ?? Number.NaN;
    expect(cStar).toBeGreaterThan(0.3);
    expect(cStar).toBeLessThan(0.9);
    // A fixed point of the map, and stable: |slope| < 1 while c = 1 repels (chi1 > 1).
    expect(correlationMap('tanh', 4, 0.3, field.qStar ?? Number.NaN, cStar)).toBeCloseTo(cStar, 10);
    expect(field.chiC).toBeLessThan(1);
    expect(field.chi1).toBeGreaterThan(1);
    expect(field.xiC).toBeCloseTo(-1 / Math.log(field.chiC ?? Number.NaN), 10);
  });

  it('c* falls as sigmaW2 grows deeper into chaos; tanh with sigmaB2 = 0 decorrelates fully (c* = 0)', () => {
    const cStars = [3, 4, 6, 10].map((sigmaW2) => meanField({ activation: 'tanh', sigmaW2, sigmaB2: 0.3, q0: 1 }).cStar ?? Number.NaN);
    for (let i = 1; i < cStars.length; i++) expect(cStars[i]).toBeLessThan(cStars[i - 1]);
    expect(meanField({ activation: 'tanh', sigmaW2: 2.5, sigmaB2: 0, q0: 1 }).cStar).toBeCloseTo(0, 12);
  });

  it('ordered tanh pulls correlations to 1: iterating the map from c = 0 approaches 1', () => {
    const field = meanField({ activation: 'tanh', sigmaW2: 1.2, sigmaB2: 0.3, q0: 1 });
    let c = 0;
    for (let layer = 0; layer < 200; layer++) c = correlationMap('tanh', 1.2, 0.3, field.qStar ?? Number.NaN, c);
    expect(c).toBeGreaterThan(1 - 1e-6);
  });
});
