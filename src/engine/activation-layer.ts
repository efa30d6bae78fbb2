import type { ActivationLoops } from './activation-loops.js';
import { loopsFor } from './activation-loops.js';
import type { Activation } from './activations.js';
import type { Layer } from './layer.js';
import { BufferPool } from './layer.js';
import type { Param } from './param.js';

/** Applies one activation element-wise; remembers its last input, output and incoming gradient. */
export class ActivationLayer implements Layer {
  readonly outputs: number;
  private readonly outputPool: BufferPool;
  private readonly gradientPool: BufferPool;
  /** The activation's element-wise loops, chosen once (see activation-loops.ts). */
  private readonly loops: ActivationLoops;
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
    this.loops = loopsFor(activation);
  }

  forward(input: Float64Array, rows: number): Float64Array {
    const output = this.outputPool.get(rows);
    this.loops.forward(input, output, rows * this.inputs);
    this.lastInput = input;
    this.lastOutput = output;
    return output;
  }

  backward(gradOutput: Float64Array, rows: number): Float64Array {
    const gradInput = this.gradientPool.get(rows);
    // dL/dx = dL/dy * f'(x)
    this.loops.backward(gradOutput, this.lastInput, this.lastOutput, gradInput, rows * this.inputs);
    this.lastGradOutput = gradOutput;
    return gradInput;
  }

  params(): Param[] {
    return [];
  }
}
