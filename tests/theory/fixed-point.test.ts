import { describe, expect, it } from 'vitest';
import { iterateToFixedPoint } from '../../src/theory/fixed-point.js';
import { findRoot } from '../../src/theory/root-finding.js';

describe('root finding and fixed points', () => {
  it('Brent finds sqrt(2) and refuses a bracket without a sign change', () => {
    expect(findRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 14);
    expect(findRoot(Math.cos, 1, 2)).toBeCloseTo(Math.PI / 2, 14);
    expect(() => findRoot((x) => x * x + 1, -1, 1)).toThrow(RangeError);
  });

  it('iterates to the fixed point of cos (the Dottie number)', () => {
    const result = iterateToFixedPoint(Math.cos, 1);
    expect(result.isConverged).toBe(true);
    expect(result.value).toBeCloseTo(0.7390851332151607, 11);
  });

  it('uses the slope to finish a marginal map quickly: x <- (1 - 1e-9) x reaches 0, not the iteration cap', () => {
    const rate = 1 - 1e-9;
    const result = iterateToFixedPoint((x) => rate * x, 1, { lowerBound: 0, slope: () => rate });
    expect(result.isConverged).toBe(true);
    expect(result.value).toBe(0);
    expect(result.iterations).toBeLessThan(10);
  });

  it('reports divergence and a map that never settles', () => {
    expect(iterateToFixedPoint((x) => 3 * x + 1, 1).isDivergent).toBe(true);
    const drifting = iterateToFixedPoint((x) => x + 1, 0, { maxIterations: 100, slope: () => 1 });
    expect(drifting.isConverged).toBe(false);
    expect(drifting.isDivergent).toBe(false);
  });
});
