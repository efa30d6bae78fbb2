import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/experiment/config.js';
import { runExperiment } from '../../src/experiment/experiment.js';
import { Session } from '../../src/experiment/session.js';

const config = (values: Record<string, unknown>) => resolveConfig([{ source: 'test', values }]);

describe('session', () => {
  it('changing the init changes neither the data nor the batch order', () => {
    const first = new Session(config({ dataset: 'moons', init: 'xavier-uniform', batch: 16 }));
    const second = new Session(config({ dataset: 'moons', init: 'he-normal', batch: 16 }));
    expect(Array.from(second.dataset.train.x)).toEqual(Array.from(first.dataset.train.x));
    expect(Array.from(second.dataset.test.y)).toEqual(Array.from(first.dataset.test.y));
    expect(second.network.weights()).not.toEqual(first.network.weights());
  });

  it('one seed reproduces the whole run exactly; another seed gives another run', () => {
    const settings = { dataset: 'circles', hidden: '8,8', activation: 'relu', init: 'he-normal', optimizer: 'adam', lr: 0.01, batch: 32, steps: 300 };
    const run = (seed: number) => runExperiment(config({ ...settings, seed }));
    const first = run(3);
    const again = run(3);
    expect(again.records.map((record) => record.trainLoss)).toEqual(first.records.map((record) => record.trainLoss));
    expect(again.finalWeights).toEqual(first.finalWeights);
    expect(run(4).finalWeights).not.toEqual(first.finalWeights);
  });

  it('logs step 0, every multiple of logEvery and the last step', () => {
    const result = runExperiment(config({ steps: 250, logEvery: 100 }));
    expect(result.records.map((record) => record.step)).toEqual([0, 100, 200, 250]);
    expect(result.summary.steps).toBe(250);
    expect(result.summary.stepsPerSecond).toBeGreaterThan(0);
  });

  it('a run that blows up reports diverged with its step and stops', () => {
    const result = runExperiment(
      config({ dataset: 'moons', hidden: '32x4', activation: 'relu', init: 'normal', initScale: 50, optimizer: 'sgd', lr: 100, steps: 500, logEvery: 50 }),
    );
    expect(result.summary.diverged).toBe(true);
    expect(result.summary.divergedAtStep).toBeLessThan(500);
    expect(result.summary.steps).toBe(result.summary.divergedAtStep);
    expect(result.records.at(-1)?.step).toBe(result.summary.divergedAtStep);
  });

  it('lsuv calibrates every layer to unit pre-activation variance on the training data', () => {
    const session = new Session(config({ dataset: 'spiral', hidden: '32,32', activation: 'tanh', init: 'lsuv' }));
    expect(session.network.calibration?.length).toBe(3);
    const layers = session.snapshot().layers;
    for (const layer of layers) expect(Math.abs(layer.preActivationStd ** 2 - 1)).toBeLessThan(0.15);
  });

  it('zero init on xor: the preset configuration never breaks symmetry', () => {
    const result = runExperiment(config({ dataset: 'xor', hidden: '4', activation: 'tanh', init: 'zeros', lr: 0.5, steps: 5000, logEvery: 1000 }));
    for (const record of result.records) expect(record.symmetry[0].distinctUnits).toBe(1);
    expect(result.summary.finalTrainAccuracy).toBeLessThan(1);
  });
});
