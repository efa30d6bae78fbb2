import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/experiment/config.js';

/** The worker runs compiled JavaScript: use the built module (npm test builds first). */
const builtModule = new URL('../../dist/runs/worker-live-run.js', import.meta.url);

const waitFor = async <T>(read: () => T | undefined, timeoutMilliseconds: number): Promise<T> => {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMilliseconds) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('WorkerLiveRun', () => {
  it('trains in a worker thread and obeys pause, step and restart', async () => {
    expect(existsSync(builtModule), 'dist/ is built by npm test before vitest').toBe(true);
    const { WorkerLiveRun } = (await import(builtModule.href)) as typeof import('../../src/runs/worker-live-run.js');
    const run = new WorkerLiveRun(resolveConfig([{ source: 'test', values: { dataset: 'xor', init: 'zeros', steps: 100_000 } }]), 1000);
    try {
      await waitFor(() => (run.view() && run.view()!.snapshot.step > 20 ? true : undefined), 20_000);
      expect(run.view()!.snapshot.symmetry[0].distinctUnits).toBe(1);
      run.setPaused(true);
      await waitFor(() => (run.view()?.state === 'paused' ? true : undefined), 5000);
      const paused = run.view()!.snapshot.step;
      run.stepOnce();
      await waitFor(() => (run.view()!.snapshot.step === paused + 1 ? true : undefined), 5000);
      run.restart();
      await waitFor(() => (run.view()!.snapshot.step === 0 ? true : undefined), 5000);
      expect(run.failure()).toBeUndefined();
    } finally {
      run.stop();
    }
  });

  it('reports a failure instead of crashing', async () => {
    const { WorkerLiveRun } = (await import(builtModule.href)) as typeof import('../../src/runs/worker-live-run.js');
    const broken = { ...resolveConfig([{ source: 'test', values: {} }]), dataset: 'no-such-set' } as never;
    const run = new WorkerLiveRun(broken, 10);
    try {
      const failure = await waitFor(() => run.failure(), 20_000);
      expect(failure).toMatch(/no-such-set/);
    } finally {
      run.stop();
    }
  });
});
