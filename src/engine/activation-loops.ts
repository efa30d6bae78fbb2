import type { Activation, ActivationName } from './activations.js';
import { activations } from './activations.js';

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

const { linear, sigmoid, tanh, relu, elu, selu, gelu } = activations;
const leakyRelu = activations['leaky-relu'];

/**
 * One copy of each loop per activation. The loops look alike on purpose: each calls its own
 * record's function from its own call site, so V8 sees a single target there and inlines it
 * (one shared loop calling `activation.output` would see every activation of the process and
 * pay a real call per element). The maths stays in activations.ts.
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
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = relu.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * relu.derivative(input[i], output[i]);
    },
  },
  'leaky-relu': {
    forward: (input, output, size) => { for (let i = 0; i < size; i++) output[i] = leakyRelu.output(input[i]); },
    backward: (gradOutput, input, output, gradInput, size) => {
      for (let i = 0; i < size; i++) gradInput[i] = gradOutput[i] * leakyRelu.derivative(input[i], output[i]);
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
