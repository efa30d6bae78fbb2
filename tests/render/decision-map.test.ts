import { describe, expect, it } from 'vitest';
import { renderDecisionMap } from '../../src/render/decision-map.js';

// 2 columns x 4 rows, [p(class 0), p(class 1)] per cell, row 0 at the top
const grid = {
  columns: 2,
  rows: 4,
  classes: 2,
  probabilities: new Float64Array([
    0, 1, 1, 0, // row 0: sure blue, sure orange
    0, 1, 0.5, 0.5, // row 1: sure blue, undecided
    1, 0, 1, 0, // row 2: sure orange, sure orange
    0.2, 0.8, 1, 0, // row 3: fairly blue, sure orange
  ]),
};

const cell = (top: string, bottom: string, character = '▀'): string =>
  `\u001b[38;2;${top}m\u001b[48;2;${bottom}m${character}\u001b[39m\u001b[49m`;
const blue = '98;165;207'; // #e8eaeb mixed 60% toward #0877bd
const orange = '240;182;114'; // #e8eaeb mixed 60% toward #f59322
const undecided = '232;234;235';
const fairlyBlue = '151;193;218'; // confidence 0.6 -> 36% toward blue

describe('renderDecisionMap', () => {
  it('draws two grid rows per line with half blocks', () => {
    expect(renderDecisionMap(grid, [], { width: 2, height: 2, colorLevel: 'truecolor' })).toEqual([
      cell(blue, blue) + cell(orange, undecided),
      cell(orange, fairlyBlue) + cell(orange, orange),
    ]);
  });

  it('draws points as dots in a darker class colour on top', () => {
    const lines = renderDecisionMap(grid, [{ x: 0.75, y: 0.1, label: 1 }], { width: 2, height: 2, colorLevel: 'truecolor' });
    expect(lines[1]).toBe(cell(orange, fairlyBlue) + cell('5;77;123', orange, '●'));
  });

  it('uses characters by class and confidence without colour', () => {
    // line 0: [0,1] sure class 1 -> '#'; mean [0.75,0.25] -> class 0 at 0.5 -> '·'
    // line 1: mean [0.6,0.4] -> confidence 0.2 -> ' '; [1,0] -> ':'
    expect(renderDecisionMap(grid, [], { width: 2, height: 2, colorLevel: 'none' })).toEqual(['#·', ' :']);
    const points = [
      { x: 0.75, y: 0.1, label: 1 },
      { x: 0, y: 1, label: 0 },
    ];
    expect(renderDecisionMap(grid, points, { width: 2, height: 2, colorLevel: 'none' })).toEqual(['o·', ' x']);
  });

  it('stretches a small grid to the box', () => {
    expect(renderDecisionMap(grid, [], { width: 4, height: 2, colorLevel: 'none' })).toEqual(['##··', '  ::']);
  });

  it('rejects bad grids and labels', () => {
    expect(() => renderDecisionMap({ ...grid, classes: 3 }, [], { width: 2, height: 2, colorLevel: 'none' })).toThrow(/24/);
    expect(() => renderDecisionMap(grid, [{ x: 0, y: 0, label: 2 }], { width: 2, height: 2, colorLevel: 'none' })).toThrow(/label/);
  });
});
