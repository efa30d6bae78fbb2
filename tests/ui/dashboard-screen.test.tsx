import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/experiment/config.js';
import { resolveConfig } from '../../src/experiment/config.js';
import { heatmapShades } from '../../src/render/heatmap.js';
import { App } from '../../src/ui/app.js';
import type { InkTestInstance } from '../helpers/ink-render.js';
import { cleanupInAct, renderInAct } from '../helpers/ink-render.js';
import { keys, pressKey } from '../helpers/ink-keys.js';
import { declareActEnvironment, plainFrame, waitForFrame, waitForText } from '../helpers/wait-for-frame.js';

declareActEnvironment();
afterEach(cleanupInAct);

/** A dashboard opened directly for these settings, and the exit codes the app reported. */
async function openDashboard(values: ConfigInput): Promise<{ app: InkTestInstance; exitCodes: number[] }> {
  const config = resolveConfig([{ source: 'test', values }]);
  const exitCodes: number[] = [];
  const app = await renderInAct(<App colorLevel="none" config={config} onExit={(code) => exitCodes.push(code)} />);
  await waitForText(app.lastFrame, ['Loss (', 'Symmetry: layer']);
  return { app, exitCodes };
}

/**
 * The cells of the symmetry heatmap read from a colourless frame, `cells[row][column]` (each
 * 2k characters wide and k lines tall; the first line of each is read). The heatmap sits under
 * the verdict: a column header ("0 1 2 3", labels 2k apart), k lines per unit row, each row
 * labelled with its unit, then the legend.
 */
function heatmapCells(frame: string, verdict: string, units: number): string[][] {
  const lines = frame.split('\n');
  const verdictLine = lines.findIndex((line) => line.includes(verdict));
  if (verdictLine === -1) throw new Error(`no line says "${verdict}" in\n${frame}`);
  const column = lines[verdictLine].indexOf(verdict);
  const labelWidth = String(units - 1).length + 1;
  const headerLine = lines.findIndex((line, index) => index > verdictLine && /^\s+0\s+1(\s|$)/.test(line.slice(column)));
  if (headerLine === -1) throw new Error(`no heatmap column header under "${verdict}" in\n${frame}`);
  const header = lines[headerLine].slice(column + labelWidth);
  const cellWidth = header.indexOf('1') - header.indexOf('0');
  const cellLines = cellWidth / 2;
  expect(Number.isInteger(cellLines) && cellLines >= 1, `cell width ${cellWidth} from header "${header}"`).toBe(true);
  return Array.from({ length: units }, (_, unit) => {
    // Ink drops trailing blanks: an all-blank row may be just its label.
    const line = lines[headerLine + 1 + unit * cellLines].slice(column).padEnd(labelWidth + cellWidth * units, ' ');
    expect(line.startsWith(`${String(unit).padStart(labelWidth - 1)} `) || cellLines > 1, `heatmap row ${unit}: "${line}"`).toBe(true);
    return Array.from({ length: units }, (_, other) => line.slice(labelWidth + cellWidth * other, labelWidth + cellWidth * (other + 1)));
  });
}

const xorSigmoid = { dataset: 'xor', hidden: '4', activation: 'sigmoid', steps: 200 } as const;

describe('symmetry panel', () => {
  it('a zero-init run is symmetric: the verdict says so and the heatmap is uniformly blank', async () => {
    const { app } = await openDashboard({ ...xorSigmoid, init: 'zeros' });
    const frame = await waitForText(app.lastFrame, ['symmetric: 4 units act as 1', 'FINISHED']);
    const cells = heatmapCells(frame, 'symmetric: 4 units act as 1', 4);
    expect(cells.flat().every((cell) => cell.trim() === '')).toBe(true);
    expect(frame).toContain('max 0  min 0');
  });

  it('a xavier run breaks symmetry: distinct units and a non-uniform heatmap, blank only on the diagonal', async () => {
    const { app } = await openDashboard({ ...xorSigmoid, init: 'xavier-uniform' });
    const frame = await waitForText(app.lastFrame, ['broken: 4 distinct units', 'FINISHED']);
    const cells = heatmapCells(frame, 'broken: 4 distinct units', 4);
    const shades = heatmapShades.slice(1);
    cells.forEach((row, unit) =>
      row.forEach((cell, other) => {
        if (other === unit) expect(cell.trim(), `diagonal ${unit}`).toBe('');
        else expect(shades, `cell ${unit},${other} "${cell}"`).toContain(cell[0]);
      }),
    );
    expect(new Set(cells.flat().join('')).size).toBeGreaterThan(1);
  });

  it('[ and ] move between hidden layers, wrapping around', async () => {
    const { app } = await openDashboard({ dataset: 'xor', hidden: '4,3', steps: 100_000 });
    await waitForText(app.lastFrame, 'Symmetry: layer 1/2, 4 units');
    await pressKey(app.stdin, ']');
    await waitForText(app.lastFrame, 'Symmetry: layer 2/2, 3 units');
    await pressKey(app.stdin, ']');
    await waitForText(app.lastFrame, 'Symmetry: layer 1/2, 4 units');
    await pressKey(app.stdin, '[');
    await waitForText(app.lastFrame, 'Symmetry: layer 2/2, 3 units');
  });
});

