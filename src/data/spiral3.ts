import type { Rng } from '../engine/rng.js';
import { balancedCounts } from './balanced-counts.js';
import { createLabelledSamples, type LabelledSamples } from './labelled-samples.js';
import { createPlanarSpec } from './planar-spec.js';

const arms = 3;

/**
 * The CS231n spiral (cs231n.github.io/neural-networks-case-study): class k has n points,
 * point i at radius r = i / (n - 1) (linspace 0..1) and angle t = 4k + 4 i / (n - 1)
 * (linspace 4k..4k+4) plus Gaussian angle noise with standard deviation `noise` radians,
 * at (r sin t, r cos t). Counts differ by at most one (earlier classes take the extra).
 */
export function generateSpiral3(rng: Rng, samples: number, noise: number): LabelledSamples {
  const points = createLabelledSamples(samples, 2);
  const armCounts = balancedCounts(samples, new Array<number>(arms).fill(Infinity));
  let row = 0;
  for (const [arm, count] of armCounts.entries()) {
    for (let index = 0; index < count; index++) {
      const progress = count > 1 ? index / (count - 1) : 0;
      const angle = 4 * arm + 4 * progress + noise * rng.normal();
      points.x[2 * row] = progress * Math.sin(angle);
      points.x[2 * row + 1] = progress * Math.cos(angle);
      points.y[row] = arm;
      row += 1;
    }
  }
  return points;
}

/** `spiral3`: three-arm spiral, 3 classes, 300 points, angle noise 0.2 rad by default. */
export const spiral3Spec = createPlanarSpec({
  name: 'spiral3',
  label: 'Spiral (3 arms)',
  description: 'CS231n three-arm spiral, one class per arm; noise = Gaussian angle std in radians.',
  classes: arms,
  defaultSamples: 300,
  defaultNoise: 0.2,
  generate: generateSpiral3,
});
