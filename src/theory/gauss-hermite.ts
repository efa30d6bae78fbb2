import { checkInteger } from './input-checks.js';
import type { QuadratureRule } from './quadrature-rule.js';

/** Points {@link gaussianExpectation} uses by default: ~1e-11 on tanh(z)^2, exact for polynomials of degree < 200. */
export const DEFAULT_HERMITE_POINTS = 100;
/** Most points a Gauss-Hermite rule may have. */
export const MAX_HERMITE_POINTS = 1000;

const cache = new Map<number, QuadratureRule>();

/**
 * The probabilists' Gauss-Hermite rule with `points` nodes: E[f(z)] for z ~ N(0, 1) is
 * sum_i weights[i] f(nodes[i]) (weights sum to 1), exact for polynomials of degree < 2 points.
 * Computed once per point count by Golub-Welsch and cached; nodes ascending.
 */
export function gaussHermiteRule(points: number): QuadratureRule {
  checkInteger(points, 'points', 1, MAX_HERMITE_POINTS);
  let rule = cache.get(points);
  if (!rule) {
    rule = golubWelsch(points);
    cache.set(points, rule);
  }
  return rule;
}

/**
 * E[f(z)], z ~ N(0,1), by Gauss-Hermite quadrature (probabilists'), `points` nodes (default
 * {@link DEFAULT_HERMITE_POINTS}, at most {@link MAX_HERMITE_POINTS}). Converges fast for smooth
 * f of moderate scale; for f with a kink (relu) or a sharp step (tanh(10 z)) use
 * {@link piecewiseGaussianExpectation}, which the mean-field maps use.
 */
export function gaussianExpectation(f: (z: number) => number, points: number = DEFAULT_HERMITE_POINTS): number {
  const { nodes, weights } = gaussHermiteRule(points);
  let total = 0;
  for (let i = 0; i < nodes.length; i++) total += weights[i] * f(nodes[i]);
  return total;
}

/**
 * Golub-Welsch: the nodes are the eigenvalues of the Jacobi matrix of the monic probabilists'
 * Hermite recurrence He_{k+1} = z He_k - k He_{k-1} (zero diagonal, off-diagonal sqrt(k)), and
 * each weight is the squared first component of its unit eigenvector (the weight function
 * N(0, 1) has total mass 1). Implicit QL with Wilkinson shifts (as in Numerical Recipes' tqli),
 * carrying only the first row of the eigenvector matrix.
 */
function golubWelsch(points: number): QuadratureRule {
  const diagonal = new Float64Array(points);
  const offDiagonal = new Float64Array(points);
  for (let k = 0; k + 1 < points; k++) offDiagonal[k] = Math.sqrt(k + 1);
  const firstRow = new Float64Array(points);
  firstRow[0] = 1;
  for (let low = 0; low < points; low++) {
    for (let iteration = 0; ; iteration++) {
      let high = low;
      while (high < points - 1) {
        const size = Math.abs(diagonal[high]) + Math.abs(diagonal[high + 1]);
        if (Math.abs(offDiagonal[high]) <= Number.EPSILON * size) break;
        high++;
      }
      if (high === low) break;
      if (iteration === 60) throw new Error(`Gauss-Hermite eigenvalues did not converge for ${points} points`);
      let g = (diagonal[low + 1] - diagonal[low]) / (2 * offDiagonal[low]);
      let r = Math.hypot(g, 1);
      g = diagonal[high] - diagonal[low] + offDiagonal[low] / (g + (g >= 0 ? r : -r));
      let sine = 1;
      let cosine = 1;
      let shift = 0;
      let isDeflated = false;
      for (let i = high - 1; i >= low; i--) {
        const f = sine * offDiagonal[i];
        const b = cosine * offDiagonal[i];
        r = Math.hypot(f, g);
        offDiagonal[i + 1] = r;
        if (r === 0) {
          diagonal[i + 1] -= shift;
          offDiagonal[high] = 0;
          isDeflated = true;
          break;
        }
        sine = f / r;
        cosine = g / r;
        g = diagonal[i + 1] - shift;
        r = (diagonal[i] - g) * sine + 2 * cosine * b;
        shift = sine * r;
        diagonal[i + 1] = g + shift;
        g = cosine * r - b;
        // The same plane rotation applied to the first row of the eigenvector matrix.
        const next = firstRow[i + 1];
        firstRow[i + 1] = sine * firstRow[i] + cosine * next;
        firstRow[i] = cosine * firstRow[i] - sine * next;
      }
      if (isDeflated) continue;
      diagonal[low] -= shift;
      offDiagonal[low] = g;
      offDiagonal[high] = 0;
    }
  }
  const order = Array.from({ length: points }, (_, i) => i).sort((a, b) => diagonal[a] - diagonal[b]);
  const nodes = Float64Array.from(order, (i) => diagonal[i]);
  const weights = Float64Array.from(order, (i) => firstRow[i] * firstRow[i]);
  // The rule is symmetric: average mirrored pairs so odd moments vanish to rounding.
  for (let i = 0; i < points >> 1; i++) {
    const j = points - 1 - i;
    const node = (nodes[j] - nodes[i]) / 2;
    const weight = (weights[i] + weights[j]) / 2;
    nodes[i] = -node;
    nodes[j] = node;
    weights[i] = weight;
    weights[j] = weight;
  }
  if (points % 2 === 1) nodes[points >> 1] = 0;
  return { nodes, weights };
}
