import { describe, expect, it } from 'vitest';
import type { CompareLayout } from '../../src/ui/compare-layout.js';
import { HEATMAP_GAP, MIN_CHART_LINES, MIN_HEATMAP_LINES, MIN_HEATMAP_WIDTH, compareLayout, shownHeatmapRuns } from '../../src/ui/compare-layout.js';
import { FOOTER_LINES, HEADER_LINES } from '../../src/ui/layout.js';
import type { PanelName } from '../../src/ui/state/dashboard-state.js';

/** What tab can have left in the bottom slot: the dashboard starts at 'signal' (shows the runs). */
const cycledPanels: readonly PanelName[] = ['signal', 'runs', 'heatmaps'];
/** Lines a mini heatmap asks for: a few units, a 16-unit layer with and without colour, everything. */
const heatmapNeeds = [1, 5, 9, 17, Number.POSITIVE_INFINITY] as const;

/** Every size from 60x20 to 200x60, 2 to 6 runs, each cycled panel and heatmap need. */
function* allCases() {
  for (let columns = 60; columns <= 200; columns++) {
    for (let rows = 20; rows <= 60; rows++) {
      for (let runCount = 2; runCount <= 6; runCount++) {
        for (const cycledPanel of cycledPanels) {
          for (const heatmapNeed of heatmapNeeds) yield { columns, rows, runCount, cycledPanel, heatmapNeed };
        }
      }
    }
  }
}

const bottomOf = (layout: CompareLayout) => layout.bottom.map((slot) => slot.panel);
const heightOf = (layout: CompareLayout, panel: 'runs' | 'heatmaps') => layout.bottom.find((slot) => slot.panel === panel)?.height;

