import { describe, expect, it } from 'vitest';
import { colorLevels, rgbToAnsi16, rgbToAnsi256, stripAnsi, visibleWidth, type Rgb } from '../../src/render/color.js';
import { renderLineChart, type ChartSeries } from '../../src/render/line-chart.js';
import {
  seriesAppearance,
  seriesPalette,
  seriesStyleOrder,
  seriesStyles,
  type SeriesStyleName,
} from '../../src/render/series-styles.js';

const plain = { logScale: false, colorLevel: 'none' } as const;
const steps = [0, 1, 2, 3];

/** Three crossing lines over steps 0..3: falling, rising and flat. */
function threeSeries(styles: readonly [SeriesStyleName, SeriesStyleName, SeriesStyleName]): ChartSeries[] {
  return [
    { name: 'a', x: steps, y: [4, 3, 2, 1], color: seriesPalette[0]!, style: styles[0] },
    { name: 'b', x: steps, y: [1, 2, 3, 4], color: seriesPalette[1]!, style: styles[1] },
    { name: 'c', x: steps, y: [2, 2, 2, 2], color: seriesPalette[2]!, style: styles[2] },
  ];
}

describe('renderLineChart', () => {
  it('draws three series in three line styles without colour', () => {
    // 16 columns: step k falls in bucket 4k (step 3 in the last, 15); buckets between are interpolated.
    const lines = renderLineChart(threeSeries(['dotted', 'double', 'bullet']), { width: 20, height: 6, ...plain });
    expect(lines).toEqual([
      '┈ a ═ b • c',
      '  4 ┼┈┈╮         ╔══',
      '  3 ┤  ╰┈┈┈┈╮════╝  ',
      '  2 ┼••╔════╰┈┈┈┈╮••', // a over b over c where they cross
      '  1 ┼══╝         ╰┈┈',
      '    0     step     3',
    ]);
  });

  it('replaces every cell of a marker style, keeping the first-value mark on the axis', () => {
    const lines = renderLineChart(threeSeries(['cross', 'ring', 'plus']), { width: 20, height: 6, ...plain });
    expect(lines).toEqual([
      '× a ○ b + c',
      '  4 ┼×××         ○○○',
      '  3 ┤  ××××××○○○○○  ',
      '  2 ┼++○○○○○××××××++',
      '  1 ┼○○○         ×××',
      '    0     step     3',
    ]);
  });

  it('keeps corners and dashes the straight parts of a dashed line', () => {
    const lines = renderLineChart(threeSeries(['solid', 'dashed', 'solid']), { width: 20, height: 6, ...plain });
    expect(lines.slice(0, 5)).toEqual([
      '━ a ┄ b ━ c',
      '  4 ┼──╮         ╭┄┄',
      '  3 ┤  ╰────╮┄┄┄┄╯  ',
      '  2 ┼──╭┄┄┄┄╰────╮──',
      '  1 ┼┄┄╯         ╰──',
    ]);
  });

  it('colours every series and its legend sample, whatever its style', () => {
    const lines = renderLineChart(threeSeries(['dotted', 'double', 'bullet']), { width: 20, height: 6, logScale: false, colorLevel: '256' });
    const [blue, orange, green] = ['\u001b[38;5;75m', '\u001b[38;5;215m', '\u001b[38;5;77m'];
    const end = '\u001b[39m';
    expect(lines[0]).toBe(`${blue}━ a${end} ${orange}━ b${end} ${green}━ c${end}`);
    const cells = (color: string, text: string): string => Array.from(text, (cell) => color + cell + end).join('');
    expect(lines[4]).toBe(`  1 ${cells(orange, '┼──╯')}         ${cells(blue, '╰──')}`);
    expect(lines.slice(1).map(stripAnsi)).toEqual([
      '  4 ┼──╮         ╭──',
      '  3 ┤  ╰────╮────╯  ',
      '  2 ┼──╭────╰────╮──',
      '  1 ┼──╯         ╰──',
      '    0     step     3',
    ]);
  });

  it('ends a shorter series early and resamples it over the whole x range', () => {
    const lines = renderLineChart(
      [
        { name: 'long', x: [0, 10, 20, 30, 40], y: [5, 4, 3, 2, 1], ...seriesAppearance(0) },
        { name: 'short', x: [0, 10, 20], y: [1, 2, 3], ...seriesAppearance(1) },
      ],
      { width: 20, height: 6, ...plain },
    );
    // 16 columns over steps 0..40: step 20 falls in bucket 8, where "short" stops
    expect(lines).toEqual([
      '━ long ┄ short',
      '  5 ┼──╮            ',
      '3.7 ┤  ╰─────╮      ',
      '2.3 ┤  ╭┄┄┄┄╯╰────╮ ',
      '  1 ┼┄┄╯          ╰─',
      '    0    step     40',
    ]);
  });

  it('shows only xRange, leaving out the points outside it', () => {
    const series = [{ name: 'a', x: [0, 10, 20, 30, 40], y: [5, 4, 3, 2, 1], ...seriesAppearance(0) }];
    expect(renderLineChart(series, { width: 20, height: 6, ...plain, xRange: [10, 30] })).toEqual([
      '━ a',
      '  4 ┼──╮            ',
      '3.3 ┤  ╰─────╮      ',
      '2.7 ┤        ╰───╮  ',
      '  2 ┤            ╰──',
      '    10    step    30',
    ]);
    // a wider range than the data: the line stops where the data does
    expect(renderLineChart(series.map((entry) => ({ ...entry, x: [0, 10], y: [5, 4] })), { width: 20, height: 6, ...plain, xRange: [0, 100] })).toEqual([
      '━ a',
      '  5 ┼╮',
      '4.7 ┤│',
      '4.3 ┤│',
      '  4 ┤╰',
      '    0    step    100',
    ]);
  });

  it('plots log10 and clips values <= 0 to a tenth of the smallest positive value', () => {
    const lines = renderLineChart(
      [
        { name: 'a', x: steps, y: [100, 10, 1, 0.1], ...seriesAppearance(0) },
        { name: 'b', x: steps, y: [1, 0, -5, 1], ...seriesAppearance(3) },
      ],
      { width: 20, height: 6, logScale: true, colorLevel: 'none' },
    );
    // b's 0 and -5 become 0.01; the rows are 10^2, 10^(2/3), 10^(-2/3), 10^-2
    expect(lines).toEqual([
      '━ a ═ b  (log)',
      ' 100 ┼───╮          ',
      ' 4.6 ┼╗  ╰──────╮  ╔',
      '0.22 ┤╚══╗      ╰───',
      '0.01 ┤   ╚═══════╝  ',
      '     0    step     3',
    ]);
  });

  it('draws the first series on top where lines overlap', () => {
    const same = (style: SeriesStyleName, name: string): ChartSeries => ({ name, x: steps, y: [1, 2, 3, 4], color: [0, 0, 0], style });
    const lines = renderLineChart([same('double', 'top'), same('bullet', 'under')], { width: 10, height: 4, ...plain });
    expect(lines).toEqual(['═ top • un', '  4 ┤  ╔══', '  1 ┼══╝  ', '    0    3']);
  });

  it('skips NaN and Infinity and draws a constant series mid-height', () => {
    const lines = renderLineChart(
      [{ name: 'flat', x: steps, y: [Number.NaN, 2, Number.POSITIVE_INFINITY, 2], ...seriesAppearance(0) }],
      { width: 14, height: 5, ...plain },
    );
    expect(lines).toEqual(['━ flat', '2.2 ┤         ', '  2 ┼─────────', '1.8 ┤         ', '    0  step  3']);
  });

  it('gives the waiting frame with no series or no finite value', () => {
    const waiting = ['│', '│ waiting for data', '│', '└───────────────────'];
    expect(renderLineChart([], { width: 20, height: 5, ...plain })).toEqual(['', ...waiting]);
    expect(renderLineChart([], { width: 20, height: 5, logScale: true, colorLevel: 'none' })).toEqual(['(log)', ...waiting]);
    const empty = [{ name: 'a', x: [0, 1], y: [Number.NaN, Number.NEGATIVE_INFINITY], ...seriesAppearance(0) }];
    expect(renderLineChart(empty, { width: 20, height: 5, ...plain })).toEqual(['━ a', ...waiting]);
    expect(renderLineChart(threeSeries(['solid', 'dashed', 'dotted']), { width: 20, height: 5, ...plain, xRange: [7, 9] })).toEqual([
      '━ a ┄ b ┈ c',
      ...waiting,
    ]);
  });

  it('fits every box with 1 to 8 series at every colour level', () => {
    const x = Array.from({ length: 120 }, (_, index) => index * 5);
    const all: ChartSeries[] = Array.from({ length: 8 }, (_, seriesIndex) => ({
      name: `run ${seriesIndex + 1}`,
      x: x.slice(0, 120 - seriesIndex * 13),
      y: x.map((step) => (step % 70 === 0 ? Number.NaN : (seriesIndex + 1) / (1 + step) + 1e-3 * Math.sin(step))),
      ...seriesAppearance(seriesIndex),
    }));
    for (const count of [1, 2, 3, 5, 8]) {
      for (const colorLevel of colorLevels) {
        for (const logScale of [false, true]) {
          for (const [width, height] of [[1, 1], [2, 2], [7, 3], [13, 4], [20, 6], [41, 9], [80, 24]] as const) {
            const lines = renderLineChart(all.slice(0, count), { width, height, logScale, colorLevel });
            expect(lines).toHaveLength(height);
            for (const line of lines) expect(visibleWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(width);
            if (colorLevel === 'none') expect(lines.join('\n')).not.toMatch(/[\u0000-\u0009\u001b]/);
          }
        }
      }
    }
  });

  it('rejects a bad size, too many series, an unknown style and a bad xRange', () => {
    const one = threeSeries(['solid', 'solid', 'solid']).slice(0, 1);
    expect(() => renderLineChart(one, { width: 0, height: 5, ...plain })).toThrow(/width must be an integer >= 1, got 0/);
    expect(() => renderLineChart(one, { width: 10, height: 2.5, ...plain })).toThrow(/height/);
    const nine = Array.from({ length: 9 }, () => one[0]!);
    expect(() => renderLineChart(nine, { width: 20, height: 5, ...plain })).toThrow(/at most 8 series, got 9/);
    const wavy = [{ ...one[0]!, style: 'wavy' as SeriesStyleName }];
    expect(() => renderLineChart(wavy, { width: 20, height: 5, ...plain })).toThrow(/Unknown series style "wavy"/);
    expect(() => renderLineChart(one, { width: 20, height: 5, ...plain, xRange: [3, 1] })).toThrow(/xRange/);
    expect(() => renderLineChart(one, { width: 20, height: 5, ...plain, xRange: [0, Number.NaN] })).toThrow(/xRange/);
  });
});

describe('series styles and palette', () => {
  it('gives eight styles, each with its own legend sample and line glyphs', () => {
    expect(seriesStyleOrder).toEqual(['solid', 'dashed', 'dotted', 'double', 'bullet', 'cross', 'ring', 'plus']);
    expect(seriesStyleOrder.map((name) => seriesStyles[name].legendSample).join('')).toBe('━┄┈═•×○+');
    const horizontal = seriesStyleOrder.map((name) => seriesStyles[name].glyphs['─'] ?? '─');
    expect(new Set(horizontal).size).toBe(seriesStyleOrder.length);
  });

  it('keeps the six colours apart in 256 and 16 colours', () => {
    const distinct = (toIndex: (rgb: Rgb) => number): number => new Set(seriesPalette.map(toIndex)).size;
    expect(seriesPalette).toHaveLength(6);
    expect(seriesPalette.map(rgbToAnsi256)).toEqual([75, 215, 77, 170, 80, 203]);
    expect(distinct(rgbToAnsi16)).toBe(6);
    // none is approximated by a grey, black or white
    for (const index of seriesPalette.map(rgbToAnsi16)) expect([0, 7, 8, 15]).not.toContain(index);
  });

  it('cycles colour and style by series index', () => {
    expect(seriesAppearance(2)).toEqual({ color: [60, 220, 80], style: 'dotted' });
    expect(seriesAppearance(7)).toEqual({ color: seriesPalette[1], style: 'plus' });
    expect(seriesAppearance(8)).toEqual({ color: seriesPalette[2], style: 'solid' });
  });
});
