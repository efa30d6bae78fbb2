import type { ConfigInput, ConfigLayer, ExperimentConfig } from './config.js';
import { biasText } from './bias-text.js';
import { optionName, resolveConfig } from './config.js';
import { ConfigError } from './config-error.js';

/** The settings a comparison may vary, in the order runs are made (the first varies slowest). */
export const comparedKeys = ['init', 'initScale', 'activation', 'bias'] as const;
/** One of {@link comparedKeys}. */
export type ComparedKey = (typeof comparedKeys)[number];

/** Fewest and most runs a comparison makes. */
export const MIN_COMPARED_RUNS = 2;
/** See {@link MIN_COMPARED_RUNS}. */
export const MAX_COMPARED_RUNS = 6;

/** Values given for each varied key (two or more for at least one key). */
export type ComparisonLists = Partial<Record<ComparedKey, readonly unknown[]>>;

/** One run of a comparison: its full config, its short label and the values it varies. */
export type ComparedRun = {
  readonly config: ExperimentConfig;
  /** Such as `he-normal`, `normal x0.01`, `tanh`, `bias 0.1`. */
  readonly label: string;
  /** The varied keys (those with two or more values) and this run's value of each. */
  readonly varied: Readonly<Partial<Record<ComparedKey, unknown>>>;
};

/** How a run's label shows one varied value. */
function labelPart(key: ComparedKey, config: ExperimentConfig): string {
  switch (key) {
    case 'init':
      return config.init;
    case 'initScale':
      return `x${config.initScale}`;
    case 'activation':
      return config.activation;
    case 'bias':
      return biasText(config);
  }
}

/**
 * The short label of a run that varies `keys`: the varied values in order, with the init's name
 * also shown when only its scale varies (`normal x0.01`).
 */
export function comparedLabel(config: ExperimentConfig, keys: readonly ComparedKey[]): string {
  const shown = keys.includes('initScale') && !keys.includes('init') ? (['init', ...keys] as ComparedKey[]) : keys;
  return comparedKeys.filter((key) => shown.includes(key)).map((key) => labelPart(key, config)).join(' ');
}

/**
 * Every combination of `lists` (2 to 6 runs) on top of `layers` (defaults, preset, options),
 * each a full checked config. Every other setting is shared, so every run has the same data,
 * seed streams and batch order. Throws {@link ConfigError} for a list of one, a value given
 * twice, too many runs or a bad value (naming the option, as `source` does).
 */
export function planComparison(layers: readonly ConfigLayer[], lists: ComparisonLists, source = 'command line'): ComparedRun[] {
  const name = (key: ComparedKey) => (source === 'command line' ? optionName(key) : key);
  const varied = comparedKeys.filter((key) => (lists[key]?.length ?? 0) > 1);
  for (const key of comparedKeys) {
    const values = lists[key] ?? [];
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    if (repeated !== undefined) throw new ConfigError(`${source}: ${name(key)} lists '${String(repeated)}' twice`);
  }
  if (varied.length === 0) {
    throw new ConfigError(
      `${source}: a comparison needs a comma list of ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS} values on ${comparedKeys.map(name).join(', ')} (such as ${name('init')} zeros,he-normal)`,
    );
  }
  const count = varied.reduce((product, key) => product * lists[key]!.length, 1);
  if (count > MAX_COMPARED_RUNS) {
    throw new ConfigError(`${source}: ${varied.map((key) => `${name(key)} (${lists[key]!.length})`).join(' x ')} make ${count} runs; a comparison takes ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS}`);
  }
  let combinations: Array<Partial<Record<ComparedKey, unknown>>> = [{}];
  for (const key of comparedKeys) {
    const values = lists[key];
    if (!values || values.length === 0) continue;
    combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
  }
  return combinations.map((combination) => {
    const config = resolveConfig([...layers, { source, values: combination as ConfigInput, isCommandLine: source === 'command line' }]);
    return {
      config,
      label: comparedLabel(config, varied),
      varied: Object.fromEntries(varied.map((key) => [key, config[key]])),
    };
  });
}
