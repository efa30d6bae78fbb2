import { describe, expect, it } from 'vitest';
import { gaussHermiteRule, gaussianExpectation } from '../../src/theory/gauss-hermite.js';
import { gaussLegendreRule } from '../../src/theory/gauss-legendre.js';
import { piecewiseGaussianExpectation } from '../../src/theory/piecewise-gaussian-expectation.js';

/** A slow, independent reference: 0.002-wide midpoint panels on [-14, 14]. */
function midpointExpectation(f: (z: number) => number): number {
  const step = 0.002;
  let total = 0;
  for (let z = -14 + step / 2; z < 14; z += step) total += f(z) * Math.exp(-0.5 * z * z);
  return (total * step) / Math.sqrt(2 * Math.PI);
}

describe('Gauss-Hermite quadrature (probabilists\')', () => {
  it('gives the Gaussian moments E[z^2] = 1, E[z^4] = 3, E[z^6] = 15 and E[cos z] = exp(-1/2)', () => {
    expect(gaussianExpectation((z) => z * z)).toBeCloseTo(1, 13);
    expect(gaussianExpectation((z) => z ** 4)).toBeCloseTo(3, 12);
    expect(gaussianExpectation((z) => z ** 6)).toBeCloseTo(15, 11);
    expect(gaussianExpectation(Math.cos)).toBeCloseTo(Math.exp(-0.5), 14);
    expect(gaussianExpectation((z) => z ** 3 + z)).toBeCloseTo(0, 13);
  });

  it('is exact for degree < 2n with n points and not beyond: E[z^8] = 105 needs 5 points', () => {
    expect(gaussianExpectation((z) => z ** 8, 5)).toBeCloseTo(105, 10);
    expect(Math.abs(gaussianExpectation((z) => z ** 8, 4) - 105)).toBeGreaterThan(1);
  });

  it('has weights summing to 1, symmetric nodes in ascending order, cached per point count', () => {
    for (const points of [1, 2, 7, 100, 400]) {
      const { nodes, weights } = gaussHermiteRule(points);
      expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 13);
      for (let i = 1; i < points; i++) expect(nodes[i]).toBeGreaterThan(nodes[i - 1]);
      for (let i = 0; i < points; i++) expect(nodes[i]).toBeCloseTo(-nodes[points - 1 - i], 12);
    }
    // Two points: +-1 with weight 1/2 each (He_2 = z^2 - 1).
    expect(Array.from(gaussHermiteRule(2).nodes)).toEqual([-1, 1].map((x) => expect.closeTo(x, 14)));
    expect(gaussHermiteRule(30)).toBe(gaussHermiteRule(30));
  });

  it('rejects a point count outside [1, 1000]', () => {
    expect(() => gaussianExpectation(Math.cos, 0)).toThrow(/points must be an integer in \[1, 1000\]; got 0/);
    expect(() => gaussianExpectation(Math.cos, 2.5)).toThrow(RangeError);
  });

  it('gets E[max(0, z)^2] = 1/2 exactly: max(0, z)^2 = (z^2 + z |z|) / 2 and the odd part cancels on symmetric nodes', () => {
    expect(gaussianExpectation((z) => Math.max(0, z) ** 2)).toBeCloseTo(0.5, 14);
  });

  it('converges only slowly across a kink that does not cancel: E[max(0, z)] = 1/sqrt(2 pi) to ~1e-4, not 1e-10', () => {
    const error = Math.abs(gaussianExpectation((z) => Math.max(0, z)) - 1 / Math.sqrt(2 * Math.PI));
    expect(error).toBeLessThan(1e-2);
    expect(error).toBeGreaterThan(1e-10);
  });
});

describe('piecewise Gaussian expectation (split at the kink, Gauss-Legendre panels)', () => {
  it('gets E[max(0, z)^2] = 1/2 and E[max(0, z)] = 1/sqrt(2 pi) to rounding', () => {
    expect(piecewiseGaussianExpectation((z) => Math.max(0, z) ** 2)).toBeCloseTo(0.5, 14);
    expect(piecewiseGaussianExpectation((z) => Math.max(0, z))).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 14);
    expect(piecewiseGaussianExpectation((z) => (z > 0 ? 1 : 0))).toBeCloseTo(0.5, 14);
  });

  it('handles a kink away from 0: E[max(0, z - 1)] = phi(1) - (1 - Phi(1))', () => {
    const density = Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
    const upperTail = 0.15865525393145707; // 1 - Phi(1)
    expect(piecewiseGaussianExpectation((z) => Math.max(0, z - 1), { breakpoint: 1 })).toBeCloseTo(density - upperTail, 14);
  });

  it('matches the smooth moments and a slow reference on fast steps where Gauss-Hermite fails', () => {
    expect(piecewiseGaussianExpectation((z) => z ** 4)).toBeCloseTo(3, 13);
    expect(piecewiseGaussianExpectation(Math.cos)).toBeCloseTo(Math.exp(-0.5), 14);
    for (const scale of [0.1, 1, 10, 100]) {
      const sech4 = (z: number): number => (1 - Math.tanh(scale * z) ** 2) ** 2;
      const reference = midpointExpectation(sech4);
      expect(Math.abs(piecewiseGaussianExpectation(sech4, { scale }) / reference - 1)).toBeLessThan(1e-9);
    }
    // What the split buys: 100-point Gauss-Hermite is off by > 1e-3 on sech^4(sqrt(10) z).
    const sech4 = (z: number): number => (1 - Math.tanh(Math.sqrt(10) * z) ** 2) ** 2;
    expect(Math.abs(gaussianExpectation(sech4) / midpointExpectation(sech4) - 1)).toBeGreaterThan(1e-3);
  });

  it('never evaluates f at the breakpoint (relu\'(0) never enters)', () => {
    const seen: number[] = [];
    piecewiseGaussianExpectation((z) => {
      seen.push(z);
      return 1;
    });
    expect(seen).not.toContain(0);
  });
});

describe('Gauss-Legendre rule', () => {
  it('integrates x^18 on [-1, 1] exactly with 10 points (2/19)', () => {
    const { nodes, weights } = gaussLegendreRule(10);
    let total = 0;
    for (let i = 0; i < 10; i++) total += weights[i] * nodes[i] ** 18;
    expect(total).toBeCloseTo(2 / 19, 14);
    expect(weights.reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(2, 14);
  });
});
