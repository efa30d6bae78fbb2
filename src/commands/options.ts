import type { ComparedKey, ComparisonLists } from '../experiment/comparison.js';
import type { ConfigInput, ConfigLayer } from '../experiment/config.js';
import { ConfigError } from '../experiment/config-error.js';
import { loadPreset } from '../experiment/presets.js';
import type { OptionName } from './option-catalogue.js';
import { DECIMAL, listOptions, numericKeys } from './numeric-options.js';

/** Option values as parseArgs gives them, by option name (experiment options are text). */
export type OptionValues = Readonly<Partial<Record<OptionName, string | boolean>>>;
type ExperimentOptionValues = OptionValues;

const textKeys = ['dataset', 'hidden', 'activation', 'init', 'bias-init', 'optimizer', 'until'] as const;


/** Parses one option's text: numbers must be plain numbers (`0.5`, `1e-3`); names stay text. */
function optionValue(option: string, text: string): unknown {
  if (!(option in numericKeys)) return text;
  const number = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(number)) throw new ConfigError(`command line: --${option} must be a number like 0.5, -1 or 1e-3, got '${text}'`);
  if (!Number.isFinite(number)) throw new ConfigError(`command line: --${option} must be a finite number, got '${text}'`);
  return number;
}

/** Parsed experiment options: config layers (the preset's, then the options'), and comma lists. */
export type ExperimentOptions = {
  readonly layers: ConfigLayer[];
  /** The comma lists given on {@link listOptions} (`--init zeros,he-normal`): a comparison. */
  readonly lists: ComparisonLists;
};

/**
 * Turns parsed option strings into config layers: the preset's keys (if `--preset`), then the
 * options, and comma lists on the compared options apart. Ranges are checked by resolveConfig.
 * Throws {@link ConfigError} naming the option.
 */
export function parseExperimentOptions(values: ExperimentOptionValues): ExperimentOptions {
  const layers: ConfigLayer[] = [];
  if (typeof values.preset === 'string') {
    const preset = loadPreset(values.preset);
    layers.push({ source: preset.file, values: preset.config });
  }
  const options: Record<string, unknown> = {};
  const lists: Partial<Record<ComparedKey, unknown[]>> = {};
  for (const key of [...textKeys, ...Object.keys(numericKeys)] as OptionName[]) {
    const text = values[key];
    if (typeof text !== 'string') continue;
    const configKey = (numericKeys as Record<string, string>)[key] ?? (key === 'bias-init' ? 'biasInit' : key);
    if (key in listOptions && text.includes(',')) {
      const items = text.split(',').map((item) => item.trim());
      if (items.some((item) => item === '')) throw new ConfigError(`command line: --${key} '${text}' has an empty item; give values separated by commas, such as zeros,he-normal`);
      lists[(listOptions as Record<string, ComparedKey>)[key]] = items.map((item) => optionValue(key, item));
    } else {
      options[configKey] = optionValue(key, text);
    }
  }
  layers.push({ source: 'command line', values: options as ConfigInput, isCommandLine: true });
  return { layers, lists };
}

/**
 * The config layers of one experiment (see {@link parseExperimentOptions}); a comma list is
 * refused, naming `command` and where lists go.
 */
export function configLayersFromOptions(values: ExperimentOptionValues, command = 'run'): ConfigLayer[] {
  const { layers, lists } = parseExperimentOptions(values);
  const listed = Object.keys(listOptions).filter((option) => lists[(listOptions as Record<string, ComparedKey>)[option]] !== undefined);
  if (listed.length > 0) {
    throw new ConfigError(`command line: --${listed[0]} takes one value with ${command}; a comma list (${values[listed[0] as keyof ExperimentOptionValues]}) goes with 'init-tui compare'`);
  }
  return layers;
}
