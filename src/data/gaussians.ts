import type { Rng } from '../engine/rng.js';
import { balancedCounts } from './balanced-counts.js';
import { createLabelledSamples, type LabelledSamples } from './labelled-samples.js';
import { createPlanarSpec } from './planar-spec.js';

/**
 * Variance of each blob for a noise level, as Playground's linear scale from noise
 * [0, 0.5] to variance [0.5, 4] (extended linearly beyond 0.5): 0.5 + 7 * noise.
 */
export function gaussianVariance(noise: number): number {
  return 0.5 + 7 * noise;
}

/**
 * TensorFlow Playground's `classifyTwoGaussData`: class 1 around (2, 2), class 0 around
 * (-2, -2), each coordinate normal with variance `gaussianVariance(noise)`. `noise` is
 * Playground's slider value / 100; an odd count gives class 1 the extra point.
 */
export function generateGaussians(rng: Rng, samples: number, noise: number): LabelledSamples {
  const points = createLabelledSamples(samples, 2);
  const standardDeviation = Math.sqrt(gaussianVariance(noise));
  const blobCounts = balancedCounts(samples, [Infinity, Infinity]);
  let row = 0;
  for (const [blob, count] of blobCounts.entries()) {
    const centre = blob === 0 ? 2 : -2;
    for (let index = 0; index < count; index++) {
      points.x[2 * row] = centre + standardDeviation * rng.normal();
      points.x[2 * row + 1] = centre + standardDeviation * rng.normal();
      points.y[row] = blob === 0 ? 1 : 0;
      row += 1;
    }
  }
  return points;
}

/** `gaussians`: Playground's two Gaussian blobs, 400 points, noise 0 (variance 0.5). */
export const gaussiansSpec = createPlanarSpec({
  name: 'gaussians',
  label: 'Gaussians',
  description:
    'Playground two Gaussians at (2,2) and (-2,-2); variance 0.5 + 7*noise (noise = Playground noise/100).',
  classes: 2,
  defaultSamples: 400,
  defaultNoise: 0,
  generate: generateGaussians,
});
