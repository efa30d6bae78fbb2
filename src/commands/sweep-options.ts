import type { ActivationName } from '../engine/activations.js';
import { activationNames, isActivationName } from '../engine/activations.js';
import type { ConfigLayer } from '../experiment/config.js';
import { ConfigError } from '../experiment/config-error.js';
import { MAX_DEPTH } from '../experiment/hidden.js';
import type { SweepAxes } from '../experiment/sweep-plan.js';
import { parseScales } from '../experiment/sweep-plan.js';
import { DECIMAL } from './numeric-options.js';
import type { OptionValues } from './options.js';
import { configLayersFromOptions } from './options.js';

/** The default `--scales`: 11 scales, half a decade apart, from 1e-4 to 10. */
export const DEFAULT_SCALES = '1e-4:1e1:11';
/** The default `--seeds`. */
export const DEFAULT_SEEDS = 3;

const number = (option: string) => (item: string): number => {
  if (!DECIMAL.test(item)) throw new ConfigError(`command line: --${option} must hold numbers like 0.01 or 1e-3, got '${item}'`);
  return Number(item);
};

const items = (option: string, text: string): string[] => {
  const list = text.split(',').map((item) => item.trim());
  if (list.some((item) => item === '')) throw new ConfigError(`command line: --${option} '${text}' has an empty item`);
  if (new Set(list).size !== list.length) throw new ConfigError(`command line: --${option} '${text}' lists a value twice`);
  return list;
};

/** The sweep's config layers and axes from the options. Throws {@link ConfigError} naming the option. */
export function sweepPlanOptions(values: OptionValues): { layers: ConfigLayer[]; axes: SweepAxes } {
  const layers = configLayersFromOptions(values, 'sweep');
  const scales = parseScales(typeof values.scales === 'string' ? values.scales : DEFAULT_SCALES, number('scales'));
  const depths =
    typeof values.depths === 'string'
      ? items('depths', values.depths).map((item) => {
          const depth = Number(item);
          if (!/^\d+$/.test(item) || depth < 1 || depth > MAX_DEPTH) throw new ConfigError(`command line: --depths must hold whole numbers from 1 to ${MAX_DEPTH}, got '${item}'`);
          return depth;
        })
      : undefined;
  const activations =
    typeof values.activations === 'string'
      ? items('activations', values.activations).map((item): ActivationName => {
          if (!isActivationName(item)) throw new ConfigError(`command line: --activations: unknown activation '${item}'; valid: ${activationNames.join(', ')}`);
          return item;
        })
      : undefined;
  const seedsText = typeof values.seeds === 'string' ? values.seeds : String(DEFAULT_SEEDS);
  if (!/^\d+$/.test(seedsText) || Number(seedsText) < 1 || Number(seedsText) > 100) throw new ConfigError(`command line: --seeds must be a whole number from 1 to 100, got '${seedsText}'`);
  return { layers, axes: { scales, depths, activations, seeds: Number(seedsText) } };
}
