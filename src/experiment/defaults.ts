import type { ExperimentConfig } from './config.js';

/** Settings whose defaults depend on the dataset (its size and noise, and what trains it well). */
type DatasetDependentKey = 'samples' | 'noise' | 'optimizer' | 'lr' | 'batch' | 'steps';

/**
 * Defaults for everything that does not depend on the dataset. The rest come from the dataset:
 * samples and noise from its spec, optimizer, lr, batch and steps from `trainingDefaults`
 * (the same the menus offer).
 */
export const defaultConfig = {
  dataset: 'xor',
  hidden: [4],
  activation: 'tanh',
  init: 'xavier-uniform',
  initScale: 1,
  bias: 0,
  biasInit: 'constant',
  seed: 1,
  testFraction: 0.2,
  logEvery: 100,
  until: 'converged',
  targetLoss: 0.1,
} as const satisfies Omit<ExperimentConfig, DatasetDependentKey>;

