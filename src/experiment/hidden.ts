import { ConfigError } from './config-error.js';

/** Widest hidden layer accepted. */
export const MAX_WIDTH = 4096;
/** Deepest network accepted (hidden layers). */
export const MAX_DEPTH = 200;

/**
 * Parses hidden-layer widths: `4`, `16,16`, `64x20` (20 layers of 64), combinations such as
 * `32,64x3`, `none` (no hidden layer), or an array of numbers. Throws {@link ConfigError}
 * starting with `where` (e.g. `command line: --hidden`).
 */
export function parseHidden(value: string | readonly number[], where = 'hidden'): number[] {
  const fail = (what: string): never => {
    throw new ConfigError(
      `${where} ${what}; use widths like "4", "16,16", "64x20" (20 layers of 64) or "none", each width 1 to ${MAX_WIDTH}, at most ${MAX_DEPTH} layers`,
    );
  };
  let widths: number[] = [];
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === 'none') return [];
    // An empty value (an unset shell variable) is a mistake, not a request for no hidden layer.
    if (text === '') fail('is empty');
    for (const part of text.split(',')) {
      const match = /^\s*(\d+)\s*(?:[x*]\s*(\d+))?\s*$/.exec(part);
      if (!match) fail(`'${value}' is not understood`);
      const width = Number(match![1]);
      const repeat = match![2] === undefined ? 1 : Number(match![2]);
      if (repeat < 1 || repeat > MAX_DEPTH) fail(`'${part.trim()}' repeats a layer ${repeat} times`);
      for (let i = 0; i < repeat; i++) widths.push(width);
      if (widths.length > MAX_DEPTH) fail(`'${value}' has more than ${MAX_DEPTH} layers`);
    }
  } else {
    widths = [...value];
  }
  for (const width of widths) {
    if (!Number.isInteger(width) || width < 1 || width > MAX_WIDTH) fail(`width ${width} is out of range`);
  }
  if (widths.length > MAX_DEPTH) fail(`has ${widths.length} layers`);
  return widths;
}

/** Widths as the shortest text `parseHidden` reads back (`64x20`, `16,16`, `none`). */
export function formatHidden(widths: readonly number[]): string {
  if (widths.length === 0) return 'none';
  const parts: string[] = [];
  for (let i = 0; i < widths.length; ) {
    let run = 1;
    while (i + run < widths.length && widths[i + run] === widths[i]) run++;
    parts.push(run > 2 ? `${widths[i]}x${run}` : Array(run).fill(widths[i]).join(','));
    i += run;
  }
  return parts.join(',');
}
