import type { ComparedKey } from '../experiment/comparison.js';

/** The options that take a number, and the config key each sets. */
export const numericKeys = {
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

/**
 * `--bias -1` as `--bias=-1`: node:util parseArgs reads a value starting with '-' as an option,
 * so a negative number (or a comma list starting with one, `--bias -1,0`) after a numeric option
 * is joined to it before parsing.
 */
export function joinNegativeNumbers(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const option = argv[index];
    const next = argv[index + 1];
    if (option.startsWith('--') && option.slice(2) in numericKeys && next !== undefined && next.split(',').every((item) => DECIMAL.test(item.trim())) && next.startsWith('-')) {
      joined.push(`${option}=${next}`);
      index++;
    } else {
      joined.push(option);
    }
  }
  return joined;
}

/** A plain decimal number: `0.5`, `-1`, `1e-3`, `.25` (no hex, no Infinity, no blanks). */
export const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;


/** The options that take a comma list in a comparison, and the config key each sets. */
export const listOptions = { init: 'init', 'init-scale': 'initScale', activation: 'activation', bias: 'bias' } as const satisfies Record<string, ComparedKey>;
