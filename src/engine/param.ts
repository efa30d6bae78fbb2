/**
 * A trainable tensor with its gradient, the only thing optimizers see.
 * `value` and `grad` have the same length; the layer that owns it writes `grad` in `backward`.
 */
export type Param = {
  /** e.g. `layer1.weights`, `layer2.bias`. */
  readonly name: string;
  readonly value: Float64Array;
  readonly grad: Float64Array;
};
