import type { QuadratureRule } from './quadrature-rule.js';

const cache = new Map<number, QuadratureRule>();

/**
 * The Gauss-Legendre rule with `points` nodes on [-1, 1] (integral of f ~ sum_i weights[i]
 * f(nodes[i]), exact for polynomials of degree < 2 points), by Newton's method on the Legendre
 * recurrence; cached per point count. Trusts `points` (a small positive integer).
 */
export function gaussLegendreRule(points: number): QuadratureRule {
  let rule = cache.get(points);
  if (!rule) {
    rule = legendreRule(points);
    cache.set(points, rule);
  }
  return rule;
}

function legendreRule(points: number): QuadratureRule {
  const nodes = new Float64Array(points);
  const weights = new Float64Array(points);
  for (let i = 0; i < (points + 1) >> 1; i++) {
    // Tricomi's first guess for the i-th largest root, then Newton.
    let x = Math.cos((Math.PI * (i + 0.75)) / (points + 0.5));
    let slope = 1;
    for (let iteration = 0; iteration < 100; iteration++) {
      // (j) P_j = (2j - 1) x P_{j-1} - (j - 1) P_{j-2}
      let current = 1;
      let previous = 0;
      for (let j = 1; j <= points; j++) {
        const older = previous;
        previous = current;
        current = ((2 * j - 1) * x * previous - (j - 1) * older) / j;
      }
      // P_n'(x) = n (x P_n - P_{n-1}) / (x^2 - 1)
      slope = (points * (x * current - previous)) / (x * x - 1);
      const step = current / slope;
      x -= step;
      if (Math.abs(step) <= 1e-16) break;
    }
    nodes[i] = -x;
    nodes[points - 1 - i] = x;
    weights[i] = weights[points - 1 - i] = 2 / ((1 - x * x) * slope * slope);
  }
  return { nodes, weights };
}
