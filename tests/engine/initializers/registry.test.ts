import { describe, expect, it } from 'vitest';
import { activations } from '../../../src/engine/activations.js';
import { initializers, initNames, isInitName } from '../../../src/engine/initializers/index.js';
import type { InitName } from '../../../src/engine/initializers/index.js';
import { createRng } from '../../../src/engine/rng.js';
import { contextFor, rootMeanSquare } from './statistics.js';

const deterministic: ReadonlySet<InitName> = new Set([
  'zeros',
  'ones',
  'constant',
  'identity',
  'zero-hadamard',
]);
const shapes = [
  [400, 300],
  [300, 400],
  [7, 3],
  [1, 1],
] as const;

describe('initializer registry', () => {
  it('lists every method in menu order', () => {
    const expected =
      'zeros ones constant uniform normal truncated-normal playground pytorch-default' +
      ' xavier-uniform xavier-normal he-uniform he-normal lecun-uniform lecun-normal' +
      ' kaiming-uniform kaiming-normal orthogonal identity sparse lsuv zero-hadamard';
    expect(initNames).toEqual(expected.split(' '));
    expect(Object.keys(initializers).sort()).toEqual([...initNames].sort());
  });

  it('recognizes names', () => {
    expect(isInitName('he-normal')).toBe(true);
    expect(isInitName('he_normal')).toBe(false);
    expect(isInitName('')).toBe(false);
  });

  for (const name of initNames) {
    describe(name, () => {
      const initializer = initializers[name];

      it('is keyed by its own name and describes itself', () => {
        expect(initializer.name).toBe(name);
        expect(initializer.label.length).toBeGreaterThan(0);
        for (const text of [initializer.formula, initializer.reference, initializer.whenToUse]) {
          expect(text.length).toBeGreaterThan(20);
        }
        expect(initializer.calibrate !== undefined).toBe(name === 'lsuv');
      });

      it('returns a new fanIn * fanOut array each call', () => {
        const context = contextFor(7, 3);
        const first = initializer.init(createRng(1), context);
        const second = initializer.init(createRng(1), context);
        expect(first).toBeInstanceOf(Float64Array);
        expect(first.length).toBe(21);
        expect(first).not.toBe(second);
      });

      it('is reproducible from the seed, and random methods differ across seeds', () => {
        const context = contextFor(40, 30);
        const first = initializer.init(createRng('a'), context);
        expect(initializer.init(createRng('a'), context)).toEqual(first);
        const other = initializer.init(createRng('b'), context);
        if (deterministic.has(name)) expect(other).toEqual(first);
        else expect(other).not.toEqual(first);
      });

      it('applies the init scale as specified', () => {
        const base = initializer.init(createRng(5), contextFor(20, 10));
        const scaled = initializer.init(createRng(5), contextFor(20, 10, { scale: 2.5 }));
        scaled.forEach((weight, index) => {
          if (name === 'zeros') expect(weight).toBe(0);
          else if (name === 'constant') expect(weight).toBe(2.5);
          else expect(weight).toBeCloseTo(2.5 * base[index], 12); // a multiplier
        });
      });

      for (const [fanIn, fanOut] of shapes) {
        it(`std(context) matches the weights' RMS on ${fanIn} x ${fanOut}`, () => {
          const context = contextFor(fanIn, fanOut, { scale: 0.7, activation: activations.tanh });
          const weights = initializer.init(createRng(`std-${name}`), context);
          const expected = initializer.std(context);
          if (name === 'ones' || name === 'constant') {
            expect(expected).toBe(0); // no spread: every weight is the same
          } else if (deterministic.has(name) || name === 'orthogonal' || name === 'lsuv') {
            expect(expected).toBeCloseTo(rootMeanSquare(weights), 12);
          } else if (fanIn * fanOut >= 100_000) {
            expect(rootMeanSquare(weights) / expected).toBeGreaterThan(0.98);
            expect(rootMeanSquare(weights) / expected).toBeLessThan(1.02);
          } else {
            // Too few weights for a statistical check; a std of 0 must mean all zeros.
            expect(Number.isFinite(expected) && expected >= 0).toBe(true);
            if (expected === 0) expect(rootMeanSquare(weights)).toBe(0);
          }
        });
      }
    });
  }
});
