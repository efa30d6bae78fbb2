import { describe, expect, it } from 'vitest';
import { renderSignalBars, type SignalBar } from '../../src/render/bars.js';

const layer = (label: string, activationStd: number, weightGradientNorm: number, saturatedFraction = 0, deadFraction = 0): SignalBar => ({
  label,
  activationStd,
  weightGradientNorm,
  saturatedFraction,
  deadFraction,
});

describe('renderSignalBars', () => {
  it('draws log-scale bars and marks a vanishing gradient', () => {
    // bars are 9 cells over log10 -8..2: 1 -> 0.8 -> 57.6 eighths -> 7 full + ▎
    const lines = renderSignalBars([layer('in', 1, 1), layer('out', 0.1, 1e-4, 0.12, 0.4)], {
      width: 80,
      height: 5,
      colorLevel: 'none',
    });
    expect(lines).toEqual([
      'in  act ███████▎        1 grad ███████▎        1',
      'out act ██████▎       0.1 grad ███▋         1e-4 grad vanishing sat 12% dead 40%',
    ]);
  });

  it('marks exploding values, absolute and relative to the first layer', () => {
    const lines = renderSignalBars([layer('a', 1, 1e-3), layer('b', 2000, 2), layer('c', 1, 5, 0.001)], {
      width: 120,
      height: 5,
      colorLevel: 'none',
    });
    expect(lines[1]!.endsWith(' grad exploding act exploding')).toBe(true);
    expect(lines[2]!.endsWith(' grad exploding sat <1%')).toBe(true);
    expect(lines[0]!.endsWith('1e-3')).toBe(true);
  });

  it('makes no relative marks when the first layer is zero', () => {
    const lines = renderSignalBars([layer('a', 0, 0), layer('b', 1e-9, 5)], { width: 100, height: 5, colorLevel: 'none' });
    expect(lines.some((line) => /vanishing|exploding/.test(line))).toBe(false);
  });

  it('shows the first, last and middle layers when they do not all fit', () => {
    const layers = Array.from({ length: 10 }, (_, index) => layer(`h${index}`, 1, 1));
    const lines = renderSignalBars(layers, { width: 60, height: 4, colorLevel: 'none' });
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['h0', 'h5', 'h9', '(3']);
    expect(lines[3]).toBe('(3 of 10 layers)');
  });

  it('drops the values when the bars would get too short', () => {
    // 8-cell bars: 0.8 * 64 = 51.2 eighths -> 6 full + ▍
    expect(renderSignalBars([layer('in', 1, 1)], { width: 30, height: 2, colorLevel: 'none' })).toEqual([
      'in act ██████▍  grad ██████▍ ',
    ]);
  });

  it('colours bars and marks only with colour', () => {
    const [line] = renderSignalBars([layer('in', 1, 1, 0.5)], { width: 60, height: 2, colorLevel: '256' });
    expect(line).toContain('\u001b[38;5;80m█');
    expect(line).toContain('\u001b[38;5;185msat 50%\u001b[39m');
  });
});
