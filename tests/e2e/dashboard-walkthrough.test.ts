import { describe, expect, it } from 'vitest';
import { initNames } from '../../src/engine/initializers/index.js';
import type { TerminalApp } from '../helpers/terminal-harness.js';
import { HOME_TITLE, restoresTerminal, terminalAppsForSuite, terminalKeys } from '../helpers/terminal-harness.js';

const launch = terminalAppsForSuite();

/** Row and column of the first screen line containing `text` ([-1, -1] when none). */
function findText(lines: readonly string[], text: string): [row: number, column: number] {
  const row = lines.findIndex((line) => line.includes(text));
  return row === -1 ? [-1, -1] : [row, lines[row].indexOf(text)];
}

/** Background colours of the cells with an RGB background, rows `top` to `bottom` (exclusive), from column `left`. */
function rgbBackgrounds(app: TerminalApp, top: number, bottom: number, left: number): number[] {
  const colours: number[] = [];
  for (let row = top; row < bottom; row++) {
    for (let column = left; column < app.terminal.cols; column++) {
      const cell = app.cell(column, row);
      if (cell.isBgRGB()) colours.push(cell.getBgColor());
    }
  }
  return colours;
}

/** Presses down until `label` is highlighted (waiting for each move), `times` presses. */
async function moveTo(app: TerminalApp, times: number, label: string): Promise<void> {
  for (let press = 0; press < times; press++) {
    app.press(terminalKeys.down);
    if (press === times - 1) break;
    // Wait for the highlight to leave its row before the next key, so keys arrive one at a time.
    const before = app.screenText();
    await app.waitForScreen((lines) => lines.join('\n') !== before, 'the highlight to move');
  }
  await app.waitForText(`❯ ${label}`);
}

describe('the interactive app in a real terminal', () => {
  it(
    'walks the menus to a live dashboard, pauses, survives a resize to 80x24 and quits with Ctrl+C (130), restoring the terminal',
    async () => {
      const app = launch([], 100, 30);
      await app.waitUntilReady(HOME_TITLE);

      app.press(terminalKeys.enter);
      await app.waitForText(['New experiment 1/4: dataset', '❯ XOR']);
      app.press(terminalKeys.enter);
      await app.waitForText(['New experiment 2/4: architecture (xor)', '❯ tiny: 4 tanh']);
      app.press(terminalKeys.enter);
      await app.waitForText(['New experiment 3/4: weight init', '❯ xavier-uniform']);
      await moveTo(app, initNames.indexOf('he-uniform') - initNames.indexOf('xavier-uniform'), 'he-uniform');
      app.press(terminalKeys.enter);
      await app.waitForText('New experiment 3/4: he-uniform, scale and bias');
      app.press(terminalKeys.enter);
      await app.waitForText(['New experiment 4/4: training', 'xor · 4 tanh · he-uniform']);
      app.press(terminalKeys.enter);

      // The dashboard: header with the choices, a loss chart with its axis, a coloured heatmap.
      const dashboard = await app.waitForText(['Loss (', 'Symmetry: layer 1/1, 4 units', 'broken: 4 distinct units', 'RUNNING']);
      expect(dashboard[0]).toContain('init-tui xor · 4 tanh · init he-uniform');
      expect(dashboard.some((line) => /[┤┼]/.test(line))).toBe(true);
      const [symmetryRow, symmetryColumn] = findText(dashboard, 'Symmetry: layer');
      const [signalRow] = findText(dashboard, 'Signal per layer');
      expect(signalRow).toBeGreaterThan(symmetryRow);
      const heatmapColours = rgbBackgrounds(app, symmetryRow + 1, signalRow, symmetryColumn);
      // 4x4 cells two columns wide plus the legend ramp; the diagonal (0) differs from the rest.
      expect(heatmapColours.length).toBeGreaterThanOrEqual(32);
      expect(new Set(heatmapColours).size).toBeGreaterThan(1);

      app.press(terminalKeys.space);
      await app.waitForScreen((lines) => lines[1].startsWith('PAUSED'), 'PAUSED on the second line');

      app.resize(80, 24);
      const resized = await app.waitForScreen(
        (lines) => lines[0].startsWith('init-tui xor') && lines[22].startsWith('spc pause') && lines[1].startsWith('PAUSED'),
        'the dashboard redrawn for 80x24 (header on line 0, short footer on line 22)',
      );
      expect(resized).toHaveLength(24);
      // The frame is at most rows - 1 lines: the last line stays empty, and no line wrapped.
      expect(resized[23]).toBe('');
      for (let row = 0; row < 24; row++) {
        expect(resized[row].length, `line ${row}: ${resized[row]}`).toBeLessThanOrEqual(80);
        expect(app.isWrapped(row), `line ${row} wrapped: ${resized[row]}`).toBe(false);
      }
      expect(resized.some((line) => line.includes('Loss ('))).toBe(true);
      expect(resized.some((line) => line.includes('Decision map'))).toBe(true);
      expect(resized.join('\n')).not.toContain('space pause  n step');

      app.press(terminalKeys.controlC);
      const exit = await app.waitForExit();
      expect(exit.exitCode).toBe(130);
      const restored = restoresTerminal(app.output);
      expect(restored.isRestored, restored.tail).toBe(true);
      await app.waitForScreen(() => app.terminal.buffer.active.type === 'normal', 'the normal screen buffer');
    },
    90_000,
  );

  it(
    'keys respond while training runs flat out: + reaches max speed, ? shows the help, any key closes it',
    async () => {
      // Wide enough that the speed label at the end of the second header line is never cut.
      const app = launch(['--dataset', 'spiral', '--hidden', '16,16', '--batch', '32', '--steps', '10000000'], 130, 32);
      await app.waitUntilReady('RUNNING step');
      const speedShown = (lines: readonly string[]) => /train\/test · (.+)$/.exec(lines[1])?.[1];
      await app.waitForScreen((lines) => speedShown(lines) === '1000 steps/s', 'the default speed');
      // One key at a time: Ink hands a chunk such as "++" to the app as one input, which matches no key.
      for (const speed of ['3000 steps/s', '10000 steps/s', 'max speed']) {
        app.press('+');
        await app.waitForScreen((lines) => speedShown(lines) === speed, speed);
      }
      await app.waitForScreen((lines) => /^RUNNING step [1-9]/.test(lines[1]), 'training under way');
      app.press('?');
      // Correctness, not timing: a generous bound for a loaded machine.
      const help = await app.waitForText(['pause / resume training', 'back to the menus'], 2_000);
      expect(help.join('\n')).not.toContain('Loss (');
      app.press('x');
      await app.waitForScreen(
        (lines) => lines.some((line) => line.startsWith('Loss (')) && !lines.join('\n').includes('pause / resume training'),
        'the panels back',
      );
      expect(app.screenLines()[1]).toMatch(/^(RUNNING|CONVERGED)/);
    },
    60_000,
  );
});
