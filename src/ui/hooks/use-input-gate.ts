import { useStdin } from 'ink';
import { useLayoutEffect, useRef } from 'react';
import { unstable_IdlePriority as idlePriority, unstable_scheduleCallback as scheduleCallback } from 'scheduler';

/**
 * Splits one input event into single keys: an escape sequence (an arrow, a function key) is one
 * key, and every other character is a key of its own. Ink's parser already cuts escape
 * sequences out of a read, but hands a run of plain characters (`jjj`, three Backspaces, a
 * paste) over as one string, which a handler looking for `j` would not recognise at all.
 */
export function splitKeys(input: string): string[] {
  if (input.startsWith('\u001b')) return [input];
  return Array.from(input);
}

/** True inside tests that drive React with act() (they set IS_REACT_ACT_ENVIRONMENT). */
const isActEnvironment = (): boolean => (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true;

/**
 * Calls `callback` once React has settled: every render and effect queued so far has run,
 * including effects that set state and render again. React renders a key's updates in a
 * microtask and runs passive effects as scheduler tasks; the scheduler runs queued tasks
 * back to back without draining microtasks between them, so one idle task is not enough. Two
 * rounds of (microtask, then an idle-priority task, then a fresh macrotask) are.
 */
function afterReactSettles(callback: () => void): void {
  const round = (next: () => void) => queueMicrotask(() => scheduleCallback(idlePriority, () => setImmediate(next)));
  round(() => round(callback));
}

/**
 * Makes every key count, in order, on every screen. All input passes through here once:
 *
 * - Each read is split into single keys ({@link splitKeys}).
 * - Keys are delivered one at a time, the next only once React has settled after the previous
 *   one ({@link afterReactSettles}). Ink attaches key handlers in passive effects, and a handler
 *   closes over the state of its last render: three Down keys delivered at once would all see
 *   the same highlighted row, and an Enter right after a screen change would reach the screen
 *   just left.
 * - When the screen changes for any other reason, keys wait in the same way for the new
 *   screen's handlers.
 *
 * It wraps `emit` of Ink's internal input emitter (exposed by useStdin as
 * `internal_eventEmitter`), the one place every key passes through. `scheduler` is pinned to
 * the version react-reconciler uses, so both share one task queue.
 */
export function useInputGate(screen: unknown): void {
  const { internal_eventEmitter: emitter } = useStdin();
  const gate = useRef({ isOpen: true, queue: [] as string[], generation: 0, reopen: () => undefined as void });

  useLayoutEffect(() => {
    const originalEmit = emitter.emit;
    let isMounted = true;
    const state = gate.current;
    const deliver = (): void => {
      if (!state.isOpen || !isMounted) return;
      const key = state.queue.shift();
      if (key === undefined) return;
      state.isOpen = false;
      try {
        originalEmit.call(emitter, 'input', key);
      } finally {
        state.reopen();
      }
    };
    // Only the latest wait opens the gate: a key delivered and a screen change each start one,
    // and an earlier wait that ends first must not let the next key through too soon.
    state.reopen = () => {
      state.generation += 1;
      const generation = state.generation;
      afterReactSettles(() => {
        if (generation !== state.generation) return;
        state.isOpen = true;
        deliver();
      });
    };
    emitter.emit = function emit(this: typeof emitter, event: string | symbol, ...values: unknown[]): boolean {
      if (event !== 'input' || typeof values[0] !== 'string') return originalEmit.call(this, event, ...values);
      if (isActEnvironment()) {
        // Under React's act() (component tests) React flushes all work when each act scope
        // ends, outside the scheduler this gate waits on: keys go straight through, in order.
        for (const key of splitKeys(values[0])) originalEmit.call(this, 'input', key);
        return true;
      }
      state.queue.push(...splitKeys(values[0]));
      deliver();
      return true;
    };
    return () => {
      isMounted = false;
      emitter.emit = originalEmit;
    };
  }, [emitter]);

  useLayoutEffect(() => {
    gate.current.isOpen = false;
    gate.current.reopen();
  }, [screen]);
}

/** The gate as a component of its own (rendered in the App, beside the screens). */
export function InputGate({ screen }: { readonly screen: unknown }): null {
  useInputGate(screen);
  return null;
}
