import type { Rng } from '../engine/rng.js';
import { createLabelledSamples, type LabelledSamples } from './labelled-samples.js';
import { createPlanarSpec } from './planar-spec.js';

/** `count` evenly spaced values from 0 to π inclusive (numpy's linspace(0, π, count)). */
function halfTurnAngle(index: number, count: number): number {
  return count > 1 ? (Math.PI * index) / (count - 1) : 0;
}

/**
 * scikit-learn's `make_moons`: floor(n / 2) points on the upper half circle
 * (cos t, sin t), class 0, and the rest on the lower one (1 - cos t, 0.5 - sin t), class 1,
 * t evenly spaced on [0, π]; then Gaussian noise with standard deviation `noise` (in moon
 * radii) added to every coordinate.
 */
export function generateMoons(rng: Rng, samples: number, noise: number): LabelledSamples {
  const points = createLabelledSamples(samples, 2);
  const outerCount = Math.floor(samples / 2);
  const innerCount = samples - outerCount;
  for (let row = 0; row < samples; row++) {
    const isOuter = row < outerCount;
    const angle = isOuter ? halfTurnAngle(row, outerCount) : halfTurnAngle(row - outerCount, innerCount);
    const x = isOuter ? Math.cos(angle) : 1 - Math.cos(angle);
    const y = isOuter ? Math.sin(angle) : 0.5 - Math.sin(angle);
    points.x[2 * row] = x + noise * rng.normal();
    points.x[2 * row + 1] = y + noise * rng.normal();
    points.y[row] = isOuter ? 0 : 1;
  }
  return points;
}

/** `moons`: two interleaving half circles, 400 points, noise 0.1 by default. */
export const moonsSpec = createPlanarSpec({
  name: 'moons',
  label: 'Moons',
  description: 'sklearn make_moons: two interleaving half circles; noise = Gaussian std (radius 1).',
  classes: 2,
  defaultSamples: 400,
  defaultNoise: 0.1,
  generate: generateMoons,
});
