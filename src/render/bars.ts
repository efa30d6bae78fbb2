import { assertColorLevel, paint, truncateToWidth, type ColorLevel, type Rgb } from './color.js';
import { formatCompact } from './format-number.js';
import { pickEvenly } from './pick-evenly.js';
import { assertRenderSize } from './render-size.js';

/** One layer's row of the signal panel: its signal statistics, as measured on a batch. */
export type SignalBar = {
  /** Name shown at the start of the line, e.g. "hidden 1". */
  readonly label: string;
  /** Standard deviation of the layer's activations. */
  readonly activationStd: number;
  /** L2 norm of the gradient of the loss with respect to the layer's weights. */
  readonly weightGradientNorm: number;
  /** Fraction (0..1) of activations in a flat, saturated region (e.g. |tanh| > 0.99). */
  readonly saturatedFraction: number;
  /** Fraction (0..1) of units that output zero for the whole batch (dead ReLUs). */
  readonly deadFraction: number;
};

/** Options of {@link renderSignalBars}. */
export type SignalBarsOptions = {
  /** Columns available (>= 1). */
  readonly width: number;
  /** Lines available (>= 1). */
  readonly height: number;
  /** Colours to use; 'none' writes no escape sequence. */
  readonly colorLevel: ColorLevel;
};

/** The fixed log10 range of every bar: an empty bar is 1e-8 or less, a full one 1e2 or more. */
export const signalBarRange = { lowestLog10: -8, highestLog10: 2 } as const;

/** A value below this fraction of the first layer's is marked "vanishing". */
export const vanishingRatio = 1e-3;
/** A value above this multiple of the first layer's, or above it outright, is marked "exploding". */
export const explodingRatio = 1e3;

const activationColor: Rgb = [80, 200, 200];
const gradientColor: Rgb = [200, 120, 255];
const warningColor: Rgb = [255, 90, 90];
const noticeColor: Rgb = [230, 200, 80];
const partialBlocks = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const widestBar = 24;
const widestLabel = 12;
const valueWidth = 7;

/**
 * One line per layer: its label, a bar of the activation std ("act") and one of the
 * weight-gradient norm ("grad"), each on the log scale {@link signalBarRange} drawn in
 * eighth blocks and followed by its value, then marks: "grad vanishing" / "act
 * vanishing" below {@link vanishingRatio} times the first layer's value, "… exploding"
 * above {@link explodingRatio} times it or above 1e3 outright, "… NaN", and "sat 12%" /
 * "dead 40%" when those fractions are non-zero. Values are dropped before bars get
 * shorter than 4 cells. With more layers than lines, the first, the last and evenly
 * spaced middle layers are shown above a "(n of m layers)" line.
 */
export function renderSignalBars(layers: ReadonlyArray<SignalBar>, options: SignalBarsOptions): string[] {
  assertRenderSize(options);
  assertColorLevel(options.colorLevel);
  const { width, height, colorLevel } = options;
  if (layers.length === 0) return [];
  const isSubset = layers.length > height;
  const shown = pickEvenly(isSubset ? height - 1 : layers.length, layers.length);
  const first = layers[0]!;
  const labelWidth = Math.min(widestLabel, Math.max(0, ...shown.map((index) => layers[index]!.label.length)));
  const marks = shown.map((index) => layerMarks(layers[index]!, first));
  const marksWidth = Math.max(0, ...marks.map((list) => (list.length > 0 ? 1 + list.join(' ').length : 0)));

  // label + " act " + bar [+ " " + value] + " grad " + bar [+ " " + value] + marks
  let hasValues = true;
  let barWidth = Math.floor((width - labelWidth - 11 - 2 * (valueWidth + 1) - marksWidth) / 2);
  if (barWidth < 4) {
    hasValues = false;
    barWidth = Math.floor((width - labelWidth - 11 - marksWidth) / 2);
  }
  barWidth = Math.max(1, Math.min(widestBar, barWidth));

  const lines = shown.map((index, position) => {
    const layer = layers[index]!;
    const label = layer.label.slice(0, labelWidth).padEnd(labelWidth);
    const activation = signal(layer.activationStd, barWidth, hasValues, activationColor, colorLevel);
    const gradient = signal(layer.weightGradientNorm, barWidth, hasValues, gradientColor, colorLevel);
    const markText = marks[position]!.map((mark) =>
      paint(mark, { foreground: mark.includes('%') ? noticeColor : warningColor }, colorLevel),
    );
    return [`${label} act ${activation} grad ${gradient}`, ...markText].join(' ');
  });
  if (isSubset) lines.push(`(${shown.length} of ${layers.length} layers)`);
  return lines.slice(-height).map((line) => truncateToWidth(line, width));
}

function signal(value: number, barWidth: number, hasValues: boolean, color: Rgb, colorLevel: ColorLevel): string {
  const bar = paint(drawBar(value, barWidth), { foreground: color }, colorLevel);
  return hasValues ? `${bar} ${formatCompact(value, 2).padStart(valueWidth)}` : bar;
}

/** A bar `barWidth` cells wide filled in eighths by log10(value) over {@link signalBarRange}. */
function drawBar(value: number, barWidth: number): string {
  const { lowestLog10, highestLog10 } = signalBarRange;
  const fraction = value > 0 ? (Math.log10(value) - lowestLog10) / (highestLog10 - lowestLog10) : 0;
  const eighths = Number.isNaN(fraction) ? 0 : Math.round(Math.min(1, Math.max(0, fraction)) * barWidth * 8);
  const bar = '█'.repeat(Math.floor(eighths / 8)) + partialBlocks[eighths % 8]!;
  return bar.padEnd(barWidth);
}

function layerMarks(layer: SignalBar, first: SignalBar): string[] {
  const marks = [
    trend('grad', layer.weightGradientNorm, first.weightGradientNorm),
    trend('act', layer.activationStd, first.activationStd),
  ].filter((mark): mark is string => mark !== undefined);
  if (layer.saturatedFraction > 0) marks.push(`sat ${percent(layer.saturatedFraction)}`);
  if (layer.deadFraction > 0) marks.push(`dead ${percent(layer.deadFraction)}`);
  return marks;
}

/** "vanishing" or "exploding" relative to the first layer's value, or undefined. */
function trend(name: string, value: number, reference: number): string | undefined {
  if (Number.isNaN(value)) return `${name} NaN`;
  const hasReference = Number.isFinite(reference) && reference > 0;
  if (value > explodingRatio || (hasReference && value > explodingRatio * reference)) return `${name} exploding`;
  if (hasReference && value < vanishingRatio * reference) return `${name} vanishing`;
  return undefined;
}

function percent(fraction: number): string {
  const value = Math.min(100, fraction * 100);
  return value < 1 ? '<1%' : `${Math.round(value)}%`;
}
