import { formatCompact } from './format-number.js';

/**
 * Labels for `rows` chart rows from `top` (row 0) down to `bottom`, in chart
 * coordinates; `toValue` maps a coordinate to the number shown (identity for a linear
 * axis, `10 ** x` for a log axis). Uses the fewest significant digits (2..6) that
 * keep neighbouring labels distinct, and right-aligns them to one width of at least
 * `minimumWidth` characters.
 */
export function makeAxisLabels(
  top: number,
  bottom: number,
  rows: number,
  toValue: (coordinate: number) => number,
  minimumWidth = 3,
): string[] {
  const coordinates = Array.from({ length: rows }, (_, row) =>
    rows > 1 ? top - ((top - bottom) * row) / (rows - 1) : (top + bottom) / 2,
  );
  let labels: string[] = [];
  for (let digits = 2; digits <= 6; digits += 1) {
    labels = coordinates.map((coordinate) => formatCompact(toValue(coordinate), digits));
    const isDistinct = labels.every((label, row) => row === 0 || label !== labels[row - 1]);
    if (isDistinct) break;
  }
  const width = Math.max(minimumWidth, ...labels.map((label) => label.length));
  return labels.map((label) => label.padStart(width));
}
