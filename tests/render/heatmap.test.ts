import { describe, expect, it } from 'vitest';
import { renderHeatmap } from '../../src/render/heatmap.js';
import { stripAnsi } from '../../src/render/color.js';

/** Symmetric distance matrix with a zero diagonal from a tiny seeded generator. */
function randomDistances(units: number, seed: number): Float64Array {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const matrix = new Float64Array(units * units);
  for (let row = 0; row < units; row += 1) {
    for (let column = row + 1; column < units; column += 1) {
      const distance = next() * 3;
      matrix[row * units + column] = distance;
      matrix[column * units + row] = distance;
    }
  }
  return matrix;
}

const threeUnits = new Float64Array([0, 1, 2, 1, 0, 0.5, 2, 0.5, 0]);

describe('renderHeatmap', () => {
  it('draws a 3x3 matrix with known shades, labels and legend', () => {
    // max 2: 1 -> 0.5 -> ▓, 2 -> 1 -> █, 0.5 -> 0.25 -> ▒, 0 -> blank
    expect(renderHeatmap(threeUnits, 3, { width: 20, height: 6, colorLevel: 'none' })).toEqual({
      lines: ['  0 1 2', '0   ▓▓██', '1 ▓▓  ▒▒', '2 ██▒▒  ', '0 ░▒▓█ 2'],
      shownUnits: [0, 1, 2],
      isSubset: false,
    });
  });

  it('normalises by scaleMax when given', () => {
    // max 4: 1 -> 0.25 -> ▒, 2 -> 0.5 -> ▓, 0.5 -> 0.125 -> ░
    expect(renderHeatmap(threeUnits, 3, { width: 20, height: 6, colorLevel: 'none', scaleMax: 4 }).lines).toEqual([
      '  0 1 2',
      '0   ▒▒▓▓',
      '1 ▒▒  ░░',
      '2 ▓▓░░  ',
      '0 ░▒▓█ 4',
    ]);
  });

  it('drops labels before dropping units', () => {
    expect(renderHeatmap(threeUnits, 3, { width: 6, height: 4, colorLevel: 'none' }).lines).toEqual([
      '  ▓▓██',
      '▓▓  ▒▒',
      '██▒▒  ',
      '0 ░▒▓█',
    ]);
  });

  it('draws a zero matrix (full symmetry) uniformly', () => {
    const { lines } = renderHeatmap(new Float64Array(36), 6, { width: 40, height: 10, colorLevel: 'none' });
    expect(lines).toEqual([
      '  0 1 2 3 4 5',
      ...[0, 1, 2, 3, 4, 5].map((row) => `${row} ${' '.repeat(12)}`),
      '0 ░▒▓█ 0',
    ]);
  });

  it('draws a random matrix with several shades', () => {
    const { lines } = renderHeatmap(randomDistances(6, 7), 6, { width: 40, height: 10, colorLevel: 'none' });
    const shades = new Set(lines.slice(1, 7).join('').replace(/[0-9]/g, ''));
    expect(shades.size).toBeGreaterThanOrEqual(3);
  });

  it('shows an evenly spaced subset of 40 units in a small box', () => {
    const matrix = new Float64Array(40 * 40).map((_, index) => Math.abs(Math.floor(index / 40) - (index % 40)));
    const heatmap = renderHeatmap(matrix, 40, { width: 30, height: 12, colorLevel: 'none' });
    expect(heatmap.isSubset).toBe(true);
    expect(heatmap.shownUnits).toEqual([0, 4, 9, 13, 17, 22, 26, 30, 35, 39]);
    expect(heatmap.lines).toHaveLength(12);
    expect(heatmap.lines[0]).toBe('   0 4 9 13  22  30  39');
    expect(heatmap.lines[1]).toBe(' 0   ░░░░▒▒▒▒▓▓▓▓██████');
    expect(heatmap.lines[11]).toBe('0 ░▒▓█ 39  (10 of 40 units)');
  });

  it('colours cells by background from dark blue to yellow', () => {
    const { lines } = renderHeatmap(new Float64Array([0, 1, 1, 0]), 2, { width: 20, height: 5, colorLevel: 'truecolor' });
    const dark = '\u001b[48;2;12;18;60m  \u001b[49m';
    const bright = '\u001b[48;2;253;231;37m  \u001b[49m';
    expect(lines.slice(0, 3)).toEqual(['  0 1', `0 ${dark}${bright}`, `1 ${bright}${dark}`]);
    expect(stripAnsi(lines[3]!)).toBe('0          1');
  });

  it('rejects a matrix of the wrong size', () => {
    expect(() => renderHeatmap(new Float64Array(5), 2, { width: 20, height: 5, colorLevel: 'none' })).toThrow(/4/);
  });
});

describe('renderHeatmap isFilling', () => {
  it('grows cells to fill the box when every unit fits larger', () => {
    const matrix = Float64Array.from([0, 1, 1, 0]);
    const { lines } = renderHeatmap(matrix, 2, { width: 20, height: 6, colorLevel: 'none', isFilling: true });
    // labels 2 wide, cells 2k x k with k = min(floor(18 / 4), floor((6 - 2) / 2)) = 2
    expect(lines).toEqual(['  0   1', '0     ████', '      ████', '1 ████    ', '  ████    ', '0 ░▒▓█ 1']);
  });

  it('keeps 2 x 1 cells without isFilling', () => {
    const matrix = Float64Array.from([0, 1, 1, 0]);
    const { lines } = renderHeatmap(matrix, 2, { width: 20, height: 6, colorLevel: 'none' });
    expect(lines).toEqual(['  0 1', '0   ██', '1 ██  ', '0 ░▒▓█ 1']);
  });
});

describe('renderHeatmap half blocks', () => {
  it('draws two unit rows per line when 2 x 1 cells would not fit every unit', () => {
    const units = 6;
    const matrix = new Float64Array(units * units);
    for (let a = 0; a < units; a++) for (let b = 0; b < units; b++) matrix[a * units + b] = Math.abs(a - b);
    // 3 lines for units: 2 x 1 cells show 2 of 6; half blocks show all 6 in 3 lines
    const { lines, shownUnits, isSubset } = renderHeatmap(matrix, units, { width: 30, height: 4, colorLevel: '256', isFilling: true });
    expect(shownUnits).toEqual([0, 1, 2, 3, 4, 5]);
    expect(isSubset).toBe(false);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((line) => stripAnsi(line))).toEqual(['▀▀▀▀▀▀', '▀▀▀▀▀▀', '▀▀▀▀▀▀']);
    // unit 0 vs itself (distance 0) and unit 1 vs unit 0 (distance 1 of 5) differ in colour
    expect(lines[0].startsWith('\u001b[38;5;')).toBe(true);
    expect(lines[0]).not.toBe(lines[1]);
  });

  it('keeps shade cells (no half blocks) without colour', () => {
    const matrix = new Float64Array(36);
    const { isSubset } = renderHeatmap(matrix, 6, { width: 30, height: 4, colorLevel: 'none', isFilling: true });
    expect(isSubset).toBe(true);
  });
});
