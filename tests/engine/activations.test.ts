import { describe, expect, it } from 'vitest';
import { activationNames, activations, ELU_GAIN, GELU_GAIN, sigmoid } from '../../src/engine/activations.js';
import { expectGradientClose, FINITE_DIFFERENCE_STEP } from '../helpers/gradient-check.js';

const samplePoints = [-6, -3.1, -1.7, -0.9, -0.35, -0.02, 0.03, 0.4, 0.85, 1.3, 2.2, 4.5, 7];

describe('activations', () => {
  it.each(activationNames)('%s: derivative matches central differences', (name) => {
    const activation = activations[name];
    const step = FINITE_DIFFERENCE_STEP;
    for (const x of samplePoints) {
      const analytic = activation.derivative(x, activation.output(x));
      const numeric = (activation.output(x + step) - activation.output(x - step)) / (2 * step);
      expectGradientClose(analytic, numeric, `${name} at ${x}`);
    }
  });

  it('have the values of their formulas at known points', () => {
    expect(activations.relu.output(-2)).toBe(0);
    expect(activations.relu.output(3)).toBe(3);
    expect(activations['leaky-relu'].output(-2)).toBeCloseTo(-0.02, 15);
    expect(activations.tanh.output(0.5)).toBeCloseTo(Math.tanh(0.5), 15);
    expect(activations.sigmoid.output(0)).toBe(0.5);
    expect(activations.elu.output(-1)).toBeCloseTo(Math.exp(-1) - 1, 15);
    expect(activations.selu.output(1)).toBeCloseTo(1.0507009873554805, 15);
    expect(activations.selu.output(-1)).toBeCloseTo(1.0507009873554805 * 1.6732632423543772 * (Math.exp(-1) - 1), 14);
    // GELU tanh form at 1: 0.5 (1 + tanh(sqrt(2/pi) (1.044715)))
    expect(activations.gelu.output(1)).toBeCloseTo(0.8411919906082768, 12);
    expect(activations.linear.output(-4.2)).toBe(-4.2);
  });

  it('sigmoid does not overflow for large |x|', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(Number.isFinite(sigmoid(-800))).toBe(true);
  });

  it('carry PyTorch calculate_gain values', () => {
    expect(activations.linear.gain).toBe(1);
    expect(activations.sigmoid.gain).toBe(1);
    expect(activations.tanh.gain).toBeCloseTo(5 / 3, 15);
    expect(activations.relu.gain).toBeCloseTo(Math.sqrt(2), 15);
    expect(activations['leaky-relu'].gain).toBeCloseTo(Math.sqrt(2 / (1 + 0.01 ** 2)), 15);
    expect(activations.selu.gain).toBe(0.75);
  });

  it('elu and gelu gains are 1 / sqrt(E[f(z)^2]) for z ~ N(0,1), the rule that gives relu sqrt(2)', () => {
    const secondMoment = (f: (x: number) => number): number => {
      let total = 0;
      const step = 1e-3;
      for (let x = -12; x < 12; x += step) total += f(x) ** 2 * Math.exp((-x * x) / 2) * step;
      return total / Math.sqrt(2 * Math.PI);
    };
    expect(1 / Math.sqrt(secondMoment(activations.relu.output))).toBeCloseTo(Math.SQRT2, 6);
    expect(1 / Math.sqrt(secondMoment(activations.elu.output))).toBeCloseTo(ELU_GAIN, 6);
    expect(1 / Math.sqrt(secondMoment(activations.gelu.output))).toBeCloseTo(GELU_GAIN, 6);
    expect(activations.elu.gain).toBe(ELU_GAIN);
    expect(activations.gelu.gain).toBe(GELU_GAIN);
  });
});
