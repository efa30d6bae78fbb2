import type { Rng } from '../engine/rng.js';
import { circlesSpec } from './circles.js';
import type { Dataset, DatasetOptions, DatasetSpec } from './dataset.js';
import { resolveDatasetOptions } from './dataset-options.js';
import { digitsFullSpec, digitsSpec } from './digits.js';
import { gaussiansSpec } from './gaussians.js';
import { irisSpec } from './iris.js';
import { moonsSpec } from './moons.js';
import { spiralSpec } from './spiral.js';
import { spiral3Spec } from './spiral3.js';
import { xorSpec } from './xor.js';
import { xorCloudSpec } from './xor-cloud.js';

/** Every dataset name, in menu order. */
export const datasetNames = [
  'xor',
  'xor-cloud',
  'circles',
  'spiral',
  'gaussians',
  'moons',
  'spiral3',
  'iris',
  'digits',
  'digits-28',
] as const;

/** The name of one of the datasets. */
export type DatasetName = (typeof datasetNames)[number];

/** Every dataset spec by name. */
export const datasets: Readonly<Record<DatasetName, DatasetSpec>> = Object.freeze({
  xor: xorSpec,
  'xor-cloud': xorCloudSpec,
  circles: circlesSpec,
  spiral: spiralSpec,
  gaussians: gaussiansSpec,
  moons: moonsSpec,
  spiral3: spiral3Spec,
  iris: irisSpec,
  digits: digitsSpec,
  'digits-28': digitsFullSpec,
});

/** True when `value` is one of `datasetNames`. */
export function isDatasetName(value: unknown): value is DatasetName {
  return typeof value === 'string' && (datasetNames as readonly string[]).includes(value);
}

/**
 * Loads a dataset by name with the `rng` (pass the `data` sub-stream). Options left out
 * take the spec's defaults (testFraction 0.2). Throws on an unknown name or bad options.
 */
export function loadDataset(
  name: DatasetName,
  rng: Rng,
  options: Partial<DatasetOptions> = {},
): Dataset {
  if (!isDatasetName(name)) {
    throw new Error(`Unknown dataset "${String(name)}"; expected one of: ${datasetNames.join(', ')}.`);
  }
  const spec = datasets[name];
  return spec.load(rng, resolveDatasetOptions(spec, options));
}
