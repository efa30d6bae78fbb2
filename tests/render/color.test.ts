import { describe, expect, it } from 'vitest';
import {
  backgroundCode,
  foregroundCode,
  paint,
  rgbToAnsi16,
  rgbToAnsi256,
  stripAnsi,
  truncateToWidth,
  visibleWidth,
} from '../../src/render/color.js';

describe('colour mapping', () => {
  it('maps to the xterm 256 cube and grey ramp', () => {
    expect(rgbToAnsi256([255, 0, 0])).toBe(196);
    expect(rgbToAnsi256([0, 0, 0])).toBe(16);
    expect(rgbToAnsi256([255, 255, 255])).toBe(231);
    expect(rgbToAnsi256([128, 128, 128])).toBe(244); // grey 8 + 10 * 12
    expect(rgbToAnsi256([0, 95, 135])).toBe(24);
  });

  it('maps to the nearest basic colour', () => {
    expect(rgbToAnsi16([255, 0, 0])).toBe(9);
    expect(rgbToAnsi16([10, 10, 10])).toBe(0);
    expect(rgbToAnsi16([0, 0, 230])).toBe(4);
    expect(rgbToAnsi16([250, 250, 250])).toBe(15);
  });

  it('writes escapes per level and none at all for none', () => {
    expect(foregroundCode([1, 2, 3], 'truecolor')).toBe('\u001b[38;2;1;2;3m');
    expect(backgroundCode([255, 0, 0], '256')).toBe('\u001b[48;5;196m');
    expect(foregroundCode([255, 0, 0], '16')).toBe('\u001b[91m');
    expect(backgroundCode([0, 0, 230], '16')).toBe('\u001b[44m');
    expect(backgroundCode([255, 255, 255], '16')).toBe('\u001b[107m');
    expect(foregroundCode([1, 2, 3], 'none')).toBe('');
    expect(paint('ab', { foreground: [1, 2, 3], background: [4, 5, 6] }, 'none')).toBe('ab');
    expect(paint('ab', { foreground: [1, 2, 3], background: [4, 5, 6] }, 'truecolor')).toBe(
      '\u001b[38;2;1;2;3m\u001b[48;2;4;5;6mab\u001b[39m\u001b[49m',
    );
  });

  it('rejects an unknown level', () => {
    expect(() => foregroundCode([0, 0, 0], 'mauve' as never)).toThrow(/mauve/);
  });
});

describe('ANSI-aware text', () => {
  const coloured = '\u001b[38;5;75m━ train\u001b[39m ⣿▀░';
  it('strips escapes and counts code points', () => {
    expect(stripAnsi(coloured)).toBe('━ train ⣿▀░');
    expect(visibleWidth(coloured)).toBe(11);
    expect(visibleWidth('')).toBe(0);
  });

  it('truncates by visible width, keeping escapes and resetting', () => {
    expect(truncateToWidth(coloured, 3)).toBe('\u001b[38;5;75m━ t\u001b[0m');
    expect(truncateToWidth('abcdef', 4)).toBe('abcd');
    expect(truncateToWidth(coloured, 11)).toBe(coloured);
    expect(truncateToWidth('abc', 0)).toBe('');
  });
});
