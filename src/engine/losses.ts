import { sigmoid } from './activations.js';

/**
 * A loss over a batch of logits. The output nonlinearity (sigmoid or softmax) is folded into
 * the loss so that its gradient is the stable `probability - target`.
 */
export type Loss = {
  readonly name: LossName;
  readonly label: string;
  /** Logits per row: 1 for binary, `classes` for softmax. */
  outputsFor(classes: number): number;
  /**
   * Mean loss over `rows` rows; if `gradient` is given, writes dLoss/dLogits into it
   * (rows x outputs, already divided by rows).
   */
  evaluate(logits: Float64Array, labels: Int32Array, rows: number, outputs: number, gradient?: Float64Array): number;
  /** Writes class probabilities (rows x classes) for the logits. */
  probabilities(logits: Float64Array, rows: number, outputs: number, out: Float64Array): void;
  /** Predicted class of one row. */
  predict(logits: Float64Array, row: number, outputs: number): number;
};

/** Every loss; the task picks one (see {@link lossForClasses}). */
export const lossNames = ['binary-cross-entropy', 'softmax-cross-entropy'] as const;
/** The name of one of the losses. */
export type LossName = (typeof lossNames)[number];

/** One sigmoid unit with binary cross-entropy: L = mean(log(1 + e^z) - y z). */
export const binaryCrossEntropy: Loss = {
  name: 'binary-cross-entropy',
  label: 'sigmoid + binary cross-entropy',
  outputsFor: () => 1,
  evaluate(logits, labels, rows, _outputs, gradient) {
    let total = 0;
    for (let r = 0; r < rows; r++) {
      const z = logits[r];
      const y = labels[r];
      // One exp serves both terms without overflow: with e = e^-|z|,
      // log(1 + e^z) = max(z, 0) + log1p(e), and sigmoid(z) = 1 / (1 + e) for z >= 0, e / (1 + e) below.
      const e = Math.exp(-Math.abs(z));
      const softplus = z > 0 ? z + Math.log1p(e) : Math.log1p(e);
      total += softplus - y * z;
      // dL/dz = (sigmoid(z) - y) / rows
      if (gradient) gradient[r] = ((z >= 0 ? 1 / (1 + e) : e / (1 + e)) - y) / rows;
    }
    return total / rows;
  },
  probabilities(logits, rows, _outputs, out) {
    for (let r = 0; r < rows; r++) {
      const p = sigmoid(logits[r]);
      out[2 * r] = 1 - p;
      out[2 * r + 1] = p;
    }
  },
  predict: (logits, row) => (logits[row] > 0 ? 1 : 0),
};

/** log(sum_c e^z_c) over one row's logits, shifted by the row's max so exp() cannot overflow. */
function logSumExp(logits: Float64Array, offset: number, outputs: number): number {
  let max = -Infinity;
  for (let c = 0; c < outputs; c++) if (logits[offset + c] > max) max = logits[offset + c];
  let sum = 0;
  for (let c = 0; c < outputs; c++) sum += Math.exp(logits[offset + c] - max);
  return max + Math.log(sum);
}

/** Softmax with cross-entropy: L = mean(logsumexp(z) - z_y). */
export const softmaxCrossEntropy: Loss = {
  name: 'softmax-cross-entropy',
  label: 'softmax + cross-entropy',
  outputsFor: (classes) => classes,
  evaluate(logits, labels, rows, outputs, gradient) {
    let total = 0;
    for (let r = 0; r < rows; r++) {
      const offset = r * outputs;
      const normalizer = logSumExp(logits, offset, outputs);
      total += normalizer - logits[offset + labels[r]];
      if (gradient) {
        // dL/dz_c = (softmax_c - [c == y]) / rows
        for (let c = 0; c < outputs; c++) {
          const p = Math.exp(logits[offset + c] - normalizer);
          gradient[offset + c] = (p - (c === labels[r] ? 1 : 0)) / rows;
        }
      }
    }
    return total / rows;
  },
  probabilities(logits, rows, outputs, out) {
    for (let r = 0; r < rows; r++) {
      const offset = r * outputs;
      const normalizer = logSumExp(logits, offset, outputs);
      // softmax_c = e^(z_c - logsumexp(z))
      for (let c = 0; c < outputs; c++) out[offset + c] = Math.exp(logits[offset + c] - normalizer);
    }
  },
  predict(logits, row, outputs) {
    const offset = row * outputs;
    let best = 0;
    for (let c = 1; c < outputs; c++) if (logits[offset + c] > logits[offset + best]) best = c;
    return best;
  },
};

/** Every loss by name. */
export const losses: Readonly<Record<LossName, Loss>> = {
  'binary-cross-entropy': binaryCrossEntropy,
  'softmax-cross-entropy': softmaxCrossEntropy,
};

/** The loss the task calls for: 2 classes -> one sigmoid unit, more -> softmax. */
export function lossForClasses(classes: number): Loss {
  return classes === 2 ? binaryCrossEntropy : softmaxCrossEntropy;
}
