import { cleanup, render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { act } from 'react';

/** What ink-testing-library's `render` returns. */
export type InkTestInstance = ReturnType<typeof render>;

/**
 * Renders `tree` with ink-testing-library inside React's `act()`, so the effects that run on
 * mount (such as reading the terminal size) are flushed before the test looks at the frame.
 * Its stdout is 100 columns wide with no rows (the app then assumes 24).
 */
export async function renderInAct(tree: ReactElement): Promise<InkTestInstance> {
  let instance: InkTestInstance | undefined;
  await act(async () => {
    instance = render(tree);
  });
  if (!instance) throw new Error('renderInAct: ink-testing-library returned no instance');
  return instance;
}

/** Unmounts every app ink-testing-library rendered, inside `act()` (for `afterEach`). */
export async function cleanupInAct(): Promise<void> {
  await act(async () => {
    cleanup();
  });
}
