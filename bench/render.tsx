/**
 * Dashboard drawing speed: frames per second of (1) the pure text renderers alone and (2) a
 * whole Ink frame (React, layout, ANSI output) of the dashboard, at 80x24 and 120x40, in
 * truecolor and without colour. The baseline of each row is the same frame without colour,
 * measured in the same run. Views are measured before timing starts: no training is timed.
 * Run with NODE_ENV=production (npm run bench does), as the CLI runs React.
 */
import { Writable } from 'node:stream';
import { render } from 'ink';
import { renderDecisionMap } from '../src/render/decision-map.js';
import { renderHeatmap } from '../src/render/heatmap.js';
import { renderLossChart } from '../src/render/loss-chart.js';
import type { ColorLevel } from '../src/render/color.js';
import { resolveConfig } from '../src/experiment/config.js';
import type { RunView } from '../src/runs/live-run.js';
import { LiveRun } from '../src/runs/live-run.js';
import { DashboardView } from '../src/ui/dashboard/dashboard-view.js';
import { dashboardLayout } from '../src/ui/layout.js';
import { initialDashboardState } from '../src/ui/state/dashboard-state.js';
import { inThreadRun, UiContext } from '../src/ui/ui-context.js';

/** Views of a real run (moons, 16,16 relu), one every 10 steps. */
function collectViews(count: number, columns: number, rows: number): RunView[] {
  const config = resolveConfig([{ source: 'bench', values: { dataset: 'moons', hidden: '16,16', activation: 'relu', init: 'he-normal', optimizer: 'adam', lr: 0.01, batch: 32, steps: 100_000 } }]);
  const clock = { time: 0 };
  const run = new LiveRun(config, 1e9, { now: () => clock.time, setTimer: () => 0, clearTimer: () => undefined });
  const layout = dashboardLayout(columns, rows, true, 'signal');
  const decision = layout.rows.flat().find((box) => box.panel === 'decision')!;
  run.setDecisionGridSize(decision.width, 2 * (decision.height - 1));
  const views: RunView[] = [];
  for (let index = 0; index < count; index++) {
    run.stepOnce();
    for (let step = 0; step < 9; step++) run.stepOnce();
    views.push(run.view());
  }
  return views;
}

function framesPerSecond(frames: number, draw: (frame: number) => void): number {
  for (let frame = 0; frame < 5; frame++) draw(frame);
  const started = performance.now();
  for (let frame = 0; frame < frames; frame++) draw(frame);
  return (frames * 1000) / (performance.now() - started);
}

function pureFrame(view: RunView, columns: number, rows: number, colorLevel: ColorLevel): void {
  const layout = dashboardLayout(columns, rows, true, 'signal');
  for (const box of layout.rows.flat()) {
    if (box.panel === 'loss') renderLossChart(view.history, { width: box.width, height: box.height - 1, logScale: true, colorLevel });
    if (box.panel === 'symmetry') renderHeatmap(view.snapshot.symmetry[0].distances, view.snapshot.symmetry[0].units, { width: box.width, height: box.height - 3, colorLevel, isFilling: true });
    if (box.panel === 'decision' && view.decision) renderDecisionMap(view.decision.grid, view.decision.points, { width: box.width, height: box.height - 1, colorLevel });
  }
}

function inkFrames(views: RunView[], columns: number, rows: number, colorLevel: ColorLevel): { framesPerSecond: number; bytesPerFrame: number } {
  let bytes = 0;
  const stdout = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((bytes += chunk.length), done()) }), { columns, rows, isTTY: true });
  const state = initialDashboardState(1);
  const layout = dashboardLayout(columns, rows, true, 'signal');
  const element = (view: RunView) => (
    <UiContext.Provider value={{ colorLevel, columns, rows, createRun: inThreadRun }}>
      <DashboardView view={view} state={state} layout={layout} />
    </UiContext.Provider>
  );
  const instance = render(element(views[0]), { stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false, exitOnCtrlC: false });
  bytes = 0;
  const rate = framesPerSecond(views.length - 5, (frame) => instance.rerender(element(views[frame % views.length])));
  const frames = views.length - 5 + 5;
  instance.unmount();
  return { framesPerSecond: rate, bytesPerFrame: bytes / frames };
}

console.log('');
console.log('dashboard frames per second (moons 16,16 relu; baseline: the same frame without colour)');
console.log(`${'frame'.padEnd(34)} ${'truecolor'.padStart(10)} ${'no colour'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const [columns, rows] of [
  [80, 24],
  [120, 40],
] as const) {
  const views = collectViews(60, columns, rows);
  const pureColor = framesPerSecond(300, (frame) => pureFrame(views[frame % views.length], columns, rows, 'truecolor'));
  const pureNone = framesPerSecond(300, (frame) => pureFrame(views[frame % views.length], columns, rows, 'none'));
  console.log(`${`renderers only ${columns}x${rows}`.padEnd(34)} ${pureColor.toFixed(0).padStart(10)} ${pureNone.toFixed(0).padStart(10)} ${`${(pureColor / pureNone).toFixed(2)}x`.padStart(7)}`);
  const inkColor = inkFrames(views, columns, rows, 'truecolor');
  const inkNone = inkFrames(views, columns, rows, 'none');
  console.log(
    `${`whole Ink frame ${columns}x${rows}`.padEnd(34)} ${inkColor.framesPerSecond.toFixed(0).padStart(10)} ${inkNone.framesPerSecond.toFixed(0).padStart(10)} ${`${(inkColor.framesPerSecond / inkNone.framesPerSecond).toFixed(2)}x`.padStart(7)}` +
      `   (${(inkColor.bytesPerFrame / 1024).toFixed(1)} KiB vs ${(inkNone.bytesPerFrame / 1024).toFixed(1)} KiB a frame)`,
  );
}
