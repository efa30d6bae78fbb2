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
import type { RunSpec, RunView } from '../src/runs/run-view.js';
import { LocalRunGroup } from '../src/runs/local-run-group.js';
import type { GroupSettings } from '../src/runs/run-group.js';
import { compareLayout } from '../src/ui/compare-layout.js';
import { CompareView } from '../src/ui/dashboard/compare-view.js';
import { DashboardView } from '../src/ui/dashboard/dashboard-view.js';
import { dashboardLayout } from '../src/ui/layout.js';
import { initialDashboardState } from '../src/ui/state/dashboard-state.js';
import { inThreadGroup, inThreadSweep, UiContext } from '../src/ui/ui-context.js';

const moons = (init: string) => resolveConfig([{ source: 'bench', values: { dataset: 'moons', hidden: '16,16', activation: 'relu', init, optimizer: 'adam', lr: 0.01, batch: 32, steps: 100_000 } }]);
const settings: GroupSettings = { isPaused: false, stepsPerSecond: 1000, seed: 1 };

/** Views of real runs (moons, 16,16 relu), one set every 10 steps: `inits` runs in one group. */
function collectViews(count: number, columns: number, rows: number, inits: readonly string[] = ['he-normal']): RunView[][] {
  const specs: RunSpec[] = inits.map((init) => ({ config: moons(init), label: init }));
  const group = new LocalRunGroup(specs, { stepsPerSecond: 1, isPaused: true, scheduler: { now: () => 0, setTimer: () => 0, clearTimer: () => undefined } });
  const layout = dashboardLayout(columns, rows, true, 'signal');
  const decision = layout.rows.flat().find((box) => box.panel === 'decision')!;
  if (inits.length === 1) group.setDecision({ run: 0, columns: decision.width, rows: 2 * (decision.height - 1) });
  const views: RunView[][] = [];
  for (let index = 0; index < count; index++) {
    for (let step = 0; step < 10; step++) group.stepOnce();
    views.push(group.views().map((view) => view!));
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

/** Frames/s and bytes a frame of whole Ink frames: the single dashboard (one view a set) or the compare dashboard. */
function inkFrames(views: RunView[][], columns: number, rows: number, colorLevel: ColorLevel): { framesPerSecond: number; bytesPerFrame: number } {
  let bytes = 0;
  const stdout = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((bytes += chunk.length), done()) }), { columns, rows, isTTY: true });
  const state = initialDashboardState();
  const layout = dashboardLayout(columns, rows, true, 'signal');
  const comparison = compareLayout(columns, rows, views[0].length, 'runs');
  const element = (set: RunView[]) => (
    <UiContext.Provider value={{ colorLevel, columns, rows, createGroup: inThreadGroup, createSweep: inThreadSweep }}>
      {set.length === 1 ? <DashboardView view={set[0]} state={state} settings={settings} layout={layout} /> : <CompareView views={set} state={state} settings={settings} layout={comparison} />}
    </UiContext.Provider>
  );
  const instance = render(element(views[0]), { stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false, exitOnCtrlC: false });
  bytes = 0;
  const rate = framesPerSecond(views.length - 5, (frame) => instance.rerender(element(views[frame % views.length])));
  const frames = views.length - 5 + 5;
  instance.unmount();
  return { framesPerSecond: rate, bytesPerFrame: bytes / frames };
}

const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}x`.padStart(7);
const inkRow = (label: string, views: RunView[][], columns: number, rows: number) => {
  const color = inkFrames(views, columns, rows, 'truecolor');
  const none = inkFrames(views, columns, rows, 'none');
  console.log(
    `${label.padEnd(34)} ${color.framesPerSecond.toFixed(0).padStart(10)} ${none.framesPerSecond.toFixed(0).padStart(10)} ${ratio(color.framesPerSecond, none.framesPerSecond)}` +
      `   (${(color.bytesPerFrame / 1024).toFixed(1)} KiB vs ${(none.bytesPerFrame / 1024).toFixed(1)} KiB a frame)`,
  );
};

console.log('');
console.log('dashboard frames per second (moons 16,16 relu; baseline: the same frame without colour)');
console.log(`${'frame'.padEnd(34)} ${'truecolor'.padStart(10)} ${'no colour'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const [columns, rows] of [
  [80, 24],
  [120, 40],
] as const) {
  const views = collectViews(60, columns, rows);
  const pureColor = framesPerSecond(300, (frame) => pureFrame(views[frame % views.length][0], columns, rows, 'truecolor'));
  const pureNone = framesPerSecond(300, (frame) => pureFrame(views[frame % views.length][0], columns, rows, 'none'));
  console.log(`${`renderers only ${columns}x${rows}`.padEnd(34)} ${pureColor.toFixed(0).padStart(10)} ${pureNone.toFixed(0).padStart(10)} ${ratio(pureColor, pureNone)}`);
  inkRow(`whole Ink frame ${columns}x${rows}`, views, columns, rows);
  inkRow(`compare of 4, Ink frame ${columns}x${rows}`, collectViews(40, columns, rows, ['zeros', 'xavier-normal', 'he-normal', 'orthogonal']), columns, rows);
}
