import { Box, Text } from 'ink';
import { renderLineChart } from '../../render/line-chart.js';
import { seriesAppearance } from '../../render/series-styles.js';
import type { GroupSettings } from '../../runs/run-group.js';
import type { RunView } from '../../runs/run-view.js';
import type { CompareLayout } from '../compare-layout.js';
import { shownHeatmapRuns } from '../compare-layout.js';
import { Lines } from '../components/lines.js';
import { Panel } from '../components/panel.js';
import { HEADER_LINES, FOOTER_LINES } from '../layout.js';
import type { DashboardState } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';
import { CompareHeader } from './compare-header.js';
import { HeatmapRow } from './heatmap-row.js';
import { HelpOverlay } from './help-overlay.js';
import { RunsPanel } from './runs-panel.js';

/** The compare dashboard's keys, the longest form that fits. */
export function compareFooterText(width: number, hasCycle: boolean): string {
  const tab = hasCycle ? '  tab runs/heatmaps' : '';
  const forms = [
    `space pause  n step  r restart  s new seed  +/- speed  l log  [ ] layer  ←→ focus  Enter open${tab}  ? help  q back`,
    `spc pause n step r restart s seed +/- speed l log [] layer ←→ focus Enter open${hasCycle ? ' tab' : ''} ? q`,
    `spc n r s +/- l [ ] ←→ Enter${hasCycle ? ' tab' : ''} ? q`,
  ];
  return forms.find((text) => text.length <= width) ?? forms[forms.length - 1].slice(0, width);
}

/** The train loss of every run on one chart, a line per run in its colour (or glyph). */
function ComparisonChart({ views, isLogScale, width, height }: { readonly views: readonly (RunView | undefined)[]; readonly isLogScale: boolean; readonly width: number; readonly height: number }) {
  const { colorLevel } = useUi();
  const series = views.flatMap((view, index) =>
    view ? [{ name: `${index + 1} ${view.label}`, x: view.history.steps, y: view.history.train, ...seriesAppearance(index) }] : [],
  );
  const lines = renderLineChart(series, { width, height: height - 1, logScale: isLogScale, colorLevel });
  return (
    <Panel title={`Train loss, ${views.length} runs${isLogScale ? ' (log scale, l: linear)' : ' (l: log scale)'}`} width={width} height={height}>
      <Lines lines={lines} width={width} />
    </Panel>
  );
}

/** One frame of the compare dashboard: header, the loss of every run, a row per run, mini heatmaps. */
export function CompareView({
  views,
  state,
  settings,
  layout,
}: {
  readonly views: readonly (RunView | undefined)[];
  readonly state: DashboardState;
  readonly settings: GroupSettings;
  readonly layout: CompareLayout;
}) {
  const { columns } = useUi();
  const shown = shownHeatmapRuns(views.length, layout.heatmapCount, state.focusedRun);
  return (
    <Box flexDirection="column" width={columns} height={layout.frameHeight} overflow="hidden">
      <CompareHeader views={views} settings={settings} width={columns} />
      {state.isHelpOpen ? (
        <HelpOverlay width={columns} height={layout.frameHeight - HEADER_LINES - FOOTER_LINES} isCompare />
      ) : (
        <>
          <ComparisonChart views={views} isLogScale={state.isLogScale} width={columns} height={layout.chartHeight} />
          {layout.bottom.map((slot) =>
            slot.panel === 'runs' ? (
              <RunsPanel key="runs" views={views} settings={settings} focusedRun={state.focusedRun} layerIndex={state.layerIndex} width={columns} height={slot.height} />
            ) : (
              <HeatmapRow key="heatmaps" views={views} shown={shown} focusedRun={state.focusedRun} layerIndex={state.layerIndex} width={layout.heatmapWidth} height={slot.height} />
            ),
          )}
        </>
      )}
      <Text dimColor wrap="truncate-end">
        {compareFooterText(columns, layout.cycle.length > 0)}
      </Text>
    </Box>
  );
}
