/**
 * `npm run bench`: engine throughput. Prints figures only; nothing here asserts a time.
 * Each figure comes with a baseline measured in the same run (these machines are noisy, so
 * compare ratios, not absolute numbers):
 *  - training configs A-D: steps/s, and the same network trained with textbook (i-j-k,
 *    unblocked) kernels as the baseline;
 *  - matmul 256^3: GFLOP/s of the engine kernel against the textbook triple loop.
 */
import { createNetwork } from '../src/engine/network.js';
import type { NetworkConfig } from '../src/engine/network.js';
import { createOptimizer } from '../src/engine/optimizers/index.js';
import { multiply } from '../src/engine/matrix.js';
import { createRng } from '../src/engine/rng.js';
import { textbookKernels, withKernels } from './textbook-kernels.js';

type Case = { readonly id: string; readonly label: string; readonly config: NetworkConfig; readonly batch: number };

const cases: Case[] = [
  { id: 'A', label: '2-16-16-1 tanh, batch 32', config: { inputs: 2, hidden: [16, 16], classes: 2, activation: 'tanh', init: 'xavier-uniform' }, batch: 32 },
  { id: 'B', label: '2-64-64-64-2 relu softmax, batch 64', config: { inputs: 2, hidden: [64, 64, 64], classes: 3, activation: 'relu', init: 'he-normal' }, batch: 64 },
  { id: 'C', label: '64-256-256-256-10 relu, batch 128', config: { inputs: 64, hidden: [256, 256, 256], classes: 10, activation: 'relu', init: 'he-normal' }, batch: 128 },
  { id: 'D', label: '20 hidden layers of 64 relu, batch 64', config: { inputs: 2, hidden: Array(20).fill(64), classes: 2, activation: 'relu', init: 'he-normal' }, batch: 64 },
];

/** Runs `work` repeatedly for about `milliseconds` and returns calls per second (best of 3 rounds). */
function rate(work: () => void, milliseconds: number): number {
  let best = 0;
  for (let round = 0; round < 3; round++) {
    let calls = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < milliseconds / 3) {
      work();
      calls++;
      elapsed = performance.now() - started;
    }
    best = Math.max(best, (calls * 1000) / elapsed);
  }
  return best;
}

function stepsPerSecond(entry: Case): number {
  const network = createNetwork({ ...entry.config, seed: 1 });
  const rng = createRng('bench');
  const outputs = entry.config.classes;
  const batch = {
    x: Float64Array.from({ length: entry.batch * entry.config.inputs }, () => rng.normal()),
    y: Int32Array.from({ length: entry.batch }, () => rng.integer(outputs)),
    rows: entry.batch,
  };
  const optimizer = createOptimizer('sgd', 1e-3);
  for (let i = 0; i < 20; i++) network.trainStep(batch, optimizer); // warm up the JIT
  return rate(() => network.trainStep(batch, optimizer), 1500);
}

const format = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toPrecision(3));

console.log(`init-tui bench (node ${process.version}, ${new Date().toISOString()})`);
console.log('');
console.log('training steps per second (sgd, forward + backward + update)');
console.log(`${'case'.padEnd(44)} ${'engine'.padStart(10)} ${'textbook'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const entry of cases) {
  const engine = stepsPerSecond(entry);
  const baseline = withKernels(textbookKernels, () => stepsPerSecond(entry));
  console.log(`${`${entry.id} ${entry.label}`.padEnd(44)} ${format(engine).padStart(10)} ${format(baseline).padStart(10)} ${`${(engine / baseline).toFixed(2)}x`.padStart(7)}`);
}

const size = 256;
const rng = createRng('matmul');
const a = Float64Array.from({ length: size * size }, () => rng.normal());
const b = Float64Array.from({ length: size * size }, () => rng.normal());
const out = new Float64Array(size * size);
const flops = 2 * size ** 3;
multiply(a, b, out, size, size, size);
const engineRate = rate(() => multiply(a, b, out, size, size, size), 1500);
const textbookRate = rate(() => textbookKernels.multiply(a, b, out, size, size, size), 1500);
console.log('');
console.log(`matmul ${size}^3: engine ${((engineRate * flops) / 1e9).toFixed(2)} GFLOP/s, textbook i-j-k ${((textbookRate * flops) / 1e9).toFixed(2)} GFLOP/s, ratio ${(engineRate / textbookRate).toFixed(2)}x`);
