import { describe, expect, it } from 'vitest';
import { renderLossChart } from '../../src/render/loss-chart.js';
import { stripAnsi, visibleWidth } from '../../src/render/color.js';

const plain = { logScale: false, colorLevel: 'none' } as const;

describe('renderLossChart', () => {
  it('draws a tiny run exactly (test line dashed without colour)', () => {
    // 4 points stretched over 8 columns: train 4,3.5,3,2.67,2.33,2,1.5,1 and test 4,4,4,3.67,3.33,3,3,3
    const lines = renderLossChart(
      { steps: [0, 1, 2, 3], train: [4, 3, 2, 1], test: [4, 4, 3, 3] },
      { width: 12, height: 6, ...plain },
    );
    expect(lines).toEqual([
      '━ train ┄ te', // the legend is cut to the 12 columns
      '  4 ┼─╮┄╮   ',
      '  3 ┤ ╰─╮┄┄┄',
      '  2 ┤   ╰──╮',
      '  1 ┤      ╰',
      '    0      3',
    ]);
  });

  it('colours the two lines and the legend', () => {
    const lines = renderLossChart(
      { steps: [0, 1, 2, 3], train: [4, 3, 2, 1], test: [4, 4, 3, 3] },
      { width: 12, height: 6, logScale: false, colorLevel: '256' },
    );
    expect(lines[0]).toBe('\u001b[38;5;75m━ train\u001b[39m \u001b[38;5;215m━ te\u001b[0m');
    expect(lines[4]).toBe('  1 ┤      \u001b[38;5;75m╰\u001b[39m');
    expect(lines.slice(1).map(stripAnsi)).toEqual([
      '  4 ┼─╮─╮   ',
      '  3 ┤ ╰─╮───',
      '  2 ┤   ╰──╮',
      '  1 ┤      ╰',
      '    0      3',
    ]);
  });

  it('renders a waiting frame with no data', () => {
    const lines = renderLossChart({ steps: [], train: [], test: [] }, { width: 20, height: 5, ...plain });
    expect(lines).toEqual(['━ train ┄ test', '│', '│ waiting for data', '│', '└───────────────────']);
    const allNaN = renderLossChart({ steps: [0, 1], train: [Number.NaN, Number.NaN], test: [] }, { width: 20, height: 5, ...plain });
    expect(allNaN).toEqual(lines);
  });

  it('draws a single point mid-height with room above and below', () => {
    const lines = renderLossChart({ steps: [5], train: [0.5], test: [] }, { width: 20, height: 5, ...plain });
    expect(lines).toEqual(['━ train ┄ test', '0.55 ┤', ' 0.5 ┼', '0.45 ┤', '     5']);
  });

  it('covers the whole run, not its tail', () => {
    const steps = Array.from({ length: 1000 }, (_, index) => index);
    const train = steps.map((step) => (step < 500 ? 1 : 0.1));
    const lines = renderLossChart({ steps, train, test: [] }, { width: 40, height: 6, ...plain });
    // 1000 steps in 36 columns: steps 0..499 fill columns 0..17, steps 500..999 columns 18..35
    expect(lines).toEqual([
      '━ train ┄ test',
      '  1 ┼─────────────────╮                 ',
      '0.7 ┤                 │                 ',
      '0.4 ┤                 │                 ',
      '0.1 ┤                 ╰─────────────────',
      '    0              step              999',
    ]);
  });

  it('skips NaN and Infinity and clips log-scale values <= 0 to a tenth of the smallest positive', () => {
    const lines = renderLossChart(
      { steps: [0, 1, 2, 3], train: [1, Number.NaN, 0, 0.01], test: [Number.POSITIVE_INFINITY, -1, 0.1, 0.1] },
      { width: 30, height: 6, logScale: true, colorLevel: 'none' },
    );
    expect(lines[0]).toBe('━ train ┄ test  (log)');
    expect(lines[1]!.startsWith('   1 ')).toBe(true);
    expect(lines[4]!.startsWith('1e-3 ')).toBe(true);
    expect(lines).toHaveLength(6);
  });

  it('labels a narrow range with enough digits to tell rows apart', () => {
    const lines = renderLossChart(
      { steps: [0, 1, 2], train: [0.6931, 0.6925, 0.6919], test: [] },
      { width: 30, height: 5, ...plain },
    );
    expect(lines.slice(1, 4).map((line) => line.slice(0, 6))).toEqual(['0.6931', '0.6925', '0.6919']);
  });

  it('fits any box exactly in height', () => {
    const steps = Array.from({ length: 300 }, (_, index) => index * 3);
    const train = steps.map((step) => 2 / (1 + step));
    for (const [width, height] of [[1, 1], [3, 2], [8, 3], [25, 7]] as const) {
      const lines = renderLossChart({ steps, train, test: train }, { width, height, logScale: true, colorLevel: 'truecolor' });
      expect(lines).toHaveLength(height);
      for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('rejects a bad size', () => {
    expect(() => renderLossChart({ steps: [], train: [], test: [] }, { width: 0, height: 5, ...plain })).toThrow(/width/);
  });
});