describe('dashboard keys', () => {
  const longRun = { dataset: 'xor', hidden: '4', init: 'xavier-uniform', steps: 100_000 } as const;
  /** The step the header shows ("step 12/100000"). */
  const shownStep = (frame: string) => Number(/step (\d+)\//.exec(frame)?.[1] ?? Number.NaN);

  it('space pauses (PAUSED) and resumes (RUNNING); n then trains exactly one step', async () => {
    const { app } = await openDashboard(longRun);
    await waitForText(app.lastFrame, 'RUNNING');
    await pressKey(app.stdin, keys.space);
    const paused = await waitForText(app.lastFrame, 'PAUSED step');
    const step = shownStep(paused);
    expect(Number.isInteger(step)).toBe(true);
    await pressKey(app.stdin, 'n');
    await waitForFrame(app.lastFrame, (frame) => shownStep(frame) === step + 1);
    expect(plainFrame(app.lastFrame)).toContain('PAUSED');
    await pressKey(app.stdin, keys.space);
    await waitForText(app.lastFrame, 'RUNNING');
  });

  it('? opens the help over the panels and any key closes it without acting on that key', async () => {
    const { app } = await openDashboard(longRun);
    await waitForText(app.lastFrame, 'RUNNING');
    await pressKey(app.stdin, '?');
    const help = await waitForText(app.lastFrame, ['Keys', 'pause / resume training', 'any key closes it']);
    expect(help).not.toContain('Loss (');
    // Space would pause; with the help open it only closes the help.
    await pressKey(app.stdin, keys.space);
    const closed = await waitForFrame(app.lastFrame, (frame) => frame.includes('Loss (') && !frame.includes('pause / resume training'));
    expect(closed).toContain('RUNNING');
    expect(closed).not.toContain('PAUSED');
  });

  it('l switches the loss chart between log and linear scale', async () => {
    const { app } = await openDashboard(longRun);
    await waitForText(app.lastFrame, 'Loss (log scale, l: linear)');
    await pressKey(app.stdin, 'l');
    const linear = await waitForText(app.lastFrame, 'Loss (l: log scale)');
    expect(linear).not.toContain('Loss (log scale');
    await pressKey(app.stdin, 'l');
    await waitForText(app.lastFrame, 'Loss (log scale, l: linear)');
  });

  it('+ and - change the speed shown at the end of the header', async () => {
    // A zero-init run keeps loss and accuracy short (0.693, 50%): the line is never cut at 100 columns.
    const { app } = await openDashboard({ ...xorSigmoid, init: 'zeros', steps: 5000 });
    const speedShown = (frame: string) => /train\/test · (.+)$/m.exec(frame)?.[1];
    await waitForFrame(app.lastFrame, (frame) => speedShown(frame) === '1000 steps/s');
    await pressKey(app.stdin, '-');
    await waitForFrame(app.lastFrame, (frame) => speedShown(frame) === '300 steps/s');
    await pressKey(app.stdin, '+');
    await pressKey(app.stdin, '+');
    await waitForFrame(app.lastFrame, (frame) => speedShown(frame) === '3000 steps/s');
  });

  it('s restarts with the next seed', async () => {
    const { app } = await openDashboard({ ...longRun, seed: 7 });
    await waitForText(app.lastFrame, 'seed 7');
    await pressKey(app.stdin, 's');
    await waitForText(app.lastFrame, 'seed 8');
  });

  it('Esc goes back to the home menu when the dashboard was opened directly', async () => {
    const { app, exitCodes } = await openDashboard(longRun);
    await pressKey(app.stdin, keys.escape);
    await waitForText(app.lastFrame, 'init-tui: why do neural-network weights start random?');
    expect(exitCodes).toEqual([]);
  });

  it('Ctrl+C on the dashboard exits with 130', async () => {
    const { app, exitCodes } = await openDashboard(longRun);
    await pressKey(app.stdin, keys.controlC);
    await waitForFrame(app.lastFrame, () => exitCodes.length > 0);
    expect(exitCodes).toEqual([130]);
  });
});

describe('the theory view (t)', () => {
  it('shows the phase in words and predicted against measured std per layer; t closes it', async () => {
    const { app } = await openDashboard({ dataset: 'moons', hidden: '64x3', activation: 'relu', init: 'he-normal', steps: 300 });
    await pressKey(app.stdin, ' ');
    await pressKey(app.stdin, 't');
    const frame = await waitForText(app.lastFrame, 'Theory: mean-field signal propagation');
    expect(frame).toContain('critical (chi_1 = 1.00): gradients keep their size layer to layer; trainable at any depth');
    expect(frame).toMatch(/^layer\s+predicted std\s+step 0\s+now \(step \d+\)$/m);
    // He on relu keeps the pre-activation std at sqrt(2 q0) = about 1.41 in every hidden layer.
    const rows = frame.split('\n').filter((line) => /^[1-3]\s{2,}/.test(line));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [, predicted, measured] = row.trim().split(/\s{2,}/).map(Number);
      expect(predicted).toBeCloseTo(Math.SQRT2, 1);
      expect(Math.abs(measured / predicted - 1)).toBeLessThan(0.25);
    }
    expect(frame).toMatch(/^4 \(output\)/m);
    await pressKey(app.stdin, 't');
    await waitForText(app.lastFrame, 'Loss (');
  });

  it('says why theory does not apply to an init that is not i.i.d.', async () => {
    const { app } = await openDashboard({ dataset: 'xor', hidden: '4', init: 'orthogonal', steps: 100 });
    await pressKey(app.stdin, 't');
    await waitForText(app.lastFrame, 'theory does not apply: an orthogonal matrix: its weights are not independent');
  });
});
