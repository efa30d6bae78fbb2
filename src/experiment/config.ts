import { z } from 'zod';
import type { DatasetName } from '../data/index.js';
import { datasetNames, datasets, isDatasetName } from '../data/index.js';
import type { ActivationName } from '../engine/activations.js';
import { activationNames, isActivationName } from '../engine/activations.js';
import type { BiasInitName } from '../engine/bias-initializers.js';
import { biasInitNames, isBiasInitName } from '../engine/bias-initializers.js';
import type { InitName } from '../engine/initializers/index.js';
import { initNames, isInitName } from '../engine/initializers/index.js';
import type { OptimizerName } from '../engine/optimizers/index.js';
import { isOptimizerName, optimizerNames } from '../engine/optimizers/index.js';
import { ConfigError } from './config-error.js';
import { lossForClasses } from '../engine/losses.js';
import { trainingDefaults } from './dataset-defaults.js';
import { defaultConfig } from './defaults.js';
import { formatHidden, parseHidden } from './hidden.js';
import type { Until } from './stopping-rule.js';
import { untilNames } from './stopping-rule.js';

/** Every setting of one experiment, resolved (defaults filled in). */
export type ExperimentConfig = {
  readonly dataset: DatasetName;
  /** Hidden widths, first to last. */
  readonly hidden: readonly number[];
  readonly activation: ActivationName;
  readonly init: InitName;
  readonly initScale: number;
  /** `--bias`: the constant, the half width (uniform) or the std (normal) of the bias init. */
  readonly bias: number;
  /** How biases start: constant (default), uniform, normal or pytorch-default. */
  readonly biasInit: BiasInitName;
  readonly optimizer: OptimizerName;
  /** Learning rate. */
  readonly lr: number;
  /** Mini-batch size; 0 means the full training set. */
  readonly batch: number;
  /** Training steps to run. */
  readonly steps: number;
  readonly seed: number;
  /** Samples of the dataset (its own default when not given). */
  readonly samples: number;
  /** Noise of synthetic datasets (its own default when not given). */
  readonly noise: number;
  /** Fraction held out for test. */
  readonly testFraction: number;
  /** Log step 0, every multiple of this and the last step. */
  readonly logEvery: number;
  /** `converged`: stop at the first check step (every 100) where the run has converged; `steps`: train every step. */
  readonly until: Until;
  /** Steps to target: the first check step (every 100) whose train loss is at most this. */
  readonly targetLoss: number;
};

/** The keys a config (an option set or a preset) may give; every one optional. */
export type ConfigInput = Partial<Record<keyof ExperimentConfig, unknown>>;

export { defaultConfig } from './defaults.js';

/** The most weights and biases a network may have (about 0.6 GB with Adam's state). */
export const MAX_PARAMETERS = 20_000_000;

const oneOf = (kind: string, names: readonly string[], test: (name: string) => boolean) =>
  z.string({ error: `must be a ${kind} name (${names.join(', ')})` }).refine(test, {
    error: (issue) => `unknown ${kind} '${String(issue.input)}'; valid: ${names.join(', ')}`,
  });

