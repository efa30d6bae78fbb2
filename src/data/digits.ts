import type { DatasetSpec } from './dataset.js';
import { balancedCounts } from './balanced-counts.js';
import { buildDataset } from './build-dataset.js';
import { validateDatasetOptions } from './dataset-options.js';
import { downsampleDigits } from './downsample-digits.js';
import { createLabelledSamples } from './labelled-samples.js';
import { loadMnistDigits, mnistImageSide, mnistPixelsPerImage } from './mnist-digits.js';
import { chooseIndices } from './shuffle.js';

/** Pooling factor: 28 x 28 -> 14 x 14. */
const poolingFactor = 2;
const digitInputs = (mnistImageSide / poolingFactor) ** 2;

/**
 * `digits`: handwritten MNIST digits from the `mnist` package, average-pooled 2 x 2 to
 * 14 x 14 = 196 inputs (a quarter of the 784 pixels keeps training in the TUI fast), 10
 * classes. `samples` images (default 1000, at most the 10 000 shipped) are drawn by the
 * rng without replacement, as evenly across digits as the per-digit counts allow, then
 * split and z-scored per pixel with train statistics (constant pixels only centred).
 * `noise` is ignored.
 */
export const digitsSpec: DatasetSpec = {
  name: 'digits',
  label: 'Digits (MNIST 14x14)',
  description:
    'MNIST handwritten digits, 10 classes, 2x2 average-pooled to 14x14 = 196 inputs to keep training fast.',
  inputs: digitInputs,
  classes: 10,
  isPlanar: false,
  defaultSamples: 1000,
  defaultNoise: 0,
  load(rng, options) {
    validateDatasetOptions('digits', options);
    const digits = loadMnistDigits();
    const counts = balancedCounts(options.samples, digits.map((images) => images.count));
    const total = counts.reduce((sum, count) => sum + count, 0);
    const samples = createLabelledSamples(total, digitInputs);
    let row = 0;
    for (const images of digits) {
      for (const image of chooseIndices(rng, images.count, counts[images.digit])) {
        const start = image * mnistPixelsPerImage;
        const pixels = images.pixels.subarray(start, start + mnistPixelsPerImage);
        samples.x.set(downsampleDigits(pixels, poolingFactor), row * digitInputs);
        samples.y[row] = images.digit;
        row += 1;
      }
    }
    return buildDataset('digits', 10, samples, rng, options.testFraction);
  },
};
