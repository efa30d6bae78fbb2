/**
 * A root of `f` in [a, b], where f(a) and f(b) differ in sign (or one is 0), by Brent's method
 * (inverse quadratic interpolation and secant steps, falling back to bisection; Brent 1973,
 * "Algorithms for Minimization without Derivatives", ch. 4). Stops when the bracket is narrower
 * than `tolerance` (absolute) plus 4 eps |x|. Throws RangeError when [a, b] does not bracket a root.
 */
export function findRoot(f: (x: number) => number, a: number, b: number, tolerance = 1e-14): number {
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Math.sign(fa) === Math.sign(fb)) {
    throw new RangeError(`findRoot needs f(a) and f(b) of opposite signs; got f(${a}) = ${fa}, f(${b}) = ${fb}`);
  }
  let c = a;
  let fc = fa;
  let step = b - a;
  let previousStep = step;
  for (let iteration = 0; iteration < 200; iteration++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      // Keep the root between b (best so far) and c.
      c = a;
      fc = fa;
      step = b - a;
      previousStep = step;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const limit = 2 * Number.EPSILON * Math.abs(b) + tolerance / 2;
    const half = (c - b) / 2;
    if (Math.abs(half) <= limit || fb === 0) return b;
    if (Math.abs(previousStep) >= limit && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: secant through (a, b) or inverse quadratic through (a, b, c).
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fa / fc;
        const t = fb / fc;
        p = s * (2 * half * r * (r - t) - (b - a) * (t - 1));
        q = (r - 1) * (t - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(limit * q), Math.abs(previousStep * q))) {
        previousStep = step;
        step = p / q;
      } else {
        step = half;
        previousStep = step;
      }
    } else {
      step = half;
      previousStep = step;
    }
    a = b;
    fa = fb;
    b += Math.abs(step) > limit ? step : half > 0 ? limit : -limit;
    fb = f(b);
  }
  return b;
}
