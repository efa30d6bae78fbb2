import { sampleRamp, distanceRamp } from './color-ramp.js';
import { assertColorLevel, paint, truncateToWidth, type ColorLevel } from './color.js';
import { formatCompact } from './format-number.js';
import { pickEvenly } from './pick-evenly.js';
import { assertRenderSize } from './render-size.js';

/** Options of {@link renderHeatmap}. */
export type HeatmapOptions = {
  /** Columns available (>= 1). */
  readonly width: number;
  /** Lines available (>= 1), legend included. */
  readonly height: number;
  /** Colours to use; 'none' writes no escape sequence. */
  readonly colorLevel: ColorLevel;
  /** Distance drawn brightest; defaults to the largest finite entry of the matrix. */
  readonly scaleMax?: number;
  /**
   * Grow the cells (2k columns by k lines each) to fill the box when every unit fits at a
   * larger size, so a 4-unit layer reads at a glance. Default false: 2 x 1 cells.
   */
  readonly isFilling?: boolean;
  /** Draw the legend line ("0 ░▒▓█ 2.31"). Default true; small multiples leave it out for one more line of map. */
  readonly isLegendShown?: boolean;
};

/** What {@link renderHeatmap} drew. */
export type Heatmap = {
  /** At most `height` lines, each at most `width` columns. */
  readonly lines: string[];
  /** Unit indexes of the rows and columns drawn, increasing. */
  readonly shownUnits: number[];
  /** True when only some units fit and `shownUnits` is an evenly spaced subset. */
  readonly isSubset: boolean;
};

/** Shades for colour level 'none', from distance 0 to the scale maximum. */
export const heatmapShades: readonly string[] = [' ', '░', '▒', '▓', '█'];

const headerLines = 1;

/**
 * Draws a units x units matrix of distances between hidden units (row-major,
 * symmetric, zero diagonal) as cells two characters wide, so cells look square.
 * With colour, each cell is a background colour from dark blue (0) to yellow
 * (`scaleMax`); with level 'none' it is a doubled shade from {@link heatmapShades}:
 * exactly 0 is blank and any positive distance is at least '░', so a unit that
 * differs even slightly from another never looks identical to it. An all-zero matrix
 * (full symmetry) is uniformly blank. NaN cells show '??'.
 *
 * Row and column labels are added when they fit. When not every unit fits, an evenly
 * spaced subset (first and last included) is drawn and `isSubset` is true. The last
 * line is a legend: "0 ░▒▓█ 2.31" (the ramp, then the scale maximum), unless `isLegendShown` is false.
 */
export function renderHeatmap(matrix: Float64Array, units: number, options: HeatmapOptions): Heatmap {
  assertRenderSize(options);
  assertColorLevel(options.colorLevel);
  if (!Number.isInteger(units) || units < 0) throw new RangeError(`units must be an integer >= 0, got ${units}`);
  if (matrix.length !== units * units) {
    throw new RangeError(`matrix must hold units * units = ${units * units} entries, got ${matrix.length}`);
  }
  const { scaleMax } = options;
  if (scaleMax !== undefined && !(Number.isFinite(scaleMax) && scaleMax >= 0)) {
    throw new RangeError(`scaleMax must be a finite number >= 0, got ${scaleMax}`);
  }
  const { width, height, colorLevel } = options;
  const maximum = scaleMax ?? largestFinite(matrix);
  const legendLines = options.isLegendShown === false ? 0 : 1;

  const labelWidth = String(Math.max(0, units - 1)).length + 1;
  const fitWithLabels = Math.min(Math.floor((width - labelWidth) / 2), height - legendLines - headerLines);
  const fitWithout = Math.min(Math.floor(width / 2), height - legendLines);
  const canLabel = units <= 100;
  let count: number;
  let hasLabels: boolean;
  if (canLabel && units <= fitWithLabels) [count, hasLabels] = [units, true];
  else if (units <= fitWithout) [count, hasLabels] = [units, false];
  else if (canLabel && fitWithLabels >= 2) [count, hasLabels] = [fitWithLabels, true];
  else [count, hasLabels] = [Math.max(0, fitWithout), false];
  hasLabels &&= count > 0;
  if (options.isFilling && colorLevel !== 'none' && count < units) {
    // Half blocks: one column and half a line per unit ('▀', top unit in the foreground, the
    // next in the background) show twice as many units as 2 x 1 cells.
    const halfCount = Math.min(units, width, 2 * (height - legendLines));
    if (halfCount > count) return halfBlockHeatmap(matrix, units, pickEvenly(halfCount, units), maximum, options);
  }
  const shownUnits = pickEvenly(count, units);
  const isSubset = shownUnits.length < units;
  // Cell size k: each cell 2k columns by k lines, the largest that still fits (1 unless filling).
  const cellSize =
    options.isFilling && !isSubset && count > 0
      ? Math.max(
          1,
          Math.min(
            Math.floor((width - (hasLabels ? labelWidth : 0)) / (2 * count)),
            Math.floor((height - legendLines - (hasLabels ? headerLines : 0)) / count),
          ),
        )
      : 1;

  const lines: string[] = [];
  if (hasLabels) lines.push(' '.repeat(labelWidth) + columnHeader(shownUnits, 2 * cellSize));
  for (const row of shownUnits) {
    const cells = shownUnits.map((column) => drawCell(matrix[row * units + column]!, maximum, colorLevel, cellSize)).join('');
    for (let line = 0; line < cellSize; line++) {
      const isLabelLine = line === Math.floor((cellSize - 1) / 2);
      const label = hasLabels ? (isLabelLine ? `${String(row).padStart(labelWidth - 1)} ` : ' '.repeat(labelWidth)) : '';
      lines.push(label + cells);
    }
  }
  const note = isSubset ? `  (${shownUnits.length} of ${units} units)` : '';
  if (legendLines > 0) lines.push(legend(maximum, colorLevel) + note);
  return {
    lines: lines.slice(-height).map((line) => truncateToWidth(line, width)),
    shownUnits,
    isSubset,
  };
}

