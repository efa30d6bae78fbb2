/** Foreground/background colour escapes (and their resets) as the renderers write them. */
const COLOR_SEQUENCE = /\u001b\[(3[89]|4[89])((?:;\d+)*)m/y;

/**
 * The same line with every colour escape that does not change the colour dropped: a row of
 * cells that each set and reset the same colours becomes one set, the text, one reset. Terminals
 * (and Ink, which tokenizes every frame) then handle a fraction of the bytes. Lines holding any
 * other escape are returned unchanged.
 */
export function compactColors(line: string): string {
  if (!line.includes('\u001b')) return line;
  let output = '';
  let wantedForeground = '39';
  let wantedBackground = '49';
  let shownForeground = '39';
  let shownBackground = '49';
  let index = 0;
  while (index < line.length) {
    if (line.charCodeAt(index) === 27) {
      COLOR_SEQUENCE.lastIndex = index;
      const match = COLOR_SEQUENCE.exec(line);
      if (!match) return line;
      const code = match[1] + match[2];
      if (match[1].startsWith('3')) wantedForeground = code;
      else wantedBackground = code;
      index = COLOR_SEQUENCE.lastIndex;
      continue;
    }
    if (wantedForeground !== shownForeground) output += `\u001b[${(shownForeground = wantedForeground)}m`;
    if (wantedBackground !== shownBackground) output += `\u001b[${(shownBackground = wantedBackground)}m`;
    const codePoint = line.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    output += character;
    index += character.length;
  }
  if (shownForeground !== '39') output += '\u001b[39m';
  if (shownBackground !== '49') output += '\u001b[49m';
  return output;
}
