import type { Activation, ActivationName } from './activations.js';
import { activations, LEAKY_RELU_SLOPE } from './activations.js';

/** output[i] = f(input[i]) for i < size. */
export type ForwardLoop = (input: Float64Array, output: Float64Array, size: number) => void;
/** gradInput[i] = gradOutput[i] * f'(input[i], output[i]) for i < size: dL/dx = dL/dy * f'(x). */
export type BackwardLoop = (
  gradOutput: Float64Array,
  input: Float64Array,
  output: Float64Array,
  gradInput: Float64Array,
  size: number,
) => void;

/** The element-wise loops of one activation. */
export type ActivationLoops = { readonly forward: ForwardLoop; readonly backward: BackwardLoop };

const { linear, sigmoid, tanh, elu, selu, gelu } = activations;
/** leaky-relu's slope for x <= 0 and for x > 0. */
const leakySlopes = Float64Array.of(LEAKY_RELU_SLOPE, 1);

/**
 * One copy of each loop per activation. Most look alike on purpose: each calls its own
 * record's function from its own call site, so V8 sees a single target there and inlines it
 * (one shared loop calling `activation.output` would see every activation of the process and
 * pay a real call per element); their maths stays in activations.ts. relu and leaky-relu are
 * written out branch-free instead, with the same results bit for bit.
 */
const loopsByName: Readonly<Record<ActivationName, ActivationLoops>> = {
  linear: {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = linear.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * linear.derivative(input[i], output[i]);
    },
  },
  sigmoid: {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = sigmoid.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * sigmoid.derivative(input[i], output[i]);
    },
  },
  tanh: {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = tanh.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * tanh.derivative(input[i], output[i]);
    },
  },
  relu: {
    // Branch-free forms of relu's output and derivative: on random-signed inputs a branch on
    // x > 0 mispredicts half the time, which costs more than the arithmetic. x * [x > 0] + 0
    // is x, or +0 for x <= 0 (the + 0 turns -0 into +0); NaN and -Infinity give NaN there,
    // which maps to 0 as relu does. Tests check both bit for bit against the record.
    forward: (input, output, size) => {
      for (let i = 0; i < size; i++) {
        const x = input[i];
        const y = x * Number(x > 0) + 0;
        output[i] = y === y ? y : 0;
      }
    },
    backward: (gradOutput, input, _output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * Number(input[i] > 0);
    },
  },
  'leaky-relu': {
    // Branch-free, as relu: the factor is picked by index, slopes[x > 0] = x > 0 ? 1 : slope.
    forward: (input, output, size) => {
      for (let i = 0; i < size; i++) {
        const x = input[i];
        output[i] = x * leakySlopes[Number(x > 0)];
      }
    },
    backward: (gradOutput, input, _output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * leakySlopes[Number(input[i] > 0)];
    },
  },
  elu: {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = elu.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * elu.derivative(input[i], output[i]);
    },
  },
  selu: {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = selu.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * selu.derivative(input[i], output[i]);
    },
  },
  gelu: {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = gelu.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * gelu.derivative(input[i], output[i]);
    },
  },
};

/**
 * The loops for `activation`: its own copies when it is one of the registered records, else
 * a generic pair that calls `activation.output` / `activation.derivative` (same results, slower).
 */
export function loopsFor(activation: Activation): ActivationLoops {
  if (activations[activation.name] === activation) return loopsByName[activation.name];
  return {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = activation.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * activation.derivative(input[i], output[i]);
    },
  };
}
