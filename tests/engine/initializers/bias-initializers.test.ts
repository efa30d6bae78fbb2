import { describe, expect, it } from 'vitest';
import { biasInitializers, biasInitNames } from '../../../src/engine/bias-initializers.js';
import { Network } from '../../../src/engine/network.js';
import { createRng } from '../../../src/engine/rng.js';
import { maxAbsolute, mean, rootMeanSquare, sampleStd } from './statistics.js';

const COUNT = 200_000;

describe('bias initializers', () => {
  it('constant sets every bias to the value', () => {
    const biases = biasInitializers.constant.init(createRng(1), 10, 7, 0.25);
    expect(Array.from(biases)).toEqual(new Array(7).fill(0.25));
    expect(biasInitializers.constant.secondMoment(10, 0.25)).toBe(0.0625);
  });

  it('uniform draws U(-B, B): mean 0, std B / sqrt(3), bounded by B', () => {
    const biases = biasInitializers.uniform.init(createRng(2), 10, COUNT, 0.3);
    expect(Math.abs(mean(biases))).toBeLessThan(4 * (0.3 / Math.sqrt(3)) / Math.sqrt(COUNT));
    expect(sampleStd(biases) / (0.3 / Math.sqrt(3))).toBeCloseTo(1, 2);
    expect(maxAbsolute(biases)).toBeLessThanOrEqual(0.3);
    expect(maxAbsolute(biases)).toBeGreaterThan(0.299);
    expect(biasInitializers.uniform.secondMoment(10, 0.3)).toBeCloseTo(0.03, 15);
  });

  it('normal draws N(0, B^2)', () => {
    const biases = biasInitializers.normal.init(createRng(3), 10, COUNT, 0.5);
    expect(Math.abs(mean(biases))).toBeLessThan(4 * 0.5 / Math.sqrt(COUNT));
    expect(sampleStd(biases) / 0.5).toBeCloseTo(1, 2);
    // A normal has kurtosis 3: E[b^4] / E[b^2]^2.
    const fourth = mean(Array.from(biases, (value) => value ** 4));
    expect(fourth / rootMeanSquare(biases) ** 4).toBeCloseTo(3, 1);
  });

  it('pytorch-default draws U(-1/sqrt(fan_in), 1/sqrt(fan_in)) whatever --bias says', () => {
    const fanIn = 64;
    const biases = biasInitializers['pytorch-default'].init(createRng(4), fanIn, COUNT, 5);
    expect(maxAbsolute(biases)).toBeLessThanOrEqual(1 / 8);
    expect(sampleStd(biases) / (1 / Math.sqrt(3 * fanIn))).toBeCloseTo(1, 2);
    expect(biasInitializers['pytorch-default'].secondMoment(fanIn, 5)).toBeCloseTo(1 / (3 * fanIn), 15);
  });

  it('a network draws its biases from their own streams: the weights are the same for every bias init', () => {
    const build = (biasInit: (typeof biasInitNames)[number]) =>
      new Network({ inputs: 3, hidden: [16, 8], classes: 2, activation: 'tanh', init: 'he-normal', bias: 0.1, biasInit }, createRng('7/init')).weights();
    const constant = build('constant');
    for (const name of biasInitNames) {
      const layers = build(name);
      layers.forEach((layer, index) => expect(layer.weights).toEqual(constant[index].weights));
    }
    expect(constant[0].bias).toEqual(new Array(16).fill(0.1));
    const pytorch = build('pytorch-default');
    expect(pytorch[0].bias.every((value) => Math.abs(value) <= 1 / Math.sqrt(3))).toBe(true);
    expect(new Set(pytorch[1].bias).size).toBe(8);
    expect(pytorch[1].bias.every((value) => Math.abs(value) <= 1 / 4)).toBe(true);
  });

  it('biases are reproducible from the seed', () => {
    const build = () => new Network({ inputs: 2, hidden: [5], classes: 2, activation: 'relu', init: 'normal', bias: 0.2, biasInit: 'normal' }, createRng('9/init')).weights();
    expect(build()).toEqual(build());
  });
});
