import type { Param } from '../param.js';

/** One optimizer: state of its own, and a step that updates every param from its grad. */
export type Optimizer = {
  readonly name: OptimizerName;
  /** Learning rate; may be changed between steps. */
  learningRate: number;
  step(params: readonly Param[]): void;
};

/** Every optimizer, in menu order. */
export const optimizerNames = ['sgd', 'momentum', 'adam'] as const;
/** The name of one of the optimizers. */
export type OptimizerName = (typeof optimizerNames)[number];
