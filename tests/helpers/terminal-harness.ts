import { afterEach, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IPty } from 'node-pty';
import type { IBufferCell, Terminal } from '@xterm/headless';
import { CLI_PATH } from './cli.js';

// Both packages are CommonJS; require gives their exports whatever Node's ESM interop detects.
const require = createRequire(import.meta.url);
const pty = require('node-pty') as typeof import('node-pty');
const { Terminal: HeadlessTerminal } = require('@xterm/headless') as typeof import('@xterm/headless');

/** Escape sequences the app writes around its frames. */
export const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h';
export const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
export const SHOW_CURSOR = '\u001b[?25h';
export const HIDE_CURSOR = '\u001b[?25l';

/** Key presses as a terminal sends them. */
export const terminalKeys = {
  up: '\u001b[A',
  down: '\u001b[B',
  enter: '\r',
  escape: '\u001b',
  space: ' ',
  controlC: '\u0003',
} as const;

/** How the child ended: node-pty's exit code and signal number (0 for none). */
export type TerminalExit = { readonly exitCode: number; readonly signal: number };

/** Throws a clear message when the CLI was not built (npm test builds it before vitest). */
export function assertCliBuilt(): void {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: build first with 'npm run build' (npm test does it before vitest)`);
  }
}

/**
 * The environment for the child: ours without CI (any CI variable makes Ink print only the
 * last frame) and without NO_COLOR (which would turn colours off whatever FORCE_COLOR says),
 * with truecolor forced.
 */
export function terminalEnvironment(): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'CI' && name !== 'NO_COLOR') environment[name] = value;
  return { ...environment, FORCE_COLOR: '3', COLORTERM: 'truecolor', TERM: 'xterm-256color' };
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * The built CLI running in a pseudo-terminal, its output fed into a headless xterm of the
 * same size, so tests read the screen as a user sees it: text, colours, wrapping.
 */
export class TerminalApp {
  /** Everything the app wrote, escape sequences included. */
  private written = '';
  private exit: TerminalExit | undefined;
  private readonly exited: Promise<TerminalExit>;

  private constructor(
    private readonly child: IPty,
    /** The headless terminal showing the app's output. */
    readonly terminal: Terminal,
  ) {
    child.onData((data) => {
      this.written += data;
      terminal.write(data);
    });
    this.exited = new Promise((resolve) => {
      child.onExit(({ exitCode, signal }) => {
        this.exit = { exitCode, signal: signal ?? 0 };
        resolve(this.exit);
      });
    });
  }

  /** Starts `node dist/cli.js ...args` in a `columns` x `rows` pty. */
  static launch(args: readonly string[], columns: number, rows: number): TerminalApp {
    assertCliBuilt();
    const child = pty.spawn(process.execPath, [CLI_PATH, ...args], {
      name: 'xterm-256color',
      cols: columns,
      rows,
      cwd: process.cwd(),
      env: terminalEnvironment(),
    });
    const terminal = new HeadlessTerminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
    return new TerminalApp(child, terminal);
  }

  /** The raw output so far. */
  get output(): string {
    return this.written;
  }

  /** The exit, once the child has ended. */
  get exitStatus(): TerminalExit | undefined {
    return this.exit;
  }

  /** The screen's lines (trailing blanks trimmed), top to bottom. */
  screenLines(): string[] {
    const buffer = this.terminal.buffer.active;
    return Array.from({ length: this.terminal.rows }, (_, row) => buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
  }

  /** The screen as one string, lines joined with newlines. */
  screenText(): string {
    return this.screenLines().join('\n');
  }

  /** The cell at column `x`, row `y` of the screen (0-based), for its colours. */
  cell(x: number, y: number): IBufferCell {
    const buffer = this.terminal.buffer.active;
    const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
    if (!cell) throw new RangeError(`no cell at ${x},${y} on a ${this.terminal.cols}x${this.terminal.rows} screen`);
    return cell;
  }

  /** True when screen row `y` continues the row above it (the text was too long and wrapped). */
  isWrapped(y: number): boolean {
    const buffer = this.terminal.buffer.active;
    return buffer.getLine(buffer.viewportY + y)?.isWrapped ?? false;
  }

  /**
   * Polls the screen until `predicate` holds for its lines, then returns them. Throws after
   * `timeoutMilliseconds` with the screen as last seen (and the exit, if the app ended).
   */
  async waitForScreen(predicate: (lines: string[]) => boolean, description: string, timeoutMilliseconds = 20_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMilliseconds;
    for (;;) {
      const lines = this.screenLines();
      if (predicate(lines)) return lines;
      if (Date.now() > deadline) {
        const ended = this.exit ? ` (the app exited: ${JSON.stringify(this.exit)})` : '';
        throw new Error(`waited ${timeoutMilliseconds} ms for ${description}${ended}; the screen:\n${lines.join('\n')}`);
      }
      await sleep(25);
    }
  }

  /** Waits until the screen contains every one of `texts`; returns its lines. */
  waitForText(texts: string | readonly string[], timeoutMilliseconds?: number): Promise<string[]> {
    const wanted = typeof texts === 'string' ? [texts] : texts;
    return this.waitForScreen((lines) => wanted.every((text) => lines.join('\n').includes(text)), JSON.stringify(wanted), timeoutMilliseconds);
  }

  /**
   * Waits until the app has drawn `firstScreenText` and its terminal is in raw mode (`stty -a`
   * on the pty shows -icanon), so that the first key is not line-buffered or lost. Where the pty
   * path or stty is unavailable, the drawn screen is enough.
   */
  async waitUntilReady(firstScreenText: string, timeoutMilliseconds = 30_000): Promise<void> {
    await this.waitForText(firstScreenText, timeoutMilliseconds);
    const ptsPath = (this.child as IPty & { readonly ptsName?: string }).ptsName;
    if (!ptsPath) return;
    const deadline = Date.now() + timeoutMilliseconds;
    for (;;) {
      let settings: string;
      try {
        settings = execFileSync('stty', ['-F', ptsPath, '-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return;
      }
      if (/(^|\s)-icanon(\s|$)/.test(settings)) return;
      if (Date.now() > deadline) throw new Error(`the pty ${ptsPath} never left canonical mode:\n${settings}`);
      await sleep(25);
    }
  }

  /** Sends one key (or any text) to the app. */
  press(key: string): void {
    this.child.write(key);
  }

  /** Resizes the pty (the app gets SIGWINCH) and the headless terminal together. */
  resize(columns: number, rows: number): void {
    this.child.resize(columns, rows);
    this.terminal.resize(columns, rows);
  }

  /** Sends a signal to the app (SIGTERM by default). */
  signal(name: 'SIGTERM' | 'SIGHUP' | 'SIGINT' = 'SIGTERM'): void {
    this.child.kill(name);
  }

  /** Resolves with the exit; throws after `timeoutMilliseconds`. */
  async waitForExit(timeoutMilliseconds = 20_000): Promise<TerminalExit> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the app did not exit within ${timeoutMilliseconds} ms; the screen:\n${this.screenText()}`)), timeoutMilliseconds);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills the app if it still runs and frees the headless terminal (for afterEach). */
  async dispose(): Promise<void> {
    if (!this.exit) {
      try {
        this.child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      await Promise.race([this.exited, sleep(2_000)]);
    }
    this.terminal.dispose();
  }
}

