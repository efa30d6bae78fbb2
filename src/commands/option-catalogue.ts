import type { ParseArgsConfig } from 'node:util';
import { datasetNames } from '../data/index.js';
import { activationNames } from '../engine/activations.js';
import { biasInitNames } from '../engine/bias-initializers.js';
import { optimizerNames } from '../engine/optimizers/index.js';
import { defaultConfig } from '../experiment/defaults.js';
import { trainingDefaults } from '../experiment/dataset-defaults.js';
import { untilNames } from '../experiment/stopping-rule.js';

/** One command-line option: how parseArgs reads it and what help says of it. */
export type OptionSpec = {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's placeholder in help (`NAME`, `N`); none for a switch. */
  readonly value?: string;
  /** One or two lines of help. */
  readonly help: string;
  /** The default, as help shows it in brackets. */
  readonly defaultText?: string;
};

const d = defaultConfig;
const x = trainingDefaults.xor;

/** Every option of every command, by name; each command takes some of them. */
export const optionCatalogue = {
  dataset: { type: 'string', value: 'NAME', help: datasetNames.join(', '), defaultText: d.dataset },
  hidden: { type: 'string', value: 'WIDTHS', help: '4 | 16,16 | 64x20 (20 layers of 64) | none', defaultText: d.hidden.join(',') },
  activation: { type: 'string', value: 'NAME', help: activationNames.join(', '), defaultText: d.activation },
  init: { type: 'string', value: 'NAME', help: "the weight init; see 'init-tui list inits'", defaultText: d.init },
  'init-scale': {
    type: 'string',
    value: 'S',
    help: 'constant: the value; uniform: half width; normal, truncated-normal: std; others: a multiplier',
    defaultText: String(d.initScale),
  },
  bias: { type: 'string', value: 'B', help: 'constant: every bias; uniform: half width; normal: std', defaultText: String(d.bias) },
  'bias-init': { type: 'string', value: 'NAME', help: `${biasInitNames.join(', ')} (U(+-1/sqrt(fan_in)))`, defaultText: d.biasInit },
  optimizer: { type: 'string', value: 'NAME', help: optimizerNames.join(', '), defaultText: `per dataset: ${x.optimizer} for xor` },
  lr: { type: 'string', value: 'RATE', help: 'learning rate', defaultText: `per dataset: ${x.lr} for xor` },
  batch: { type: 'string', value: 'N', help: 'mini-batch size, 0 = full batch', defaultText: `per dataset: ${x.batch} for xor` },
  steps: { type: 'string', value: 'N', help: 'training steps at most', defaultText: `per dataset: ${x.steps} for xor` },
  until: {
    type: 'string',
    value: 'RULE',
    help: `${untilNames.join(' | ')}: stop at the first check (every 100 steps) where loss < 1e-3 with every sample right, or train every step`,
    defaultText: d.until,
  },
  seed: { type: 'string', value: 'N', help: 'one seed fixes data, weights and batch order', defaultText: String(d.seed) },
  samples: { type: 'string', value: 'N', help: 'dataset size', defaultText: "the dataset's own" },
  noise: { type: 'string', value: 'X', help: 'noise of synthetic datasets', defaultText: "the dataset's own" },
  'test-fraction': { type: 'string', value: 'F', help: 'held out for test', defaultText: String(d.testFraction) },
  preset: { type: 'string', value: 'NAME|FILE', help: 'start from a preset (options given too override it)' },
  'log-every': { type: 'string', value: 'N', help: 'log step 0, every N steps and the last', defaultText: String(d.logEvery) },
  'target-loss': { type: 'string', value: 'L', help: 'steps to target: the first check step (every 100) with train loss <= L', defaultText: String(d.targetLoss) },
  json: { type: 'boolean', help: 'one JSON object a line' },
  scales: { type: 'string', value: 'LIST|LO:HI:N', help: 'init scales: 0.01,0.1,1 or lo:hi:n log-spaced', defaultText: '1e-4:1e1:11' },
  depths: { type: 'string', value: 'LIST', help: 'hidden-layer counts at the width of --hidden, such as 2,5,10,20', defaultText: '--hidden as given' },
  activations: { type: 'string', value: 'LIST', help: 'activations to sweep, such as relu,tanh', defaultText: '--activation' },
  seeds: { type: 'string', value: 'N', help: 'seeds per point: --seed and the next ones', defaultText: '3' },
  plan: { type: 'boolean', help: 'print one JSON job a line instead of training (run each with run --job)' },
  collect: { type: 'boolean', help: 'summarise the run lines of the FILES given (from run --job or sweep --json)' },
  inputs: { type: 'string', value: 'N', help: 'input features (instead of a --dataset)', defaultText: "the dataset's" },
  measure: { type: 'boolean', help: 'also train each rule briefly (3 seeds) and show its final loss' },
  job: { type: 'string', value: 'JSON', help: 'run one job line of sweep --plan; prints its run line' },
  dump: { type: 'string', value: 'FILE', help: 'write config, data, initial and final weights, batches, trajectory as JSON' },
  workers: { type: 'string', value: 'N', help: 'worker threads for the runs (the output is the same for any N)', defaultText: 'the cores of this machine' },
  'no-color': { type: 'boolean', help: 'no colours (so does NO_COLOR)' },
  help: { type: 'boolean', short: 'h', help: 'help (for a command: init-tui COMMAND --help)' },
  version: { type: 'boolean', short: 'v', help: 'the version' },
} as const satisfies Record<string, OptionSpec>;

/** The name of an option in {@link optionCatalogue}. */
export type OptionName = keyof typeof optionCatalogue;

/** The options that pick one experiment (run, compare and the app share them). */
export const experimentOptionNames = [
  'dataset',
  'hidden',
  'activation',
  'init',
  'init-scale',
  'bias',
  'bias-init',
  'optimizer',
  'lr',
  'batch',
  'steps',
  'until',
  'seed',
  'samples',
  'noise',
  'test-fraction',
  'target-loss',
  'preset',
] as const satisfies readonly OptionName[];

/** The whole catalogue as node:util parseArgs reads it. */
export function parseArgsOptions(): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    Object.entries(optionCatalogue).map(([name, spec]) => [name, 'short' in spec ? { type: spec.type, short: spec.short } : { type: spec.type }]),
  );
}
