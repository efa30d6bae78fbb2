import type { Activation } from './activations.js';
import type { Layer } from './layer.js';
import { BufferPool } from './layer.js';
import type { Param } from './param.js';

/** Applies one activation element-wise; remembers its last input, output and incoming gradient. */
export class ActivationLayer implements Layer {
  readonly outputs: number;
  private readonly outputPool: BufferPool;
  private readonly gradientPool: BufferPool;
  /** The pre-activations of the last forward pass. */
  lastInput: Float64Array = new Float64Array(0);
  /** The activations of the last forward pass. */
  lastOutput: Float64Array = new Float64Array(0);
  /** dL/d(activations) of the last backward pass. */
  lastGradOutput: Float64Array = new Float64Array(0);

  constructor(
    readonly activation: Activation,
    readonly inputs: number,
  ) {
    this.outputs = inputs;
    this.outputPool = new BufferPool(inputs);
    this.gradientPool = new BufferPool(inputs);
  }

  forward(input: Float64Array, rows: number): Float64Array {
    const output = this.outputPool.get(rows);
    const f = this.activation.output;
    const size = rows * this.inputs;
    for (let i = 0; i < size; i++) output[i] = f(input[i]);
    this.lastInput = input;
    this.lastOutput = output;
    return output;
  }

  backward(gradOutput: Float64Array, rows: number): Float64Array {
    const gradInput = this.gradientPool.get(rows);
    const derivative = this.activation.derivative;
    const input = this.lastInput;
    const output = this.lastOutput;
    const size = rows * this.inputs;
    // dL/dx = dL/dy * f'(x)
    for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * derivative(input[i], output[i]);
    this.lastGradOutput = gradOutput;
    return gradInput;
  }

  params(): Param[] {
    return [];
  }
}