const finite = (what: string) => z.number({ error: `must be a number (${what})` }).refine(Number.isFinite, { error: `must be a finite number (${what})` });
const integer = (what: string, min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max} (${what})` })
    .min(min, { error: `must be at least ${min} (${what})` })
    .max(max, { error: `must be at most ${max} (${what})` });

/** One source of settings: defaults are overridden by each layer in turn. */
export type ConfigLayer = {
  /** Named in error messages: a preset's file, or `command line`. */
  readonly source: string;
  readonly values: ConfigInput;
  /** Errors then name keys as options (`--init-scale`), not as preset keys (`initScale`). */
  readonly isCommandLine?: boolean;
};

/** The command-line option of a config key: `initScale` -> `--init-scale`. */
export function optionName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The schema of a config: option values and preset files are checked against it. */
export const configSchema = z
  .object({
    dataset: oneOf('dataset', datasetNames, isDatasetName),
    hidden: z.union([z.string(), z.array(z.number())], { error: 'must be widths like "4", "16,16", "64x20" or an array of whole numbers' }),
    activation: oneOf('activation', activationNames, isActivationName),
    init: oneOf('init', initNames, isInitName),
    initScale: finite('the init scale').refine((value) => value >= 0, { error: 'must be >= 0 (the init scale)' }),
    bias: finite('the initial bias'),
    biasInit: oneOf('bias init', biasInitNames, isBiasInitName),
    optimizer: oneOf('optimizer', optimizerNames, isOptimizerName),
    lr: finite('the learning rate').refine((value) => value > 0 && value <= 100, { error: 'must be > 0 and <= 100 (the learning rate)' }),
    batch: integer('the batch size; 0 = full batch', 0, 1_000_000),
    steps: integer('training steps', 0, 100_000_000),
    seed: integer('the seed', 0, 2 ** 53 - 1),
    samples: integer('samples of the dataset', 4, 100_000),
    noise: finite('noise of the dataset').refine((value) => value >= 0 && value <= 10, { error: 'must be from 0 to 10 (noise)' }),
    testFraction: finite('the test fraction').refine((value) => value >= 0 && value < 1, { error: 'must be >= 0 and < 1 (the test fraction)' }),
    logEvery: integer('steps between log lines', 1, 100_000_000),
    until: oneOf('stopping rule', untilNames, (name) => (untilNames as readonly string[]).includes(name)),
    targetLoss: finite('the target loss').refine((value) => value > 0, { error: 'must be > 0 (the target loss)' }),
  })
  .partial()
  .strict();

/**
 * Checks `layers` (from defaults to most specific: preset, then options), merges them and
 * fills in the dataset's own samples and noise. Throws {@link ConfigError} naming `source`,
 * the key and what is allowed.
 */
export function resolveConfig(layers: readonly ConfigLayer[]): ExperimentConfig {
  const merged: Record<string, unknown> = { ...defaultConfig };
  for (const { source, values, isCommandLine } of layers) {
    const result = configSchema.safeParse(values);
    if (!result.success) {
      const issue = result.error.issues[0];
      const name = issue.path.length > 0 ? String(issue.path[0]) : '';
      const key = name && isCommandLine ? optionName(name) : name;
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((name) => `'${name}'`).join(', ')}; valid: ${Object.keys(configSchema.shape).join(', ')}`
          : issue.message;
      throw new ConfigError(`${source}: ${key ? `${key} ` : ''}${message}`);
    }
    for (const [key, value] of Object.entries(result.data)) {
      if (value === undefined) continue;
      merged[key] = key === 'hidden' ? parseHidden(value as string | number[], `${source}: ${isCommandLine ? '--hidden' : 'hidden'}`) : value;
    }
  }
  const dataset = merged.dataset as DatasetName;
  const spec = datasets[dataset];
  merged.samples ??= spec.defaultSamples;
  merged.noise ??= spec.defaultNoise;
  for (const [key, value] of Object.entries(trainingDefaults[dataset])) merged[key] ??= value;
  const widths = [spec.inputs, ...(merged.hidden as number[]), lossForClasses(spec.classes).outputsFor(spec.classes)];
  let parameters = 0;
  for (let layer = 0; layer + 1 < widths.length; layer++) parameters += (widths[layer] + 1) * widths[layer + 1];
  if (parameters > MAX_PARAMETERS) {
    const source = layers.findLast((layer) => layer.values.hidden !== undefined)?.source ?? 'config';
    throw new ConfigError(
      `${source}: hidden ${formatHidden(merged.hidden as number[])} on ${dataset} makes ${parameters.toLocaleString('en')} weights; at most ${MAX_PARAMETERS.toLocaleString('en')} are allowed`,
    );
  }
  return Object.freeze(merged) as unknown as ExperimentConfig;
}

/** A full config from partial settings (defaults filled in, everything checked): the library's way in. */
export function experimentConfig(values: ConfigInput = {}): ExperimentConfig {
  return resolveConfig([{ source: 'config', values }]);
}

/**
 * Throws {@link ConfigError} naming the key and what is allowed unless `config` is a whole,
 * valid config (every key present and in range), as a script might hand one to Session or
 * runExperiment without experimentConfig.
 */
export function assertExperimentConfig(config: unknown): asserts config is ExperimentConfig {
  if (typeof config !== 'object' || config === null) throw new ConfigError(`config: must be an object of settings (see experimentConfig), got ${String(config)}`);
  const result = configSchema.required().safeParse(config);
  if (result.success) return;
  const issue = result.error.issues[0];
  const key = issue.path.length > 0 ? `${String(issue.path[0])} ` : '';
  const message = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((name) => `'${name}'`).join(', ')}` : issue.message;
  throw new ConfigError(`config: ${key}${message}${issue.code === 'invalid_type' && issue.input === undefined ? ' (missing: build configs with experimentConfig)' : ''}`);
}
