import type { Rng } from '../engine/rng.js';
import type { DatasetSpec } from './dataset.js';
import { buildDataset } from './build-dataset.js';
import { validateDatasetOptions } from './dataset-options.js';
import type { LabelledSamples } from './labelled-samples.js';

/**
 * Generates `samples` labelled 2-D points (raw coordinates, not standardized) with the
 * given noise level, drawing every random number from `rng`.
 */
export type PlanarGenerator = (rng: Rng, samples: number, noise: number) => LabelledSamples;

/** What distinguishes one 2-D point-cloud dataset from another. */
export type PlanarSpecSettings = {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly classes: number;
  readonly defaultSamples: number;
  readonly defaultNoise: number;
  readonly generate: PlanarGenerator;
};

/**
 * A DatasetSpec for a 2-D generator: `load` checks the options, generates the points,
 * shuffles, splits and standardizes them with the train statistics.
 */
export function createPlanarSpec(settings: PlanarSpecSettings): DatasetSpec {
  const { name, label, description, classes, defaultSamples, defaultNoise, generate } = settings;
  return {
    name,
    label,
    description,
    inputs: 2,
    classes,
    isPlanar: true,
    defaultSamples,
    defaultNoise,
    load(rng, options) {
      validateDatasetOptions(name, options);
      const points = generate(rng, options.samples, options.noise);
      return buildDataset(name, classes, points, rng, options.testFraction);
    },
  };
}
