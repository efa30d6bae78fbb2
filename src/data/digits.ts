import type { DatasetSpec } from './dataset.js';
import { balancedCounts } from './balanced-counts.js';
import { buildDataset } from './build-dataset.js';
import { validateDatasetOptions } from './dataset-options.js';
import { downsampleDigits } from './downsample-digits.js';
import { createLabelledSamples } from './labelled-samples.js';
import { loadMnistDigits, mnistImageSide, mnistPixelsPerImage } from './mnist-digits.js';
import { chooseIndices } from './shuffle.js';

/**
 * Handwritten MNIST digits from the `mnist` package, average-pooled `poolingFactor` x
 * `poolingFactor` (1 keeps all 784 pixels), 10 classes. `samples` images (default 1000, at
 * most the 10 000 shipped) are drawn by the rng without replacement, as evenly across digits as
 * the per-digit counts allow, then split and z-scored per pixel with train statistics
 * (constant pixels only centred). `noise` is ignored.
 */
function digitsSpecFor(name: 'digits' | 'digits-28', poolingFactor: 1 | 2, label: string, description: string): DatasetSpec {
  const side = mnistImageSide / poolingFactor;
  const digitInputs = side * side;
  return {
    name,
    label,
    description,
    inputs: digitInputs,
    classes: 10,
    isPlanar: false,
    defaultSamples: 1000,
    defaultNoise: 0,
    load(rng, options) {
      validateDatasetOptions(name, options);
      const digits = loadMnistDigits();
      const counts = balancedCounts(options.samples, digits.map((images) => images.count));
      const total = counts.reduce((sum, count) => sum + count, 0);
      const samples = createLabelledSamples(total, digitInputs);
      let row = 0;
      for (const images of digits) {
        for (const image of chooseIndices(rng, images.count, counts[images.digit])) {
          const start = image * mnistPixelsPerImage;
          const pixels = images.pixels.subarray(start, start + mnistPixelsPerImage);
          samples.x.set(poolingFactor === 1 ? pixels : downsampleDigits(pixels, poolingFactor), row * digitInputs);
          samples.y[row] = images.digit;
          row += 1;
        }
      }
      return buildDataset(name, 10, samples, rng, options.testFraction);
    },
  };
}

/** `digits`: 2 x 2 average-pooled to 14 x 14 = 196 inputs (a quarter of the pixels keeps training in the TUI fast). */
export const digitsSpec: DatasetSpec = digitsSpecFor(
  'digits',
  2,
  'Digits (MNIST 14x14)',
  'MNIST handwritten digits, 10 classes, 2x2 average-pooled to 14x14 = 196 inputs to keep training fast.',
);

/** `digits-28`: the same images at full resolution, 28 x 28 = 784 inputs. */
export const digitsFullSpec: DatasetSpec = digitsSpecFor(
  'digits-28',
  1,
  'Digits (MNIST 28x28)',
  'MNIST handwritten digits, 10 classes, all 28x28 = 784 pixels (4x the inputs of digits: slower).',
);
