import { describe, expect, it } from 'vitest';
import { Adam, createOptimizer, Momentum, Sgd } from '../../src/engine/optimizers/index.js';
import type { Param } from '../../src/engine/param.js';

const param = (values: number[], grads: number[]): Param => ({ name: 'p', value: Float64Array.from(values), grad: Float64Array.from(grads) });

describe('optimizers', () => {
  it('sgd: p - lr g', () => {
    const p = param([1, -2], [0.5, 4]);
    new Sgd(0.1).step([p]);
    expect(Array.from(p.value)).toEqual([1 - 0.05, -2 - 0.4]);
  });

  it('momentum: v = 0.9 v + g; p -= lr v, over two steps', () => {
    const p = param([1], [2]);
    const optimizer = new Momentum(0.1);
    optimizer.step([p]); // v = 2, p = 0.8
    expect(p.value[0]).toBeCloseTo(0.8, 15);
    p.grad[0] = 1;
    optimizer.step([p]); // v = 1.8 + 1 = 2.8, p = 0.8 - 0.28
    expect(p.value[0]).toBeCloseTo(0.52, 15);
  });

  it('adam: the first step moves each weight by lr * sign(g) (bias correction)', () => {
    const p = param([1, 1, 1], [0.001, -50, 3]);
    new Adam(0.01).step([p]);
    expect(p.value[0]).toBeCloseTo(0.99, 6);
    expect(p.value[1]).toBeCloseTo(1.01, 6);
    expect(p.value[2]).toBeCloseTo(0.99, 6);
  });

  it('adam: second step follows Kingma & Ba Algorithm 1', () => {
    const p = param([0], [1]);
    const adam = new Adam(0.1);
    adam.step([p]);
    p.grad[0] = -2;
    adam.step([p]);
    const m = 0.9 * 0.1 * 1 + 0.1 * -2;
    const v = 0.999 * 0.001 * 1 + 0.001 * 4;
    const afterFirst = -0.1 / (1 + 1e-8);
    const expected = afterFirst - (0.1 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8);
    expect(p.value[0]).toBeCloseTo(expected, 12);
  });

  it('createOptimizer builds each by name with its learning rate', () => {
    expect(createOptimizer('sgd', 0.3)).toBeInstanceOf(Sgd);
    expect(createOptimizer('momentum', 0.3)).toBeInstanceOf(Momentum);
    expect(createOptimizer('adam', 0.3).learningRate).toBe(0.3);
  });
});