function halfBlockHeatmap(matrix: Float64Array, units: number, shownUnits: number[], maximum: number, options: HeatmapOptions): Heatmap {
  const { width, height, colorLevel } = options;
  const colorAt = (row: number, column: number) => sampleRamp(distanceRamp, fractionOf(matrix[row * units + column]!, maximum));
  const lines: string[] = [];
  for (let pair = 0; pair < shownUnits.length; pair += 2) {
    const top = shownUnits[pair]!;
    const bottom = shownUnits[pair + 1];
    lines.push(
      shownUnits
        .map((column) => paint('▀', { foreground: colorAt(top, column), ...(bottom === undefined ? {} : { background: colorAt(bottom, column) }) }, colorLevel))
        .join(''),
    );
  }
  const isSubset = shownUnits.length < units;
  if (options.isLegendShown !== false) lines.push(legend(maximum, colorLevel) + (isSubset ? `  (${shownUnits.length} of ${units} units)` : ''));
  return { lines: lines.slice(-height).map((line) => truncateToWidth(line, width)), shownUnits, isSubset };
}

function largestFinite(matrix: Float64Array): number {
  let largest = 0;
  for (const value of matrix) if (Number.isFinite(value) && value > largest) largest = value;
  return largest;
}

/** Fraction of the scale, 0..1; 0 when the scale is empty. */
function fractionOf(value: number, maximum: number): number {
  return maximum > 0 ? Math.min(1, Math.max(0, value / maximum)) : 0;
}

function drawCell(value: number, maximum: number, colorLevel: ColorLevel, cellSize: number): string {
  const cellWidth = 2 * cellSize;
  if (Number.isNaN(value)) return '?'.repeat(cellWidth);
  const fraction = fractionOf(value, maximum);
  if (colorLevel === 'none') {
    // 0 is blank; (0, 1/4) is ░, ..., [3/4, 1] is █
    const shade = fraction <= 0 ? 0 : 1 + Math.min(3, Math.floor(fraction * 4));
    return heatmapShades[shade]!.repeat(cellWidth);
  }
  return paint(' '.repeat(cellWidth), { background: sampleRamp(distanceRamp, fraction) }, colorLevel);
}

/** Column numbers left-aligned over their cells, skipping any that would touch the previous one. */
function columnHeader(shownUnits: readonly number[], cellWidth: number): string {
  let header = '';
  shownUnits.forEach((unit, column) => {
    const position = column * cellWidth;
    const text = String(unit);
    if (position >= (header.length === 0 ? 0 : header.length + 1)) header = header.padEnd(position) + text;
  });
  return header;
}

function legend(maximum: number, colorLevel: ColorLevel): string {
  const ramp =
    colorLevel === 'none'
      ? heatmapShades.slice(1).join('')
      : Array.from({ length: 8 }, (_, step) =>
          paint(' ', { background: sampleRamp(distanceRamp, step / 7) }, colorLevel),
        ).join('');
  return `0 ${ramp} ${formatCompact(maximum, 3)}`;
}
