/**
 * A progress bar of `barWidth` cells with the count and the time left, estimated from the mean
 * time per finished item: `[#####···············] 12/48 runs · 8 s left` (no time before the
 * first item or after the last).
 */
export function progressBar(finished: number, total: number, elapsedMilliseconds: number, what = 'runs', barWidth = 20): string {
  const filled = total > 0 ? Math.min(barWidth, Math.round((finished / total) * barWidth)) : barWidth;
  const left = finished > 0 && finished < total ? ` · ${Math.ceil(((elapsedMilliseconds / finished) * (total - finished)) / 1000)} s left` : '';
  return `[${'#'.repeat(filled)}${'·'.repeat(barWidth - filled)}] ${finished}/${total} ${what}${left}`;
}
