import { afterEach, describe, expect, it } from 'vitest';
import type { InitName } from '../../src/engine/initializers/index.js';
import { initNames } from '../../src/engine/initializers/index.js';
import { planComparison } from '../../src/experiment/comparison.js';
import type { ConfigInput } from '../../src/experiment/config.js';
import { seriesStyles } from '../../src/render/series-styles.js';
import type { RunSpec } from '../../src/runs/run-view.js';
import { App } from '../../src/ui/app.js';
import type { InkTestInstance } from '../helpers/ink-render.js';
import { cleanupInAct, renderInAct } from '../helpers/ink-render.js';
import { keys, pressKey } from '../helpers/ink-keys.js';
import { declareActEnvironment, plainFrame, waitForFrame, waitForText } from '../helpers/wait-for-frame.js';

declareActEnvironment();
afterEach(cleanupInAct);

const HOME_TITLE = 'init-tui: why do neural-network weights start random?';
/** ink-testing-library's stdout: 100 columns, no rows (the app assumes 24). */
const COLUMNS = 100;
const ROWS = 24;

/** XOR with 4 hidden units, long enough to be running whenever a test looks (until: steps, so no run converges early). */
const longXor: ConfigInput = { dataset: 'xor', hidden: '4', steps: 100_000, until: 'steps' };

/** A comparison of `inits` on top of `values`, as `init-tui --init a,b` plans it. */
function comparisonOf(inits: readonly InitName[], values: ConfigInput = longXor): RunSpec[] {
  return planComparison([{ source: 'test', values }], { init: inits }, 'test').map(({ config, label }) => ({ config, label }));
}

/** The compare dashboard opened directly for zeros against xavier-uniform, and the exit codes the app reported. */
async function openComparison(runs: readonly RunSpec[] = comparisonOf(['zeros', 'xavier-uniform'])): Promise<{ app: InkTestInstance; exitCodes: number[] }> {
  const exitCodes: number[] = [];
  const app = await renderInAct(<App colorLevel="none" comparison={runs} onExit={(code) => exitCodes.push(code)} />);
  await waitForText(app.lastFrame, ['Train loss, 2 runs', '1 of 4 distinct']);
  return { app, exitCodes };
}

const linesOf = (frame: string) => frame.split('\n');
/** The line that `pattern` matches, or undefined. */
const lineMatching = (frame: string, pattern: RegExp) => linesOf(frame).find((line) => pattern.test(line));
/** The second header line (the state, then the steps): the first line after "init-tui ...". */
const stateLine = (frame: string) => {
  const lines = linesOf(frame);
  return lines[lines.findIndex((line) => line.startsWith('init-tui ')) + 1] ?? '';
};
/** The step a header shows ("step 12/100000"). */
const shownStep = (frame: string) => Number(/ step (\d+)\/100000 /.exec(stateLine(frame))?.[1] ?? Number.NaN);

/** The comparison's run rows, "▶1 ━ zeros ... 1 of 4 distinct ...". */
const zerosRow = (marker: '▶' | ' ') => new RegExp(`^${marker}1 ━ zeros {10}1 of 4 distinct {2}loss `);
const xavierRow = (marker: '▶' | ' ') => new RegExp(`^${marker}2 ┄ xavier-uniform 4 distinct {7}loss `);
/** Both rows, with run `focused` (1 or 2) marked. */
const hasRows = (frame: string, focused: 1 | 2) =>
  lineMatching(frame, zerosRow(focused === 1 ? '▶' : ' ')) !== undefined && lineMatching(frame, xavierRow(focused === 2 ? '▶' : ' ')) !== undefined;
const isComparison = (frame: string) => frame.includes('Train loss, 2 runs') && frame.startsWith('init-tui compare 2 runs · xor · 4 tanh');

/** Opens run `run` (1 or 2) from the comparison, reads the step its own header shows, and comes back. */
async function stepOfRun(app: InkTestInstance, run: 1 | 2, label: string): Promise<number> {
  await pressKey(app.stdin, String(run));
  await waitForFrame(app.lastFrame, (frame) => hasRows(frame, run));
  await pressKey(app.stdin, keys.enter);
  const single = await waitForFrame(app.lastFrame, (frame) => stateLine(frame).startsWith(`PAUSED run ${run}/2 ${label} · step `));
  const step = shownStep(single);
  await pressKey(app.stdin, keys.escape);
  await waitForFrame(app.lastFrame, (frame) => isComparison(frame) && hasRows(frame, run));
  return step;
}

