import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../src/engine/activations.js';
import { chi1Of, correlationMap, criticalSigmaW2, meanField, predictedPreActivationStd, varianceMap } from '../../src/theory/index.js';

describe('inputs are checked at the boundary', () => {
  it('rejects negative, NaN and infinite variances, naming the argument and the allowed range', () => {
    expect(() => varianceMap('tanh', -1, 0, 1)).toThrow(new RangeError('sigmaW2 must be a finite number >= 0; got -1'));
    expect(() => varianceMap('tanh', 1, Number.NaN, 1)).toThrow(/sigmaB2 must be a finite number >= 0; got NaN/);
    expect(() => varianceMap('tanh', 1, 0, Infinity)).toThrow(/q must be a finite number >= 0; got Infinity/);
    expect(() => meanField({ activation: 'relu', sigmaW2: 2, sigmaB2: 0, q0: -0.5 })).toThrow(/q0 must be a finite number >= 0; got -0.5/);
    expect(() => criticalSigmaW2('tanh', -0.1)).toThrow(RangeError);
    expect(() => chi1Of('tanh', Number.NaN, 1)).toThrow(/sigmaW2/);
    expect(() => predictedPreActivationStd('tanh', [{ sigmaW2: 1, sigmaB2: 0 }, { sigmaW2: -2, sigmaB2: 0 }], 1)).toThrow(/layers\[1\]\.sigmaW2 must be a finite number >= 0; got -2/);
  });

  it('rejects an unknown activation, listing the known ones', () => {
    const unknown = 'swish' as ActivationName;
    expect(() => varianceMap(unknown, 1, 0, 1)).toThrow(/activation must be one of linear, sigmoid, tanh, relu, leaky-relu, elu, selu, gelu; got "swish"/);
    expect(() => meanField({ activation: unknown, sigmaW2: 1, sigmaB2: 0, q0: 1 })).toThrow(RangeError);
  });

  it('rejects a correlation outside [-1, 1] and q = 0 for the correlation map', () => {
    expect(() => correlationMap('tanh', 1, 0, 1, 1.5)).toThrow(/c must be a correlation in \[-1, 1\]; got 1.5/);
    expect(() => correlationMap('tanh', 1, 0, 0, 0.5)).toThrow(/q must be > 0/);
  });
});
