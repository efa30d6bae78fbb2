/**
 * The bucket (0..columns-1) of x = `position` when `[firstX, lastX]` is cut into `columns`
 * equal buckets; the chart column where a value measured there is drawn.
 */
export function bucketOf(position: number, columns: number, firstX: number, lastX: number): number {
  const span = lastX - firstX;
  return span > 0 ? Math.min(columns - 1, Math.max(0, Math.floor(((position - firstX) / span) * columns))) : 0;
}

/**
 * Resamples a series given at increasing x positions (training steps) to `columns`
 * evenly spaced buckets covering `[firstX, lastX]`, so a chart shows the whole run
 * rather than its tail. Each bucket holds the mean of its finite values; NaN values
 * are skipped. Empty buckets are filled by straight-line interpolation between the
 * nearest filled buckets (leading ones copy the first filled bucket), so a short run
 * is stretched across the width. The result ends at the last filled bucket, so a
 * series measured only early in the run stops early instead of being extended.
 * Returns `undefined` when no value is finite. With `firstX === lastX` everything
 * falls in bucket 0.
 */
export function resampleByPosition(
  positions: readonly number[],
  values: readonly number[],
  columns: number,
  firstX: number,
  lastX: number,
): number[] | undefined {
  const sums = new Float64Array(columns);
  const counts = new Uint32Array(columns);
  const length = Math.min(positions.length, values.length);
  for (let index = 0; index < length; index += 1) {
    const position = positions[index]!;
    const value = values[index]!;
    if (!Number.isFinite(position) || !Number.isFinite(value)) continue;
    const bucket = bucketOf(position, columns, firstX, lastX);
    sums[bucket] += value;
    counts[bucket] += 1;
  }
  const filled: number[] = [];
  for (let bucket = 0; bucket < columns; bucket += 1) if (counts[bucket]! > 0) filled.push(bucket);
  if (filled.length === 0) return undefined;
  const means = Array.from(sums, (sum, bucket) => (counts[bucket]! > 0 ? sum / counts[bucket]! : Number.NaN));
  let previous = -1;
  let nextIndex = 0;
  const lastFilled = filled[filled.length - 1]!;
  for (let bucket = 0; bucket < lastFilled; bucket += 1) {
    if (counts[bucket]! > 0) {
      previous = bucket;
      nextIndex += 1;
      continue;
    }
    const next = filled[nextIndex]!;
    if (previous < 0) means[bucket] = means[next]!;
    else {
      // straight line between the filled neighbours
      const fraction = (bucket - previous) / (next - previous);
      means[bucket] = means[previous]! + (means[next]! - means[previous]!) * fraction;
    }
  }
  return means.slice(0, lastFilled + 1);
}
