import type { CalibrationReport, CalibrationTarget, Initializer } from '../initializer.js';
import { orthogonalRootMeanSquare, orthogonalWeights } from './orthogonal.js';

/** LSUV stops rescaling a layer once |Var - 1| < this (the paper's Tol_var). */
export const LSUV_TOLERANCE = 0.1;
/** At most this many rescalings per layer (the paper's T_max). */
export const LSUV_MAX_PASSES = 10;

/** Population variance (about the mean) of every entry, as numpy's `np.var`. */
function variance(values: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += values[index];
  const mean = sum / values.length;
  let squares = 0;
  for (let index = 0; index < values.length; index++) squares += (values[index] - mean) ** 2;
  return squares / values.length;
}

/**
 * LSUV's second phase. Layer by layer, first to last: measure the variance v of the layer's
 * pre-activations on the calibration batch; while |v - 1| >= 0.1 and fewer than 10 passes,
 * multiply the layer's weights by 1 / sqrt(v) and measure again. A variance that is 0 or not
 * finite stops the layer (nothing to divide by). `passes` counts the rescalings (0 if the
 * layer was already in tolerance); `finalVariance` is the last measurement.
 */
export function calibrateUnitVariance(target: CalibrationTarget): CalibrationReport {
  const report: Array<{ layer: number; passes: number; finalVariance: number }> = [];
  for (let layer = 0; layer < target.layerCount; layer++) {
    let current = variance(target.preActivations(layer));
    let passes = 0;
    while (
      passes < LSUV_MAX_PASSES &&
      Number.isFinite(current) &&
      current > 0 &&
      Math.abs(current - 1) >= LSUV_TOLERANCE
    ) {
      target.scaleLayerWeights(layer, 1 / Math.sqrt(current));
      passes++;
      current = variance(target.preActivations(layer));
    }
    report.push({ layer, passes, finalVariance: current });
  }
  return report;
}

/** Orthogonal init, then per-layer rescaling to unit pre-activation variance on real data. */
export const lsuv: Initializer = {
  name: 'lsuv',
  label: 'LSUV (data-driven)',
  formula:
    'orthogonal * scale, then for each layer in order: W *= 1 / sqrt(Var(pre-activations))' +
    ' until |Var - 1| < 0.1 (at most 10 passes); std before calibration (RMS) =' +
    ' scale / sqrt(max(fan_in, fan_out))',
  reference:
    'Mishkin & Matas 2016, "All you need is a good init" (Layer-Sequential Unit-Variance)',
  whenToUse: 'Deep nets with any activation when analytic gains are off; needs a data batch',
  init: (rng, context) => orthogonalWeights(rng, context.shape, context.scale),
  std: orthogonalRootMeanSquare,
  calibrate: calibrateUnitVariance,
};
