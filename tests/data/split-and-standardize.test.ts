import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.js';
import {
  balancedCounts,
  chooseIndices,
  createLabelledSamples,
  featureStatistics,
  shuffledOrder,
  splitSamples,
  standardizeWithTrainStatistics,
  testRowCount,
} from '../../src/data/index.js';

describe('shuffle', () => {
  it('shuffledOrder is a permutation that depends on the seed', () => {
    const order = shuffledOrder(createRng(1), 50);
    expect(Array.from(order).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(order).not.toEqual(Int32Array.from({ length: 50 }, (_, i) => i));
    expect(shuffledOrder(createRng(1), 50)).toEqual(order);
    expect(shuffledOrder(createRng(2), 50)).not.toEqual(order);
  });

  it('chooseIndices draws distinct indices from the population', () => {
    const chosen = chooseIndices(createRng(1), 1000, 30);
    expect(chosen.length).toBe(30);
    expect(new Set(chosen).size).toBe(30);
    expect(chosen.every((index) => index >= 0 && index < 1000)).toBe(true);
  });
});

describe('balancedCounts', () => {
  it('splits evenly, remainder to the first classes, respecting capacities', () => {
    expect(balancedCounts(10, [Infinity, Infinity, Infinity])).toEqual([4, 3, 3]);
    expect(balancedCounts(10, [1, Infinity, Infinity])).toEqual([1, 5, 4]);
    expect(balancedCounts(10, [2, 2, 2])).toEqual([2, 2, 2]);
    expect(balancedCounts(0, [5, 5])).toEqual([0, 0]);
  });
});

describe('train/test split', () => {
  it('holds out round(rows * fraction) rows, at least one row for training', () => {
    expect(testRowCount(400, 0.2)).toBe(80);
    expect(testRowCount(5, 0.5)).toBe(3);
    expect(testRowCount(4, 0.99)).toBe(3);
    expect(testRowCount(10, 0)).toBe(0);
  });

  it('keeps every row exactly once, with its label', () => {
    const samples = createLabelledSamples(20, 2);
    for (let row = 0; row < 20; row++) {
      samples.x.set([row, -row], 2 * row);
      samples.y[row] = row % 3;
    }
    const { train, test } = splitSamples(samples, createRng(9), 0.25);
    expect([train.rows, test.rows]).toEqual([15, 5]);
    const seen: number[] = [];
    for (const split of [train, test]) {
      for (let row = 0; row < split.rows; row++) {
        const original = split.x[2 * row];
        expect(split.x[2 * row + 1]).toBe(-original);
        expect(split.y[row]).toBe(original % 3);
        seen.push(original);
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('standardize', () => {
  it('uses train statistics for both splits and only centres constant features', () => {
    const train = { x: Float64Array.from([1, 7, 3, 7, 5, 7]), y: new Int32Array(3), rows: 3 };
    const test = { x: Float64Array.from([9, 8]), y: new Int32Array(1), rows: 1 };
    const statistics = featureStatistics(train, 2);
    expect(Array.from(statistics.means)).toEqual([3, 7]);
    expect(statistics.standardDeviations[0]).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(statistics.standardDeviations[1]).toBe(0);
    const standardized = standardizeWithTrainStatistics(train, test, 2);
    const scale = Math.sqrt(8 / 3);
    expect(Array.from(standardized.train.x)).toEqual([-2 / scale, 0, 0, 0, 2 / scale, 0]);
    expect(standardized.test.x[0]).toBeCloseTo(6 / scale, 12);
    expect(standardized.test.x[1]).toBe(1);
    expect(Array.from(train.x)).toEqual([1, 7, 3, 7, 5, 7]);
  });
});
