import type { ActivationName } from '../engine/activations.js';
import { activations } from '../engine/activations.js';
import type { BiasInitName } from '../engine/bias-initializers.js';
import { biasInitializers } from '../engine/bias-initializers.js';
import type { InitName } from '../engine/initializers/index.js';
import { layerVariances, scaleForStd, theoryNotApplicable } from '../theory/init-variance.js';
import { criticalSigmaW2, meanField } from '../theory/index.js';
import type { SweepRunRecord } from './sweep-run.js';

/**
 * The good range rule: a scale is good when its median final train loss closes at least 90% of
 * the gap between the baseline (the loss of guessing the class frequencies) and the best scale's:
 * median <= best + GOOD_GAP_FRACTION * (baseline - best). The good range is the run of good
 * scales next to one another around the best one.
 */
export const GOOD_GAP_FRACTION = 0.1;

/** One line of a sweep's answer: a (depth, activation) over every scale. The `"type":"summary"` line of `sweep --json`. */
export type SweepLineSummary = {
  readonly type: 'summary';
  readonly depth: number;
  readonly activation: ActivationName;
  readonly init: InitName;
  readonly bias: number;
  readonly biasInit: BiasInitName;
  /** The hidden width the recommended and critical scales are for. */
  readonly width: number;
  readonly scales: readonly number[];
  /** Per scale, over its seeds; a diverged run counts as an infinite loss (JSON null). */
  readonly medianTrainLoss: readonly number[];
  readonly minTrainLoss: readonly number[];
  readonly maxTrainLoss: readonly number[];
  readonly divergedRuns: readonly number[];
  /** The scale of the lowest median final train loss (the smallest such scale on a tie). */
  readonly bestScale: number;
  readonly bestMedianTrainLoss: number;
  readonly baselineLoss: number;
  /** The contiguous good scales around the best (see {@link GOOD_GAP_FRACTION}); null when the best does not beat the baseline. */
  readonly goodRange: { readonly low: number; readonly high: number } | null;
  /** gain / sqrt(width) with the activation's Kaiming gain, in this init's units; null where the scale does not set the std. */
  readonly recommendedScale: number | null;
  /** Where chi_1 = 1 (edge of chaos) for this bias init, in this init's units; null where theory does not apply or there is no critical point. */
  readonly criticalScale: number | null;
  /** Mean-field theory's verdict per scale: trainable at this depth (6 xi_c >= depth); null where theory does not apply. */
  readonly theoryTrainable: readonly boolean[] | null;
  /** Why theory does not apply to this init; absent when it does. */
  readonly theoryNote?: string;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A run's final train loss, infinite when it diverged. */
const finalLoss = (record: SweepRunRecord): number => (record.diverged || !Number.isFinite(record.finalTrainLoss) ? Number.POSITIVE_INFINITY : record.finalTrainLoss);

/** The good range around `bestIndex` by {@link GOOD_GAP_FRACTION}; null when the best does not beat the baseline. */
export function goodRangeOf(scales: readonly number[], medians: readonly number[], bestIndex: number, baseline: number): { low: number; high: number } | null {
  const best = medians[bestIndex];
  if (!(best < baseline)) return null;
  const limit = best + GOOD_GAP_FRACTION * (baseline - best);
  let low = bestIndex;
  let high = bestIndex;
  while (low > 0 && medians[low - 1] <= limit) low -= 1;
  while (high + 1 < scales.length && medians[high + 1] <= limit) high += 1;
  return { low: scales[low], high: scales[high] };
}

/**
 * The answer of a sweep: one summary per (activation, depth), in the order they first appear
 * in `records` (any order of records gives the same summaries).
 */
export function summarizeSweep(records: readonly SweepRunRecord[]): SweepLineSummary[] {
  const groups = new Map<string, SweepRunRecord[]>();
  for (const record of [...records].sort((a, b) => a.index - b.index)) {
    const key = `${record.activation}/${record.depth}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(record);
  }
  return [...groups.values()].map(summarizeLine);
}

/**
 * Whether mean-field theory calls `scale` trainable for this line: an i.i.d. init whose
 * hidden-layer sigma_w^2 and sigma_b^2 give a trainable depth (about 6 xi_c) of at least `depth`
 * (inputs standardised: q0 = 1).
 */
export function isTrainableByTheory(line: Pick<SweepLineSummary, 'init' | 'activation' | 'bias' | 'biasInit' | 'width' | 'depth'>, scale: number): boolean {
  const [layer] = layerVariances({ ...line, initScale: scale }, [line.width, line.width, line.width]);
  const depth = trainableDepthOf(line.activation, layer.sigmaW2, layer.sigmaB2);
  return depth === null || depth >= line.depth;
}

/** Trainable depths already worked out, by activation and variances (a chart asks for the same ones every frame). */
const trainableDepths = new Map<string, number | null>();
const MAX_REMEMBERED = 10_000;

/** Mean-field theory's trainable depth for these variances (inputs standardised), remembered. */
function trainableDepthOf(activation: SweepLineSummary['activation'], sigmaW2: number, sigmaB2: number): number | null {
  const key = `${activation}|${sigmaW2}|${sigmaB2}`;
  if (trainableDepths.has(key)) return trainableDepths.get(key)!;
  const depth = meanField({ activation, sigmaW2, sigmaB2, q0: 1 }).trainableDepth;
  if (trainableDepths.size >= MAX_REMEMBERED) trainableDepths.clear();
  trainableDepths.set(key, depth);
  return depth;
}

function summarizeLine(records: readonly SweepRunRecord[]): SweepLineSummary {
  const { depth, activation, config } = records[0];
  const scales = [...new Set(records.map((record) => record.scale))].sort((a, b) => a - b);
  const lossesAt = scales.map((scale) => records.filter((record) => record.scale === scale).map(finalLoss));
  const medianTrainLoss = lossesAt.map(median);
  const bestIndex = medianTrainLoss.reduce((best, value, index) => (value < medianTrainLoss[best] ? index : best), 0);
  const baselineLoss = records[0].baselineLoss;
  const width = config.hidden[0] ?? 0;
  const settings = { init: config.init, activation, bias: config.bias, biasInit: config.biasInit };
  const gain = activations[activation].gain;
  const recommendedScale = width > 0 ? scaleForStd(settings, gain / Math.sqrt(width), width, depth) : null;
  const note = depth === 0 ? 'no hidden layer: nothing to propagate' : theoryNotApplicable(config.init);
  let criticalScale: number | null = null;
  let theoryTrainable: boolean[] | null = null;
  if (note === undefined) {
    const critical = criticalSigmaW2(activation, biasInitializers[config.biasInit].secondMoment(width, config.bias));
    criticalScale = critical === null ? null : scaleForStd(settings, Math.sqrt(critical / width), width, depth);
    theoryTrainable = scales.map((scale) => isTrainableByTheory({ ...settings, width, depth }, scale));
  }
  return {
    type: 'summary',
    depth,
    activation,
    init: config.init,
    bias: config.bias,
    biasInit: config.biasInit,
    width,
    scales,
    medianTrainLoss,
    minTrainLoss: lossesAt.map((losses) => Math.min(...losses)),
    maxTrainLoss: lossesAt.map((losses) => Math.max(...losses)),
    divergedRuns: lossesAt.map((losses) => losses.filter((loss) => loss === Number.POSITIVE_INFINITY).length),
    bestScale: scales[bestIndex],
    bestMedianTrainLoss: medianTrainLoss[bestIndex],
    baselineLoss,
    goodRange: goodRangeOf(scales, medianTrainLoss, bestIndex, baselineLoss),
    recommendedScale,
    criticalScale,
    theoryTrainable,
    ...(note === undefined ? {} : { theoryNote: note }),
  };
}