describe('compare dashboard: what it shows', () => {
  it('the chart is titled for 2 runs with a legend entry per run, in its no-colour line style', async () => {
    const { app } = await openComparison();
    const frame = await waitForText(app.lastFrame, 'Train loss, 2 runs (log scale, l: linear)');
    // The second series is drawn dashed without colour: its legend sample is '┄'.
    expect(seriesStyles.dashed.legendSample).toBe('┄');
    const legend = lineMatching(frame, /━ 1 zeros/);
    expect(legend, frame).toBe('━ 1 zeros ┄ 2 xavier-uniform  (log)');
    const lines = linesOf(frame);
    expect(lines.indexOf(legend!)).toBe(lines.findIndex((line) => line.startsWith('Train loss, 2 runs')) + 1);
  });

  it('a row per run: zeros reads "1 of 4 distinct", xavier-uniform "4 distinct", the first run focused', async () => {
    const { app } = await openComparison();
    const frame = await waitForFrame(app.lastFrame, (text) => hasRows(text, 1));
    expect(lineMatching(frame, zerosRow('▶')), frame).toBeDefined();
    expect(lineMatching(frame, xavierRow(' ')), frame).toBeDefined();
    expect(linesOf(frame).filter((line) => line.includes('▶'))).toHaveLength(1);
    expect(frame).toContain('Runs (target: steps to train loss 0.1) · ←→/1-2 focus · Enter opens');
  });

  it('the header names what the runs share and where they stand', async () => {
    const { app } = await openComparison();
    const frame = await waitForFrame(app.lastFrame, (text) => stateLine(text).startsWith('RUNNING step '));
    expect(linesOf(frame)[0]).toBe('init-tui compare 2 runs · xor · 4 tanh · sgd lr 0.5 · full batch · seed 1 · until steps');
    expect(stateLine(frame)).toMatch(/^RUNNING step \d+\/100000 · 2 running · 1000 steps\/s each$/);
  });

  it('no line of the frame is wider than the 100 columns, and the frame is at most rows - 1 tall', async () => {
    const { app } = await openComparison();
    // Look at a frame with numbers in it (loss and accuracy on both rows) and the mini heatmaps.
    const frame = await waitForFrame(app.lastFrame, (text) => hasRows(text, 1) && shownStep(text) > 0);
    const lines = linesOf(frame);
    expect(lines.length, frame).toBeLessThanOrEqual(ROWS - 1);
    for (const [index, line] of lines.entries()) expect(Array.from(line).length, `line ${index}: "${line}"`).toBeLessThanOrEqual(COLUMNS);
    // Everything shows at 100x24 with 2 runs: the footer is the last line, in its 100-column form, with no tab.
    expect(lines.at(-1)).toBe('spc pause n step r restart s seed +/- speed l log [] layer ←→ focus Enter open ? q');
    // The mini heatmaps: one per run, titled with its line sample, number and label.
    expect(lineMatching(frame, /^━ 1 zeros +┄ 2 xavier-uniform$/), frame).toBeDefined();
  });
});

