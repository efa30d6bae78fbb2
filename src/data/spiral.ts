import type { Rng } from '../engine/rng.js';
import { balancedCounts } from './balanced-counts.js';
import { createLabelledSamples, type LabelledSamples } from './labelled-samples.js';
import { createPlanarSpec } from './planar-spec.js';

/**
 * TensorFlow Playground's `classifySpiralData`: two interleaved arms of n points each, point
 * i at radius r = 5 i / n and angle t = 1.75 * 2π i / n (+ π for the second arm), plus
 * noise uniform on [-1, 1] * noise in x and in y. Class 1 is the arm starting at angle 0,
 * class 0 the other. `noise` is Playground's slider value / 100; an odd count gives class 1
 * the extra point.
 */
export function generateSpiral(rng: Rng, samples: number, noise: number): LabelledSamples {
  const points = createLabelledSamples(samples, 2);
  const armCounts = balancedCounts(samples, [Infinity, Infinity]);
  let row = 0;
  for (const [arm, count] of armCounts.entries()) {
    const angleOffset = arm * Math.PI;
    for (let index = 0; index < count; index++) {
      const distance = (index / count) * 5;
      const angle = ((1.75 * index) / count) * 2 * Math.PI + angleOffset;
      points.x[2 * row] = distance * Math.sin(angle) + rng.uniformRange(-1, 1) * noise;
      points.x[2 * row + 1] = distance * Math.cos(angle) + rng.uniformRange(-1, 1) * noise;
      points.y[row] = arm === 0 ? 1 : 0;
      row += 1;
    }
  }
  return points;
}

/** `spiral`: Playground's two-arm spiral, 400 points, noise 0 by default. */
export const spiralSpec = createPlanarSpec({
  name: 'spiral',
  label: 'Spiral',
  description:
    'Playground spiral: two interleaved arms, one per class; noise = Playground noise/100.',
  classes: 2,
  defaultSamples: 400,
  defaultNoise: 0,
  generate: generateSpiral,
});
