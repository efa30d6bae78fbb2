import { act } from 'react';

/** Key presses as a terminal sends them. */
export const keys = {
  up: '\u001B[A',
  down: '\u001B[B',
  left: '\u001B[D',
  right: '\u001B[C',
  enter: '\r',
  escape: '\u001B',
  /** What most terminals send for the Backspace key (DEL). */
  backspace: '\u007F',
  tab: '\t',
  space: ' ',
  controlC: '\u0003',
} as const;

/** The stdin of an ink-testing-library render (anything with `write`). */
export type KeyInput = { readonly write: (data: string) => void };

/**
 * Sends one key (one `stdin.write`) inside React's `act()`, so the updates it causes are
 * flushed. The act scope lasts one macrotask more: Ink holds a lone Esc until `setImmediate`
 * to tell it from the start of an escape sequence.
 */
export async function pressKey(stdin: KeyInput, key: string): Promise<void> {
  await act(async () => {
    stdin.write(key);
    await new Promise((resolve) => setImmediate(resolve));
  });
}

/** Sends each character of `text` as its own key press. */
export async function typeText(stdin: KeyInput, text: string): Promise<void> {
  for (const character of text) await pressKey(stdin, character);
}
