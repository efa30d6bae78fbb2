/** The four training configurations the bench times, and a warmed-up step of each. */
import { createNetwork } from '../src/engine/network.js';
import type { NetworkConfig } from '../src/engine/network.js';
import { createOptimizer } from '../src/engine/optimizers/index.js';
import { createRng } from '../src/engine/rng.js';

/** One bench configuration: a network and its batch size. */
export type TrainingCase = { readonly id: string; readonly label: string; readonly config: NetworkConfig; readonly batch: number };

export const trainingCases: readonly TrainingCase[] = [
  { id: 'A', label: '2-16-16-1 tanh, batch 32', config: { inputs: 2, hidden: [16, 16], classes: 2, activation: 'tanh', init: 'xavier-uniform' }, batch: 32 },
  { id: 'B', label: '2-64-64-64-3 relu softmax, batch 64', config: { inputs: 2, hidden: [64, 64, 64], classes: 3, activation: 'relu', init: 'he-normal' }, batch: 64 },
  { id: 'C', label: '64-256-256-256-10 relu, batch 128', config: { inputs: 64, hidden: [256, 256, 256], classes: 10, activation: 'relu', init: 'he-normal' }, batch: 128 },
  { id: 'D', label: '20 hidden layers of 64 relu, batch 64', config: { inputs: 2, hidden: Array(20).fill(64), classes: 2, activation: 'relu', init: 'he-normal' }, batch: 64 },
];

/** One training step (sgd) of a fresh seeded network on a fixed random batch, warmed up. */
export function trainingStep(entry: TrainingCase): () => void {
  const network = createNetwork({ ...entry.config, seed: 1 });
  const rng = createRng('bench');
  const batch = {
    x: Float64Array.from({ length: entry.batch * entry.config.inputs }, () => rng.normal()),
    y: Int32Array.from({ length: entry.batch }, () => rng.integer(entry.config.classes)),
    rows: entry.batch,
  };
  const optimizer = createOptimizer('sgd', 1e-3);
  for (let i = 0; i < 20; i++) network.trainStep(batch, optimizer); // warm up the JIT
  return () => network.trainStep(batch, optimizer);
}
