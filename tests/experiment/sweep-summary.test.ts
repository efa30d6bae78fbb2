import { describe, expect, it } from 'vitest';
import { experimentConfig } from '../../src/experiment/config.js';
import type { SweepRunRecord } from '../../src/experiment/sweep-run.js';
import { baselineLossOf } from '../../src/experiment/sweep-run.js';
import { goodRangeOf, summarizeSweep } from '../../src/experiment/sweep-summary.js';
import { prepareDataset } from '../../src/experiment/session.js';

/** A made-up run record: what the summary reads. */
function record(index: number, scale: number, loss: number, overrides: Partial<SweepRunRecord> & { init?: string; activation?: string; depth?: number } = {}): SweepRunRecord {
  const depth = overrides.depth ?? 2;
  const activation = (overrides.activation ?? 'relu') as SweepRunRecord['activation'];
  const config = experimentConfig({ hidden: new Array(depth).fill(64), activation, init: overrides.init ?? 'normal', initScale: scale });
  return {
    type: 'run', index, scale, depth, activation, seed: 1, steps: 100,
    finalTrainLoss: loss, finalTestLoss: loss, finalTrainAccuracy: 1, finalTestAccuracy: 1,
    stepsToTarget: null, diverged: !Number.isFinite(loss), baselineLoss: Math.log(2), config, ...overrides,
  } as SweepRunRecord;
}

describe('goodRangeOf', () => {
  const scales = [0.001, 0.01, 0.1, 1, 10];
  it('takes the contiguous scales around the best within 10% of the gap to the baseline', () => {
    // best 0.1 at 0.1; limit 0.1 + 0.1 * (0.7 - 0.1) = 0.16
    expect(goodRangeOf(scales, [0.69, 0.15, 0.1, 0.16, 0.5], 2, 0.7)).toEqual({ low: 0.01, high: 1 });
    expect(goodRangeOf(scales, [0.69, 0.17, 0.1, 0.161, 0.5], 2, 0.7)).toEqual({ low: 0.1, high: 0.1 });
  });
  it('stops at the first bad scale: a good scale beyond a bad one is not in the range', () => {
    expect(goodRangeOf(scales, [0.1, 0.5, 0.1, 0.1, 0.1], 2, 0.7)).toEqual({ low: 0.1, high: 10 });
  });
  it('is null when even the best scale does not beat the baseline', () => {
    expect(goodRangeOf(scales, [0.7, 0.7, 0.69315, 0.8, Infinity], 2, Math.log(2))).toBeNull();
  });
});

describe('summarizeSweep', () => {
  it('medians over seeds, counts a diverged run as infinite, and picks the lowest median', () => {
    const records = [
      record(0, 0.01, 0.6), record(1, 0.01, 0.5), record(2, 0.01, 0.69),
      record(3, 0.1, 0.05), record(4, 0.1, Number.NaN), record(5, 0.1, 0.04),
      record(6, 1, Number.NaN), record(7, 1, Number.NaN), record(8, 1, 0.01),
    ];
    const [line] = summarizeSweep(records);
    expect(line.medianTrainLoss).toEqual([0.6, 0.05, Infinity]);
    expect(line.minTrainLoss).toEqual([0.5, 0.04, 0.01]);
    expect(line.maxTrainLoss).toEqual([0.69, Infinity, Infinity]);
    expect(line.divergedRuns).toEqual([0, 1, 2]);
    expect(line.bestScale).toBe(0.1);
    expect(line.goodRange).toEqual({ low: 0.1, high: 0.1 });
  });

  it('gives the same summaries for the records in any order', () => {
    const records = [0.001, 0.01, 0.1, 1].flatMap((scale, position) => [record(2 * position, scale, 0.1 + position), record(2 * position + 1, scale, 0.2 + position, { depth: 5, index: 100 + position })]);
    expect(summarizeSweep([...records].reverse())).toEqual(summarizeSweep(records));
    expect(summarizeSweep(records).map((line) => line.depth)).toEqual([2, 5]);
  });

  it('recommended scale: gain / sqrt(fan_in) in the init’s own units', () => {
    const width = 64;
    const he = Math.sqrt(2) / Math.sqrt(width);
    const recommended = (init: string, activation = 'relu') => summarizeSweep([record(0, 1, 0.1, { init, activation })])[0].recommendedScale;
    expect(recommended('normal')).toBeCloseTo(he, 12);
    expect(recommended('truncated-normal')).toBeCloseTo(he, 12);
    expect(recommended('uniform')).toBeCloseTo(Math.sqrt(3) * he, 12);
    expect(recommended('he-normal')).toBeCloseTo(1, 12);
    expect(recommended('kaiming-normal')).toBeCloseTo(1, 12);
    // Xavier's std on a 64x64 layer is sqrt(2 / 128) = 1/8: he needs sqrt(2) times that.
    expect(recommended('xavier-normal')).toBeCloseTo(Math.sqrt(2), 12);
    expect(recommended('normal', 'tanh')).toBeCloseTo(5 / 3 / Math.sqrt(width), 12);
    expect(recommended('zeros')).toBeNull();
    expect(recommended('lsuv')).toBeNull();
  });

  it('critical scale and theory verdicts for i.i.d. inits; a note instead for the others', () => {
    const relu = summarizeSweep([record(0, 0.01, 0.5), record(1, Math.sqrt(2 / 64), 0.1), record(2, 1, 0.6)])[0];
    // ReLU with zero biases is critical at sigma_w^2 = 2 (He): std sqrt(2 / 64).
    expect(relu.criticalScale).toBeCloseTo(Math.sqrt(2 / 64), 6);
    expect(relu.theoryTrainable).toEqual([false, true, false]);
    expect(relu.theoryNote).toBeUndefined();
    const orthogonal = summarizeSweep([record(0, 1, 0.1, { init: 'orthogonal' })])[0];
    expect(orthogonal.criticalScale).toBeNull();
    expect(orthogonal.theoryTrainable).toBeNull();
    expect(orthogonal.theoryNote).toMatch(/orthogonal/);
  });
});

describe('baselineLossOf', () => {
  it('is the entropy of the training labels: ln 2 for balanced xor, ln 3 about for spiral3', () => {
    expect(baselineLossOf(prepareDataset(experimentConfig({ dataset: 'xor' })))).toBeCloseTo(Math.log(2), 12);
    const spiral = prepareDataset(experimentConfig({ dataset: 'spiral3' }));
    expect(baselineLossOf(spiral)).toBeGreaterThan(Math.log(3) - 0.01);
    expect(baselineLossOf(spiral)).toBeLessThanOrEqual(Math.log(3) + 1e-12);
  });
});
