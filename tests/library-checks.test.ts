import { describe, expect, it } from 'vitest';
import { ConfigError, createNetwork, createOptimizer, experimentConfig, runExperiment, Session } from '../src/index.js';
import type { NetworkOptions } from '../src/index.js';

const base: NetworkOptions = { inputs: 2, hidden: [4], classes: 2, activation: 'tanh', init: 'xavier-uniform', seed: 1 };
const xor = { x: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]), y: Int32Array.from([0, 1, 1, 0]), rows: 4 };

describe('the library checks its inputs at the boundary', () => {
  it.each([
    [{ hidden: [0] }, /hidden\[0\] must be a whole number from 1/],
    [{ hidden: [Number.NaN] }, /hidden\[0\] must be a whole number/],
    [{ hidden: [2.5] }, /hidden\[0\] must be a whole number/],
    [{ inputs: 0 }, /inputs must be a whole number from 1/],
    [{ activation: 'swish' }, /unknown activation 'swish'; valid: linear, sigmoid, tanh/],
    [{ init: 'bogus' }, /unknown init 'bogus'; valid: zeros, ones/],
    [{ initScale: Number.NaN }, /initScale must be a finite number >= 0/],
    [{ bias: Number.POSITIVE_INFINITY }, /bias must be a finite number/],
    [{ biasInit: 'gaussian' }, /unknown biasInit 'gaussian'/],
  ])('createNetwork(%j) throws a RangeError naming it', (change, message) => {
    expect(() => createNetwork({ ...base, ...change } as NetworkOptions)).toThrow(RangeError);
    expect(() => createNetwork({ ...base, ...change } as NetworkOptions)).toThrow(message);
  });

  it('a batch that does not fit the network is refused before it can touch the weights', () => {
    const network = createNetwork(base);
    const optimizer = createOptimizer('sgd', 0.5);
    const before = network.weights();
    const bad = [
      [{ ...xor, x: xor.x.subarray(0, 6) }, /x holds 6 values, too few for 4 rows of 2 inputs/],
      [{ ...xor, y: xor.y.subarray(0, 3) }, /y holds 3 labels, too few for 4 rows/],
      [{ ...xor, rows: 9 }, /too few for 9 rows/],
      [{ ...xor, y: Int32Array.from([0, 1, 2, 0]) }, /y\[2\] is 2; labels must be 0 to 1/],
      [{ ...xor, x: Float64Array.from([0, 0, Number.NaN, 1, 1, 0, 1, 1]) }, /x\[2\] \(row 1\) is NaN; inputs must be finite/],
      [{ ...xor, x: Float64Array.from([0, 0, 0, 1, Number.POSITIVE_INFINITY, 0, 1, 1]) }, /x\[4\] \(row 2\) is Infinity/],
      [{ ...xor, rows: 1.5 }, /rows must be a whole number/],
    ] as const;
    for (const [batch, message] of bad) {
      expect(() => network.trainStep(batch, optimizer)).toThrow(message);
      expect(() => network.evaluate(batch)).toThrow(message);
    }
    expect(network.weights()).toEqual(before);
    expect(Number.isFinite(network.trainStep(xor, optimizer))).toBe(true);
  });

  it('probabilities refuses a buffer too small for rows x classes', () => {
    const network = createNetwork(base);
    expect(() => network.probabilities(xor.x, 4, new Float64Array(7))).toThrow(/at least rows x classes = 8 values, got 7/);
    const out = new Float64Array(8);
    network.probabilities(xor.x, 4, out);
    for (let row = 0; row < 4; row++) expect(out[2 * row] + out[2 * row + 1]).toBeCloseTo(1, 12);
  });

  it('createOptimizer refuses an unknown name and a learning rate that is not a positive number', () => {
    expect(() => createOptimizer('bogus' as 'sgd', 0.1)).toThrow(/unknown optimizer 'bogus'; valid: sgd, momentum, adam/);
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => createOptimizer('adam', rate)).toThrow(/learningRate must be a finite number > 0/);
  });

  it('runExperiment and Session refuse a hand-made config with a bad or missing key (no endless loop at logEvery 0)', () => {
    const config = experimentConfig({ steps: 200 });
    expect(() => runExperiment({ ...config, logEvery: 0 })).toThrow(ConfigError);
    expect(() => runExperiment({ ...config, logEvery: 0 })).toThrow(/config: logEvery must be at least 1/);
    expect(() => new Session({ ...config, lr: Number.NaN })).toThrow(/config: lr must be a .*number/);
    const { steps: _steps, ...missing } = config;
    expect(() => new Session(missing as typeof config)).toThrow(/config: steps .*missing: build configs with experimentConfig/);
    expect(runExperiment(config).summary.steps).toBeGreaterThan(0);
  });
});
