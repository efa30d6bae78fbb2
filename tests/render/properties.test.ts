import { describe, expect, it } from 'vitest';
import { colorLevels, visibleWidth } from '../../src/render/color.js';
import { renderSignalBars } from '../../src/render/bars.js';
import { renderDecisionMap } from '../../src/render/decision-map.js';
import { renderHeatmap } from '../../src/render/heatmap.js';
import { renderLossChart } from '../../src/render/loss-chart.js';

const widths = [1, 2, 5, 10, 20, 21, 33, 47, 60, 80, 99, 120];
const heights = [1, 2, 3, 5, 6, 7, 11, 17, 24, 40];

const steps = Array.from({ length: 500 }, (_, index) => index * 2);
const train = steps.map((step, index) => (index % 97 === 5 ? Number.NaN : index === 200 ? Infinity : 3 / (1 + step) + 1e-4));
const test = steps.map((step, index) => (index % 10 === 0 ? 4 / (1 + step) : Number.NaN));

const units = 40;
const distances = new Float64Array(units * units).map((_, index) =>
  Math.floor(index / units) === index % units ? 0 : ((index * 7919) % 101) / 37,
);

const layers = Array.from({ length: 12 }, (_, index) => ({
  label: index === 3 ? 'a very long layer label' : `hidden ${index + 1}`,
  activationStd: 10 ** (1 - index),
  weightGradientNorm: 10 ** (index - 6),
  saturatedFraction: index % 3 === 0 ? 0.25 : 0,
  deadFraction: index % 4 === 0 ? 0.5 : 0,
}));

function probabilityGrid(columns: number, rows: number, classes: number): Float64Array {
  const probabilities = new Float64Array(columns * rows * classes);
  for (let cell = 0; cell < columns * rows; cell += 1) {
    const winner = cell % classes;
    for (let label = 0; label < classes; label += 1) {
      probabilities[cell * classes + label] = label === winner ? 0.7 : 0.3 / (classes - 1);
    }
  }
  return probabilities;
}
const points = [
  { x: 0, y: 0, label: 0 },
  { x: 1, y: 1, label: 1 },
  { x: 0.5, y: 0.25, label: 2 },
];

function expectFits(lines: readonly string[], width: number, height: number): void {
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const line of lines) expect(visibleWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(width);
}

describe('every renderer fits its box', () => {
  for (const colorLevel of colorLevels) {
    it(`at colour level ${colorLevel}`, () => {
      for (const width of widths) {
        for (const height of heights) {
          for (const logScale of [false, true]) {
            const chart = renderLossChart({ steps, train, test }, { width, height, logScale, colorLevel });
            expect(chart).toHaveLength(height);
            expectFits(chart, width, height);
          }
          expectFits(renderHeatmap(distances, units, { width, height, colorLevel }).lines, width, height);
          expectFits(renderHeatmap(distances.subarray(0, 9), 3, { width, height, colorLevel }).lines, width, height);
          expectFits(renderSignalBars(layers, { width, height, colorLevel }), width, height);
          const fullGrid = { columns: width, rows: 2 * height, classes: 3, probabilities: probabilityGrid(width, 2 * height, 3) };
          const map = renderDecisionMap(fullGrid, points, { width, height, colorLevel });
          expect(map).toHaveLength(height);
          expectFits(map, width, height);
          const smallGrid = { columns: 7, rows: 9, classes: 2, probabilities: probabilityGrid(7, 9, 2) };
          expectFits(renderDecisionMap(smallGrid, points.slice(0, 2), { width, height, colorLevel }), width, height);
        }
      }
    });
  }

  it('writes no escape sequence at level none', () => {
    const outputs = [
      ...renderLossChart({ steps, train, test }, { width: 60, height: 12, logScale: true, colorLevel: 'none' }),
      ...renderHeatmap(distances, units, { width: 60, height: 20, colorLevel: 'none' }).lines,
      ...renderSignalBars(layers, { width: 60, height: 20, colorLevel: 'none' }),
      ...renderDecisionMap(
        { columns: 10, rows: 10, classes: 3, probabilities: probabilityGrid(10, 10, 3) },
        points,
        { width: 10, height: 5, colorLevel: 'none' },
      ),
    ];
    expect(outputs.join('\n')).not.toMatch(/\u001b/);
  });
});
