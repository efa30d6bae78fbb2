import { stripVTControlCharacters } from 'node:util';
import { act } from 'react';

/** How often {@link waitForFrame} looks at the frame, in ms. */
const POLL_MILLISECONDS = 20;

/**
 * Tells React that this is a test environment that wraps updates in `act()`. Call once at the
 * top of every ink-testing-library test file (React 19 warns on `act()` without it).
 */
export function declareActEnvironment(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}

/** A frame as plain text: ink-testing-library's last frame without escape sequences ('' before the first frame). */
export function plainFrame(lastFrame: () => string | undefined): string {
  return stripVTControlCharacters(lastFrame() ?? '');
}

/**
 * Polls `lastFrame` (ink-testing-library) until `predicate` holds for the frame as plain text
 * (escape sequences removed), and returns that frame. Each wait between two looks runs inside
 * React's `act()`, so the updates timers make meanwhile (the dashboard's ~10 Hz view) are
 * flushed as React expects. Throws after `timeoutMilliseconds` (default 10 s), showing the
 * last frame seen.
 */
export async function waitForFrame(
  lastFrame: () => string | undefined,
  predicate: (frame: string) => boolean,
  timeoutMilliseconds = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMilliseconds;
  for (;;) {
    const frame = plainFrame(lastFrame);
    if (predicate(frame)) return frame;
    if (Date.now() > deadline) {
      throw new Error(`waitForFrame: no matching frame within ${timeoutMilliseconds} ms; last frame:\n${frame}`);
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, POLL_MILLISECONDS));
    });
  }
}

/** Waits until the frame contains every one of `texts`; returns the frame. */
export function waitForText(lastFrame: () => string | undefined, texts: string | readonly string[], timeoutMilliseconds?: number): Promise<string> {
  const wanted = typeof texts === 'string' ? [texts] : texts;
  return waitForFrame(lastFrame, (frame) => wanted.every((text) => frame.includes(text)), timeoutMilliseconds);
}
