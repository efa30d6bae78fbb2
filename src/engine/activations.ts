/**
 * Hidden-layer activations, keyed by name as in TensorFlow Playground's `{output, der}` maps.
 * `output(x)` maps a pre-activation to an activation; `derivative(x, y)` is dy/dx given both
 * the pre-activation x and the activation y = output(x) (whichever is cheaper to use).
 * `gain` is the factor PyTorch's `calculate_gain` gives for the activation, used by the
 * kaiming initializers (std = gain / sqrt(fan_in)).
 */
export type Activation = {
  readonly name: ActivationName;
  readonly label: string;
  readonly formula: string;
  readonly gain: number;
  /** True where a unit can saturate (|y| near its bound): sigmoid and tanh. */
  readonly isSaturating: boolean;
  /** True where a unit can die (output exactly 0 for every input): relu. */
  readonly canDie: boolean;
  output(x: number): number;
  derivative(x: number, y: number): number;
};

/** Every hidden-layer activation, in menu order. */
export const activationNames = [
  'linear',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'elu',
  'selu',
  'gelu',
] as const;

/** The name of one of the hidden-layer activations. */
export type ActivationName = (typeof activationNames)[number];

/** Slope of leaky-relu for negative inputs (PyTorch's default). */
export const LEAKY_RELU_SLOPE = 0.01;
/** SELU constants from Klambauer et al. 2017 (as in PyTorch). */
export const SELU_ALPHA = 1.6732632423543772848170429916717;
export const SELU_SCALE = 1.0507009873554804934193349852946;
const GELU_C = Math.sqrt(2 / Math.PI);

/**
 * Gain for elu and gelu, which PyTorch's `calculate_gain` does not define. We use the rule
 * that gives relu exactly sqrt(2): g = 1 / sqrt(E[f(z)^2]) for z ~ N(0, 1), the gain at which
 * a layer with Var(w) = g^2 / fan_in keeps its pre-activations at unit variance
 * (Var(z') = fan_in * Var(w) * E[f(z)^2] = 1). Computed by quadrature; tests recompute it.
 */
export const ELU_GAIN = 1.24519830070101;
/** See {@link ELU_GAIN}. */
export const GELU_GAIN = 1.5335805216666016;

/** The logistic function 1 / (1 + e^-x), without overflow for large |x|. */
export function sigmoid(x: number): number {
  // Two branches keep exp() from overflowing for large |x|.
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Every activation by name. */
export const activations: Readonly<Record<ActivationName, Activation>> = {
  linear: {
    name: 'linear',
    label: 'Linear (identity)',
    formula: 'f(x) = x',
    gain: 1,
    isSaturating: false,
    canDie: false,
    output: (x) => x,
    derivative: () => 1,
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    formula: 'f(x) = 1 / (1 + e^-x)',
    gain: 1,
    isSaturating: true,
    canDie: false,
    output: sigmoid,
    derivative: (_x, y) => y * (1 - y),
  },
  tanh: {
    name: 'tanh',
    label: 'Tanh',
    formula: 'f(x) = tanh(x)',
    gain: 5 / 3,
    isSaturating: true,
    canDie: false,
    output: Math.tanh,
    derivative: (_x, y) => 1 - y * y,
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    formula: 'f(x) = max(0, x)',
    gain: Math.SQRT2,
    isSaturating: false,
    canDie: true,
    output: (x) => (x > 0 ? x : 0),
    derivative: (x) => (x > 0 ? 1 : 0),
  },
  'leaky-relu': {
    name: 'leaky-relu',
    label: 'Leaky ReLU (0.01)',
    formula: 'f(x) = x if x > 0 else 0.01 x',
    gain: Math.sqrt(2 / (1 + LEAKY_RELU_SLOPE * LEAKY_RELU_SLOPE)),
    isSaturating: false,
    canDie: false,
    output: (x) => (x > 0 ? x : LEAKY_RELU_SLOPE * x),
    derivative: (x) => (x > 0 ? 1 : LEAKY_RELU_SLOPE),
  },
  elu: {
    name: 'elu',
    label: 'ELU',
    formula: 'f(x) = x if x > 0 else e^x - 1',
    gain: ELU_GAIN,
    isSaturating: false,
    canDie: false,
    output: (x) => (x > 0 ? x : Math.expm1(x)),
    derivative: (x, y) => (x > 0 ? 1 : y + 1),
  },
  selu: {
    name: 'selu',
    label: 'SELU',
    formula: 'f(x) = 1.0507 (x if x > 0 else 1.6733 (e^x - 1))',
    gain: 3 / 4,
    isSaturating: false,
    canDie: false,
    output: (x) => (x > 0 ? SELU_SCALE * x : SELU_SCALE * SELU_ALPHA * Math.expm1(x)),
    derivative: (x, y) => (x > 0 ? SELU_SCALE : y + SELU_SCALE * SELU_ALPHA),
  },
  gelu: {
    name: 'gelu',
    label: 'GELU (tanh form)',
    formula: 'f(x) = x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))',
    gain: GELU_GAIN,
    isSaturating: false,
    canDie: false,
    output: (x) => 0.5 * x * (1 + Math.tanh(GELU_C * (x + 0.044715 * x * x * x))),
    derivative: (x) => {
      const t = Math.tanh(GELU_C * (x + 0.044715 * x * x * x));
      // d/dx [x/2 (1 + t)] = (1 + t)/2 + x/2 (1 - t^2) sqrt(2/pi) (1 + 3 * 0.044715 x^2)
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * GELU_C * (1 + 0.134145 * x * x);
    },
  },
};

/** True if `name` is one of {@link activationNames}. */
export function isActivationName(name: string): name is ActivationName {
  return (activationNames as readonly string[]).includes(name);
}