describe('compare dashboard: focus, open and back', () => {
  it('right arrow focuses run 2, "1" focuses run 1 again', async () => {
    const { app } = await openComparison();
    await waitForFrame(app.lastFrame, (frame) => hasRows(frame, 1));
    await pressKey(app.stdin, keys.right);
    await waitForFrame(app.lastFrame, (frame) => hasRows(frame, 2));
    await pressKey(app.stdin, '1');
    await waitForFrame(app.lastFrame, (frame) => hasRows(frame, 1));
    // Right from the last run wraps to the first; left from the first wraps to the last.
    await pressKey(app.stdin, keys.left);
    await waitForFrame(app.lastFrame, (frame) => hasRows(frame, 2));
    await pressKey(app.stdin, keys.right);
    await waitForFrame(app.lastFrame, (frame) => hasRows(frame, 1));
  });

  it('Enter opens the focused run full size; Esc comes back with both runs; Enter on run 2 opens run 2', async () => {
    const { app, exitCodes } = await openComparison();
    await pressKey(app.stdin, keys.enter);
    const zeros = await waitForText(app.lastFrame, ['Symmetry: layer 1/1, 4 units', 'symmetric: 4 units act as 1']);
    expect(stateLine(zeros)).toMatch(/^RUNNING run 1\/2 zeros · step \d+\/100000 · /);
    expect(linesOf(zeros)[0]).toMatch(/^init-tui xor · 4 tanh · init zeros · /);
    expect(zeros).not.toContain('Train loss, 2 runs');

    await pressKey(app.stdin, keys.escape);
    const back = await waitForFrame(app.lastFrame, (frame) => isComparison(frame) && hasRows(frame, 1));
    expect(back).not.toContain('Symmetry: layer');

    await pressKey(app.stdin, keys.right);
    await waitForFrame(app.lastFrame, (frame) => hasRows(frame, 2));
    await pressKey(app.stdin, keys.enter);
    const xavier = await waitForText(app.lastFrame, ['Symmetry: layer 1/1, 4 units', 'broken: 4 distinct units']);
    expect(stateLine(xavier)).toMatch(/^RUNNING run 2\/2 xavier-uniform · step \d+\/100000 · /);
    expect(linesOf(xavier)[0]).toMatch(/^init-tui xor · 4 tanh · init xavier-uniform · /);

    await pressKey(app.stdin, keys.escape);
    await waitForFrame(app.lastFrame, (frame) => isComparison(frame) && hasRows(frame, 2));
    expect(exitCodes).toEqual([]);
  });

  it('q goes back to the menus', async () => {
    const { app, exitCodes } = await openComparison();
    await pressKey(app.stdin, 'q');
    const home = await waitForText(app.lastFrame, HOME_TITLE);
    expect(home).toContain('❯ New experiment');
    expect(home).not.toContain('Train loss');
    expect(exitCodes).toEqual([]);
  });
});

describe('compare dashboard: keys act on every run', () => {
  it('space pauses every run (PAUSED in the header); n then trains exactly one step of each', async () => {
    const { app } = await openComparison();
    await waitForFrame(app.lastFrame, (frame) => stateLine(frame).startsWith('RUNNING step '));
    await pressKey(app.stdin, keys.space);
    const paused = await waitForFrame(app.lastFrame, (frame) => /^PAUSED step \d+\/100000 · 2 paused · /.test(stateLine(frame)));
    const pausedStep = shownStep(paused);
    expect(Number.isInteger(pausedStep)).toBe(true);

    const before = [await stepOfRun(app, 1, 'zeros'), await stepOfRun(app, 2, 'xavier-uniform')];
    expect(before.every(Number.isInteger), `steps ${before}`).toBe(true);
    // Paused: nothing trained while the runs were opened.
    expect(shownStep(plainFrame(app.lastFrame))).toBe(Math.max(...before));

    await pressKey(app.stdin, 'n');
    const stepped = await waitForFrame(app.lastFrame, (frame) => shownStep(frame) === Math.max(...before) + 1);
    expect(stateLine(stepped)).toMatch(/^PAUSED step /);
    const after = [await stepOfRun(app, 1, 'zeros'), await stepOfRun(app, 2, 'xavier-uniform')];
    expect(after).toEqual(before.map((step) => step + 1));
  });

  it('s restarts every run with the next seed, shown in the compare header', async () => {
    const { app } = await openComparison();
    await waitForFrame(app.lastFrame, (frame) => linesOf(frame)[0].includes(' · seed 1 · '));
    await pressKey(app.stdin, 's');
    const reseeded = await waitForFrame(app.lastFrame, (frame) => linesOf(frame)[0].includes(' · seed 2 · '));
    expect(linesOf(reseeded)[0]).toBe('init-tui compare 2 runs · xor · 4 tanh · sgd lr 0.5 · full batch · seed 2 · until steps');
    // Still both runs, still zeros symmetric.
    expect(hasRows(reseeded, 1), reseeded).toBe(true);
  });

  it('? opens the compare help over the panels and any key closes it', async () => {
    const { app } = await openComparison();
    await pressKey(app.stdin, '?');
    const help = await waitForText(app.lastFrame, ['Keys', 'any key closes it']);
    expect(help).not.toContain('Train loss, 2 runs');
    await pressKey(app.stdin, 'x');
    await waitForFrame(app.lastFrame, (frame) => isComparison(frame) && !frame.includes('any key closes it'));
  });
});

