import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/cli.js';
import { HOME_TITLE, restoresTerminal, terminalAppsForSuite, terminalEnvironment, terminalKeys } from '../helpers/terminal-harness.js';

const launch = terminalAppsForSuite();

/** The screen as one line with runs of blanks collapsed (a message may wrap on a narrow screen). */
const flattened = (lines: readonly string[]) => lines.join(' ').replace(/\s+/g, ' ');

describe('starting and leaving', () => {
  it('q on the home menu exits 0 and restores the terminal', async () => {
    const app = launch([], 100, 30);
    await app.waitUntilReady(HOME_TITLE);
    app.press('q');
    const exit = await app.waitForExit(10_000);
    expect(exit.exitCode).toBe(0);
    expect(restoresTerminal(app.output).isRestored).toBe(true);
  }, 45_000);

  it('Esc on the home menu exits 0 and restores the terminal', async () => {
    const app = launch([], 100, 30);
    await app.waitUntilReady(HOME_TITLE);
    app.press(terminalKeys.escape);
    const exit = await app.waitForExit();
    expect(exit.exitCode).toBe(0);
    const restored = restoresTerminal(app.output);
    expect(restored.isRestored, restored.tail).toBe(true);
  }, 45_000);

  it.each([
    [70, 15],
    [55, 24],
  ])('a %ix%i terminal asks for at least 60x20, then shows the menu once resized', async (columns, rows) => {
    const app = launch([], columns, rows);
    await app.waitForScreen((lines) => flattened(lines).includes(`The terminal is ${columns}x${rows}; init-tui needs at least 60x20.`), 'the too-small message', 30_000);
    expect(app.screenText()).not.toContain(HOME_TITLE);
    app.resize(100, 30);
    await app.waitForText([HOME_TITLE, '❯ New experiment']);
    expect(flattened(app.screenLines())).not.toContain('needs at least');
    await app.waitUntilReady(HOME_TITLE);
    app.press(terminalKeys.escape);
    expect((await app.waitForExit()).exitCode).toBe(0);
  }, 45_000);

  it('without a TTY it prints one line pointing to init-tui run and exits 2', () => {
    const result = spawnSync(process.execPath, [CLI_PATH], {
      input: '',
      stdio: ['pipe', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: terminalEnvironment(),
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('init-tui run');
    expect(lines[0]).toContain('not a TTY');
  }, 60_000);

  it('SIGTERM while the dashboard trains exits 143 and restores the terminal', async () => {
    const app = launch(['--dataset', 'xor', '--init', 'zeros', '--steps', '10000000'], 100, 30);
    await app.waitUntilReady('RUNNING step');
    await app.waitForScreen((lines) => /^RUNNING step [1-9]/.test(lines[1]), 'training under way');
    app.signal('SIGTERM');
    const exit = await app.waitForExit();
    expect(exit.exitCode).toBe(143);
    const restored = restoresTerminal(app.output);
    expect(restored.isRestored, restored.tail).toBe(true);
    await app.waitForScreen(() => app.terminal.buffer.active.type === 'normal', 'the normal screen buffer');
  }, 45_000);

  it('Ctrl+C on the dashboard opened by a preset exits 130', async () => {
    const app = launch(['--preset', 'zero-init-xor'], 100, 30);
    await app.waitUntilReady('symmetric: 4 units act as 1');
    app.press(terminalKeys.controlC);
    expect((await app.waitForExit()).exitCode).toBe(130);
    expect(restoresTerminal(app.output).isRestored).toBe(true);
  }, 45_000);
});