/**
 * Whether the output leaves the terminal as it found it: after it last entered the alternate
 * screen, the app wrote show-cursor then leave-alternate-screen (its restore), the cursor was
 * not hidden again, and nothing followed but more show-cursor or end-of-synchronised-update
 * switches. `tail` is the end of the output, for failure messages.
 */
export function restoresTerminal(output: string): { readonly isRestored: boolean; readonly tail: string } {
  const entered = output.lastIndexOf(ENTER_ALTERNATE_SCREEN);
  const restoredAt = output.lastIndexOf(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
  const afterRestore = restoredAt === -1 ? '' : output.slice(restoredAt + SHOW_CURSOR.length + LEAVE_ALTERNATE_SCREEN.length);
  const isRestored =
    entered !== -1 && restoredAt > entered && output.lastIndexOf(HIDE_CURSOR) < restoredAt && /^(\u001b\[\?25h|\u001b\[\?2026l)*$/.test(afterRestore);
  return { isRestored, tail: JSON.stringify(output.slice(-120)) };
}

/** The home menu's title: the app is up once it shows. */
export const HOME_TITLE = 'init-tui: why do neural-network weights start random?';

/**
 * For a test file: checks once that the CLI is built, disposes every app launched after each
 * test, and returns the launcher.
 */
export function terminalAppsForSuite(): (args: readonly string[], columns: number, rows: number) => TerminalApp {
  const launched: TerminalApp[] = [];
  beforeAll(assertCliBuilt);
  afterEach(async () => {
    await Promise.all(launched.splice(0).map((app) => app.dispose()));
  });
  return (args, columns, rows) => {
    const app = TerminalApp.launch(args, columns, rows);
    launched.push(app);
    return app;
  };
}
