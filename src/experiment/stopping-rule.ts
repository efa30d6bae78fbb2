/**
 * The one stopping rule of every driver (`run`, `compare`, the dashboard, a recording), so a
 * config ends at the same step everywhere: a run stops when it has taken `steps` steps, when its
 * loss stops being finite (diverged), or, with `until: 'converged'`, at the first check step
 * where it has converged. Checks happen at every multiple of {@link CHECK_STEPS}, and only
 * there, so the stop does not depend on how the steps were chunked (speed, machine, pool).
 */

/** What `--until` chooses: train every step, or stop early once converged. */
export const untilNames = ['converged', 'steps'] as const;
/** One of {@link untilNames}. */
export type Until = (typeof untilNames)[number];

/** Why a run stopped. */
export type StopReason = 'steps' | 'converged' | 'diverged';

/** Convergence (and the steps-to-target loss) is checked at every multiple of this many steps. */
export const CHECK_STEPS = 100;

/** Train loss below this, with every training sample right, counts as converged. */
export const CONVERGED_LOSS = 1e-3;

/** True when a training-set evaluation counts as converged. */
export function isConverged(train: { readonly loss: number; readonly accuracy: number }): boolean {
  return train.loss < CONVERGED_LOSS && train.accuracy === 1;
}

/** The first check step after `step`. */
export function nextCheckStep(step: number): number {
  return (Math.floor(step / CHECK_STEPS) + 1) * CHECK_STEPS;
}
