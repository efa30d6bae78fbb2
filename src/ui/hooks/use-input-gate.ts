import { useStdin } from 'ink';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Holds back keys while a new screen is taking over, then delivers them to it.
 *
 * Ink attaches a screen's key handlers in passive effects, which React runs a moment after the
 * screen's first frame is on the terminal. A key typed in that moment (a fast typist, or a demo
 * script that types as soon as the screen shows) would still reach the screen that was just
 * left: an Enter meant for the dataset menu would re-open it from the home menu. This gate
 * closes when the screen changes (in the commit that draws it) and opens again in the App's
 * passive effect, which React runs after every child's, so the keys held meanwhile reach the
 * new screen's handlers.
 *
 * It wraps `emit` of Ink's internal input emitter (exposed by useStdin as
 * `internal_eventEmitter`), the one place every key passes through.
 */
export function useInputGate(screen: unknown): void {
  const { internal_eventEmitter: emitter } = useStdin();
  const gate = useRef({ isOpen: true, held: [] as unknown[][] });

  useLayoutEffect(() => {
    const originalEmit = emitter.emit;
    emitter.emit = function emit(this: typeof emitter, event: string | symbol, ...values: unknown[]): boolean {
      if (event === 'input' && !gate.current.isOpen) {
        gate.current.held.push(values);
        return true;
      }
      return originalEmit.call(this, event, ...values);
    };
    return () => {
      emitter.emit = originalEmit;
    };
  }, [emitter]);

  useLayoutEffect(() => {
    gate.current.isOpen = false;
  }, [screen]);

  useEffect(() => {
    gate.current.isOpen = true;
    for (const values of gate.current.held.splice(0)) emitter.emit('input', ...values);
  }, [screen, emitter]);
}
