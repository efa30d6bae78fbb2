import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/render/format-number.js';
import { pickEvenly } from '../../src/render/pick-evenly.js';
import { resampleByPosition } from '../../src/render/resample-series.js';

describe('formatCompact', () => {
  it('uses plain notation in [0.01, 1e4) and exponents outside', () => {
    expect(formatCompact(0)).toBe('0');
    expect(formatCompact(0.693)).toBe('0.69');
    expect(formatCompact(2)).toBe('2');
    expect(formatCompact(1234)).toBe('1234');
    expect(formatCompact(0.00123)).toBe('1.2e-3');
    expect(formatCompact(0.001)).toBe('1e-3');
    expect(formatCompact(250_000)).toBe('2.5e5');
    expect(formatCompact(-0.5)).toBe('-0.5');
    expect(formatCompact(2.3149, 3)).toBe('2.31');
    expect(formatCompact(Number.NaN)).toBe('NaN');
  });
});

describe('pickEvenly', () => {
  it('spreads indexes over the range, first and last included', () => {
    expect(pickEvenly(10, 40)).toEqual([0, 4, 9, 13, 17, 22, 26, 30, 35, 39]);
    expect(pickEvenly(3, 10)).toEqual([0, 5, 9]);
    expect(pickEvenly(1, 10)).toEqual([0]);
    expect(pickEvenly(0, 10)).toEqual([]);
    expect(pickEvenly(20, 4)).toEqual([0, 1, 2, 3]);
  });
});

describe('resampleByPosition', () => {
  it('buckets by position over the whole range and interpolates gaps', () => {
    expect(resampleByPosition([0, 1, 2, 3], [4, 3, 2, 1], 8, 0, 3)).toEqual([
      4, 3.5, 3, 3 - 1 / 3, 3 - 2 / 3, 2, 1.5, 1,
    ]);
  });

  it('averages many points per bucket, covering the whole run', () => {
    const positions = Array.from({ length: 100 }, (_, index) => index);
    const values = positions.map((position) => (position < 50 ? 10 : 0));
    expect(resampleByPosition(positions, values, 4, 0, 99)).toEqual([10, 10, 0, 0]);
  });

  it('skips non-finite values, stops at the last measured bucket, and reports no data', () => {
    expect(resampleByPosition([0, 1, 2, 3], [Number.NaN, 2, Number.POSITIVE_INFINITY, Number.NaN], 4, 0, 3)).toEqual([2, 2]);
    expect(resampleByPosition([0, 1], [Number.NaN, Number.NaN], 4, 0, 1)).toBeUndefined();
  });
});
