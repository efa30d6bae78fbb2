import { describe, expect, it } from 'vitest';
import { activations } from '../../../src/engine/activations.js';
import type { InitContext } from '../../../src/engine/initializer.js';
import { initializers, TRUNCATED_NORMAL_STD } from '../../../src/engine/initializers/index.js';
import type { InitName } from '../../../src/engine/initializers/index.js';
import { createRng } from '../../../src/engine/rng.js';
import {
  contextFor,
  maxAbsolute,
  maximum,
  mean,
  minimum,
  sampleStd,
} from './statistics.js';

const FAN_IN = 400;
const FAN_OUT = 300;
const SAMPLES = FAN_IN * FAN_OUT;
const relu = activations.relu;
const tanh = activations.tanh;

/** Expected std by the paper/library formula, written out independently of the source. */
const randomCases: ReadonlyArray<{
  name: InitName;
  expectedStd: number;
  kind: 'uniform' | 'normal' | 'truncated';
  context?: InitContext;
}> = [
  { name: 'uniform', expectedStd: 1 / Math.sqrt(3), kind: 'uniform' },
  { name: 'normal', expectedStd: 1, kind: 'normal' },
  { name: 'truncated-normal', expectedStd: 1, kind: 'truncated' },
  { name: 'playground', expectedStd: 0.5 / Math.sqrt(3), kind: 'uniform' },
  { name: 'pytorch-default', expectedStd: 1 / Math.sqrt(3 * FAN_IN), kind: 'uniform' },
  { name: 'xavier-uniform', expectedStd: Math.sqrt(2 / (FAN_IN + FAN_OUT)), kind: 'uniform' },
  { name: 'xavier-normal', expectedStd: Math.sqrt(2 / (FAN_IN + FAN_OUT)), kind: 'normal' },
  { name: 'he-uniform', expectedStd: Math.sqrt(2 / FAN_IN), kind: 'uniform' },
  { name: 'he-normal', expectedStd: Math.sqrt(2 / FAN_IN), kind: 'truncated' },
  { name: 'lecun-uniform', expectedStd: Math.sqrt(1 / FAN_IN), kind: 'uniform' },
  { name: 'lecun-normal', expectedStd: Math.sqrt(1 / FAN_IN), kind: 'truncated' },
  { name: 'kaiming-uniform', expectedStd: Math.SQRT2 / Math.sqrt(FAN_IN), kind: 'uniform' },
  { name: 'kaiming-normal', expectedStd: Math.SQRT2 / Math.sqrt(FAN_IN), kind: 'normal' },
  {
    name: 'kaiming-uniform',
    expectedStd: 5 / 3 / Math.sqrt(FAN_IN),
    kind: 'uniform',
    context: contextFor(FAN_IN, FAN_OUT, { activation: tanh }),
  },
  {
    name: 'kaiming-normal',
    expectedStd: 5 / 3 / Math.sqrt(FAN_IN),
    kind: 'normal',
    context: contextFor(FAN_IN, FAN_OUT, { activation: tanh }),
  },
];

describe('random initializers on a 400 x 300 layer', () => {
  for (const { name, expectedStd, kind, context: given } of randomCases) {
    const context = given ?? contextFor(FAN_IN, FAN_OUT, { activation: relu });
    describe(`${name} (${context.activation.name})`, () => {
      const weights = initializers[name].init(createRng(`stats-${name}`), context);

      it('has mean 0 within 5 standard errors', () => {
        expect(Math.abs(mean(weights))).toBeLessThan((5 * expectedStd) / Math.sqrt(SAMPLES));
      });

      it('has the std of its formula within 2%', () => {
        expect(sampleStd(weights) / expectedStd).toBeGreaterThan(0.98);
        expect(sampleStd(weights) / expectedStd).toBeLessThan(1.02);
      });

      it('reports that std from std(context)', () => {
        expect(initializers[name].std(context)).toBeCloseTo(expectedStd, 12);
      });

      if (kind === 'uniform') {
        it('stays inside U(-a, a), a = sqrt(3) std, and reaches both edges', () => {
          const bound = Math.sqrt(3) * expectedStd;
          expect(maxAbsolute(weights)).toBeLessThanOrEqual(bound * (1 + 1e-12));
          expect(maximum(weights)).toBeGreaterThan(bound * (1 - 1e-3));
          expect(minimum(weights)).toBeLessThan(-bound * (1 - 1e-3));
        });
      }
      if (kind === 'truncated') {
        it('never goes beyond 2 untruncated std but gets close to it', () => {
          const limit = (2 * expectedStd) / TRUNCATED_NORMAL_STD;
          expect(maxAbsolute(weights)).toBeLessThanOrEqual(limit * (1 + 1e-12));
          expect(maxAbsolute(weights)).toBeGreaterThan(limit * 0.99);
        });
      }
      if (kind === 'normal') {
        it('has tails beyond 2 std (it is not truncated)', () => {
          const beyond = weights.filter((weight) => Math.abs(weight) > 2 * expectedStd).length;
          // P(|z| > 2) = 0.0455 for a normal; 0 for a truncated one.
          expect(beyond / SAMPLES).toBeGreaterThan(0.04);
          expect(beyond / SAMPLES).toBeLessThan(0.051);
        });
      }
    });
  }

  it('kaiming std follows the activation gain (tanh 5/3 vs relu sqrt 2)', () => {
    for (const name of ['kaiming-uniform', 'kaiming-normal'] as const) {
      const withTanh = initializers[name].init(
        createRng(1),
        contextFor(FAN_IN, FAN_OUT, { activation: tanh }),
      );
      const withRelu = initializers[name].init(
        createRng(1),
        contextFor(FAN_IN, FAN_OUT, { activation: relu }),
      );
      // Same seed, so the ratio is exactly the ratio of gains.
      expect(sampleStd(withTanh) / sampleStd(withRelu)).toBeCloseTo(5 / 3 / Math.SQRT2, 10);
    }
  });
});