describe('compare dashboard: six runs at 100x24', () => {
  const sixInits: readonly InitName[] = ['zeros', 'ones', 'xavier-uniform', 'xavier-normal', 'he-uniform', 'he-normal'];
  const styleSamples = ['━', '┄', '┈', '═', '•', '×'];

  async function openSix(): Promise<InkTestInstance> {
    const app = await renderInAct(<App colorLevel="none" comparison={comparisonOf(sixInits)} onExit={() => undefined} />);
    await waitForText(app.lastFrame, ['Train loss, 6 runs', '6 ×']);
    return app;
  }
  /** The rows of the runs table, "▶1 ━ zeros ...". */
  const runRows = (frame: string) => linesOf(frame).filter((line) => /^[▶ ][1-6] \S /.test(line));

  it('a row per run with its own line sample; the frame fits 100x23', async () => {
    const app = await openSix();
    const frame = await waitForFrame(app.lastFrame, (text) => runRows(text).length === 6);
    expect(runRows(frame).map((line) => line.slice(0, 4 + 1 + 14).trimEnd())).toEqual(
      sixInits.map((init, index) => `${index === 0 ? '▶' : ' '}${index + 1} ${styleSamples[index]} ${init}`),
    );
    expect(lineMatching(frame, /^━ 1 zeros/)).toBe(
      '━ 1 zeros ┄ 2 ones ┈ 3 xavier-uniform ═ 4 xavier-normal • 5 he-uniform × 6 he-normal  (log)',
    );
    const lines = linesOf(frame);
    expect(lines.length).toBeLessThanOrEqual(ROWS - 1);
    for (const [index, line] of lines.entries()) expect(Array.from(line).length, `line ${index}: "${line}"`).toBeLessThanOrEqual(COLUMNS);
    // The runs table and the heatmaps do not both fit: the footer offers tab.
    expect(lines.at(-1)).toContain(' tab ');
  });

  it('digits 1-6 focus a run; 7 is no run and changes nothing', async () => {
    const app = await openSix();
    for (const run of [6, 3, 1]) {
      await pressKey(app.stdin, String(run));
      await waitForFrame(app.lastFrame, (frame) => runRows(frame).filter((line) => line.startsWith('▶')).join() === runRows(frame)[run - 1] && runRows(frame)[run - 1].startsWith(`▶${run}`));
    }
    await pressKey(app.stdin, '7');
    await pressKey(app.stdin, keys.enter);
    await waitForFrame(app.lastFrame, (frame) => stateLine(frame).startsWith('RUNNING run 1/6 zeros · '));
  });

  it('tab shows the mini heatmaps in place of the runs table, and tab again the table', async () => {
    const app = await openSix();
    await waitForFrame(app.lastFrame, (frame) => runRows(frame).length === 6);
    // The first tab after opening: the dashboard starts with its cycled panel at 'signal', which is
    // not one of the compare slot's ['runs', 'heatmaps']; that press must still show the heatmaps.
    await pressKey(app.stdin, keys.tab);
    const heatmaps = await waitForFrame(app.lastFrame, (frame) => runRows(frame).length === 0 && /^━ 1 zeros {2,}┄ 2 ones {2,}┈ 3 xavier-uniform/m.test(frame), 3_000);
    expect(heatmaps).not.toContain('Runs (target');
    await pressKey(app.stdin, keys.tab);
    await waitForFrame(app.lastFrame, (frame) => runRows(frame).length === 6 && frame.includes('Runs (target'), 3_000);
  });

  it('with the heatmaps shown, focusing run 6 brings its heatmap into the row', async () => {
    const app = await openSix();
    await waitForFrame(app.lastFrame, (frame) => runRows(frame).length === 6);
    // Ink renders synchronously here (debug mode) and act() flushes the key's update, so the frame
    // after the press is the one the key made. The first tab may show nothing new (see the test
    // above): then a second one is needed. This test is about the heatmaps, not about tab.
    await pressKey(app.stdin, keys.tab);
    if (runRows(plainFrame(app.lastFrame)).length > 0) await pressKey(app.stdin, keys.tab);
    await waitForFrame(app.lastFrame, (frame) => runRows(frame).length === 0 && /^━ 1 zeros {2,}┄ 2 ones/m.test(frame), 3_000);
    await pressKey(app.stdin, '6');
    // Five heatmaps of 18 columns fit in 100: runs 2 to 6.
    const frame = await waitForFrame(app.lastFrame, (text) => /^┄ 2 ones {2,}┈ 3 xavier-uniform {2,}═ 4 xavier-normal {2,}• 5 he-uniform {2,}× 6 he-normal/m.test(text), 3_000);
    expect(lineMatching(frame, /^━ 1 zeros {2,}┄/)).toBeUndefined();
  });
});

