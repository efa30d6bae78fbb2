import type { PanelName } from './state/dashboard-state.js';

/** The smallest terminal the app draws in; below it, it asks for a bigger window. */
export const MIN_COLUMNS = 60;
/** See {@link MIN_COLUMNS}. */
export const MIN_ROWS = 20;

/** Lines of the dashboard outside the panels: two header lines and one footer line. */
export const HEADER_LINES = 2;
/** See {@link HEADER_LINES}. */
export const FOOTER_LINES = 1;

/** One panel's box: its title line is included in `height`. */
export type PanelBox = { readonly panel: PanelName; readonly width: number; readonly height: number };

/** The panels in two rows, left to right. */
export type DashboardLayout = {
  readonly rows: ReadonlyArray<ReadonlyArray<PanelBox>>;
  /** Panels that exist but are not shown (tab brings them in). */
  readonly hidden: readonly PanelName[];
  /** Panels tab cycles through in the cycling slot (empty when everything shows). */
  readonly cycle: readonly PanelName[];
  /** Total lines of the frame: never more than terminal rows - 1. */
  readonly frameHeight: number;
};

/** Gap between two panels side by side. */
const GAP = 2;

/**
 * Lays the dashboard out for a terminal of `columns` x `rows`. The frame is at most rows - 1
 * lines (a taller one makes Ink clear the screen every frame). Top row: loss chart and
 * symmetry heatmap. Bottom row: signal bars and, for 2-D data, the decision map; where the
 * terminal is narrower than 80 columns the bottom row shows one of them, chosen with tab.
 */
export function dashboardLayout(columns: number, rows: number, hasDecisionMap: boolean, cycledPanel: PanelName): DashboardLayout {
  const frameHeight = Math.max(rows - 1, 1);
  const panelLines = frameHeight - HEADER_LINES - FOOTER_LINES;
  const topHeight = Math.ceil(panelLines * 0.55);
  const bottomHeight = panelLines - topHeight;
  const leftWidth = Math.floor((columns - GAP) * 0.57);
  const rightWidth = columns - GAP - leftWidth;
  const top: PanelBox[] = [
    { panel: 'loss', width: leftWidth, height: topHeight },
    { panel: 'symmetry', width: rightWidth, height: topHeight },
  ];
  const bottomPanels: PanelName[] = hasDecisionMap ? ['signal', 'decision'] : ['signal'];
  const isCompact = columns < 80 && bottomPanels.length > 1;
  if (!isCompact) {
    const bottom: PanelBox[] =
      bottomPanels.length === 2
        ? [
            { panel: 'signal', width: leftWidth, height: bottomHeight },
            { panel: 'decision', width: rightWidth, height: bottomHeight },
          ]
        : [{ panel: 'signal', width: columns, height: bottomHeight }];
    return { rows: [top, bottom], hidden: [], cycle: [], frameHeight };
  }
  const shown = bottomPanels.includes(cycledPanel) ? cycledPanel : bottomPanels[0];
  return {
    rows: [top, [{ panel: shown, width: columns, height: bottomHeight }]],
    hidden: bottomPanels.filter((panel) => panel !== shown),
    cycle: bottomPanels,
    frameHeight,
  };
}
