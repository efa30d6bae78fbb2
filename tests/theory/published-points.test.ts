import { describe, expect, it } from 'vitest';
import { SELU_ALPHA, SELU_SCALE } from '../../src/engine/activations.js';
import { criticalSigmaW2 } from '../../src/theory/critical-line.js';
import { meanField } from '../../src/theory/mean-field.js';

describe('critical points published for tanh', () => {
  it('sigmaB2 = 0: the order-to-chaos transition is at sigmaW2 = 1 (Poole et al. 2016, Sec. 3 and Fig. 2)', () => {
    // With sigmaB2 = 0, q* = 0 is stable below sigmaW2 = 1 and chi1 = sigmaW2 tanh'(0)^2 = sigmaW2
    // there. Above 1, chi1 - 1 grows only as (sigmaW2 - 1)^2 / 3, so the root is pinned to ~1e-7.
    const critical = criticalSigmaW2('tanh', 0);
    expect(critical).not.toBeNull();
    expect(Math.abs((critical ?? 0) - 1)).toBeLessThan(1e-6);
    expect(meanField({ activation: 'tanh', sigmaW2: 0.9, sigmaB2: 0, q0: 1 }).qStar).toBe(0);
    expect(meanField({ activation: 'tanh', sigmaW2: 1.2, sigmaB2: 0, q0: 1 }).qStar).toBeGreaterThan(0);
  });

  it('sigmaB2 = 0.05: critical at sigmaW2 ~ 1.76 (Schoenholz et al. 2017, Sec. 5, Figs. 5-6: the trainability experiments at sigmaB2 = 0.05)', () => {
    // The paper quotes two decimals; we get 1.76095.
    expect(Math.abs((criticalSigmaW2('tanh', 0.05) ?? 0) - 1.76)).toBeLessThan(0.005);
  });

  it('the critical line rises with sigmaB2 (Schoenholz et al. 2017, Fig. 1; Poole et al. 2016, Fig. 2): more bias needs more weight variance', () => {
    const line = [0, 0.05, 0.3, 1, 2].map((sigmaB2) => criticalSigmaW2('tanh', sigmaB2) ?? Number.NaN);
    for (let i = 1; i < line.length; i++) expect(line[i]).toBeGreaterThan(line[i - 1]);
    // Recomputed independently (2e6-point Riemann sum, 2000 iterations of the q-map): chi1 = 1 - 6e-6 at (2.5051, 0.3).
    expect(criticalSigmaW2('tanh', 0.3)).toBeCloseTo(2.50513, 4);
  });

  it('chi1 is exactly 1 on the line found', () => {
    for (const sigmaB2 of [0.05, 0.3, 1]) {
      const sigmaW2 = criticalSigmaW2('tanh', sigmaB2) ?? Number.NaN;
      expect(meanField({ activation: 'tanh', sigmaW2, sigmaB2, q0: 1 }).chi1).toBeCloseTo(1, 10);
    }
  });
});

describe('SELU (Klambauer et al. 2017, "Self-normalizing neural networks", Sec. 3, eqs. 4-5)', () => {
  it('has the fixed point q* = 1 at sigmaW2 = 1, sigmaB2 = 0 (LeCun normal), as its constants were chosen for', () => {
    const field = meanField({ activation: 'selu', sigmaW2: 1, sigmaB2: 0, q0: 0.3 });
    expect(field.qStar).toBeCloseTo(1, 9);
    // ...and is slightly chaotic there: chi1 = E[selu'(z)^2] = scale^2 (1/2 + alpha^2 E[e^{2z}; z < 0]) = 1.0716.
    const tail = Math.exp(2) * 0.02275013194817921; // E[e^{2z}; z < 0] = e^2 Phi(-2)
    expect(field.chi1).toBeCloseTo(SELU_SCALE ** 2 * (0.5 + SELU_ALPHA ** 2 * tail), 10);
    expect(field.phase).toBe('chaotic');
  });
});

describe('depth scales near criticality (Schoenholz et al. 2017, Sec. 3, eq. 9 and Fig. 2)', () => {
  const sigmaB2 = 0.05;
  const critical = criticalSigmaW2('tanh', sigmaB2) ?? Number.NaN;
  const xiCAt = (sigmaW2: number): number => meanField({ activation: 'tanh', sigmaW2, sigmaB2, q0: 1 }).xiC ?? Infinity;

  it('xi_c diverges at the critical point from both sides', () => {
    for (const side of [-1, 1]) {
      const scales = [1e-1, 1e-2, 1e-3, 1e-4].map((offset) => xiCAt(critical * (1 + side * offset)));
      for (let i = 1; i < scales.length; i++) expect(scales[i]).toBeGreaterThan(2 * scales[i - 1]);
      expect(scales[3]).toBeGreaterThan(1e3);
    }
    expect(xiCAt(critical)).toBeGreaterThan(1e6);
  });

  it('in the ordered phase xi_c = -1 / ln chi1 and the trainable depth is 6 xi_c', () => {
    const field = meanField({ activation: 'tanh', sigmaW2: 1.3, sigmaB2, q0: 1 });
    expect(field.phase).toBe('ordered');
    expect(field.cStar).toBe(1);
    expect(field.xiC).toBeCloseTo(-1 / Math.log(field.chi1), 10);
    expect(field.trainableDepth).toBeCloseTo(6 * (field.xiC ?? 0), 10);
    expect(field.criticalSigmaW2).toBeCloseTo(critical, 12);
  });

  it('xi_q stays finite across the transition (only xi_c diverges)', () => {
    const scales = [0.99, 1, 1.01].map((factor) => meanField({ activation: 'tanh', sigmaW2: critical * factor, sigmaB2, q0: 1 }).xiQ ?? Infinity);
    for (const scale of scales) expect(scale).toBeLessThan(10);
  });
});
