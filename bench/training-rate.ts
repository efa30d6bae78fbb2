/**
 * `node dist-bench/bench/training-rate.js <case> <engine|textbook>`: prints the training steps
 * per CPU second of one bench case with one kernel set (best of 2 rounds), and nothing else.
 * run.ts starts one such process per measurement, so that the two kernel sets never share a
 * process: V8 optimizes the dense layers' kernel call sites for whatever kernels have passed
 * through them, and once the WebAssembly kernels have, the textbook loops run about a quarter
 * slower than on their own (measured), which would flatter the engine.
 */
import { compareRates } from './measure.js';
import { textbookKernels, withKernels } from './textbook-kernels.js';
import { trainingCases, trainingStep } from './training-cases.js';

const [caseId, kernelSet] = process.argv.slice(2);
const entry = trainingCases.find((candidate) => candidate.id === caseId);
if (!entry || (kernelSet !== 'engine' && kernelSet !== 'textbook')) {
  throw new Error(`usage: training-rate <${trainingCases.map((candidate) => candidate.id).join('|')}> <engine|textbook>, got ${caseId} ${kernelSet}`);
}
const run = <T>(work: () => T): T => (kernelSet === 'textbook' ? withKernels(textbookKernels, work) : work());
const step = run(() => trainingStep(entry));
const rates = compareRates({ steps: (measure) => run(() => measure(step)) }, { rounds: 2, roundMilliseconds: 400 });
console.log(rates.steps);
