import { describe, expect, it } from 'vitest';
import { renderLineChart } from '../../src/render/line-chart.js';
import { progressBar } from '../../src/render/progress-bar.js';
import { renderSweepChart } from '../../src/render/sweep-chart.js';
import type { SweepChartLine } from '../../src/render/sweep-chart.js';
import { alignRows, sweepTableRows } from '../../src/render/sweep-table.js';

const scales = [1e-3, 1e-2, 0.1, 1, 10];
const line = (overrides: Partial<SweepChartLine> = {}): SweepChartLine => ({
  name: '4x relu',
  scales,
  medianTrainLoss: [0.69, 0.3, 0.01, 0.02, 5],
  minTrainLoss: [0.68, 0.2, 0.008, 0.01, 3],
  maxTrainLoss: [0.7, 0.4, 0.02, 0.05, 9],
  bestScale: 0.1,
  recommendedScale: 0.35,
  criticalScale: 0.35,
  ...overrides,
});

describe('renderSweepChart', () => {
  it('fills exactly the size asked for, with the scale axis at the bottom', () => {
    for (const [width, height] of [[80, 16], [100, 20], [40, 10]]) {
      const lines = renderSweepChart([line({ isTrainable: () => true })], { width, height, colorLevel: 'none' });
      expect(lines).toHaveLength(height);
      for (const text of lines) expect(text.length).toBeLessThanOrEqual(width);
      expect(lines.at(-1)).toMatch(/^\s+1e-3\s+init scale \(log\)\s+10$/);
    }
  });

  it('a single line shows its min and max over seeds too', () => {
    expect(renderSweepChart([line()], { width: 80, height: 12, colorLevel: 'none' })[0]).toBe('━ 4x relu ┈ min ┈ max  (log)');
    expect(renderSweepChart([line(), line({ name: '8x relu' })], { width: 80, height: 12, colorLevel: 'none' })[0]).toBe('━ 4x relu ┄ 8x relu  (log)');
  });

  it('marks best, recommended and critical in their columns; a glyph that would overlap moves next to it', () => {
    const lines = renderSweepChart([line()], { width: 80, height: 12, colorLevel: 'none' });
    const marks = lines.at(-2)!;
    const axis = lines.at(-1)!;
    const indent = axis.indexOf('1e-3');
    const columns = 80 - indent;
    const columnOf = (scale: number) => indent + Math.min(columns - 1, Math.floor(((Math.log10(scale) + 3) / 4) * columns));
    expect(marks.indexOf('*')).toBe(columnOf(0.1));
    expect(marks.indexOf('R')).toBe(columnOf(0.35));
    // C wants R's column: it takes the next free one.
    expect(Math.abs(marks.indexOf('C') - columnOf(0.35))).toBe(1);
    expect(marks.replace(/[*RC]/g, '').trim()).toBe('');
  });

  it('a theory row per line, filled where theory calls the scale trainable', () => {
    const lines = renderSweepChart([line({ bandName: '4x', isTrainable: (scale) => scale >= 0.1 && scale <= 1 })], { width: 60, height: 12, colorLevel: 'none' });
    const band = lines.at(-2)!;
    const axis = lines.at(-1)!;
    const indent = axis.indexOf('1e-3');
    expect(band.slice(0, indent).trim()).toBe('4x');
    const cells = band.slice(indent);
    const columns = 60 - indent;
    for (let column = 0; column < columns; column++) {
      const scale = 10 ** (-3 + ((column + 0.5) / columns) * 4);
      expect(cells[column], `column ${column}`).toBe(scale >= 0.1 && scale <= 1 ? '=' : '·');
    }
  });

  it('leaves scales <= 0 off the log axis', () => {
    const lines = renderSweepChart([line({ scales: [0, 0.1, 1], medianTrainLoss: [0.7, 0.1, 0.2], minTrainLoss: [0.7, 0.1, 0.2], maxTrainLoss: [0.7, 0.1, 0.2] })], { width: 60, height: 10, colorLevel: 'none' });
    expect(lines.at(-1)).toMatch(/^\s+0\.1\s+init scale \(log\)\s+1$/);
  });
});

describe('line chart axis options', () => {
  it('xLabel and xFormat write the axis; marks without options change nothing', () => {
    const series = [{ name: 'a', x: [0, 1, 2], y: [3, 2, 1], color: [255, 0, 0] as const, style: 'solid' as const }];
    const plain = renderLineChart(series, { width: 40, height: 8, logScale: false, colorLevel: 'none' });
    expect(plain.at(-1)).toMatch(/0\s+step\s+2$/);
    const labelled = renderLineChart(series, { width: 40, height: 8, logScale: false, colorLevel: 'none', xLabel: 'scale', xFormat: (x) => `10^${x}` });
    expect(labelled.at(-1)).toMatch(/10\^0\s+scale\s+10\^2$/);
    expect(labelled.slice(0, -1)).toEqual(plain.slice(0, -1));
  });
});

describe('sweep table', () => {
  it('a row per line: best scale, median loss (min-max), good range, recommended, critical', () => {
    const rows = alignRows(sweepTableRows([line({ goodRange: { low: 0.1, high: 1 } }), line({ name: '8x relu', goodRange: null, criticalScale: null, medianTrainLoss: [1, 1, Infinity, 1, 1] })]));
    expect(rows).toEqual([
      'line     best scale  median loss (min-max)  good range   recommended  critical',
      '4x relu  0.1         0.01 (8e-3-0.02)       0.1 .. 1     0.35         0.35',
      '8x relu  0.1         diverged (8e-3-0.02)   none trains  0.35         -',
    ]);
  });
});

describe('progressBar', () => {
  it('fills in proportion, counts, and estimates the time left from the mean time per item', () => {
    expect(progressBar(0, 48, 0)).toBe('[····················] 0/48 runs');
    expect(progressBar(12, 48, 4000)).toBe('[#####···············] 12/48 runs · 12 s left');
    expect(progressBar(48, 48, 9000)).toBe('[####################] 48/48 runs');
    expect(progressBar(1, 3, 100, 'jobs', 6)).toBe('[##····] 1/3 jobs · 1 s left');
  });
});
