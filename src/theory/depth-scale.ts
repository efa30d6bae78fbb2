/** Rates within this of 1 count as exactly 1 (quadrature rounding is ~1e-15). */
const MARGINAL = 1e-12;

/**
 * The depth over which a quantity that shrinks by `rate` per layer decays by e: -1 / ln(rate)
 * (Schoenholz et al. 2017, eqs. 6 and 9: rate^l = exp(-l / xi)). 0 for rate <= 0; null when the
 * rate is within 1e-12 of 1 or above it (no decay, an infinite depth scale). Trusts its input.
 */
export function depthScale(rate: number): number | null {
  if (rate <= 0) return 0;
  if (rate >= 1 - MARGINAL) return null;
  return -1 / Math.log(rate);
}
