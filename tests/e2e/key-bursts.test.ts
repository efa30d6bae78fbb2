import { describe, expect, it } from 'vitest';
import { HOME_TITLE, terminalAppsForSuite, terminalKeys } from '../helpers/terminal-harness.js';

const launch = terminalAppsForSuite();

const backspace = '\u007f';
const stepOf = (lines: readonly string[]): number | undefined => {
  const match = /step (\d+)\//.exec(lines[1] ?? '');
  return match ? Number(match[1]) : undefined;
};

/**
 * A terminal hands several keys to the app in one read whenever they come fast (key repeat, a
 * paste, tmux send-keys, a slow machine). Each test writes several keys in ONE write to the
 * pseudo-terminal and checks that every one of them acted, in order.
 */
describe('keys that arrive together all count', () => {
  it('menus: jjj, three Downs and kkkkkk in one write each move the highlight 3, 3 and 6 rows', async () => {
    const app = launch([], 100, 30);
    await app.waitUntilReady(HOME_TITLE);
    app.press(terminalKeys.enter);
    await app.waitForText(['New experiment 1/4: dataset', '❯ XOR']);
    app.press('jjj');
    await app.waitForText('❯ Spiral');
    app.press(terminalKeys.down.repeat(3));
    await app.waitForText('❯ Spiral (3 arms)');
    app.press('kkkkkk');
    const lines = await app.waitForText('❯ XOR');
    expect(lines.join('\n')).toContain('New experiment 1/4: dataset');
  }, 60_000);

  it('text fields: Backspaces and typing in one write each edit the field, in order', async () => {
    const app = launch([], 100, 30);
    await app.waitUntilReady(HOME_TITLE);
    // Enter, Enter, five j and Enter in one write: home -> dataset (XOR) -> architecture -> custom.
    app.press(`${terminalKeys.enter}${terminalKeys.enter}jjjjj${terminalKeys.enter}`);
    await app.waitForScreen((lines) => lines.some((line) => /hidden widths\s+4▏/.test(line)), 'the custom architecture form with 4');
    app.press(backspace.repeat(3));
    await app.waitForScreen((lines) => lines.some((line) => /hidden widths\s+▏/.test(line)), 'the widths field emptied');
    app.press('16,16');
    await app.waitForScreen((lines) => lines.some((line) => /hidden widths\s+16,16▏/.test(line)), 'typed 16,16');
    app.press(backspace.repeat(3));
    await app.waitForScreen((lines) => lines.some((line) => /hidden widths\s+16▏/.test(line)), 'three deleted: 16');
    app.press(`${backspace}3`);
    await app.waitForScreen((lines) => lines.some((line) => /hidden widths\s+13▏/.test(line)), 'Backspace then 3: 13');
  }, 60_000);

  it('dashboard: ten n in one write take ten single steps', async () => {
    const app = launch(['--dataset', 'xor', '--init', 'zeros', '--steps', '100000'], 100, 30);
    await app.waitUntilReady('RUNNING');
    app.press(terminalKeys.space);
    const paused = await app.waitForScreen((lines) => lines[1].startsWith('PAUSED') && stepOf(lines) !== undefined, 'PAUSED');
    // The view of the moment of pausing may lag a step count behind: let it settle.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const before = stepOf(app.screenLines()) ?? stepOf(paused)!;
    app.press('n'.repeat(10));
    await app.waitForScreen((lines) => stepOf(lines) === before + 10, `step ${before + 10}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stepOf(app.screenLines())).toBe(before + 10);
  }, 60_000);
});
