import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSweep } from '../../src/experiment/sweep-plan.js';

/** The workers run compiled JavaScript: use the built module (npm test builds first). */
const builtModule = new URL('../../dist/runs/sweep-pool.js', import.meta.url);
const load = async () => {
  expect(existsSync(builtModule), 'dist/ is built by npm test before vitest').toBe(true);
  return (await import(builtModule.href)) as typeof import('../../src/runs/sweep-pool.js');
};

const jobs = planSweep([{ source: 'test', values: { dataset: 'circles', hidden: '8', init: 'normal', steps: 150 } }], { scales: [0.01, 0.1, 1], depths: [1, 2], seeds: 2 });

describe('runSweep', () => {
  it('gives the same records in this thread and on a pool of 2, each job trained on its own', async () => {
    const { runSweep } = await load();
    const heard: number[] = [];
    const inThread = await runSweep(jobs, { workers: 0, onRecord: (record) => heard.push(record.index) }).done;
    const pooled = await runSweep(jobs, { workers: 2 }).done;
    expect(pooled).toEqual(inThread);
    expect(inThread.map((record) => record.index)).toEqual(jobs.map((job) => job.index));
    expect(heard.sort((a, b) => a - b)).toEqual(jobs.map((job) => job.index));
  });

  it('cancel stops every worker: done rejects and nothing is reported after', async () => {
    const { runSweep, SweepCancelled } = await load();
    const long = planSweep([{ source: 'test', values: { dataset: 'spiral', hidden: '64x4', init: 'normal', steps: 200_000, until: 'steps' } }], { scales: [0.1, 1], seeds: 2 });
    let heard = 0;
    const handle = runSweep(long, { workers: 2, onRecord: () => (heard += 1) });
    setTimeout(() => handle.cancel(), 200);
    await expect(handle.done).rejects.toBeInstanceOf(SweepCancelled);
    expect(heard).toBe(0);
  });
});
