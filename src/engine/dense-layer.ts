import type { Layer } from './layer.js';
import { BufferPool } from './layer.js';
import { activeKernels as kernels } from './matrix.js';
import type { Param } from './param.js';

/**
 * A fully connected layer Z = X · W + b, with W stored fanIn x fanOut (unit j's incoming
 * weights are column j) and b of length fanOut.
 */
export class DenseLayer implements Layer {
  readonly weights: Param;
  readonly bias: Param;
  private readonly outputPool: BufferPool;
  private readonly inputGradientPool: BufferPool;
  private lastInput: Float64Array = new Float64Array(0);

  /**
   * @param name prefix of the parameter names, e.g. `layer1`
   * @param needsInputGradient false for the first layer, whose input gradient nobody reads
   */
  constructor(
    name: string,
    readonly inputs: number,
    readonly outputs: number,
    private readonly needsInputGradient = true,
  ) {
    this.weights = { name: `${name}.weights`, value: new Float64Array(inputs * outputs), grad: new Float64Array(inputs * outputs) };
    this.bias = { name: `${name}.bias`, value: new Float64Array(outputs), grad: new Float64Array(outputs) };
    this.outputPool = new BufferPool(outputs);
    this.inputGradientPool = new BufferPool(inputs);
  }

  forward(input: Float64Array, rows: number): Float64Array {
    this.lastInput = input;
    const output = this.outputPool.get(rows);
    // Z = X · W + b
    kernels.multiply(input, this.weights.value, output, rows, this.inputs, this.outputs, this.bias.value);
    return output;
  }

  backward(gradOutput: Float64Array, rows: number): Float64Array {
    // dL/dW = X^T · dL/dZ, and dL/db = sum over rows of dL/dZ
    kernels.multiplyTransposedLeft(this.lastInput, gradOutput, this.weights.grad, rows, this.inputs, this.outputs, this.bias.grad);
    const gradInput = this.inputGradientPool.get(rows);
    // dL/dX = dL/dZ · W^T
    if (this.needsInputGradient) kernels.multiplyTransposedRight(gradOutput, this.weights.value, gradInput, rows, this.outputs, this.inputs);
    return gradInput;
  }

  params(): Param[] {
    return [this.weights, this.bias];
  }
}
