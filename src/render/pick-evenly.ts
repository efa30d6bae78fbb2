/**
 * `count` indexes spread evenly over `0..total-1`, always including the first and the
 * last (for count >= 2), in increasing order and without repeats. Used to show a
 * representative subset of hidden units or layers when not all of them fit.
 * `count` is clamped to `0..total`.
 */
export function pickEvenly(count: number, total: number): number[] {
  const chosen = Math.max(0, Math.min(Math.floor(count), Math.floor(total)));
  if (chosen === 0) return [];
  if (chosen === 1) return [0];
  const indexes: number[] = [];
  for (let position = 0; position < chosen; position += 1) {
    indexes.push(Math.round((position * (total - 1)) / (chosen - 1)));
  }
  return indexes;
}
