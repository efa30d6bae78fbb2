import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.js';
import {
  datasetNames,
  datasets,
  isDatasetName,
  loadDataset,
  type DatasetName,
} from '../../src/data/index.js';
import { classCounts, columnStatistics } from './dataset-helpers.js';

const expectedShapes: Record<DatasetName, { inputs: number; classes: number; rows: number }> = {
  xor: { inputs: 2, classes: 2, rows: 4 },
  'xor-cloud': { inputs: 2, classes: 2, rows: 400 },
  circles: { inputs: 2, classes: 2, rows: 400 },
  spiral: { inputs: 2, classes: 2, rows: 400 },
  gaussians: { inputs: 2, classes: 2, rows: 400 },
  moons: { inputs: 2, classes: 2, rows: 400 },
  spiral3: { inputs: 2, classes: 3, rows: 300 },
  iris: { inputs: 4, classes: 3, rows: 150 },
  digits: { inputs: 196, classes: 10, rows: 1000 },
  'digits-28': { inputs: 784, classes: 10, rows: 1000 },
};
const randomNames = datasetNames.filter((name) => name !== 'xor');
const syntheticNames = ['xor-cloud', 'circles', 'spiral', 'gaussians', 'moons', 'spiral3'] as const;

describe('dataset registry', () => {
  it('lists the datasets in menu order, each spec under its own name', () => {
    expect(datasetNames).toEqual([
      'xor', 'xor-cloud', 'circles', 'spiral', 'gaussians', 'moons', 'spiral3', 'iris', 'digits', 'digits-28',
    ]);
    expect(Object.keys(datasets)).toEqual([...datasetNames]);
    for (const name of datasetNames) {
      expect(datasets[name].name).toBe(name);
      expect(datasets[name].description.length).toBeGreaterThan(0);
    }
  });

  it('recognises dataset names and nothing else', () => {
    expect(isDatasetName('spiral3')).toBe(true);
    expect(isDatasetName('Spiral')).toBe(false);
    expect(isDatasetName(3)).toBe(false);
    expect(() => loadDataset('nope' as DatasetName, createRng(1))).toThrow(/Unknown dataset "nope"/);
  });

  it.each(datasetNames)('%s: shapes, label range and classes match the spec', (name) => {
    const spec = datasets[name];
    const expected = expectedShapes[name];
    const dataset = loadDataset(name, createRng(7));
    expect([dataset.name, dataset.inputs, dataset.classes]).toEqual([name, expected.inputs, expected.classes]);
    expect([spec.inputs, spec.classes]).toEqual([expected.inputs, expected.classes]);
    for (const split of [dataset.train, dataset.test]) {
      expect(split.x.length).toBe(split.rows * expected.inputs);
      expect(split.y.length).toBe(split.rows);
      expect(split.x.every(Number.isFinite)).toBe(true);
      for (const label of split.y) {
        expect(label).toBeGreaterThanOrEqual(0);
        expect(label).toBeLessThan(expected.classes);
      }
    }
    if (name === 'xor') {
      expect([dataset.train.rows, dataset.test.rows]).toEqual([4, 4]);
    } else {
      expect(dataset.train.rows + dataset.test.rows).toBe(expected.rows);
      expect(dataset.test.rows).toBe(Math.round(expected.rows * 0.2));
    }
    const trainCounts = classCounts(dataset.train, expected.classes);
    expect(trainCounts.every((count) => count > 0)).toBe(true);
  });

  it.each(randomNames)('%s: same seed gives identical arrays, another seed different ones', (name) => {
    const first = loadDataset(name, createRng('same'));
    const second = loadDataset(name, createRng('same'));
    const other = loadDataset(name, createRng('other'));
    expect(second.train.x).toEqual(first.train.x);
    expect(second.train.y).toEqual(first.train.y);
    expect(second.test.x).toEqual(first.test.x);
    expect(second.test.y).toEqual(first.test.y);
    expect(other.train.x).not.toEqual(first.train.x);
  });

  it.each(randomNames)('%s: train features are z-scored with train statistics', (name) => {
    const dataset = loadDataset(name, createRng(11));
    const { means, deviations } = columnStatistics(dataset.train, dataset.inputs);
    for (const mean of means) expect(Math.abs(mean)).toBeLessThan(1e-9);
    // Digits: pixels blank in every training image stay 0 (centred, not scaled).
    for (const deviation of deviations) {
      expect(deviation < 1e-9 || Math.abs(deviation - 1) < 1e-9).toBe(true);
    }
    expect(deviations.filter((deviation) => Math.abs(deviation - 1) < 1e-9).length).toBeGreaterThan(0);
    // The test split is not standardized on its own: its mean is not exactly 0.
    const test = columnStatistics(dataset.test, dataset.inputs);
    expect(test.means.some((mean) => Math.abs(mean) > 1e-9)).toBe(true);
  });

  it.each(syntheticNames)('%s: samples sets the size, testFraction the split', (name) => {
    const dataset = loadDataset(name, createRng(3), { samples: 123, testFraction: 0.3 });
    expect(dataset.train.rows + dataset.test.rows).toBe(123);
    expect(dataset.test.rows).toBe(37);
    const noTest = loadDataset(name, createRng(3), { samples: 50, testFraction: 0 });
    expect([noTest.train.rows, noTest.test.rows]).toEqual([50, 0]);
  });

  it('keeps at least one training row', () => {
    const dataset = loadDataset('moons', createRng(3), { samples: 4, testFraction: 0.99 });
    expect([dataset.train.rows, dataset.test.rows]).toEqual([1, 3]);
  });

  it('changes the data with noise for the noisy sets', () => {
    for (const name of syntheticNames) {
      const quiet = loadDataset(name, createRng(5), { noise: 0 });
      const noisy = loadDataset(name, createRng(5), { noise: 0.3 });
      // xor-cloud and circles (as in Playground) move labels, the others move points.
      const isLabelNoise = name === 'xor-cloud' || name === 'circles';
      if (isLabelNoise) expect(noisy.train.y, name).not.toEqual(quiet.train.y);
      else expect(noisy.train.x, name).not.toEqual(quiet.train.x);
    }
  });

  it.each(datasetNames)('%s: rejects bad options naming the value and what is allowed', (name) => {
    const rng = createRng(1);
    expect(() => loadDataset(name, rng, { samples: 3 })).toThrow(
      `Dataset "${name}": samples must be an integer >= 4, got 3.`,
    );
    expect(() => loadDataset(name, rng, { samples: 10.5 })).toThrow(/samples .* got 10\.5/);
    expect(() => loadDataset(name, rng, { noise: -0.1 })).toThrow(
      `Dataset "${name}": noise must be a finite number >= 0, got -0.1.`,
    );
    expect(() => loadDataset(name, rng, { noise: Number.NaN })).toThrow(/noise .* got NaN/);
    expect(() => loadDataset(name, rng, { testFraction: 1 })).toThrow(
      `Dataset "${name}": testFraction must be a number in [0, 1), got 1.`,
    );
    expect(() => loadDataset(name, rng, { testFraction: -0.2 })).toThrow(/testFraction .* got -0\.2/);
  });
});
