import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/experiment/config.js';
import { runExperiment } from '../../src/experiment/experiment.js';
import { prepareDataset, Session } from '../../src/experiment/session.js';
import { CHECK_STEPS } from '../../src/experiment/stopping-rule.js';

const config = (values: Record<string, unknown>) => resolveConfig([{ source: 'test', values }]);
/** Converges on XOR well before 100 000 steps (loss < 1e-3, every point right). */
const converging = config({ dataset: 'xor', activation: 'tanh', init: 'xavier-uniform', lr: 0.5, steps: 100_000 });

/** Drives a session to its end in chunks of `chunk` steps; returns where and why it stopped. */
function stopOf(session: Session, chunk: number) {
  while (!session.isDone) session.advance(chunk);
  return { step: session.step, reason: session.stopReason, stepsToTarget: session.stepsToTarget };
}

describe('the stopping rule', () => {
  it('stops a converging run at the same check step in any chunks', () => {
    const stops = [1, 7, 100, 4096].map((chunk) => stopOf(new Session(converging), chunk));
    expect(stops[0].reason).toBe('converged');
    expect(stops[0].step % CHECK_STEPS).toBe(0);
    expect(stops[0].step).toBeLessThan(100_000);
    for (const stop of stops) expect(stop).toEqual(stops[0]);
  });

  it('ends `run` (runExperiment) at that same step, and says why', () => {
    const expected = stopOf(new Session(converging), 33);
    const { summary, records } = runExperiment(converging);
    expect(summary.steps).toBe(expected.step);
    expect(summary.stoppedBy).toBe('converged');
    expect(summary.stepsToTarget).toBe(expected.stepsToTarget);
    expect(records.at(-1)?.step).toBe(expected.step);
    // The record at the target step is the first logged one at or below the target loss.
    const firstBelow = records.find((record) => record.trainLoss <= converging.targetLoss);
    expect(firstBelow?.step).toBe(summary.stepsToTarget);
  });

  it('with until steps trains every step, past convergence', () => {
    const all = config({ ...converging, hidden: [4], until: 'steps', steps: 3000 });
    const stop = stopOf(new Session(all), 250);
    expect(stop).toMatchObject({ step: 3000, reason: 'steps' });
  });

  it('zero init never reaches the target: stepsToTarget stays undefined', () => {
    const zeros = config({ dataset: 'xor', init: 'zeros', steps: 600 });
    const stop = stopOf(new Session(zeros), 64);
    expect(stop).toEqual({ step: 600, reason: 'steps', stepsToTarget: undefined });
    expect(runExperiment(zeros).summary.stepsToTarget).toBeNull();
  });

  it('stops a diverging run at the step its loss stopped being finite, in any chunks', () => {
    const diverging = config({ dataset: 'moons', hidden: '32x4', activation: 'relu', init: 'normal', initScale: 50, optimizer: 'sgd', batch: 0, lr: 100, steps: 500 });
    const stops = [1, 13, 500].map((chunk) => stopOf(new Session(diverging), chunk));
    expect(stops[0].reason).toBe('diverged');
    for (const stop of stops) expect(stop).toEqual(stops[0]);
    expect(runExperiment(diverging).summary).toMatchObject({ stoppedBy: 'diverged', diverged: true, steps: stops[0].step });
  });

  it('a session on a prepared dataset trains exactly as one that loads its own', () => {
    const moons = config({ dataset: 'moons', hidden: '8,8', steps: 300 });
    const shared = prepareDataset(moons);
    const first = runExperiment(moons);
    const second = runExperiment(moons, undefined, { dataset: shared });
    expect(second.finalWeights).toEqual(first.finalWeights);
    expect(() => new Session(config({ dataset: 'xor' }), { dataset: shared })).toThrow(/moons/);
  });
});
