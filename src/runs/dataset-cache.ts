import type { Dataset } from '../data/dataset.js';
import type { DataKey } from '../experiment/session.js';
import { dataKeyOf, prepareDataset } from '../experiment/session.js';

/** Distinct datasets a cache keeps at most (the most recently used). */
const MAX_DATASETS = 4;

/**
 * Prepared datasets by their data settings, so the runs of a group that share data (every run
 * of a compare) load and standardise it once, and a restart reuses it.
 */
export class DatasetCache {
  private readonly entries = new Map<string, Dataset>();

  /** The dataset for `config`'s data settings, loaded on first use. */
  get(config: DataKey): Dataset {
    const key = dataKeyOf(config);
    let dataset = this.entries.get(key);
    if (dataset) this.entries.delete(key);
    else dataset = prepareDataset(config);
    this.entries.set(key, dataset);
    while (this.entries.size > MAX_DATASETS) this.entries.delete(this.entries.keys().next().value!);
    return dataset;
  }
}
