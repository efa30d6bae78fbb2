import { classConfidence, pointColor, regionColor } from './class-colors.js';
import { assertColorLevel, paint, truncateToWidth, type ColorLevel } from './color.js';
import { assertRenderSize } from './render-size.js';

/** Class probabilities sampled on a regular grid over the plot square. */
export type DecisionGrid = {
  /** Cells across; an integer >= 1. */
  readonly columns: number;
  /** Cells down; an integer >= 1. */
  readonly rows: number;
  /** Number of classes; an integer >= 2. */
  readonly classes: number;
  /** rows * columns * classes values, row-major; row 0 is the top (largest y). */
  readonly probabilities: Float64Array;
};

/** A training point in plot coordinates: x and y in [0, 1], y up; `label` its class. */
export type DecisionPoint = {
  readonly x: number;
  readonly y: number;
  readonly label: number;
};

/** Options of {@link renderDecisionMap}. */
export type DecisionMapOptions = {
  /** Columns drawn (>= 1); one grid column each when `grid.columns === width`. */
  readonly width: number;
  /** Lines drawn (>= 1); two grid rows each when `grid.rows === 2 * height`. */
  readonly height: number;
  /** Colours to use; 'none' writes no escape sequence. */
  readonly colorLevel: ColorLevel;
};

/** Characters per class for level 'none': [fairly sure, sure]; unsure cells are blank. */
export const regionCharacters: readonly (readonly [string, string])[] = [
  ['·', ':'],
  ['-', '#'],
  ["'", '"'],
  ['~', '%'],
  [',', ';'],
];
/** Point characters per class for level 'none'. */
export const pointCharacters: readonly string[] = ['o', 'x', '+', '*', '@', '&'];
/** Point character with colour. */
export const pointCharacter = '●';

/**
 * The network's prediction over the plot square as `height` lines of `width` cells.
 * With colour, each cell is '▀' whose foreground is the upper grid cell and background
 * the lower one, so one line shows two grid rows; a region's colour is grey tinted
 * toward its predicted class by confidence (2 classes: orange/blue as in TensorFlow
 * Playground). Points are '●' in a darker class colour. With level 'none', a cell
 * shows its class's character from {@link regionCharacters} (blank when unsure, then
 * light, then dense with confidence; the two grid rows are averaged) and points are
 * {@link pointCharacters}. The grid is sampled nearest-neighbour to fill the box.
 */
export function renderDecisionMap(
  grid: DecisionGrid,
  points: ReadonlyArray<DecisionPoint>,
  options: DecisionMapOptions,
): string[] {
  assertRenderSize(options);
  assertColorLevel(options.colorLevel);
  assertGrid(grid, points);
  const { width, height, colorLevel } = options;
  const { columns, rows, classes, probabilities } = grid;
  const cellOffset = (gridRow: number, gridColumn: number): number => (gridRow * columns + gridColumn) * classes;
  const gridColumnAt = (column: number): number => Math.floor((column * columns) / width);
  const gridRowAt = (halfLine: number): number => Math.floor((halfLine * rows) / (2 * height));

  const cells: string[][] = [];
  for (let line = 0; line < height; line += 1) {
    const row: string[] = [];
    for (let column = 0; column < width; column += 1) {
      const top = cellOffset(gridRowAt(2 * line), gridColumnAt(column));
      const bottom = cellOffset(gridRowAt(2 * line + 1), gridColumnAt(column));
      row.push(
        colorLevel === 'none'
          ? regionCharacter(probabilities, top, bottom, classes)
          : paint(
              '▀',
              {
                foreground: regionColor(probabilities, top, classes),
                background: regionColor(probabilities, bottom, classes),
              },
              colorLevel,
            ),
      );
    }
    cells.push(row);
  }

  for (const point of points) {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) continue;
    const column = Math.min(width - 1, Math.max(0, Math.floor(point.x * width)));
    const halfLine = Math.min(2 * height - 1, Math.max(0, Math.floor((1 - point.y) * 2 * height)));
    const line = Math.floor(halfLine / 2);
    cells[line]![column] =
      colorLevel === 'none'
        ? pointCharacters[point.label % pointCharacters.length]!
        : paint(
            pointCharacter,
            {
              foreground: pointColor(point.label),
              background: regionColor(probabilities, cellOffset(gridRowAt(halfLine), gridColumnAt(column)), classes),
            },
            colorLevel,
          );
  }
  return cells.map((row) => truncateToWidth(row.join(''), width));
}

/** Blank, light or dense character of the class predicted for the two averaged grid cells. */
function regionCharacter(probabilities: Float64Array, top: number, bottom: number, classes: number): string {
  const averaged = new Float64Array(classes);
  for (let index = 0; index < classes; index += 1) {
    averaged[index] = (probabilities[top + index]! + probabilities[bottom + index]!) / 2;
  }
  const { label, confidence } = classConfidence(averaged, 0, classes);
  if (confidence < 1 / 3) return ' ';
  const [light, dense] = regionCharacters[label % regionCharacters.length]!;
  return confidence < 2 / 3 ? light : dense;
}

function assertGrid(grid: DecisionGrid, points: ReadonlyArray<DecisionPoint>): void {
  for (const [name, value, lowest] of [
    ['columns', grid.columns, 1],
    ['rows', grid.rows, 1],
    ['classes', grid.classes, 2],
  ] as const) {
    if (!Number.isInteger(value) || value < lowest) {
      throw new RangeError(`grid.${name} must be an integer >= ${lowest}, got ${value}`);
    }
  }
  const expected = grid.rows * grid.columns * grid.classes;
  if (grid.probabilities.length !== expected) {
    throw new RangeError(
      `grid.probabilities must hold rows * columns * classes = ${expected} values, got ${grid.probabilities.length}`,
    );
  }
  for (const point of points) {
    if (!Number.isInteger(point.label) || point.label < 0 || point.label >= grid.classes) {
      throw new RangeError(`point label must be an integer in 0..${grid.classes - 1}, got ${point.label}`);
    }
  }
}
