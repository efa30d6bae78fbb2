/**
 * `npm run bench`, part 2: run groups. Wall-clock rates (the runs use several threads), each
 * against a baseline measured in the same run, in alternating rounds; figures, never assertions.
 *  - compare of 4 runs (spiral, 32,32 tanh, batch 32) on 1 worker against the pool;
 *  - the app's training rate at its top speed (PooledRunGroup, views measured ~10 Hz) against
 *    headless training of the same config, for one run and for a compare of 4;
 *  - a scale sweep of 16 runs: runs finished per second on the pool against 1 worker.
 */
import { resolveConfig } from '../src/experiment/config.js';
import { runExperiment } from '../src/experiment/experiment.js';
import { planSweep } from '../src/experiment/sweep-plan.js';
import { logGroup } from '../src/runs/log-group.js';
import { runSweep } from '../src/runs/sweep-pool.js';
import { defaultPoolSize } from '../src/runs/pool-size.js';
import { PooledRunGroup } from '../src/runs/pooled-run-group.js';
import type { RunSpec } from '../src/runs/run-view.js';

const inits = ['xavier-normal', 'he-normal', 'orthogonal', 'lecun-normal'];
const specsOf = (steps: number, count: number): RunSpec[] =>
  inits.slice(0, count).map((init) => ({
    config: resolveConfig([
      { source: 'bench', values: { dataset: 'spiral', hidden: '32,32', activation: 'tanh', init, optimizer: 'adam', lr: 0.01, batch: 32, steps, until: 'steps', logEvery: Math.max(steps, 1) } },
    ]),
    label: init,
  }));

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Steps per second of every run together, headless: `logGroup` on `workers` threads (0: this thread). */
async function headlessRate(specs: readonly RunSpec[], workers: number): Promise<number> {
  const started = performance.now();
  const summaries = await logGroup(specs, { record: () => undefined }, { workers });
  const steps = summaries.reduce((total, summary) => total + summary.steps, 0);
  return (steps * 1000) / (performance.now() - started);
}

/** Steps per second of one run headless in this thread, as `init-tui run` trains it (logging only at the ends). */
function runRate(spec: RunSpec): number {
  const started = performance.now();
  const { summary } = runExperiment(spec.config);
  return (summary.steps * 1000) / (performance.now() - started);
}

/** Steps per second of every run together in the app's group at its top speed, over `seconds` after a warm-up. */
async function appRate(specs: readonly RunSpec[], seconds: number): Promise<number> {
  const group = new PooledRunGroup(specs, { stepsPerSecond: Infinity });
  const total = () => group.views().reduce((sum, view) => sum + (view?.snapshot.step ?? 0), 0);
  try {
    while (group.views().some((view) => view === undefined)) await sleep(20);
    await sleep(1000);
    const [startSteps, started] = [total(), performance.now()];
    await sleep(seconds * 1000);
    return ((total() - startSteps) * 1000) / (performance.now() - started);
  } finally {
    group.stop();
  }
}

/** The best of `rounds` alternating rounds of each contender. */
async function alternate(contenders: Record<string, () => Promise<number> | number>, rounds: number): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, measure] of Object.entries(contenders)) best[name] = Math.max(best[name] ?? 0, await measure());
  }
  return best;
}

const format = (rate: number) => rate.toFixed(0).padStart(10);
const row = (label: string, rate: number, baseline: number) => console.log(`${label.padEnd(52)} ${format(rate)} ${format(baseline)} ${`${(rate / baseline).toFixed(2)}x`.padStart(7)}`);

const pool = defaultPoolSize();
console.log('');
console.log(`run groups, steps/s of all runs together (wall clock; pool = ${pool} workers on this machine)`);
console.log(`${'case'.padEnd(52)} ${'measured'.padStart(10)} ${'baseline'.padStart(10)} ${'ratio'.padStart(7)}`);
const four = specsOf(20_000, 4);
const compare = await alternate({ pool: () => headlessRate(four, pool), single: () => headlessRate(four, 1) }, 2);
row('compare of 4, headless: pool / 1 worker', compare.pool, compare.single);
const one = specsOf(60_000, 1);
const single = await alternate({ app: () => appRate(specsOf(1e8, 1), 4), headless: () => runRate(one[0]) }, 3);
row('1 run: app at max speed / headless run', single.app, single.headless);
const group = await alternate({ app: () => appRate(specsOf(1e8, 4), 4), headless: () => headlessRate(specsOf(12_000, 4), pool) }, 2);
row('compare of 4: app at max speed / headless compare', group.app, group.headless);

/** Sweep runs finished per second on `workers` threads: 2 depths x 4 scales x 2 seeds of spiral 32-wide relu, 1500 steps each. */
async function sweepRate(workers: number): Promise<number> {
  const jobs = planSweep([{ source: 'bench', values: { dataset: 'spiral', hidden: '32', activation: 'relu', init: 'normal', optimizer: 'adam', lr: 0.01, batch: 32, steps: 1500, until: 'steps' } }], {
    scales: [0.01, 0.1, 0.3, 1],
    depths: [2, 4],
    seeds: 2,
  });
  const started = performance.now();
  await runSweep(jobs, { workers }).done;
  return (jobs.length * 1000) / (performance.now() - started);
}

const sweep = await alternate({ pool: () => sweepRate(pool), single: () => sweepRate(1) }, 2);
console.log(`${'sweep of 16 runs, runs/s: pool / 1 worker'.padEnd(52)} ${sweep.pool.toFixed(2).padStart(10)} ${sweep.single.toFixed(2).padStart(10)} ${`${(sweep.pool / sweep.single).toFixed(2)}x`.padStart(7)}`);
