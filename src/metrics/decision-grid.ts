import type { DatasetSplit } from '../data/dataset.js';
import type { Network } from '../engine/network.js';

/** The rectangle of the input plane a decision map shows. */
export type PlaneBounds = { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number };

/** Class probabilities on a grid over the plane; row 0 is the top (largest y). */
export type DecisionGrid = {
  readonly columns: number;
  readonly rows: number;
  readonly classes: number;
  /** rows x columns x classes. */
  readonly probabilities: Float64Array;
  readonly bounds: PlaneBounds;
};

/** A 2-D split's points in [0, 1]^2 plot coordinates (y up), with their labels. */
export type PlotPoint = { readonly x: number; readonly y: number; readonly label: number };

/** Bounds that hold every point of a 2-input split, with a 10% margin on each side. */
export function planeBounds(split: DatasetSplit): PlaneBounds {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let r = 0; r < split.rows; r++) {
    const x = split.x[2 * r];
    const y = split.x[2 * r + 1];
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  const xMargin = Math.max(0.1 * (xMax - xMin), 0.1);
  const yMargin = Math.max(0.1 * (yMax - yMin), 0.1);
  return { xMin: xMin - xMargin, xMax: xMax + xMargin, yMin: yMin - yMargin, yMax: yMax + yMargin };
}

/** The split's points mapped into the bounds' [0, 1]^2 (y up). */
export function plotPoints(split: DatasetSplit, bounds: PlaneBounds): PlotPoint[] {
  return Array.from({ length: split.rows }, (_, r) => ({
    x: (split.x[2 * r] - bounds.xMin) / (bounds.xMax - bounds.xMin),
    y: (split.x[2 * r + 1] - bounds.yMin) / (bounds.yMax - bounds.yMin),
    label: split.y[r],
  }));
}

/**
 * The network's class probabilities at the centre of every cell of a columns x rows grid over
 * `bounds` (a 2-input network). One forward pass over all cells.
 */
export function decisionGrid(network: Network, bounds: PlaneBounds, columns: number, rows: number): DecisionGrid {
  const cells = columns * rows;
  const inputs = new Float64Array(cells * 2);
  for (let row = 0; row < rows; row++) {
    const y = bounds.yMax - ((row + 0.5) / rows) * (bounds.yMax - bounds.yMin);
    for (let column = 0; column < columns; column++) {
      const cell = row * columns + column;
      inputs[2 * cell] = bounds.xMin + ((column + 0.5) / columns) * (bounds.xMax - bounds.xMin);
      inputs[2 * cell + 1] = y;
    }
  }
  const classes = Math.max(2, network.config.classes);
  const probabilities = new Float64Array(cells * classes);
  network.probabilities(inputs, cells, probabilities);
  return { columns, rows, classes, probabilities, bounds };
}
