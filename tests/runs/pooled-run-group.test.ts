import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/experiment/config.js';
import type { RunSpec, RunView } from '../../src/runs/run-view.js';

/** The workers run compiled JavaScript: use the built module (npm test builds first). */
const builtModule = new URL('../../dist/runs/pooled-run-group.js', import.meta.url);
const load = async () => {
  expect(existsSync(builtModule), 'dist/ is built by npm test before vitest').toBe(true);
  return (await import(builtModule.href)) as typeof import('../../src/runs/pooled-run-group.js');
};

const waitFor = async <T>(read: () => T | undefined, what: string, timeoutMilliseconds = 20_000): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMilliseconds) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

const spec = (init: string, values: Record<string, unknown> = {}): RunSpec => ({
  config: resolveConfig([{ source: 'test', values: { dataset: 'xor', steps: 100_000, init, ...values } }]),
  label: init,
});

const all = (views: readonly (RunView | undefined)[], test: (view: RunView) => boolean) => (views.every((view) => view !== undefined && test(view)) ? true : undefined);

describe('PooledRunGroup', () => {
  it('spreads runs over worker threads and obeys pause, step, restart and reseed on every run', async () => {
    const { PooledRunGroup } = await load();
    const group = new PooledRunGroup([spec('zeros'), spec('xavier-uniform'), spec('he-normal')], { stepsPerSecond: 1000, workers: 2 });
    try {
      await waitFor(() => all(group.views(), (view) => view.snapshot.step > 20), 'every run to train');
      expect(group.views().map((view) => view!.label)).toEqual(['zeros', 'xavier-uniform', 'he-normal']);
      expect(group.views()[0]!.snapshot.symmetry[0].distinctUnits).toBe(1);
      group.setPaused(true);
      expect(group.settings().isPaused).toBe(true);
      await waitFor(() => all(group.views(), (view) => view.state === 'paused'), 'every run paused');
      const paused = group.views().map((view) => view!.snapshot.step);
      for (let press = 0; press < 5; press++) group.stepOnce();
      await waitFor(() => all(group.views(), (view) => view.snapshot.step === paused[view.index] + 5), 'five steps of every run');
      group.reseed();
      expect(group.settings().seed).toBe(2);
      await waitFor(() => all(group.views(), (view) => view.snapshot.step === 0 && view.config.seed === 2), 'every run restarted on seed 2');
      expect(group.failure()).toBeUndefined();
    } finally {
      group.stop();
    }
  });

  it('reports a failure instead of crashing', async () => {
    const { PooledRunGroup } = await load();
    const broken = { config: { ...spec('zeros').config, dataset: 'no-such-set' } as never, label: 'broken' };
    const group = new PooledRunGroup([broken], { stepsPerSecond: 10, workers: 1 });
    try {
      expect(await waitFor(() => group.failure(), 'the failure')).toMatch(/no-such-set/);
    } finally {
      group.stop();
    }
  });
});
