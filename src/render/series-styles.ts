import type { ColorLevel, Rgb } from './color.js';
import { paint } from './color.js';

/**
 * How a series is drawn when the terminal shows no colour, so lines stay apart:
 * four line styles (corners kept or redrawn) and four markers that replace every cell.
 */
export type SeriesStyleName = 'solid' | 'dashed' | 'dotted' | 'double' | 'bullet' | 'cross' | 'ring' | 'plus';

/** The glyphs of one {@link SeriesStyleName}. */
export type SeriesStyle = {
  /** Shown before the series name in the legend without colour (with colour it is '━'). */
  readonly legendSample: string;
  /**
   * Replacement for each of asciichart's line glyphs (─ │ ╭ ╮ ╰ ╯); a glyph left out is
   * drawn as asciichart draws it. The first-value mark on the y axis (┼) is never replaced.
   */
  readonly glyphs: Readonly<Record<string, string>>;
};

/** asciichart's six line glyphs: horizontal, vertical and the four corners. */
const lineGlyphs = ['─', '│', '╭', '╮', '╰', '╯'] as const;

function marker(glyph: string): SeriesStyle {
  return { legendSample: glyph, glyphs: Object.fromEntries(lineGlyphs.map((line) => [line, glyph])) };
}

/** The glyph table of every style, keyed by name. */
export const seriesStyles: Readonly<Record<SeriesStyleName, SeriesStyle>> = {
  solid: { legendSample: '━', glyphs: {} },
  dashed: { legendSample: '┄', glyphs: { '─': '┄', '│': '┆' } },
  dotted: { legendSample: '┈', glyphs: { '─': '┈', '│': '┊' } },
  double: { legendSample: '═', glyphs: { '─': '═', '│': '║', '╭': '╔', '╮': '╗', '╰': '╚', '╯': '╝' } },
  bullet: marker('•'),
  cross: marker('×'),
  ring: marker('○'),
  plus: marker('+'),
};

/** Every style in the order given to series 0, 1, 2, ...: lines first, then markers. */
export const seriesStyleOrder: readonly SeriesStyleName[] = [
  'solid', 'dashed', 'dotted', 'double', 'bullet', 'cross', 'ring', 'plus',
];

/**
 * Six series colours that stay apart on a dark background and in the terminal's
 * approximations: blue, orange, green, magenta, cyan, red (xterm 256-colour indexes
 * 75, 215, 77, 170, 80, 203; 16-colour indexes 12, 3, 2, 5, 6, 9). The first two are
 * the loss chart's train and test colours.
 */
export const seriesPalette: readonly Rgb[] = [
  [80, 160, 255],
  [255, 160, 60],
  [60, 220, 80],
  [230, 100, 230],
  [80, 220, 220],
  [255, 95, 95],
];

/**
 * The colour and style of series `index` (an integer >= 0): {@link seriesPalette} and
 * {@link seriesStyleOrder}, each taken modulo its length.
 */
export function seriesAppearance(index: number): { readonly color: Rgb; readonly style: SeriesStyleName } {
  return {
    color: seriesPalette[index % seriesPalette.length]!,
    style: seriesStyleOrder[index % seriesStyleOrder.length]!,
  };
}

/** Throws a RangeError naming the bad value unless `style` is a {@link SeriesStyleName}. */
export function assertSeriesStyle(style: SeriesStyleName): void {
  if (!Object.hasOwn(seriesStyles, style)) {
    throw new RangeError(`Unknown series style ${JSON.stringify(style)}; allowed: ${seriesStyleOrder.join(', ')}`);
  }
}

/**
 * The legend sample of series `index` as the chart draws it: '━' in its colour, or without
 * colour its style's own glyph, so a table row can name its line on the chart.
 */
export function seriesSample(index: number, colorLevel: ColorLevel): string {
  const { color, style } = seriesAppearance(index);
  return colorLevel === 'none' ? seriesStyles[style].legendSample : paint('━', { foreground: color }, colorLevel);
}
