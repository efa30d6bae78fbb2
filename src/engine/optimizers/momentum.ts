import type { Param } from '../param.js';
import type { Optimizer } from './optimizer.js';

/**
 * SGD with heavy-ball momentum (Polyak 1964; Sutskever et al. 2013), as PyTorch's SGD with
 * `momentum`: v <- mu * v + g; p <- p - lr * v. mu = 0.9.
 */
export class Momentum implements Optimizer {
  readonly name = 'momentum' as const;
  private readonly velocities = new Map<Param, Float64Array>();

  constructor(
    public learningRate: number,
    readonly momentum = 0.9,
  ) {}

  step(params: readonly Param[]): void {
    const lr = this.learningRate;
    const mu = this.momentum;
    for (const param of params) {
      const { value, grad } = param;
      let velocity = this.velocities.get(param);
      if (!velocity) {
        velocity = new Float64Array(value.length);
        this.velocities.set(param, velocity);
      }
      for (let i = 0; i < value.length; i++) {
        velocity[i] = mu * velocity[i] + grad[i];
        value[i] -= lr * velocity[i];
      }
    }
  }
}
