import { availableParallelism } from 'node:os';

/** Worker threads a pool uses by default: one per core the machine offers. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Spreads runs 0..runCount-1 over `workers` threads, round-robin: worker w gets runs w, w + k,
 * w + 2k, ... Never more workers than runs.
 */
export function assignRuns(runCount: number, workers: number): number[][] {
  const used = Math.max(1, Math.min(workers, runCount));
  return Array.from({ length: used }, (_, worker) => Array.from({ length: runCount }, (_, run) => run).filter((run) => run % used === worker));
}
