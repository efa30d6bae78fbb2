import type { Rng } from '../engine/rng.js';
import { createLabelledSamples, type LabelledSamples } from './labelled-samples.js';
import { createPlanarSpec } from './planar-spec.js';

/**
 * TensorFlow Playground's `classifyXORData`: x and y uniform on [-5, 5], pushed 0.3 away
 * from each axis. The label is taken at the point plus noise uniform on [-5, 5] * noise
 * (so noise flips labels near the axes; the point itself stays put). Class 1 where the
 * signs of x and y differ (Playground's -1), matching the `xor` truth table; class 0 where
 * they agree. `noise` is Playground's slider value / 100 (0 .. 0.5 there).
 */
export function generateXorCloud(rng: Rng, samples: number, noise: number): LabelledSamples {
  const points = createLabelledSamples(samples, 2);
  const padding = 0.3;
  for (let row = 0; row < samples; row++) {
    let x = rng.uniformRange(-5, 5);
    x += x > 0 ? padding : -padding;
    let y = rng.uniformRange(-5, 5);
    y += y > 0 ? padding : -padding;
    const noiseX = rng.uniformRange(-5, 5) * noise;
    const noiseY = rng.uniformRange(-5, 5) * noise;
    points.x[2 * row] = x;
    points.x[2 * row + 1] = y;
    points.y[row] = (x + noiseX) * (y + noiseY) >= 0 ? 0 : 1;
  }
  return points;
}

/** `xor-cloud`: Playground's XOR quadrants, 400 points, noise 0 by default. */
export const xorCloudSpec = createPlanarSpec({
  name: 'xor-cloud',
  label: 'XOR cloud',
  description:
    'Playground XOR quadrants: uniform points on [-5,5]^2, class 1 where signs differ; noise = Playground noise/100.',
  classes: 2,
  defaultSamples: 400,
  defaultNoise: 0,
  generate: generateXorCloud,
});
