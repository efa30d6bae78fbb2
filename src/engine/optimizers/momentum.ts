import type { Param } from '../param.js';
import type { Optimizer } from './optimizer.js';
import { ParamState } from './param-state.js';

/**
 * SGD with heavy-ball momentum (Polyak 1964; Sutskever et al. 2013), as PyTorch's SGD with
 * `momentum`: v <- mu * v + g; p <- p - lr * v. mu = 0.9.
 */
export class Momentum implements Optimizer {
  readonly name = 'momentum' as const;
  private readonly velocities = new ParamState((param) => new Float64Array(param.value.length));

  constructor(
    public learningRate: number,
    readonly momentum = 0.9,
  ) {}

  step(params: readonly Param[]): void {
    const lr = this.learningRate;
    const mu = this.momentum;
    for (let index = 0; index < params.length; index++) {
      const param = params[index];
      const { value, grad } = param;
      const velocity = this.velocities.at(param, index);
      for (let i = 0; i < value.length; i++) {
        velocity[i] = mu * velocity[i] + grad[i];
        value[i] -= lr * velocity[i];
      }
    }
  }
}
