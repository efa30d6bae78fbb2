import { afterEach, describe, expect, it } from 'vitest';
import { datasetNames } from '../../src/data/index.js';
import { initNames } from '../../src/engine/initializers/index.js';
import { App } from '../../src/ui/app.js';
import { architectureShapes } from '../../src/ui/screens/architecture-screen.js';
import type { InkTestInstance } from '../helpers/ink-render.js';
import { cleanupInAct, renderInAct } from '../helpers/ink-render.js';
import { keys, pressKey, typeText } from '../helpers/ink-keys.js';
import { declareActEnvironment, waitForFrame, waitForText } from '../helpers/wait-for-frame.js';

declareActEnvironment();
afterEach(cleanupInAct);

const HOME_TITLE = 'init-tui: why do neural-network weights start random?';

/** The app at home, and the exit codes it reported. */
async function launch(): Promise<{ app: InkTestInstance; exitCodes: number[] }> {
  const exitCodes: number[] = [];
  const app = await renderInAct(<App colorLevel="none" onExit={(code) => exitCodes.push(code)} />);
  await waitForText(app.lastFrame, HOME_TITLE);
  return { app, exitCodes };
}

/** Presses down `times` times, then waits until `label` is the highlighted item. */
async function highlight(app: InkTestInstance, times: number, label: string): Promise<void> {
  for (let press = 0; press < times; press++) await pressKey(app.stdin, keys.down);
  await waitForText(app.lastFrame, `❯ ${label}`);
}

/** The dashboard's first header line. */
const headerLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('init-tui ')) ?? '';

describe('menus', () => {
  it('walk from home to a dashboard running the chosen dataset, architecture and init', async () => {
    const { app } = await launch();
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['New experiment 1/4: dataset', '❯ XOR']);
    await highlight(app, datasetNames.indexOf('moons'), 'Moons');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['New experiment 2/4: architecture (moons)', '❯ tiny: 4 tanh']);
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['New experiment 3/4: weight init', '❯ xavier-uniform']);
    await highlight(app, initNames.indexOf('he-uniform') - initNames.indexOf('xavier-uniform'), 'he-uniform');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 3/4: he-uniform, scale and bias');
    await pressKey(app.stdin, keys.enter);
    // The training form is prefilled with the moons defaults (adam, lr 0.01, batch 32).
    const training = await waitForText(app.lastFrame, ['New experiment 4/4: training', 'moons · 4 tanh · he-uniform']);
    expect(training).toContain('‹ adam ›');
    await pressKey(app.stdin, keys.enter);
    const dashboard = await waitForText(app.lastFrame, ['Loss (', 'Symmetry: layer 1/1, 4 units']);
    const header = headerLine(dashboard);
    expect(header).toContain('moons · 4 tanh · init he-uniform');
    expect(header).toContain('adam lr 0.01 · batch 32');
  });

  it('Esc goes back one screen at a time, keeping the choices highlighted, and quits from home', async () => {
    const { app, exitCodes } = await launch();
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 1/4: dataset');
    await highlight(app, datasetNames.indexOf('circles'), 'Circles');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 2/4: architecture (circles)');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 3/4: weight init');
    await pressKey(app.stdin, keys.escape);
    await waitForText(app.lastFrame, ['New experiment 2/4: architecture (circles)', '❯ tiny: 4 tanh']);
    await pressKey(app.stdin, keys.escape);
    await waitForText(app.lastFrame, ['New experiment 1/4: dataset', '❯ Circles']);
    await pressKey(app.stdin, keys.escape);
    await waitForText(app.lastFrame, HOME_TITLE);
    expect(exitCodes).toEqual([]);
    await pressKey(app.stdin, keys.escape);
    await waitForFrame(app.lastFrame, () => exitCodes.length > 0);
    expect(exitCodes).toEqual([0]);
  });

  it('q on the home menu quits with exit code 0 (the home menu says "q or Esc here")', async () => {
    const { app, exitCodes } = await launch();
    await pressKey(app.stdin, 'q');
    await waitForFrame(app.lastFrame, () => exitCodes.length > 0, 3_000);
    expect(exitCodes).toEqual([0]);
  });

  it('the Quit entry quits with exit code 0', async () => {
    const { app, exitCodes } = await launch();
    await highlight(app, 5, 'Quit');
    await pressKey(app.stdin, keys.enter);
    await waitForFrame(app.lastFrame, () => exitCodes.length > 0);
    expect(exitCodes).toEqual([0]);
  });

  it('Ctrl+C on a menu exits with 130', async () => {
    const { app, exitCodes } = await launch();
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 1/4: dataset');
    await pressKey(app.stdin, keys.controlC);
    await waitForFrame(app.lastFrame, () => exitCodes.length > 0);
    expect(exitCodes).toEqual([130]);
  });

  it('Help opens from home and any key goes back', async () => {
    const { app } = await launch();
    await highlight(app, 4, 'Help');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['Dashboard keys', 'Any key: back']);
    await pressKey(app.stdin, 'x');
    await waitForText(app.lastFrame, HOME_TITLE);
  });
});

describe('custom architecture', () => {
  /** From home to the custom-architecture form for XOR. */
  async function openCustomForm(): Promise<InkTestInstance> {
    const { app } = await launch();
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 1/4: dataset');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 2/4: architecture (xor)');
    await highlight(app, architectureShapes.length, 'custom…');
    await pressKey(app.stdin, keys.enter);
    // The field starts with the draft's widths (4) and a text cursor.
    await waitForText(app.lastFrame, ['New experiment 2/4: custom architecture', 'hidden widths', '4▏']);
    await pressKey(app.stdin, keys.backspace);
    await waitForFrame(app.lastFrame, (frame) => !frame.includes('4▏') && frame.includes('▏'));
    return app;
  }

  it('typing "8,8" and Enter builds a 8,8 network that the dashboard runs', async () => {
    const app = await openCustomForm();
    await typeText(app.stdin, '8,8');
    await waitForText(app.lastFrame, '8,8▏');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'New experiment 3/4: weight init');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'scale and bias');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, ['New experiment 4/4: training', 'xor · 8,8 tanh']);
    await pressKey(app.stdin, keys.enter);
    const dashboard = await waitForText(app.lastFrame, 'Symmetry: layer 1/2, 8 units');
    expect(headerLine(dashboard)).toContain('xor · 8,8 tanh · init xavier-uniform');
  });

  it('widths it cannot read show an error line and keep the form open', async () => {
    const app = await openCustomForm();
    await typeText(app.stdin, '8,x');
    await waitForText(app.lastFrame, '8,x▏');
    await pressKey(app.stdin, keys.enter);
    const frame = await waitForText(app.lastFrame, "widths '8,x' is not understood");
    expect(frame).toContain('New experiment 2/4: custom architecture');
    expect(frame).not.toContain('weight init');
    // Editing clears the error; a width out of range is another error.
    await pressKey(app.stdin, keys.backspace);
    await pressKey(app.stdin, keys.backspace);
    await waitForFrame(app.lastFrame, (text) => !text.includes('not understood') && text.includes('8▏'));
    await pressKey(app.stdin, keys.backspace);
    await typeText(app.stdin, '0');
    await waitForText(app.lastFrame, '0▏');
    await pressKey(app.stdin, keys.enter);
    await waitForText(app.lastFrame, 'width 0 is out of range');
  });
});