describe('compareLayout', () => {
  it('the minimums it promises: a chart of 8 lines, heatmaps of 7 lines and 16 columns', () => {
    expect([MIN_CHART_LINES, MIN_HEATMAP_LINES, MIN_HEATMAP_WIDTH, HEATMAP_GAP]).toEqual([8, 7, 16, 2]);
    expect([HEADER_LINES, FOOTER_LINES]).toEqual([2, 1]);
  });

  it('for every size from 60x20 to 200x60 and 2 to 6 runs: the frame fits rows - 1 and its parts add up to it', () => {
    const problems: string[] = [];
    for (const { columns, rows, runCount, cycledPanel, heatmapNeed } of allCases()) {
      const layout = compareLayout(columns, rows, runCount, cycledPanel, heatmapNeed);
      const where = `${columns}x${rows} runs=${runCount} cycled=${cycledPanel} need=${heatmapNeed}`;
      if (layout.frameHeight > rows - 1) problems.push(`${where}: frameHeight ${layout.frameHeight}`);
      const bottomLines = layout.bottom.reduce((sum, slot) => sum + slot.height, 0);
      const total = HEADER_LINES + FOOTER_LINES + layout.chartHeight + bottomLines;
      if (total !== layout.frameHeight) problems.push(`${where}: 2 + 1 + chart ${layout.chartHeight} + bottom ${bottomLines} = ${total}, frame ${layout.frameHeight}`);
      // 60x20 leaves 16 panel lines: room for the chart's 8 whatever the runs.
      if (layout.chartHeight < MIN_CHART_LINES) problems.push(`${where}: chart ${layout.chartHeight} lines`);
      for (const slot of layout.bottom) if (slot.height < 1) problems.push(`${where}: ${slot.panel} ${slot.height} lines`);
      const runsHeight = heightOf(layout, 'runs');
      if (runsHeight !== undefined && runsHeight < runCount + 1) problems.push(`${where}: runs table ${runsHeight} lines for ${runCount} rows and a title`);
      const heatmapHeight = heightOf(layout, 'heatmaps');
      if (heatmapHeight !== undefined && heatmapHeight < MIN_HEATMAP_LINES) problems.push(`${where}: heatmaps ${heatmapHeight} lines`);
      if (layout.cycle.length === 0) {
        if (bottomOf(layout).join() !== 'runs,heatmaps') problems.push(`${where}: no cycle but bottom ${bottomOf(layout)}`);
        // What the heatmaps need (every unit shown), never less than the minimum.
        if (heatmapHeight! > Math.max(heatmapNeed, MIN_HEATMAP_LINES)) problems.push(`${where}: heatmaps ${heatmapHeight} lines, need ${heatmapNeed}`);
      } else {
        if (layout.cycle.join() !== 'runs,heatmaps') problems.push(`${where}: cycle ${layout.cycle}`);
        const expected = cycledPanel === 'heatmaps' ? 'heatmaps' : 'runs';
        if (bottomOf(layout).join() !== expected) problems.push(`${where}: cycling slot shows ${bottomOf(layout)}, expected ${expected}`);
      }
      const heatmapColumns = layout.heatmapCount * layout.heatmapWidth + HEATMAP_GAP * (layout.heatmapCount - 1);
      if (heatmapColumns > columns) problems.push(`${where}: ${layout.heatmapCount} heatmaps of ${layout.heatmapWidth} take ${heatmapColumns} columns`);
      if (layout.heatmapWidth < MIN_HEATMAP_WIDTH) problems.push(`${where}: heatmap width ${layout.heatmapWidth}`);
      if (layout.heatmapCount < 1 || layout.heatmapCount > runCount) problems.push(`${where}: ${layout.heatmapCount} heatmaps`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('the frame is exactly rows - 1 tall', () => {
    for (const [columns, rows] of [
      [60, 20],
      [80, 24],
      [100, 24],
      [120, 40],
      [200, 60],
    ]) {
      expect(compareLayout(columns, rows, 3, 'signal').frameHeight).toBe(rows - 1);
    }
  });

  it('at 80x24 with 6 runs the runs and the heatmaps share one slot that tab cycles', () => {
    const runs = compareLayout(80, 24, 6, 'signal', 5);
    expect(runs.cycle).toEqual(['runs', 'heatmaps']);
    // 20 panel lines: the table (6 rows and a title) under a 13-line chart.
    expect(runs.bottom).toEqual([{ panel: 'runs', height: 7 }]);
    expect(runs.chartHeight).toBe(13);
    const heatmaps = compareLayout(80, 24, 6, 'heatmaps', 5);
    expect(heatmaps.bottom).toEqual([{ panel: 'heatmaps', height: 7 }]);
    expect(heatmaps.chartHeight).toBe(13);
    // Four heatmaps of 18 columns (and three gaps) in 80 columns.
    expect([heatmaps.heatmapCount, heatmaps.heatmapWidth]).toEqual([4, 18]);
  });

  it('at 100x24 with 2 runs (the component tests) everything shows', () => {
    const layout = compareLayout(100, 24, 2, 'signal', 5);
    expect(layout.cycle).toEqual([]);
    expect(layout.bottom).toEqual([
      { panel: 'runs', height: 3 },
      { panel: 'heatmaps', height: 7 },
    ]);
    expect(layout.chartHeight).toBe(10);
  });

  it.each([
    [1, 7],
    [5, 7],
    [7, 7],
    [10, 10],
    [13, 13],
    [30, 13],
    [Number.POSITIVE_INFINITY, 13],
  ])('at 120x40 with 4 runs everything shows; heatmaps needing %d lines get %d', (heatmapNeed, heatmapHeight) => {
    const layout = compareLayout(120, 40, 4, 'signal', heatmapNeed);
    expect(layout.cycle).toEqual([]);
    // 36 panel lines: the table takes 5, the heatmaps what they need (at least 7, at most 45% of 31), the chart the rest.
    expect(layout.bottom).toEqual([
      { panel: 'runs', height: 5 },
      { panel: 'heatmaps', height: heatmapHeight },
    ]);
    expect(layout.chartHeight).toBe(36 - 5 - heatmapHeight);
    expect(heatmapHeight).toBeLessThanOrEqual(Math.max(heatmapNeed, MIN_HEATMAP_LINES));
    expect(heatmapHeight).toBeGreaterThanOrEqual(MIN_HEATMAP_LINES);
    expect([layout.heatmapCount, layout.heatmapWidth]).toEqual([4, 28]);
  });

  it('with everything shown, the tab key has nothing to cycle whichever panel it left', () => {
    for (const cycledPanel of cycledPanels) expect(compareLayout(120, 40, 4, cycledPanel).cycle).toEqual([]);
  });

  it('at 60 columns three heatmaps fit side by side, at 200 six', () => {
    expect(compareLayout(60, 40, 6, 'signal').heatmapCount).toBe(3);
    expect(compareLayout(200, 40, 6, 'signal').heatmapCount).toBe(6);
    expect(compareLayout(200, 40, 2, 'signal').heatmapCount).toBe(2);
  });
});

describe('shownHeatmapRuns', () => {
  it('for 1 to 6 runs, 1 to 6 heatmaps and every focus: consecutive runs in range that include the focused one', () => {
    const problems: string[] = [];
    for (let runCount = 1; runCount <= 6; runCount++) {
      for (let count = 1; count <= 6; count++) {
        for (let focusedRun = 0; focusedRun < runCount; focusedRun++) {
          const shown = shownHeatmapRuns(runCount, count, focusedRun);
          const where = `runs=${runCount} count=${count} focused=${focusedRun}: [${shown}]`;
          if (!shown.includes(focusedRun)) problems.push(`${where} leaves out the focused run`);
          if (shown.length !== Math.min(count, runCount)) problems.push(`${where} has ${shown.length}`);
          if (shown.some((run) => !Number.isInteger(run) || run < 0 || run >= runCount)) problems.push(`${where} is out of range`);
          if (shown.some((run, index) => index > 0 && run !== shown[index - 1] + 1)) problems.push(`${where} is not consecutive`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the focused run near the middle and the window inside the runs', () => {
    expect(shownHeatmapRuns(6, 3, 0)).toEqual([0, 1, 2]);
    expect(shownHeatmapRuns(6, 3, 3)).toEqual([2, 3, 4]);
    expect(shownHeatmapRuns(6, 3, 5)).toEqual([3, 4, 5]);
    expect(shownHeatmapRuns(6, 4, 5)).toEqual([2, 3, 4, 5]);
    expect(shownHeatmapRuns(2, 6, 1)).toEqual([0, 1]);
  });
});
