import { describe, expect, it } from 'vitest';
import { createNetwork, createOptimizer, experimentConfig, networkSignal, networkSymmetry, runExperiment } from '../src/index.js';

describe('library API (the package main export)', () => {
  it('builds a network, steps it on a batch, reads loss, weights and metrics', () => {
    const network = createNetwork({ inputs: 2, hidden: [4], classes: 2, activation: 'tanh', init: 'xavier-uniform', initScale: 1, bias: 0, seed: 3 });
    const batch = { x: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]), y: Int32Array.from([0, 1, 1, 0]), rows: 4 };
    const optimizer = createOptimizer('sgd', 0.5);
    const first = network.trainStep(batch, optimizer);
    for (let step = 0; step < 2000; step++) network.trainStep(batch, optimizer);
    expect(network.evaluate(batch).loss).toBeLessThan(first);
    expect(network.weights()[0].weights).toHaveLength(8);
    expect(networkSymmetry(network)[0].broken).toBe(true);
    expect(networkSignal(network, batch)).toHaveLength(2);
  });

  it('takes outputs as issue 2 names them (1 = sigmoid unit, k = softmax), and asks lsuv for data', () => {
    const binary = createNetwork({ inputs: 3, hidden: [5], outputs: 1, activation: 'relu', init: 'he-normal', seed: 1 });
    expect([binary.outputs, binary.loss.name]).toEqual([1, 'binary-cross-entropy']);
    const softmax = createNetwork({ inputs: 3, hidden: [5], outputs: 4, activation: 'relu', init: 'he-normal', seed: 1 });
    expect([softmax.outputs, softmax.loss.name]).toEqual([4, 'softmax-cross-entropy']);
    expect(() => createNetwork({ inputs: 3, hidden: [5], activation: 'relu', init: 'he-normal' })).toThrow(/needs classes/);
    expect(() => createNetwork({ inputs: 3, hidden: [5], outputs: 1, activation: 'tanh', init: 'lsuv' })).toThrow(/calibration batch/);
    const batch = { x: Float64Array.from({ length: 60 }, (_, index) => Math.sin(index)), rows: 20 };
    expect(createNetwork({ inputs: 3, hidden: [5], outputs: 1, activation: 'tanh', init: 'lsuv' }, batch).calibration).toHaveLength(2);
  });

  it('runs a whole experiment from the same config as `init-tui run`', () => {
    const result = runExperiment(experimentConfig({ dataset: 'xor', hidden: '4', init: 'zeros', steps: 200, logEvery: 100 }));
    expect(result.records.map((record) => record.step)).toEqual([0, 100, 200]);
    expect(result.records.every((record) => record.symmetry[0].distinctUnits === 1)).toBe(true);
    expect(() => experimentConfig({ init: 'nope' })).toThrow(/unknown init 'nope'/);
  });

  it('compares runs as the README shows: planComparison, logGroup over the worker pool (the built package), a LocalRunGroup', async () => {
    const library = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
    const runs = library.planComparison([{ source: 'script', values: { dataset: 'spiral', hidden: [16, 16], steps: 300 } }], { init: ['zeros', 'he-normal'] });
    expect(runs.map((run) => run.label)).toEqual(['zeros', 'he-normal']);
    const seen: string[] = [];
    const summaries = await library.logGroup(runs, { record: (index, record) => seen.push(`${runs[index].label}@${record.step}`) });
    expect(seen).toEqual(['zeros@0', 'he-normal@0', 'zeros@100', 'he-normal@100', 'zeros@200', 'he-normal@200', 'zeros@300', 'he-normal@300']);
    expect(summaries[0].finalTrainLoss).toBeGreaterThan(summaries[1].finalTrainLoss);
    const group = new library.LocalRunGroup(runs, { stepsPerSecond: Infinity });
    group.setPaused(true);
    group.stepOnce();
    expect(group.views().map((view) => view?.snapshot.step)).toEqual([1, 1]);
    group.stop();
  });

  it('sweeps and advises as the README shows: planSweep, runSweep on the pool (the built package), summarizeSweep, meanField, adviseArchitecture', async () => {
    const library = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
    const jobs = library.planSweep([{ source: 'script', values: { dataset: 'moons', hidden: '16', init: 'normal', steps: 200 } }], { scales: library.parseScales('0.01:1:3', Number), depths: [2], seeds: 2 });
    const records = await library.runSweep(jobs, { workers: 2 }).done;
    const [summary] = library.summarizeSweep(records);
    expect(summary.scales).toEqual([0.01, 0.1, 1]);
    expect(summary.recommendedScale).toBeCloseTo(5 / 3 / 4, 12);
    expect(library.meanField({ activation: 'relu', sigmaW2: 2, sigmaB2: 0, q0: 1 }).phase).toBe('critical');
    expect(library.adviseArchitecture({ inputs: 2, hidden: [64, 64, 64], outputs: 1, activation: 'relu', bias: 0, biasInit: 'constant' }).recommended).toBe('he');
  });
});
