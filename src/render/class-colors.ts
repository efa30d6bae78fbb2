import { mixRgb } from './color-ramp.js';
import type { Rgb } from './color.js';

/** Background of an undecided region (TensorFlow Playground's middle grey, #e8eaeb). */
export const undecidedColor: Rgb = [232, 234, 235];

/**
 * Strong colour per class, by label modulo the list length: class 0 orange and class 1
 * blue as in TensorFlow Playground (#f59322, #0877bd), then the other Tableau 10 hues.
 */
export const classColors: readonly Rgb[] = [
  [245, 147, 34],
  [8, 119, 189],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [188, 189, 34],
  [23, 190, 207],
  [127, 127, 127],
];

/** Share of the class colour at full confidence, so points stay visible on top. */
const regionTint = 0.6;

/** The strong colour of class `label`. */
export function classColor(label: number): Rgb {
  return classColors[label % classColors.length]!;
}

/** A point's colour: its class colour darkened by a third, to stand out on a tinted region. */
export function pointColor(label: number): Rgb {
  return mixRgb(classColor(label), [0, 0, 0], 0.35);
}

/**
 * The predicted class of one grid cell and how sure the network is: 0 at uniform
 * probabilities, 1 when one class has probability 1. `probabilities` holds
 * `classes` entries starting at `offset`.
 */
export function classConfidence(
  probabilities: Float64Array,
  offset: number,
  classes: number,
): { readonly label: number; readonly confidence: number } {
  let label = 0;
  for (let index = 1; index < classes; index += 1) {
    if (probabilities[offset + index]! > probabilities[offset + label]!) label = index;
  }
  // rescale p_max from [1/k, 1] to [0, 1]
  const chance = 1 / classes;
  const confidence = (probabilities[offset + label]! - chance) / (1 - chance);
  return { label, confidence: Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence)) : 0 };
}

/** Region colour of one grid cell: undecided grey tinted toward the predicted class. */
export function regionColor(probabilities: Float64Array, offset: number, classes: number): Rgb {
  const { label, confidence } = classConfidence(probabilities, offset, classes);
  return mixRgb(undecidedColor, classColor(label), regionTint * confidence);
}
