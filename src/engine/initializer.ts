import type { Activation } from './activations.js';
import type { Rng } from './rng.js';
import type { WeightShape } from './shape.js';

/** What an initializer knows about the layer it fills. */
export type InitContext = {
  /** fanIn x fanOut of the weight matrix (see {@link WeightShape} for the layout). */
  readonly shape: WeightShape;
  /** The network's hidden activation (kaiming's `nonlinearity`); used for every layer. */
  readonly activation: Activation;
  /**
   * `--init-scale`: for `constant` the value, for `uniform` the half width, for `normal` and
   * `truncated-normal` the std, for every other method a multiplier on the weights. Default 1.
   */
  readonly scale: number;
  /** 0-based index of the layer among the layers with weights (output layer last). */
  readonly layerIndex: number;
  /** How many layers have weights. */
  readonly layerCount: number;
};

/**
 * A network seen by a data-dependent initializer (LSUV): it can run the calibration batch
 * forward and rescale one layer's weights.
 */
export type CalibrationTarget = {
  /** How many layers have weights (output layer last). */
  readonly layerCount: number;
  /** Runs the calibration batch forward and returns layer `layer`'s pre-activations (rows x units). */
  preActivations(layer: number): Float64Array;
  /** Multiplies every weight of layer `layer` (not its bias) by `factor`. */
  scaleLayerWeights(layer: number, factor: number): void;
};

/** What a calibration did, per layer. */
export type CalibrationReport = ReadonlyArray<{
  readonly layer: number;
  readonly passes: number;
  readonly finalVariance: number;
}>;

/**
 * One weight-initialization method, keyed by `name` so presets and menus refer to it by name.
 * Biases are not its business: they are set separately (`--bias`).
 */
export type Initializer = {
  readonly name: string;
  readonly label: string;
  /** The rule as plain text, e.g. `U(-a, a), a = sqrt(6 / (fan_in + fan_out))`. */
  readonly formula: string;
  /** Paper or library the rule follows. */
  readonly reference: string;
  /** One line on when it is the right choice. */
  readonly whenToUse: string;
  /** Returns a new fanIn * fanOut row-major weight matrix. */
  init(rng: Rng, context: InitContext): Float64Array;
  /** The std of the weights `init` gives for this context (by formula, before calibration). */
  std(context: InitContext): number;
  /** Data-dependent second phase (LSUV), run once the whole network is built. */
  calibrate?(target: CalibrationTarget): CalibrationReport;
};
