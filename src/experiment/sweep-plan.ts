import type { ActivationName } from '../engine/activations.js';
import type { ConfigInput, ConfigLayer, ExperimentConfig } from './config.js';
import { resolveConfig } from './config.js';
import { ConfigError } from './config-error.js';

/** The axes of a scale sweep: every combination is one run. */
export type SweepAxes = {
  /** Init scales (the init's own `initScale`), increasing. */
  readonly scales: readonly number[];
  /** Hidden-layer counts at the width of `hidden`; undefined: `hidden` as given. */
  readonly depths?: readonly number[];
  /** Hidden activations; undefined: the config's. */
  readonly activations?: readonly ActivationName[];
  /** How many seeds per point: the config's seed, then the next ones. */
  readonly seeds: number;
};

/** One run of a sweep: where it sits on the axes, and its full config. */
export type SweepJob = {
  readonly index: number;
  readonly scale: number;
  /** Hidden layers. */
  readonly depth: number;
  readonly activation: ActivationName;
  readonly seed: number;
  readonly config: ExperimentConfig;
};

/** Most runs one sweep makes (the default axes make 33). */
export const MAX_SWEEP_RUNS = 2000;

/**
 * Every (activation, depth, scale, seed) of `axes` over `layers` (defaults, preset, options), in
 * that nesting order, each a checked config. A sweep run logs only its first and last step
 * (logEvery = steps); runs with the same seed share data and batch order. Throws
 * {@link ConfigError} on an empty axis, too many runs or a config that does not check.
 */
export function planSweep(layers: readonly ConfigLayer[], axes: SweepAxes, source = 'command line'): SweepJob[] {
  const base = resolveConfig(layers);
  if (axes.scales.length === 0) throw new ConfigError(`${source}: --scales needs at least one scale`);
  if (!Number.isInteger(axes.seeds) || axes.seeds < 1 || axes.seeds > 100) throw new ConfigError(`${source}: --seeds must be a whole number from 1 to 100, got ${axes.seeds}`);
  if (axes.depths !== undefined && base.hidden.length === 0) throw new ConfigError(`${source}: --depths needs a hidden width (--hidden such as 64), not 'none'`);
  const depths = axes.depths ?? [base.hidden.length];
  const activations = axes.activations ?? [base.activation];
  const count = axes.scales.length * depths.length * activations.length * axes.seeds;
  if (count > MAX_SWEEP_RUNS) {
    throw new ConfigError(`${source}: ${axes.scales.length} scales x ${depths.length} depths x ${activations.length} activations x ${axes.seeds} seeds make ${count} runs; a sweep takes at most ${MAX_SWEEP_RUNS}`);
  }
  const jobs: SweepJob[] = [];
  for (const activation of activations) {
    for (const depth of depths) {
      const hidden = axes.depths === undefined ? base.hidden : new Array<number>(depth).fill(base.hidden[0]);
      for (const scale of axes.scales) {
        for (let offset = 0; offset < axes.seeds; offset++) {
          const seed = base.seed + offset;
          const values: ConfigInput = { hidden: [...hidden], activation, initScale: scale, seed, logEvery: Math.max(1, base.steps) };
          const config = resolveConfig([...layers, { source, values }]);
          jobs.push({ index: jobs.length, scale, depth: hidden.length, activation, seed, config });
        }
      }
    }
  }
  return jobs;
}

/**
 * `lo:hi:n`, n scales evenly spaced in log10 from lo to hi (lo, hi > 0, n from 2 to 200), or a
 * comma list of scales (>= 0); sorted increasing, each given once. Throws {@link ConfigError}.
 */
export function parseScales(text: string, parseNumber: (item: string) => number): number[] {
  const range = text.split(':');
  let scales: number[];
  if (range.length === 3) {
    const [low, high] = [parseNumber(range[0]), parseNumber(range[1])];
    const count = parseNumber(range[2]);
    if (!(low > 0 && high > low)) throw new ConfigError(`command line: --scales ${text}: a range lo:hi:n needs 0 < lo < hi`);
    if (!Number.isInteger(count) || count < 2 || count > 200) throw new ConfigError(`command line: --scales ${text}: n must be a whole number from 2 to 200`);
    const [first, last] = [Math.log10(low), Math.log10(high)];
    // Round to 12 significant digits so 1e-4:1e1:11 gives 0.001, not 0.0009999999999999998.
    scales = Array.from({ length: count }, (_, index) => Number((10 ** (first + ((last - first) * index) / (count - 1))).toPrecision(12)));
  } else if (range.length === 1) {
    scales = text.split(',').map((item) => parseNumber(item.trim()));
    if (scales.some((scale) => scale < 0)) throw new ConfigError(`command line: --scales ${text}: scales must be >= 0`);
    if (new Set(scales).size !== scales.length) throw new ConfigError(`command line: --scales ${text} lists a scale twice`);
  } else {
    throw new ConfigError(`command line: --scales '${text}' must be a list (0.01,0.1,1) or a log range lo:hi:n (1e-4:1e1:11)`);
  }
  return [...scales].sort((a, b) => a - b);
}
