import type { Rng } from '../engine/rng.js';

/** One part of a dataset: `rows` samples of `x` (row-major, rows x inputs) with class labels `y`. */
export type DatasetSplit = {
  readonly x: Float64Array;
  /** Class index per row, 0 .. classes - 1. */
  readonly y: Int32Array;
  readonly rows: number;
};

/** A loaded dataset, ready to train on (features already standardized where the set says so). */
export type Dataset = {
  readonly name: string;
  readonly inputs: number;
  readonly classes: number;
  readonly train: DatasetSplit;
  readonly test: DatasetSplit;
};

/** Options every dataset accepts (a set may ignore the ones it has no use for). */
export type DatasetOptions = {
  /** Number of samples to generate (synthetic sets) or to take at most (real sets). */
  readonly samples: number;
  /** Noise level of synthetic sets, in the set's own units (see each set's description). */
  readonly noise: number;
  /** Fraction of the samples held out for test, in [0, 1). Default 0.2. */
  readonly testFraction: number;
};

/** A dataset by name, with what menus and `init-tui list` show. */
export type DatasetSpec = {
  readonly name: string;
  readonly label: string;
  /** One line for menus. */
  readonly description: string;
  readonly inputs: number;
  readonly classes: number;
  /** True for 2-D point sets (they get a dot preview and a decision map). */
  readonly isPlanar: boolean;
  readonly defaultSamples: number;
  readonly defaultNoise: number;
  /** Loads or generates the data from the `data` stream; the same rng state gives the same data. */
  load(rng: Rng, options: DatasetOptions): Dataset;
};
