import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.js';
import {
  datasets,
  downsampleDigits,
  loadDataset,
  loadIrisSamples,
  loadMnistDigits,
  mnistPixelsPerImage,
} from '../../src/data/index.js';
import { classCounts } from './dataset-helpers.js';

describe('iris', () => {
  it('holds 150 rows of 4 measurements, 50 per species', () => {
    const samples = loadIrisSamples();
    expect([samples.rows, samples.inputs]).toEqual([150, 4]);
    expect(classCounts(samples, 3)).toEqual([50, 50, 50]);
    expect(Array.from(samples.x.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(loadIrisSamples()).toBe(samples);
  });

  it('loads all 150 rows by default, 50 per class over train + test', () => {
    const dataset = loadDataset('iris', createRng(1));
    const train = classCounts(dataset.train, 3);
    const test = classCounts(dataset.test, 3);
    expect(train.map((count, label) => count + test[label])).toEqual([50, 50, 50]);
    expect([dataset.train.rows, dataset.test.rows]).toEqual([120, 30]);
  });

  it('caps the rows at samples, and at 150 when asked for more', () => {
    const capped = loadDataset('iris', createRng(1), { samples: 60 });
    expect(capped.train.rows + capped.test.rows).toBe(60);
    const all = loadDataset('iris', createRng(1), { samples: 1000 });
    expect(all.train.rows + all.test.rows).toBe(150);
  });
});

describe('digits', () => {
  it('reads the real MNIST images shipped with the mnist package', () => {
    const digits = loadMnistDigits();
    expect(digits.map((images) => images.digit)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const images of digits) {
      expect(images.count).toBeGreaterThan(500);
      expect(images.pixels.length).toBe(images.count * mnistPixelsPerImage);
      const ink = images.pixels.subarray(0, mnistPixelsPerImage).filter((pixel) => pixel > 0.5).length;
      expect(ink).toBeGreaterThan(20);
      expect(Math.max(...images.pixels.subarray(0, 5 * mnistPixelsPerImage))).toBeLessThanOrEqual(1);
    }
    expect(loadMnistDigits()).toBe(digits);
  });

  it('loads 1000 images by default, 100 per digit, 196 inputs, real (non-zero) data', () => {
    const dataset = loadDataset('digits', createRng(2));
    expect(datasets.digits.inputs).toBe(196);
    expect(dataset.inputs).toBe(196);
    const train = classCounts(dataset.train, 10);
    const test = classCounts(dataset.test, 10);
    expect(train.map((count, label) => count + test[label])).toEqual(new Array(10).fill(100));
    expect(dataset.train.x.filter((value) => value !== 0).length).toBeGreaterThan(dataset.train.x.length / 4);
  });

  it('digits-28 keeps all 784 pixels of the same images, pooled to the digits inputs when averaged 2x2', () => {
    const full = loadDataset('digits-28', createRng(2), { samples: 20, testFraction: 0 });
    const pooled = loadDataset('digits', createRng(2), { samples: 20, testFraction: 0 });
    expect(full.inputs).toBe(784);
    expect(datasets['digits-28'].inputs).toBe(784);
    expect(Array.from(full.train.y)).toEqual(Array.from(pooled.train.y));
    expect(full.train.x.filter((value) => value !== 0).length).toBeGreaterThan(full.train.x.length / 4);
  });

  it('balances small requests and caps large ones at what the package ships', () => {
    const small = loadDataset('digits', createRng(3), { samples: 25, testFraction: 0 });
    expect(classCounts(small.train, 10)).toEqual([3, 3, 3, 3, 3, 2, 2, 2, 2, 2]);
    const shipped = loadMnistDigits().reduce((sum, images) => sum + images.count, 0);
    const all = loadDataset('digits', createRng(3), { samples: shipped + 500 });
    expect(all.train.rows + all.test.rows).toBe(shipped);
  });

  it('downsampleDigits averages 2x2 blocks into 14x14', () => {
    const image = new Float64Array(784);
    // Top-left block (rows 0-1, columns 0-1) holds 0, 1, 2, 3; block (row 13, column 13) all ones.
    image.set([0, 1], 0);
    image.set([2, 3], 28);
    for (const row of [26, 27]) image.fill(1, row * 28 + 26, row * 28 + 28);
    const pooled = downsampleDigits(image, 2);
    expect(pooled.length).toBe(196);
    expect(pooled[0]).toBe(1.5);
    expect(pooled[195]).toBe(1);
    expect(pooled.slice(1, 195).every((value) => value === 0)).toBe(true);
    expect(downsampleDigits(new Float64Array(784 * 3), 4).length).toBe(3 * 49);
    expect(() => downsampleDigits(image, 3)).toThrow(/factor must be an integer dividing 28, got 3/);
    expect(() => downsampleDigits(new Float64Array(100), 2)).toThrow(/multiple of 784/);
  });
});
