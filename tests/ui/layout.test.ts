import { describe, expect, it } from 'vitest';
import type { DashboardLayout } from '../../src/ui/layout.js';
import { FOOTER_LINES, HEADER_LINES, MIN_COLUMNS, MIN_ROWS, dashboardLayout } from '../../src/ui/layout.js';
import { panelNames } from '../../src/ui/state/dashboard-state.js';

/** Gap between two panels side by side (the dashboard's `columnGap`). */
const GAP = 2;

const panelsOf = (layout: DashboardLayout) => layout.rows.map((row) => row.map((box) => box.panel));

/** Every size from 60x20 to 200x60, each dataset kind and each cycled panel. */
function* allCases() {
  for (let columns = 60; columns <= 200; columns++) {
    for (let rows = 20; rows <= 60; rows++) {
      for (const hasDecisionMap of [true, false]) {
        for (const cycledPanel of panelNames) yield { columns, rows, hasDecisionMap, cycledPanel };
      }
    }
  }
}

describe('dashboardLayout', () => {
  it('the smallest size it is tested from is the app minimum', () => {
    expect([MIN_COLUMNS, MIN_ROWS]).toEqual([60, 20]);
  });

  it('for every size from 60x20 to 200x60: frame rows - 1, panels fit the width and the height', () => {
    const problems: string[] = [];
    for (const { columns, rows, hasDecisionMap, cycledPanel } of allCases()) {
      const layout = dashboardLayout(columns, rows, hasDecisionMap, cycledPanel);
      const where = `${columns}x${rows} decision=${hasDecisionMap} cycled=${cycledPanel}`;
      if (layout.frameHeight !== rows - 1) problems.push(`${where}: frameHeight ${layout.frameHeight}`);
      const panelLines = layout.rows.reduce((sum, row) => sum + Math.max(...row.map((box) => box.height)), 0);
      if (HEADER_LINES + panelLines + FOOTER_LINES > layout.frameHeight) problems.push(`${where}: ${panelLines} panel lines overflow`);
      for (const row of layout.rows) {
        const used = row.reduce((sum, box) => sum + box.width, 0) + GAP * (row.length - 1);
        if (used > columns) problems.push(`${where}: row ${row.map((box) => `${box.panel}:${box.width}`).join(',')} is ${used} wide`);
        for (const box of row) if (box.width < 1 || box.height < 2) problems.push(`${where}: ${box.panel} is ${box.width}x${box.height}`);
      }
      const shown = layout.rows.flat().map((box) => box.panel);
      if (new Set(shown).size !== shown.length) problems.push(`${where}: a panel shows twice`);
      const expected = hasDecisionMap ? ['loss', 'symmetry', 'signal', 'decision'] : ['loss', 'symmetry', 'signal'];
      if ([...shown, ...layout.hidden].sort().join() !== [...expected].sort().join()) problems.push(`${where}: shown ${shown} hidden ${layout.hidden}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('at 80x24 a 2-D dataset shows all four panels in two rows', () => {
    const layout = dashboardLayout(80, 24, true, 'signal');
    expect(panelsOf(layout)).toEqual([
      ['loss', 'symmetry'],
      ['signal', 'decision'],
    ]);
    expect(layout.hidden).toEqual([]);
    expect(layout.cycle).toEqual([]);
    expect(layout.frameHeight).toBe(23);
  });

  it.each([60, 70, 79])('at %i columns the bottom row shows the cycled panel at full width', (columns) => {
    const withDecision = dashboardLayout(columns, 24, true, 'decision');
    expect(panelsOf(withDecision)).toEqual([['loss', 'symmetry'], ['decision']]);
    expect(withDecision.rows[1][0].width).toBe(columns);
    expect(withDecision.hidden).toEqual(['signal']);
    expect(withDecision.cycle).toEqual(['signal', 'decision']);
    const withSignal = dashboardLayout(columns, 24, true, 'signal');
    expect(panelsOf(withSignal)).toEqual([['loss', 'symmetry'], ['signal']]);
    expect(withSignal.hidden).toEqual(['decision']);
  });

  it('below 80 columns a cycled panel outside the bottom row falls back to signal', () => {
    const layout = dashboardLayout(70, 24, true, 'loss');
    expect(panelsOf(layout)[1]).toEqual(['signal']);
  });

  it.each([
    [60, 20],
    [79, 24],
    [80, 24],
    [200, 60],
  ])('at %ix%i a dataset that is not planar gets a full-width signal panel and nothing to cycle', (columns, rows) => {
    for (const cycledPanel of panelNames) {
      const layout = dashboardLayout(columns, rows, false, cycledPanel);
      expect(panelsOf(layout)).toEqual([['loss', 'symmetry'], ['signal']]);
      expect(layout.rows[1][0].width).toBe(columns);
      expect(layout.hidden).toEqual([]);
      expect(layout.cycle).toEqual([]);
    }
  });
});
