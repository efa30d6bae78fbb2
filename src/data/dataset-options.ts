import type { DatasetOptions, DatasetSpec } from './dataset.js';

/** Fraction of the samples held out for test when the caller gives none. */
export const defaultTestFraction = 0.2;

/** Fewest samples any dataset accepts (one per XOR corner). */
export const minimumSamples = 4;

/** Fills the options a caller left out with the spec's defaults (and `defaultTestFraction`). */
export function resolveDatasetOptions(
  spec: DatasetSpec,
  options: Partial<DatasetOptions> = {},
): DatasetOptions {
  return {
    samples: options.samples ?? spec.defaultSamples,
    noise: options.noise ?? spec.defaultNoise,
    testFraction: options.testFraction ?? defaultTestFraction,
  };
}

/**
 * Throws an Error naming the dataset, the bad value and what is allowed unless `samples` is
 * an integer >= 4, `noise` a finite number >= 0 and `testFraction` a number in [0, 1).
 */
export function validateDatasetOptions(datasetName: string, options: DatasetOptions): void {
  const { samples, noise, testFraction } = options;
  const prefix = `Dataset "${datasetName}"`;
  if (!Number.isInteger(samples) || samples < minimumSamples) {
    throw new Error(
      `${prefix}: samples must be an integer >= ${minimumSamples}, got ${String(samples)}.`,
    );
  }
  if (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0) {
    throw new Error(`${prefix}: noise must be a finite number >= 0, got ${String(noise)}.`);
  }
  if (
    typeof testFraction !== 'number' ||
    !Number.isFinite(testFraction) ||
    testFraction < 0 ||
    testFraction >= 1
  ) {
    throw new Error(
      `${prefix}: testFraction must be a number in [0, 1), got ${String(testFraction)}.`,
    );
  }
}
