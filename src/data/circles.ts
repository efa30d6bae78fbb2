import type { Rng } from '../engine/rng.js';
import { balancedCounts } from './balanced-counts.js';
import { createLabelledSamples, type LabelledSamples } from './labelled-samples.js';
import { createPlanarSpec } from './planar-spec.js';

const radius = 5;

/**
 * TensorFlow Playground's `classifyCircleData`: half the points uniform in radius on
 * [0, 2.5] (inner disc), half on [3.5, 5] (outer ring), at a uniform angle. The label is
 * decided at the point plus noise uniform on [-5, 5] * noise: class 1 when that lies inside
 * radius 2.5, class 0 outside (so at noise 0, inner = 1, outer = 0). `noise` is Playground's
 * slider value / 100. An odd count gives the inner disc the extra point.
 */
export function generateCircles(rng: Rng, samples: number, noise: number): LabelledSamples {
  const points = createLabelledSamples(samples, 2);
  const [innerCount] = balancedCounts(samples, [Infinity, Infinity]);
  for (let row = 0; row < samples; row++) {
    const isInner = row < innerCount;
    const distance = isInner
      ? rng.uniformRange(0, radius * 0.5)
      : rng.uniformRange(radius * 0.7, radius);
    const angle = rng.uniformRange(0, 2 * Math.PI);
    const x = distance * Math.sin(angle);
    const y = distance * Math.cos(angle);
    const noiseX = rng.uniformRange(-radius, radius) * noise;
    const noiseY = rng.uniformRange(-radius, radius) * noise;
    points.x[2 * row] = x;
    points.x[2 * row + 1] = y;
    points.y[row] = Math.hypot(x + noiseX, y + noiseY) < radius * 0.5 ? 1 : 0;
  }
  return points;
}

/** `circles`: Playground's disc inside a ring, 400 points, noise 0 by default. */
export const circlesSpec = createPlanarSpec({
  name: 'circles',
  label: 'Circles',
  description:
    'Playground circle: disc (class 1) inside a ring (class 0); noise = Playground noise/100.',
  classes: 2,
  defaultSamples: 400,
  defaultNoise: 0,
  generate: generateCircles,
});
