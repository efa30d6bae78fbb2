import { afterEach, describe, expect, it } from 'vitest';
import { datasetNames } from '../../src/data/index.js';
import { initNames } from '../../src/engine/initializers/index.js';
import { planSweep } from '../../src/experiment/sweep-plan.js';
import type { SweepRunRecord } from '../../src/experiment/sweep-run.js';
import { runSweepJob } from '../../src/experiment/sweep-run.js';
import { SweepCancelled } from '../../src/runs/sweep-pool.js';
import { App } from '../../src/ui/app.js';
import type { SweepFactory } from '../../src/ui/ui-context.js';
import { cleanupInAct, renderInAct } from '../helpers/ink-render.js';
import { keys, pressKey } from '../helpers/ink-keys.js';
import { declareActEnvironment, waitForText } from '../helpers/wait-for-frame.js';

declareActEnvironment();
afterEach(cleanupInAct);

/** A sweep factory the test drives by hand: runs finish when the test says so. */
function manualSweep() {
  const state = { cancelled: 0, started: 0, finish: (_count: number) => undefined as void };
  const factory: SweepFactory = (jobs, onRecord) => {
    state.started += 1;
    let next = 0;
    let settle: { resolve: (records: SweepRunRecord[]) => void; reject: (error: unknown) => void } | undefined;
    const records: SweepRunRecord[] = [];
    const done = new Promise<SweepRunRecord[]>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined);
    state.finish = (count) => {
      for (let index = 0; index < count && next < jobs.length; index++) {
        const record = runSweepJob(jobs[next++]);
        records.push(record);
        onRecord(record);
      }
      if (next === jobs.length) settle!.resolve(records);
    };
    return { done, cancel: () => (state.cancelled += 1, settle!.reject(new SweepCancelled())) };
  };
  return { state, factory };
}

describe('How small? (scale sweep)', () => {
  it('walks home -> dataset -> architecture -> init -> sweep form, then the chart fills in as runs finish', async () => {
    const { state, factory } = manualSweep();
    const app = await renderInAct(<App colorLevel="none" onExit={() => undefined} createSweep={factory} />);
    await waitForText(app.lastFrame, 'How small? (sweep)');
    for (let press = 0; press < 2; press++) await pressKey(app.stdin, keys.down);
    await waitForText(app.lastFrame, '❯ How small? (sweep)');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'How small? (scale sweep) 1/4: dataset');
    for (let press = 0; press < datasetNames.indexOf('circles'); press++) await pressKey(app.stdin, keys.down);
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'How small? (scale sweep) 2/4: architecture (circles)');
    await pressKey(app.stdin, keys.down);
    await pressKey(app.stdin, keys.enter);
    // The init menu says what theory makes of the highlighted init on this architecture.
    const initMenu = await waitForText(app.lastFrame, 'How small? (scale sweep) 3/4: weight init');
    expect(initMenu).toContain("Theory: xavier-uniform: ordered (chi_1 0.5)");
    expect(initMenu).toContain("theory's pick here: he-normal");
    for (let press = 0; press < initNames.indexOf('xavier-uniform') - initNames.indexOf('normal'); press++) await pressKey(app.stdin, keys.up);
    await waitForText(app.lastFrame, '❯ normal');
    await pressKey(app.stdin, keys.enter);
    // The form: depths 2,8 -> 1,4; scales 1e-2:1e1:7; seeds 1; steps 100.
    await waitForText(app.lastFrame, ['How small? (scale sweep) 4/4: what to sweep', 'circles · width 16 relu · init normal', '66 runs']);
    await pressKey(app.stdin, keys.left);
    await pressKey(app.stdin, keys.down);
    await pressKey(app.stdin, keys.right);
    await pressKey(app.stdin, keys.right);
    await pressKey(app.stdin, keys.down);
    await pressKey(app.stdin, keys.left);
    await pressKey(app.stdin, keys.left);
    await pressKey(app.stdin, keys.down);
    for (let press = 0; press < 6; press++) await pressKey(app.stdin, keys.left);
    await waitForText(app.lastFrame, '14 runs');
    await pressKey(app.stdin, keys.enter);
    const waiting = await waitForText(app.lastFrame, ['How small? circles · width 16 relu · init normal · depths 1,4 · 7 scales x 1 seed', '[····················] 0/14 runs']);
    expect(waiting).toContain('waiting for the first of 14 runs');
    expect(state.started).toBe(1);
    state.finish(7);
    const half = await waitForText(app.lastFrame, '7/14 runs');
    expect(half).toMatch(/━ 1x relu/);
    expect(half).toMatch(/^1x relu\s+\S+/m);
    expect(half).not.toMatch(/^4x relu/m);
    state.finish(7);
    const done = await waitForText(app.lastFrame, 'done: 14 runs in');
    expect(done).toMatch(/^4x relu\s+\S+/m);
    expect(done).toContain('init scale (log)');
    expect(done).toContain('q back');
    for (const line of done.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('q cancels a sweep under way and goes back to the form', async () => {
    const { state, factory } = manualSweep();
    const jobs = planSweep([{ source: 'test', values: { dataset: 'xor', hidden: '4', init: 'normal', steps: 100 } }], { scales: [0.1, 1], seeds: 1 });
    const app = await renderInAct(<App colorLevel="none" onExit={() => undefined} createSweep={factory} />);
    await waitForText(app.lastFrame, 'How small? (sweep)');
    // Start from the form's defaults on xor: home, dataset, architecture, init, form.
    for (let press = 0; press < 2; press++) await pressKey(app.stdin, keys.down);
    for (const _ of [0, 1, 2, 3, 4]) await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, '0/');
    expect(jobs.length).toBe(2);
    await pressKey(app.stdin, 'q');
    await waitForText(app.lastFrame, 'How small? (scale sweep) 4/4: what to sweep');
    expect(state.cancelled).toBeGreaterThanOrEqual(1);
  });
});