describe('compare dashboard: from the menus', () => {
  it('Home, Compare inits, XOR, tiny, choose the inits (refused with one), scale, training, start: a row per chosen init', async () => {
    const exitCodes: number[] = [];
    const app = await renderInAct(<App colorLevel="none" onExit={(code) => exitCodes.push(code)} />);
    await waitForText(app.lastFrame, HOME_TITLE);
    await pressKey(app.stdin, keys.down);
    await waitForText(app.lastFrame, '❯ Compare inits');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['Compare inits 1/4: dataset', '❯ XOR']);
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['Compare inits 2/4: architecture (xor)', '❯ tiny: 4 tanh']);
    await pressKey(app.stdin, keys.enter);

    // zeros, xavier-normal and he-normal start chosen, zeros highlighted.
    const select = await waitForText(app.lastFrame, ['Compare inits 3/4: the inits to compare (space chooses)', 'chosen (3): zeros, xavier-normal, he-normal']);
    expect(select).toContain('❯ [x] zeros');
    expect(select).toContain('  [x] xavier-normal');
    expect(select).toContain('  [x] he-normal');
    expect(select).toContain('  [ ] xavier-uniform');

    // Space unchooses the highlighted zeros.
    await pressKey(app.stdin, keys.space);
    await waitForText(app.lastFrame, ['❯ [ ] zeros', 'chosen (2): xavier-normal, he-normal']);
    // Down to xavier-normal and unchoose it: one left, which Enter refuses.
    for (let press = 0; press < initNames.indexOf('xavier-normal'); press++) await pressKey(app.stdin, keys.down);
    await waitForText(app.lastFrame, '❯ [x] xavier-normal');
    await pressKey(app.stdin, keys.space);
    await waitForText(app.lastFrame, ['❯ [ ] xavier-normal', 'chosen (1): he-normal']);
    await pressKey(app.stdin, keys.enter);
    const refused = await waitForText(app.lastFrame, 'choose 2 to 6 (space chooses); 1 chosen');
    expect(refused).toContain('Compare inits 3/4');
    expect(refused).not.toContain('scale and bias');

    // Choosing again clears the problem; back up to zeros and choose it: zeros and he-normal.
    for (let press = 0; press < initNames.indexOf('xavier-normal'); press++) await pressKey(app.stdin, keys.up);
    await waitForFrame(app.lastFrame, (frame) => frame.includes('❯ [ ] zeros') && !frame.includes('choose 2 to 6'));
    await pressKey(app.stdin, keys.space);
    await waitForText(app.lastFrame, ['❯ [x] zeros', 'chosen (2): zeros, he-normal']);
    await pressKey(app.stdin, keys.enter);

    await waitForText(app.lastFrame, 'Compare inits 3/4: scale and bias, shared by zeros, he-normal');
    await pressKey(app.stdin, keys.enter);
    const training = await waitForText(app.lastFrame, ['Compare inits 4/4: training', 'xor · 4 tanh · zeros, he-normal x1 · bias 0']);
    expect(training).toContain('‹ sgd ›');
    await pressKey(app.stdin, keys.enter);

    const dashboard = await waitForFrame(
      app.lastFrame,
      (frame) => frame.includes('Train loss, 2 runs') && /^▶1 ━ zeros {5}1 of 4 distinct /m.test(frame) && /^ 2 ┄ he-normal 4 distinct /m.test(frame),
    );
    expect(linesOf(dashboard)[0]).toMatch(/^init-tui compare 2 runs · xor · 4 tanh · sgd lr 0.5 · full batch · seed 1 · until converged/);
    expect(lineMatching(dashboard, /━ 1 zeros/)).toBe('━ 1 zeros ┄ 2 he-normal  (log)');
    expect(linesOf(dashboard).filter((line) => /^[▶ ]\d [━┄┈═•×○+] /.test(line))).toHaveLength(2);

    // q goes back to the training form it came from.
    await pressKey(app.stdin, 'q');
    await waitForText(app.lastFrame, 'Compare inits 4/4: training');
    expect(exitCodes).toEqual([]);
  });
});
