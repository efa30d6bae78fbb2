import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.js';
import {
  generateCircles,
  generateGaussians,
  generateMoons,
  generateSpiral,
  generateSpiral3,
  generateXorCloud,
  loadDataset,
  type LabelledSamples,
} from '../../src/data/index.js';
import { classCounts } from './dataset-helpers.js';

function radii(points: LabelledSamples, label: number): number[] {
  const result: number[] = [];
  for (let row = 0; row < points.rows; row++) {
    if (points.y[row] === label) result.push(Math.hypot(points.x[2 * row], points.x[2 * row + 1]));
  }
  return result;
}

const average = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

describe('xor', () => {
  it('is exactly the truth table, train = test, ignoring samples and noise', () => {
    const dataset = loadDataset('xor', createRng(1), { samples: 999, noise: 0.5 });
    for (const split of [dataset.train, dataset.test]) {
      expect(Array.from(split.x)).toEqual([0, 0, 0, 1, 1, 0, 1, 1]);
      expect(Array.from(split.y)).toEqual([0, 1, 1, 0]);
      expect(split.rows).toBe(4);
    }
    expect(dataset.train.x).not.toBe(dataset.test.x);
  });
});

describe('planar generators (raw coordinates)', () => {
  it('xor-cloud: points off the axes in [-5.3, 5.3], class 1 exactly where the signs differ', () => {
    const points = generateXorCloud(createRng(2), 500, 0);
    for (let row = 0; row < points.rows; row++) {
      const [x, y] = [points.x[2 * row], points.x[2 * row + 1]];
      expect(Math.abs(x)).toBeGreaterThanOrEqual(0.3);
      expect(Math.abs(x)).toBeLessThanOrEqual(5.3);
      expect(Math.abs(y)).toBeGreaterThanOrEqual(0.3);
      expect(points.y[row]).toBe(x * y < 0 ? 1 : 0);
    }
    const noisy = generateXorCloud(createRng(2), 500, 0.5);
    let flipped = 0;
    for (let row = 0; row < noisy.rows; row++) {
      if (noisy.y[row] !== (noisy.x[2 * row] * noisy.x[2 * row + 1] < 0 ? 1 : 0)) flipped += 1;
    }
    expect(flipped).toBeGreaterThan(10);
  });

  it('circles: class 1 in the disc of radius 2.5, class 0 in the ring 3.5 .. 5 without noise', () => {
    const points = generateCircles(createRng(3), 401, 0);
    expect(classCounts(points, 2)).toEqual([200, 201]);
    const inner = radii(points, 1);
    const outer = radii(points, 0);
    expect(Math.max(...inner)).toBeLessThanOrEqual(2.5);
    expect(Math.min(...outer)).toBeGreaterThanOrEqual(3.5);
    expect(Math.max(...outer)).toBeLessThanOrEqual(5);
    expect(average(inner)).toBeLessThan(average(outer));
  });

  it('circles: noise moves labels, not points', () => {
    const points = generateCircles(createRng(3), 400, 0.5);
    expect(Math.max(...radii(points, 1), ...radii(points, 0))).toBeLessThanOrEqual(5);
    const counts = classCounts(points, 2);
    expect(counts).not.toEqual([200, 200]);
  });

  it('spiral: two arms of radius up to 5, point-symmetric without noise', () => {
    const points = generateSpiral(createRng(4), 400, 0);
    expect(classCounts(points, 2)).toEqual([200, 200]);
    // Arm 2 is arm 1 turned by π: row i of class 0 is minus row i of class 1.
    for (let index = 0; index < 200; index++) {
      expect(points.x[2 * (200 + index)]).toBeCloseTo(-points.x[2 * index], 12);
      expect(points.x[2 * (200 + index) + 1]).toBeCloseTo(-points.x[2 * index + 1], 12);
    }
    expect(Math.max(...radii(points, 1))).toBeLessThan(5);
  });

  it('gaussians: blobs centred near (2, 2) and (-2, -2) with variance 0.5 + 7 noise', () => {
    const points = generateGaussians(createRng(5), 4000, 0.5);
    for (const [label, centre] of [[1, 2], [0, -2]] as const) {
      const xs: number[] = [];
      for (let row = 0; row < points.rows; row++) if (points.y[row] === label) xs.push(points.x[2 * row]);
      const mean = average(xs);
      expect(mean).toBeCloseTo(centre, 0);
      expect(average(xs.map((x) => (x - mean) ** 2))).toBeGreaterThan(3.5);
      expect(average(xs.map((x) => (x - mean) ** 2))).toBeLessThan(4.5);
    }
  });

  it('moons: without noise, class 0 on the unit upper half circle, class 1 on the shifted lower one', () => {
    const points = generateMoons(createRng(6), 101, 0);
    expect(classCounts(points, 2)).toEqual([50, 51]);
    for (let row = 0; row < points.rows; row++) {
      const [x, y] = [points.x[2 * row], points.x[2 * row + 1]];
      if (points.y[row] === 0) {
        expect(Math.hypot(x, y)).toBeCloseTo(1, 12);
        expect(y).toBeGreaterThanOrEqual(-1e-12);
      } else {
        expect(Math.hypot(x - 1, y - 0.5)).toBeCloseTo(1, 12);
        expect(y).toBeLessThanOrEqual(0.5 + 1e-12);
      }
    }
    // Ends as in make_moons: (1, 0), (-1, 0) and (0, 0.5), (2, 0.5).
    expect([points.x[0], points.x[1]]).toEqual([1, 0]);
    expect(points.x[2 * 50]).toBeCloseTo(0, 12);
    expect(points.x[2 * 50 + 1]).toBeCloseTo(0.5, 12);
  });

  it('moons: noise is Gaussian with the given standard deviation', () => {
    const clean = generateMoons(createRng(7), 2000, 0);
    const noisy = generateMoons(createRng(7), 2000, 0.1);
    const offsets = Array.from(noisy.x, (value, index) => value - clean.x[index]);
    expect(Math.sqrt(average(offsets.map((offset) => offset ** 2)))).toBeCloseTo(0.1, 2);
  });

  it('spiral3: three arms of equal size, radius 0 .. 1', () => {
    const points = generateSpiral3(createRng(8), 300, 0.2);
    expect(classCounts(points, 3)).toEqual([100, 100, 100]);
    for (const label of [0, 1, 2]) {
      const armRadii = radii(points, label);
      expect(Math.min(...armRadii)).toBeCloseTo(0, 12);
      expect(Math.max(...armRadii)).toBeCloseTo(1, 12);
    }
    expect(classCounts(generateSpiral3(createRng(8), 301, 0), 3)).toEqual([101, 100, 100]);
  });
});
