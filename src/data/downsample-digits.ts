import { mnistImageSide } from './mnist-digits.js';

/**
 * Average-pools 28 x 28 digit images by `factor` in each direction: factor 2 turns each
 * image into 14 x 14 = 196 pixels, each the mean of a 2 x 2 block. `pixels` holds one or
 * more 784-pixel images back to back (row-major); the result holds the pooled images in
 * the same order. `factor` must divide 28 (1, 2, 4, 7, 14 or 28).
 */
export function downsampleDigits(pixels: ArrayLike<number>, factor: number): Float64Array {
  if (!Number.isInteger(factor) || factor < 1 || mnistImageSide % factor !== 0) {
    throw new Error(`downsampleDigits: factor must be an integer dividing 28, got ${String(factor)}.`);
  }
  const imagePixels = mnistImageSide * mnistImageSide;
  if (pixels.length % imagePixels !== 0) {
    throw new Error(
      `downsampleDigits: pixels must hold whole 28x28 images (a multiple of 784), got ${pixels.length}.`,
    );
  }
  const images = pixels.length / imagePixels;
  const side = mnistImageSide / factor;
  const pooled = new Float64Array(images * side * side);
  const blockArea = factor * factor;
  for (let image = 0; image < images; image++) {
    const source = image * imagePixels;
    const target = image * side * side;
    for (let row = 0; row < side; row++) {
      for (let column = 0; column < side; column++) {
        let sum = 0;
        for (let blockRow = 0; blockRow < factor; blockRow++) {
          const sourceRow = source + (row * factor + blockRow) * mnistImageSide + column * factor;
          for (let blockColumn = 0; blockColumn < factor; blockColumn++) sum += pixels[sourceRow + blockColumn];
        }
        pooled[target + row * side + column] = sum / blockArea;
      }
    }
  }
  return pooled;
}
