/**
 * `npm run bench`: engine throughput. Prints figures only; nothing here asserts a time.
 * Each figure comes with a baseline measured in the same run, in alternating rounds (these
 * machines are noisy, so compare ratios, not absolute numbers):
 *  - training configs A-D: steps/s, and the same network trained with textbook (i-j-k,
 *    unblocked) kernels as the baseline, each round in a fresh process (see training-rate.ts);
 *  - each matmul kernel at 256^3: GFLOP/s of the engine's kernel (WebAssembly SIMD where the
 *    runtime has it), of the scalar TypeScript kernel, and of the textbook triple loop.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { MatmulKernels } from '../src/engine/matrix.js';
import { activeKernels, scalarKernels, wasmKernels } from '../src/engine/matrix.js';
import { createRng } from '../src/engine/rng.js';
import { compareRates } from './measure.js';
import { textbookKernels } from './textbook-kernels.js';
import { trainingCases } from './training-cases.js';

const trainingRateScript = fileURLToPath(new URL('./training-rate.js', import.meta.url));
/** Steps per CPU second of one case with one kernel set, measured in a child process. */
const trainingRate = (caseId: string, kernelSet: 'engine' | 'textbook'): number =>
  Number(execFileSync(process.execPath, [trainingRateScript, caseId, kernelSet], { encoding: 'utf8' }).trim());

const format = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toPrecision(3));
const ratio = (engine: number, baseline: number): string => `${(engine / baseline).toFixed(2)}x`;

console.log(`init-tui bench (node ${process.version}, ${new Date().toISOString()}, rates per CPU second)`);
console.log('');
console.log('training steps per second (sgd, forward + backward + update)');
console.log(`${'case'.padEnd(44)} ${'engine'.padStart(10)} ${'textbook'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const entry of trainingCases) {
  const rates = compareRates(
    { engine: () => trainingRate(entry.id, 'engine'), textbook: () => trainingRate(entry.id, 'textbook') },
    { rounds: 2 },
  );
  console.log(`${`${entry.id} ${entry.label}`.padEnd(44)} ${format(rates.engine).padStart(10)} ${format(rates.textbook).padStart(10)} ${ratio(rates.engine, rates.textbook).padStart(7)}`);
}

const size = 256;
const rng = createRng('matmul');
const a = Float64Array.from({ length: size * size }, () => rng.normal());
const b = Float64Array.from({ length: size * size }, () => rng.normal());
const out = new Float64Array(size * size);
const gigaflops = (callsPerSecond: number): string => ((callsPerSecond * 2 * size ** 3) / 1e9).toFixed(2);
console.log('');
console.log(`matmul ${size}^3, GFLOP/s (engine: ${wasmKernels ? 'WebAssembly SIMD' : 'scalar, no WebAssembly SIMD here'})`);
console.log(`${'kernel'.padEnd(33)} ${'engine'.padStart(10)} ${'scalar'.padStart(10)} ${'textbook'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const name of ['multiply', 'multiplyTransposedLeft', 'multiplyTransposedRight'] as const) {
  const run = (kernels: MatmulKernels) => (measure: (work: () => void) => number) =>
    measure(() => kernels[name](a, b, out, size, size, size));
  const rates = compareRates({ engine: run(activeKernels), scalar: run(scalarKernels), textbook: run(textbookKernels) }, { rounds: 3 });
  const cells = [rates.engine, rates.scalar, rates.textbook].map((rate) => gigaflops(rate).padStart(10));
  console.log(`${name.padEnd(33)} ${cells.join(' ')} ${ratio(rates.engine, rates.textbook).padStart(7)}`);
}
