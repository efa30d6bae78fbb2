import type { ActivationName } from '../engine/activations.js';
import { chi1Step } from './chi1.js';
import { checkActivation, checkNonNegative } from './input-checks.js';
import { findRoot } from './root-finding.js';
import { varianceFixedPoint } from './variance-fixed-point.js';

/** Largest sigmaW2 searched. */
export const MAX_CRITICAL_SIGMA_W2 = 100;
/** The scan starts here and steps by 10^(1/12) (about 21%) up to 100. */
const SMALLEST_SCANNED = 0.01;
const STEPS_PER_DECADE = 12;
/** The variance the search starts each network from (q* does not depend on it when unique). */
const START_VARIANCE = 1;
const cache = new Map<string, number | null>();
const CACHE_SIZE = 512;

/**
 * chi1 - 1 at the variance fixed point of (sigmaW2, sigmaB2), reached from q0 = 1; where q
 * grows without bound, chi1 is read at the last q (its large-q limit). Trusts its inputs.
 */
export function criticalityGap(activation: ActivationName, sigmaW2: number, sigmaB2: number): number {
  const { lastVariance } = varianceFixedPoint(activation, sigmaW2, sigmaB2, START_VARIANCE);
  return chi1Step(activation, sigmaW2, lastVariance) - 1;
}

/**
 * The critical line (Poole et al. 2016; Schoenholz et al. 2017, Fig. 1): the sigmaW2 at which
 * chi1 = sigmaW2 E[phi'(sqrt(q*) z)^2] = 1 for this sigmaB2, q* the variance fixed point.
 * chi1 - 1 is scanned over sigmaW2 from 0.01 to 100 on a geometric grid (12 points per
 * decade); the first sign change is refined by Brent's method to 1e-12. null when chi1 - 1 keeps
 * one sign over (0, 100] (e.g. sigmoid at large sigmaB2). Results are cached per
 * (activation, sigmaB2). Throws RangeError for an unknown activation or a negative, NaN or
 * infinite sigmaB2.
 */
export function criticalSigmaW2(activation: ActivationName, sigmaB2: number): number | null {
  checkActivation(activation);
  checkNonNegative(sigmaB2, 'sigmaB2');
  const key = `${activation}:${sigmaB2}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = searchCriticalSigmaW2(activation, sigmaB2);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, found);
  return found;
}

function searchCriticalSigmaW2(activation: ActivationName, sigmaB2: number): number | null {
  const gap = (sigmaW2: number): number => criticalityGap(activation, sigmaW2, sigmaB2);
  const steps = Math.round(Math.log10(MAX_CRITICAL_SIGMA_W2 / SMALLEST_SCANNED) * STEPS_PER_DECADE);
  let low = SMALLEST_SCANNED;
  let lowGap = gap(low);
  if (lowGap === 0) return low;
  for (let step = 1; step <= steps; step++) {
    const high = step === steps ? MAX_CRITICAL_SIGMA_W2 : SMALLEST_SCANNED * 10 ** (step / STEPS_PER_DECADE);
    const highGap = gap(high);
    if (highGap === 0) return high;
    if (Math.sign(highGap) !== Math.sign(lowGap)) return findRoot(gap, low, high, 1e-12);
    low = high;
    lowGap = highGap;
  }
  return null;
}
