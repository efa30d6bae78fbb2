import type { Param } from '../param.js';
import type { Optimizer } from './optimizer.js';

/** Plain stochastic gradient descent (Robbins & Monro 1951): p <- p - lr * g. */
export class Sgd implements Optimizer {
  readonly name = 'sgd' as const;

  constructor(public learningRate: number) {}

  step(params: readonly Param[]): void {
    const lr = this.learningRate;
    for (let index = 0; index < params.length; index++) {
      const { value, grad } = params[index];
      for (let i = 0; i < value.length; i++) value[i] -= lr * grad[i];
    }
  }
}
