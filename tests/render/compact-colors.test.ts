import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/render/color.js';
import { compactColors } from '../../src/render/compact-colors.js';
import { renderDecisionMap } from '../../src/render/decision-map.js';

/** The (foreground, background) every visible character is drawn with, as a terminal would track it. */
function cellColors(line: string): string[] {
  let foreground = '39';
  let background = '49';
  const cells: string[] = [];
  for (let index = 0; index < line.length; ) {
    const match = /^\u001b\[(\d+(?:;\d+)*)m/.exec(line.slice(index));
    if (match) {
      const code = match[1];
      if (code.startsWith('3')) foreground = code;
      else background = code;
      index += match[0].length;
      continue;
    }
    const character = String.fromCodePoint(line.codePointAt(index)!);
    cells.push(`${character}|${foreground}|${background}`);
    index += character.length;
  }
  return cells;
}

describe('compactColors', () => {
  it('drops escapes that do not change the colour', () => {
    const cell = '\u001b[38;5;17m\u001b[48;5;24m▀\u001b[39m\u001b[49m';
    expect(compactColors(cell.repeat(3))).toBe('\u001b[38;5;17m\u001b[48;5;24m▀▀▀\u001b[39m\u001b[49m');
  });

  it('keeps every character in the colours it had, on a real decision map', () => {
    const probabilities = Float64Array.from({ length: 8 * 6 * 2 }, (_, index) => (index % 2 === 0 ? (index % 7) / 7 : 1 - ((index - 1) % 7) / 7));
    const lines = renderDecisionMap({ columns: 8, rows: 6, classes: 2, probabilities }, [{ x: 0.5, y: 0.5, label: 1 }], { width: 8, height: 3, colorLevel: 'truecolor' });
    for (const line of lines) {
      const compacted = compactColors(line);
      expect(stripAnsi(compacted)).toBe(stripAnsi(line));
      expect(cellColors(compacted)).toEqual(cellColors(line));
      expect(compacted.length).toBeLessThanOrEqual(line.length);
    }
  });

  it('leaves plain text and lines with other escapes alone', () => {
    expect(compactColors('plain')).toBe('plain');
    const bold = '\u001b[1mbold\u001b[22m';
    expect(compactColors(bold)).toBe(bold);
  });
});
