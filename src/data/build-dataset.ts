import type { Rng } from '../engine/rng.js';
import type { Dataset } from './dataset.js';
import type { LabelledSamples } from './labelled-samples.js';
import { splitSamples } from './split-samples.js';
import { standardizeWithTrainStatistics } from './standardize.js';

/**
 * Turns generated or loaded samples into a Dataset: shuffle with `rng`, split off
 * round(rows * testFraction) test rows, z-score every feature with the train statistics.
 */
export function buildDataset(
  name: string,
  classes: number,
  samples: LabelledSamples,
  rng: Rng,
  testFraction: number,
): Dataset {
  const split = splitSamples(samples, rng, testFraction);
  const { train, test } = standardizeWithTrainStatistics(split.train, split.test, samples.inputs);
  return { name, inputs: samples.inputs, classes, train, test };
}
