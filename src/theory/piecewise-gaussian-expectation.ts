import { gaussLegendreRule } from './gauss-legendre.js';

/** |z| beyond which N(0, 1) is dropped: its mass there is 4e-33, and z^2 times it 6e-31. */
export const GAUSSIAN_CUTOFF = 12;
/** Gauss-Legendre nodes per panel. */
const PANEL_POINTS = 10;
/** Widest panel: with 10 nodes a unit panel integrates the Gaussian factor to ~1e-14 out to |z| = 12. */
const WIDEST_PANEL = 1;
/** Narrowest first panel next to the breakpoint, where f changes fastest. */
const FIRST_PANEL = 1 / 256;
const INVERSE_SQRT_TWO_PI = 1 / Math.sqrt(2 * Math.PI);

/** Where {@link piecewiseGaussianExpectation} splits the line and how fast f varies there. */
export type SplitPoint = {
  /** The z where f may have a kink or a jump (relu(a + b z) at z = -a / b). Default 0. */
  readonly breakpoint?: number;
  /**
   * dz-scale of f: f(z) = g(a + scale z) with g varying on a unit scale (sqrt(q) for
   * phi(sqrt(q) z)). The first panels shrink to 1 / (4 scale) to resolve it. Default 1.
   */
  readonly scale?: number;
};

/**
 * E[f(z)], z ~ N(0, 1), for f that is smooth except at one breakpoint, where f or a derivative
 * may jump (relu and leaky-relu at 0, selu's slope, elu's curvature). Plain Gauss-Hermite
 * converges only algebraically across such a kink, and slowly for a fast step such as
 * tanh(10 z) (measured: 2e-2 relative error on E[sech^4(sqrt(10) z)] with 100 points). So the
 * line is cut at the breakpoint and each half-line [breakpoint, +-12] is covered by panels that
 * start narrow at the breakpoint and double up to width 1, each with 10-point Gauss-Legendre on
 * f(z) exp(-z^2 / 2) / sqrt(2 pi). Measured against a 0.002-panel reference: <= 2e-13 relative
 * for tanh^2, sech^4, elu^2, gelu^2 at q from 1e-4 to 1e4, and relu^2 (exact 1/2).
 *
 * Gauss-Legendre nodes lie strictly inside each panel, so f is never evaluated at the
 * breakpoint itself: relu'(0) (measure zero, irrelevant to an expectation) never enters.
 * About 400 evaluations of f. Inner loops: the split point is trusted.
 */
export function piecewiseGaussianExpectation(f: (z: number) => number, split: SplitPoint = {}): number {
  const scale = split.scale ?? 1;
  const first = scale > 0 ? Math.min(FIRST_PANEL, 1 / (4 * scale)) : FIRST_PANEL;
  const breakpoint = Math.min(GAUSSIAN_CUTOFF, Math.max(-GAUSSIAN_CUTOFF, split.breakpoint ?? 0));
  return (halfLine(f, breakpoint, GAUSSIAN_CUTOFF, first) + halfLine(f, breakpoint, -GAUSSIAN_CUTOFF, first)) * INVERSE_SQRT_TWO_PI;
}

/** Integral of f(z) exp(-z^2/2) from `start` to `end` (either order) on doubling panels. */
function halfLine(f: (z: number) => number, start: number, end: number, firstWidth: number): number {
  const { nodes, weights } = gaussLegendreRule(PANEL_POINTS);
  const direction = end > start ? 1 : -1;
  let total = 0;
  let low = start;
  let width = firstWidth;
  while ((end - low) * direction > 0) {
    const high = (end - (low + direction * width)) * direction > 0 ? low + direction * width : end;
    const middle = (low + high) / 2;
    const halfWidth = Math.abs(high - low) / 2;
    let panel = 0;
    for (let i = 0; i < PANEL_POINTS; i++) {
      const z = middle + halfWidth * nodes[i];
      panel += weights[i] * f(z) * Math.exp(-0.5 * z * z);
    }
    total += halfWidth * panel;
    low = high;
    width = Math.min(WIDEST_PANEL, 2 * width);
  }
  return total;
}
