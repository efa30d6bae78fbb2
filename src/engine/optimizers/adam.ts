import type { Param } from '../param.js';
import type { Optimizer } from './optimizer.js';
import { ParamState } from './param-state.js';

/** Adam's running moments of one param. */
type Moments = { readonly first: Float64Array; readonly second: Float64Array };

/**
 * Adam (Kingma & Ba 2015, Algorithm 1) with bias correction:
 * m <- b1 m + (1 - b1) g; v <- b2 v + (1 - b2) g^2;
 * p <- p - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps). b1 0.9, b2 0.999, eps 1e-8.
 */
export class Adam implements Optimizer {
  readonly name = 'adam' as const;
  private readonly moments = new ParamState<Moments>((param) => ({
    first: new Float64Array(param.value.length),
    second: new Float64Array(param.value.length),
  }));
  private stepCount = 0;

  constructor(
    public learningRate: number,
    readonly beta1 = 0.9,
    readonly beta2 = 0.999,
    readonly epsilon = 1e-8,
  ) {}

  step(params: readonly Param[]): void {
    this.stepCount += 1;
    const { beta1, beta2, epsilon } = this;
    const firstCorrection = 1 - beta1 ** this.stepCount;
    const secondCorrection = 1 - beta2 ** this.stepCount;
    const lr = this.learningRate;
    for (let index = 0; index < params.length; index++) {
      const param = params[index];
      const { value, grad } = param;
      const { first, second } = this.moments.at(param, index);
      for (let i = 0; i < value.length; i++) {
        const g = grad[i];
        const m = beta1 * first[i] + (1 - beta1) * g;
        const v = beta2 * second[i] + (1 - beta2) * g * g;
        first[i] = m;
        second[i] = v;
        value[i] -= (lr * (m / firstCorrection)) / (Math.sqrt(v / secondCorrection) + epsilon);
      }
    }
  }
}
