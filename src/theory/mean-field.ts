import type { ActivationName } from '../engine/activations.js';
import { chi1Step } from './chi1.js';
import { correlationFixedPoint, correlationSlope } from './correlation-map.js';
import { criticalSigmaW2 } from './critical-line.js';
import { depthScale } from './depth-scale.js';
import { checkActivation, checkNonNegative } from './input-checks.js';
import { varianceSlope } from './variance-map.js';
import { varianceFixedPoint } from './variance-fixed-point.js';

/** Which side of the order-to-chaos transition a network starts on. */
export type Phase = 'ordered' | 'critical' | 'chaotic';

/** chi1 within this of 1 counts as critical. */
export const CRITICAL_BAND = 1e-3;
/** Layers over which a network still trains, in units of xiC (Schoenholz et al. 2017, Fig. 5: about 6 xi_c). */
export const TRAINABLE_DEPTH_PER_XI = 6;

/** The mean-field picture of a deep network at initialisation (Poole et al. 2016; Schoenholz et al. 2017). */
export type MeanField = {
  readonly activation: ActivationName;
  readonly sigmaW2: number;
  readonly sigmaB2: number;
  /**
   * Fixed point of the variance map reached from q0; null when q grows without bound (e.g.
   * relu with sigmaW2 > 2) or still moves after 10 000 layers (linear growth, e.g. relu at
   * sigmaW2 = 2 with sigmaB2 > 0); 0 when it vanishes (only possible with sigmaB2 = 0).
   */
  readonly qStar: number | null;
  /** sigmaW2 * E[phi'(sqrt(qStar) z)^2]; where qStar is null, at the last q reached (> 1e12: the large-q limit). */
  readonly chi1: number;
  /** Depth scale of the length map: -1/ln(slope of the variance map at qStar); null when infinite (slope >= 1) or qStar is null. */
  readonly xiQ: number | null;
  /**
   * The correlation two inputs settle at: 1 unless chi1 > 1, else the stable fixed point of the
   * correlation map reached from c = 0; null when qStar is null or 0.
   */
  readonly cStar: number | null;
  /** sigmaW2 E[phi'(u1) phi'(u2)] at cStar (= chi1 when cStar = 1); null with cStar. */
  readonly chiC: number | null;
  /** Depth scale of correlations: -1/ln(chiC); null when infinite (chiC within 1e-12 of 1: exactly critical) or cStar is null. */
  readonly xiC: number | null;
  /** chi1 < 1 - 1e-3 ordered, > 1 + 1e-3 chaotic, else critical. */
  readonly phase: Phase;
  /** Depth scale of gradients: 1/|ln chi1| (they scale as chi1^depth); null when chi1 is 1. */
  readonly xiGradient: number | null;
  /** About 6 times the shorter of xiC and xiGradient (Schoenholz et al. 2017); null when both are infinite. */
  readonly trainableDepth: number | null;
  /** The sigmaW2 where chi1 = 1 at this sigmaB2 (the critical line); null when there is none in (0, 100]. */
  readonly criticalSigmaW2: number | null;
};

/**
 * The mean-field quantities of a deep network with i.i.d. weights of variance sigmaW2 / fanIn,
 * biases of variance sigmaB2 and hidden activation `activation`, whose first pre-activations
 * have variance q0. Throws RangeError for an unknown activation or a negative, NaN or infinite
 * sigmaW2, sigmaB2 or q0.
 */
export function meanField(input: { activation: ActivationName; sigmaW2: number; sigmaB2: number; q0: number }): MeanField {
  const activation = checkActivation(input.activation);
  const sigmaW2 = checkNonNegative(input.sigmaW2, 'sigmaW2');
  const sigmaB2 = checkNonNegative(input.sigmaB2, 'sigmaB2');
  const q0 = checkNonNegative(input.q0, 'q0');
  const { qStar, lastVariance } = varianceFixedPoint(activation, sigmaW2, sigmaB2, q0);
  const chi1 = chi1Step(activation, sigmaW2, lastVariance);
  const xiQ = qStar === null ? null : depthScale(varianceSlope(activation, sigmaW2, qStar));
  let cStar: number | null = null;
  let chiC: number | null = null;
  if (qStar !== null && qStar > 0) {
    // Ordered (chi1 <= 1): c = 1 attracts and chi_c = chi1. Chaotic: c = 1 repels; find c* < 1.
    cStar = chi1 <= 1 ? 1 : correlationFixedPoint(activation, sigmaW2, sigmaB2, qStar);
    chiC = cStar === 1 ? chi1 : correlationSlope(activation, sigmaW2, qStar, cStar);
  } else if (qStar === 0 && chi1 <= 1) {
    // The signal fades to 0 (sigmaB2 = 0, ordered): every input ends the same, c* = 1, and
    // perturbations shrink by chi1 per layer as q -> 0 (chi1 taken in that limit).
    cStar = 1;
    chiC = chi1;
  }
  const xiC = chiC === null ? null : depthScale(chiC);
  // Gradients grow or shrink by chi1 a layer (Schoenholz et al. 2017, eq. 9): xi_grad = 1/|ln chi1|.
  // Past a few xi_grad they explode or vanish even where correlations still propagate (relu with
  // sigma_b = 0 keeps c* = 1 at any sigma_w, yet its gradients scale as (sigma_w^2 / 2)^depth).
  const xiGradient = Math.abs(Math.log(chi1)) < 1e-12 ? null : 1 / Math.abs(Math.log(chi1));
  const depthScales = [xiC, xiGradient].filter((scale): scale is number => scale !== null);
  const phase: Phase = chi1 < 1 - CRITICAL_BAND ? 'ordered' : chi1 > 1 + CRITICAL_BAND ? 'chaotic' : 'critical';
  return {
    activation,
    sigmaW2,
    sigmaB2,
    qStar,
    chi1,
    xiQ,
    cStar,
    chiC,
    xiC,
    phase,
    xiGradient,
    trainableDepth: depthScales.length === 0 ? null : TRAINABLE_DEPTH_PER_XI * Math.min(...depthScales),
    criticalSigmaW2: criticalSigmaW2(activation, sigmaB2),
  };
}
