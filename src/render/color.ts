/**
 * Terminal colour for the pure-text renderers: escape sequences for one colour level,
 * and ANSI-aware width helpers. Every function here returns plain strings.
 */

/** How many colours the terminal shows. `'none'` means no escape sequence at all. */
export type ColorLevel = 'none' | '16' | '256' | 'truecolor';

/** Every colour level, from fewest colours to most. */
export const colorLevels: readonly ColorLevel[] = ['none', '16', '256', 'truecolor'];

/** A colour as red, green and blue channels, each an integer in 0..255. */
export type Rgb = readonly [red: number, green: number, blue: number];

/** Foreground and background colours for {@link paint}; either may be left out. */
export type Paint = {
  readonly foreground?: Rgb;
  readonly background?: Rgb;
};

// xterm's default values for the 16 basic colours (indexes 0..7 normal, 8..15 bright).
const basicPalette: readonly Rgb[] = [
  [0, 0, 0], [205, 0, 0], [0, 205, 0], [205, 205, 0],
  [0, 0, 238], [205, 0, 205], [0, 205, 205], [229, 229, 229],
  [127, 127, 127], [255, 0, 0], [0, 255, 0], [255, 255, 0],
  [92, 92, 255], [255, 0, 255], [0, 255, 255], [255, 255, 255],
];

// Channel values of the xterm 6x6x6 colour cube (indexes 16..231).
const cubeLevels = [0, 95, 135, 175, 215, 255];

function squaredDistance(first: Rgb, second: Rgb): number {
  const red = first[0] - second[0];
  const green = first[1] - second[1];
  const blue = first[2] - second[2];
  return red * red + green * green + blue * blue;
}

function nearestCubeIndex(channel: number): number {
  let best = 0;
  for (let index = 1; index < cubeLevels.length; index += 1) {
    if (Math.abs(cubeLevels[index]! - channel) < Math.abs(cubeLevels[best]! - channel)) best = index;
  }
  return best;
}

/**
 * The xterm 256-colour index nearest to `rgb`: the closer of the 6x6x6 cube (16..231)
 * and the 24-step grey ramp (232..255, grey value 8 + 10k).
 */
export function rgbToAnsi256(rgb: Rgb): number {
  const red = nearestCubeIndex(rgb[0]);
  const green = nearestCubeIndex(rgb[1]);
  const blue = nearestCubeIndex(rgb[2]);
  const cube: Rgb = [cubeLevels[red]!, cubeLevels[green]!, cubeLevels[blue]!];
  const mean = (rgb[0] + rgb[1] + rgb[2]) / 3;
  const greyStep = Math.min(23, Math.max(0, Math.round((mean - 8) / 10)));
  const greyValue = 8 + 10 * greyStep;
  const grey: Rgb = [greyValue, greyValue, greyValue];
  return squaredDistance(rgb, grey) < squaredDistance(rgb, cube)
    ? 232 + greyStep
    : 16 + 36 * red + 6 * green + blue;
}

/** The basic colour index (0..15) nearest to `rgb` in xterm's default palette. */
export function rgbToAnsi16(rgb: Rgb): number {
  let best = 0;
  for (let index = 1; index < basicPalette.length; index += 1) {
    if (squaredDistance(rgb, basicPalette[index]!) < squaredDistance(rgb, basicPalette[best]!)) best = index;
  }
  return best;
}

function colorCode(rgb: Rgb, level: ColorLevel, isBackground: boolean): string {
  const channels = rgb.map((channel) => Math.min(255, Math.max(0, Math.round(channel))));
  switch (level) {
    case 'none':
      return '';
    case '16': {
      const index = rgbToAnsi16(rgb);
      const base = isBackground ? (index < 8 ? 40 : 92) : index < 8 ? 30 : 82;
      return `\u001b[${base + index}m`;
    }
    case '256':
      return `\u001b[${isBackground ? 48 : 38};5;${rgbToAnsi256(rgb)}m`;
    case 'truecolor':
      return `\u001b[${isBackground ? 48 : 38};2;${channels.join(';')}m`;
    default:
      throw new RangeError(`Unknown colour level ${JSON.stringify(level)}; allowed: ${colorLevels.join(', ')}`);
  }
}

/** The escape sequence that sets the foreground to `rgb` at `level` (`''` for `'none'`). */
export function foregroundCode(rgb: Rgb, level: ColorLevel): string {
  return colorCode(rgb, level, false);
}

/** The escape sequence that sets the background to `rgb` at `level` (`''` for `'none'`). */
export function backgroundCode(rgb: Rgb, level: ColorLevel): string {
  return colorCode(rgb, level, true);
}

/**
 * `text` wrapped in the escapes for `colors` at `level`, followed by the matching resets
 * (39 for foreground, 49 for background). Returns `text` unchanged for `'none'`.
 */
export function paint(text: string, colors: Paint, level: ColorLevel): string {
  if (level === 'none' || text === '') return text;
  let start = '';
  let end = '';
  if (colors.foreground !== undefined) {
    start += foregroundCode(colors.foreground, level);
    end += '\u001b[39m';
  }
  if (colors.background !== undefined) {
    start += backgroundCode(colors.background, level);
    end += '\u001b[49m';
  }
  return start + text + end;
}

/** Throws unless `level` is one of {@link colorLevels}. */
export function assertColorLevel(level: ColorLevel): void {
  if (!colorLevels.includes(level)) {
    throw new RangeError(`Unknown colour level ${JSON.stringify(level)}; allowed: ${colorLevels.join(', ')}`);
  }
}

// CSI sequences (colours, cursor moves) and OSC sequences (titles, links).
// eslint-disable-next-line no-control-regex
const ansiPattern = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** `text` without ANSI escape sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ansiPattern, '');
}

/**
 * Terminal columns `text` takes: escape sequences count 0 and every other code point
 * counts 1 (the box-drawing, block, shade and braille characters used here are narrow).
 */
export function visibleWidth(text: string): number {
  return Array.from(stripAnsi(text)).length;
}

/**
 * `text` cut to at most `width` visible columns, keeping escape sequences intact. When
 * anything is cut from a coloured text, a full reset (`ESC[0m`) is appended.
 */
export function truncateToWidth(text: string, width: number): string {
  if (visibleWidth(text) <= width) return text;
  let result = '';
  let used = 0;
  let hasEscape = false;
  let position = 0;
  const pattern = new RegExp(ansiPattern.source, 'y');
  while (position < text.length) {
    pattern.lastIndex = position;
    const escape = pattern.exec(text);
    if (escape !== null) {
      result += escape[0];
      hasEscape = true;
      position += escape[0].length;
      continue;
    }
    const character = String.fromCodePoint(text.codePointAt(position)!);
    if (used === width) break;
    result += character;
    used += 1;
    position += character.length;
  }
  return hasEscape ? `${result}\u001b[0m` : result;
}
