import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/app.js';
import { cleanupInAct, renderInAct } from '../helpers/ink-render.js';
import { keys } from '../helpers/ink-keys.js';
import { declareActEnvironment, waitForText } from '../helpers/wait-for-frame.js';

declareActEnvironment();
afterEach(cleanupInAct);

describe('keys typed while a screen takes over', () => {
  it('reach the new screen, not the one just left', async () => {
    const app = await renderInAct(<App colorLevel="none" onExit={() => undefined} />);
    await waitForText(app.lastFrame, 'init-tui: why do neural-network weights start random?');
    // Enter on home, then Enter again the moment each new screen is drawn, before React has run
    // its effects (home -> dataset -> architecture -> init). Without the gate the later Enters
    // reach the screen just left. Written outside act(): act() would batch the renders and run
    // every effect before the next key, hiding the moment this is about.
    const previous = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    // Each key goes out as soon as the previous key's screen is drawn (checked every event-loop
    // turn), as a demo script or a fast typist sends them.
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
    const pressWhenShown = async (text: string) => {
      while (!(app.lastFrame() ?? '').includes(text)) await nextTurn();
      app.stdin.write(keys.enter);
    };
    try {
      app.stdin.write(keys.enter);
      await pressWhenShown('New experiment 1/4: dataset');
      await pressWhenShown('New experiment 2/4: architecture');
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previous;
    }
    await waitForText(app.lastFrame, 'New experiment 3/4: weight init');
  });
});

describe('splitKeys', () => {
  it('cuts a run of characters into single keys and keeps an escape sequence whole', async () => {
    const { splitKeys } = await import('../../src/ui/hooks/use-input-gate.js');
    expect(splitKeys('jjj')).toEqual(['j', 'j', 'j']);
    expect(splitKeys('\u007f\u007f3')).toEqual(['\u007f', '\u007f', '3']);
    expect(splitKeys('\r\rn')).toEqual(['\r', '\r', 'n']);
    expect(splitKeys('\u001b[B')).toEqual(['\u001b[B']);
    expect(splitKeys('é€')).toEqual(['é', '€']);
  });
});
