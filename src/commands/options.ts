import type { ParseArgsConfig } from 'node:util';
import type { ConfigInput, ConfigLayer } from '../experiment/config.js';
import { ConfigError } from '../experiment/config-error.js';
import { loadPreset } from '../experiment/presets.js';

/** The options of `run` and of the interactive app, as node:util parseArgs reads them. */
export const experimentOptions = {
  dataset: { type: 'string' },
  hidden: { type: 'string' },
  activation: { type: 'string' },
  init: { type: 'string' },
  'init-scale': { type: 'string' },
  bias: { type: 'string' },
  optimizer: { type: 'string' },
  lr: { type: 'string' },
  batch: { type: 'string' },
  steps: { type: 'string' },
  seed: { type: 'string' },
  samples: { type: 'string' },
  noise: { type: 'string' },
  'test-fraction': { type: 'string' },
  'log-every': { type: 'string' },
  until: { type: 'string' },
  'target-loss': { type: 'string' },
  preset: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type ExperimentOptionValues = Partial<Record<keyof typeof experimentOptions, string>>;

const numericKeys = {
  'init-scale': 'initScale',
  bias: 'bias',
  lr: 'lr',
  batch: 'batch',
  steps: 'steps',
  seed: 'seed',
  samples: 'samples',
  noise: 'noise',
  'test-fraction': 'testFraction',
  'log-every': 'logEvery',
  'target-loss': 'targetLoss',
} as const;

const textKeys = ['dataset', 'hidden', 'activation', 'init', 'optimizer', 'until'] as const;

/**
 * `--bias -1` as `--bias=-1`: node:util parseArgs reads a value starting with '-' as an option,
 * so a negative number after a numeric option is joined to it before parsing.
 */
export function joinNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const option = argv[index];
    const next = argv[index + 1];
    if (option.startsWith('--') && option.slice(2) in numericKeys && next !== undefined && DECIMAL.test(next) && next.startsWith('-')) {
      joined.push(`${option}=${next}`);
      index++;
    } else {
      joined.push(option);
    }
  }
  return joined;
}

/** A plain decimal number: `0.5`, `-1`, `1e-3`, `.25` (no hex, no Infinity, no blanks). */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Turns parsed option strings into config layers: the preset's keys (if `--preset`), then the
 * options. Numbers must be plain numbers (`0.5`, `1e-3`); ranges are checked by resolveConfig.
 * Throws {@link ConfigError} naming the option.
 */
export function configLayersFromOptions(values: ExperimentOptionValues): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  if (values.preset !== undefined) {
    const preset = loadPreset(values.preset);
    layers.push({ source: preset.file, values: preset.config });
  }
  const options: Record<string, unknown> = {};
  for (const key of textKeys) if (values[key] !== undefined) options[key] = values[key];
  for (const [option, key] of Object.entries(numericKeys)) {
    const text = values[option as keyof typeof numericKeys];
    if (text === undefined) continue;
    const number = DECIMAL.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(number)) throw new ConfigError(`command line: --${option} must be a number like 0.5, -1 or 1e-3, got '${text}'`);
    if (!Number.isFinite(number)) throw new ConfigError(`command line: --${option} must be a finite number, got '${text}'`);
    options[key] = number;
  }
  layers.push({ source: 'command line', values: options as ConfigInput, isCommandLine: true });
  return layers;
}

/** True when any option that picks an experiment was given (the app then opens the dashboard). */
export function hasExperimentOptions(values: ExperimentOptionValues): boolean {
  return Object.keys(experimentOptions).some((key) => values[key as keyof ExperimentOptionValues] !== undefined);
}
