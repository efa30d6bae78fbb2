/**
 * Splits `total` items over classes as evenly as their capacities allow: every class gets
 * the same share, earlier classes take the remainder one each, and a class that runs out
 * (capacity reached) passes its share on to the others. The result sums to
 * min(total, sum of capacities). Use `Infinity` for a class without a limit.
 */
export function balancedCounts(total: number, capacities: readonly number[]): number[] {
  const counts = capacities.map(() => 0);
  const available = capacities.reduce((sum, capacity) => sum + capacity, 0);
  let remaining = Math.min(total, available);
  while (remaining > 0) {
    const open = counts.flatMap((count, index) => (count < capacities[index] ? [index] : []));
    const share = Math.floor(remaining / open.length);
    if (share === 0) {
      // Fewer items left than open classes: one more each for the first ones.
      for (const index of open.slice(0, remaining)) counts[index] += 1;
      break;
    }
    for (const index of open) {
      const added = Math.min(share, capacities[index] - counts[index]);
      counts[index] += added;
      remaining -= added;
    }
  }
  return counts;
}
