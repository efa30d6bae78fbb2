import { FOOTER_LINES, HEADER_LINES } from './layout.js';
import type { PanelName } from './state/dashboard-state.js';

/** Narrowest mini heatmap drawn, in columns. */
export const MIN_HEATMAP_WIDTH = 16;
/** Fewest lines a row of mini heatmaps takes: title, verdict and at least five lines of map. */
export const MIN_HEATMAP_LINES = 7;
/** Fewest lines the loss chart gets: title, legend, five rows, the step axis. */
export const MIN_CHART_LINES = 8;
/** Gap between two mini heatmaps. */
export const HEATMAP_GAP = 2;

/** The compare dashboard's panels, top to bottom, each the full width. */
export type CompareLayout = {
  /** Total lines of the frame: never more than terminal rows - 1. */
  readonly frameHeight: number;
  /** Lines of the loss panel (title included). */
  readonly chartHeight: number;
  /** The panels under the chart with their heights; on a small terminal one slot that tab cycles. */
  readonly bottom: ReadonlyArray<{ readonly panel: 'runs' | 'heatmaps'; readonly height: number }>;
  /** Panels tab cycles through in the bottom slot (empty when everything shows). */
  readonly cycle: readonly PanelName[];
  /** Mini heatmaps side by side (fewer than the runs on a narrow terminal), and the width of each. */
  readonly heatmapCount: number;
  readonly heatmapWidth: number;
};

/**
 * Lays out the compare dashboard for `runCount` runs in a `columns` x `rows` terminal: the loss
 * chart of every run on top, then a row per run, then a mini heatmap per run where space allows.
 * Where the three do not fit, the runs table and the heatmaps share one slot and tab cycles them.
 * `heatmapNeed` is the lines a mini heatmap needs to show every unit of the widest layer.
 */
export function compareLayout(columns: number, rows: number, runCount: number, cycledPanel: PanelName, heatmapNeed = Number.POSITIVE_INFINITY): CompareLayout {
  const frameHeight = Math.max(rows - 1, 1);
  const panelLines = frameHeight - HEADER_LINES - FOOTER_LINES;
  const tableHeight = runCount + 1;
  const heatmapCount = Math.max(1, Math.min(runCount, Math.floor((columns + HEATMAP_GAP) / (MIN_HEATMAP_WIDTH + HEATMAP_GAP))));
  const heatmapWidth = Math.floor((columns - HEATMAP_GAP * (heatmapCount - 1)) / heatmapCount);
  if (panelLines >= MIN_CHART_LINES + tableHeight + MIN_HEATMAP_LINES) {
    // The heatmaps take what they need (every unit shown) up to 45% of what the table leaves; the chart the rest.
    const heatmapHeight = Math.max(Math.min(Math.floor((panelLines - tableHeight) * 0.45), 20, heatmapNeed), MIN_HEATMAP_LINES);
    return {
      frameHeight,
      chartHeight: panelLines - tableHeight - heatmapHeight,
      bottom: [
        { panel: 'runs', height: tableHeight },
        { panel: 'heatmaps', height: heatmapHeight },
      ],
      cycle: [],
      heatmapCount,
      heatmapWidth,
    };
  }
  const slotHeight = Math.min(Math.max(tableHeight, MIN_HEATMAP_LINES), Math.max(panelLines - MIN_CHART_LINES, 1));
  const shown = cycledPanel === 'heatmaps' ? 'heatmaps' : 'runs';
  return {
    frameHeight,
    chartHeight: panelLines - slotHeight,
    bottom: [{ panel: shown, height: slotHeight }],
    cycle: ['runs', 'heatmaps'],
    heatmapCount,
    heatmapWidth,
  };
}

/** The runs whose mini heatmaps show: `count` consecutive runs that include the focused one. */
export function shownHeatmapRuns(runCount: number, count: number, focusedRun: number): number[] {
  const first = Math.min(Math.max(focusedRun - Math.floor((count - 1) / 2), 0), Math.max(runCount - count, 0));
  return Array.from({ length: Math.min(count, runCount) }, (_, offset) => first + offset);
}
