/** Escape sequences the app writes around Ink's output. */
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

/**
 * Takes over the terminal for the app: the alternate screen (so the shell's screen comes back
 * untouched on exit), and returns a `restore` that is safe to call more than once and from
 * any exit path: it shows the cursor, turns raw mode off and leaves the alternate screen.
 */
export function takeOverTerminal(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): () => void {
  stdout.write(ENTER_ALTERNATE_SCREEN);
  let isRestored = false;
  const restore = (): void => {
    if (isRestored) return;
    isRestored = true;
    if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
    stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
  };
  process.once('exit', restore);
  return restore;
}

/** Why the interactive app cannot start here, or undefined when it can. */
export function terminalProblem(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): string | undefined {
  if (stdin.isTTY !== true || stdout.isTTY !== true) {
    const which = stdin.isTTY !== true && stdout.isTTY !== true ? 'stdin and stdout are' : stdin.isTTY !== true ? 'stdin is' : 'stdout is';
    return `the interactive app needs a terminal, but ${which} not a TTY; for scripts and pipes use 'init-tui run' (see 'init-tui --help')`;
  }
  return undefined;
}
