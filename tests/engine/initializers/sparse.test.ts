import { describe, expect, it } from 'vitest';
import { initializers } from '../../../src/engine/initializers/index.js';
import { createRng } from '../../../src/engine/rng.js';
import { contextFor, mean, rootMeanSquare, sampleStd } from './statistics.js';

describe('sparse (PyTorch sparse_, sparsity 0.1, std 0.01)', () => {
  const fanIn = 400;
  const fanOut = 300;
  const context = contextFor(fanIn, fanOut);
  const weights = initializers.sparse.init(createRng('sparse'), context);

  it('zeroes exactly ceil(0.1 * fanOut) = 30 weights in every input row', () => {
    for (let input = 0; input < fanIn; input++) {
      const row = weights.subarray(input * fanOut, (input + 1) * fanOut);
      expect(row.filter((weight) => weight === 0).length).toBe(30);
    }
  });

  it('rounds the zero count up: 0.1 * 25 units -> 3 zeros per input', () => {
    const small = initializers.sparse.init(createRng(2), contextFor(6, 25));
    for (let input = 0; input < 6; input++) {
      const row = small.subarray(input * 25, (input + 1) * 25);
      expect(row.filter((weight) => weight === 0).length).toBe(3);
    }
  });

  it('zeroes a single-unit layer entirely, as PyTorch (ceil(0.1 * 1) = 1)', () => {
    const single = initializers.sparse.init(createRng(3), contextFor(8, 1));
    expect(Array.from(single)).toEqual(new Array(8).fill(0));
    expect(initializers.sparse.std(contextFor(8, 1))).toBe(0);
  });

  it('chooses different units for different inputs', () => {
    const zeroSets = new Set<string>();
    for (let input = 0; input < fanIn; input++) {
      const row = Array.from(weights.subarray(input * fanOut, (input + 1) * fanOut));
      zeroSets.add(row.flatMap((weight, unit) => (weight === 0 ? [unit] : [])).join(','));
    }
    expect(zeroSets.size).toBe(fanIn);
  });

  it('draws the non-zero weights from N(0, 0.01^2)', () => {
    const nonZero = weights.filter((weight) => weight !== 0);
    expect(sampleStd(nonZero) / 0.01).toBeGreaterThan(0.98);
    expect(sampleStd(nonZero) / 0.01).toBeLessThan(1.02);
    expect(Math.abs(mean(nonZero))).toBeLessThan((5 * 0.01) / Math.sqrt(nonZero.length));
  });

  it('reports the RMS over all weights, zeros included, as std', () => {
    const expected = 0.01 * Math.sqrt(0.9);
    expect(initializers.sparse.std(context)).toBeCloseTo(expected, 14);
    expect(rootMeanSquare(weights) / expected).toBeGreaterThan(0.98);
    expect(rootMeanSquare(weights) / expected).toBeLessThan(1.02);
  });
});
