import type { Param } from '../param.js';
import type { Optimizer } from './optimizer.js';

/**
 * Adam (Kingma & Ba 2015, Algorithm 1) with bias correction:
 * m <- b1 m + (1 - b1) g; v <- b2 v + (1 - b2) g^2;
 * p <- p - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps). b1 0.9, b2 0.999, eps 1e-8.
 */
export class Adam implements Optimizer {
  readonly name = 'adam' as const;
  private readonly moments = new Map<Param, { first: Float64Array; second: Float64Array }>();
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
    for (const param of params) {
      const { value, grad } = param;
      let moment = this.moments.get(param);
      if (!moment) {
        moment = { first: new Float64Array(value.length), second: new Float64Array(value.length) };
        this.moments.set(param, moment);
      }
      const { first, second } = moment;
      for (let i = 0; i < value.length; i++) {
        const g = grad[i];
        first[i] = beta1 * first[i] + (1 - beta1) * g;
        second[i] = beta2 * second[i] + (1 - beta2) * g * g;
        value[i] -= (lr * (first[i] / firstCorrection)) / (Math.sqrt(second[i] / secondCorrection) + epsilon);
      }
    }
  }
}
