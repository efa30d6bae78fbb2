import { describe, expect, it } from 'vitest';
import type { MultiSelectAction, MultiSelectState } from '../../src/ui/state/multi-select-state.js';
import { initialMultiSelect, multiSelectReducer } from '../../src/ui/state/multi-select-state.js';

/** A state frozen all the way down (its `chosen` list too), so that a reducer changing it throws. */
function frozen(state: MultiSelectState): MultiSelectState {
  return Object.freeze({ ...state, chosen: Object.freeze([...state.chosen]) });
}

/** Applies `actions` in turn, each to a frozen copy of the state, checking the input is left as it was. */
function play(actions: readonly MultiSelectAction[], start: MultiSelectState): MultiSelectState {
  return actions.reduce((state, action) => {
    const input = frozen(state);
    const before = structuredClone({ ...input, chosen: [...input.chosen] });
    const next = multiSelectReducer(input, action);
    expect({ ...input, chosen: [...input.chosen] }, `the state given to ${JSON.stringify(action)}`).toEqual(before);
    return next;
  }, start);
}

const move = (by: number, count: number): MultiSelectAction => ({ type: 'move', by, count });
const toggle: MultiSelectAction = { type: 'toggle' };
const refuse = (problem: string): MultiSelectAction => ({ type: 'refuse', problem });

describe('initialMultiSelect', () => {
  it('sorts the chosen entries into list order, drops repeats and highlights the first of them', () => {
    expect(initialMultiSelect([11, 0, 9, 0])).toEqual({ highlighted: 0, chosen: [0, 9, 11], problem: undefined });
    expect(initialMultiSelect([9, 11])).toEqual({ highlighted: 9, chosen: [9, 11], problem: undefined });
  });

  it('with nothing chosen highlights the first entry', () => {
    expect(initialMultiSelect([])).toEqual({ highlighted: 0, chosen: [], problem: undefined });
  });

  it('does not keep the array it was given', () => {
    const given = [3, 1];
    const state = initialMultiSelect(given);
    given.push(2);
    expect(state.chosen).toEqual([1, 3]);
  });
});

describe('multiSelectReducer', () => {
  const start = initialMultiSelect([0, 9, 11]);

  it('move goes down and up by the given amount', () => {
    expect(play([move(1, 21)], start).highlighted).toBe(1);
    expect(play([move(1, 21), move(1, 21), move(-1, 21)], start).highlighted).toBe(1);
    expect(play([move(9, 21)], start).highlighted).toBe(9);
  });

  it('move wraps around at both ends', () => {
    expect(play([move(-1, 21)], start).highlighted).toBe(20);
    expect(play([move(-1, 21), move(1, 21)], start).highlighted).toBe(0);
    expect(play([move(20, 21), move(1, 21)], start).highlighted).toBe(0);
    // Steps larger than the list wrap too, either way.
    expect(play([move(23, 21)], start).highlighted).toBe(2);
    expect(play([move(-23, 21)], start).highlighted).toBe(19);
  });

  it('move over an empty list changes nothing', () => {
    const state = frozen(initialMultiSelect([]));
    expect(multiSelectReducer(state, move(1, 0))).toBe(state);
  });

  it('move leaves the chosen entries alone', () => {
    expect(play([move(5, 21), move(-2, 21)], start).chosen).toEqual([0, 9, 11]);
  });

  it('toggle chooses the highlighted entry, keeping the list order', () => {
    const state = play([move(5, 21), toggle], start);
    expect(state).toEqual({ highlighted: 5, chosen: [0, 5, 9, 11], problem: undefined });
    expect(play([move(-1, 21), toggle], start).chosen).toEqual([0, 9, 11, 20]);
  });

  it('toggle again unchooses it, keeping the others in order', () => {
    expect(play([move(5, 21), toggle, toggle], start).chosen).toEqual([0, 9, 11]);
    expect(play([move(9, 21), toggle], start).chosen).toEqual([0, 11]);
    expect(play([toggle], start).chosen).toEqual([9, 11]);
  });

  it('toggling every chosen entry off leaves none', () => {
    expect(play([toggle, move(9, 21), toggle, move(2, 21), toggle], start)).toEqual({ highlighted: 11, chosen: [], problem: undefined });
  });

  it('refuse sets the problem and keeps the rest', () => {
    const state = play([toggle, refuse('choose 2 to 6 (space chooses); 1 chosen')], initialMultiSelect([0, 11]));
    expect(state).toEqual({ highlighted: 0, chosen: [11], problem: 'choose 2 to 6 (space chooses); 1 chosen' });
  });

  it('moving clears the problem, and so does choosing', () => {
    const refused = play([refuse('choose 2 to 6')], start);
    expect(refused.problem).toBe('choose 2 to 6');
    expect(play([move(1, 21)], refused)).toEqual({ highlighted: 1, chosen: [0, 9, 11], problem: undefined });
    expect(play([move(-1, 21)], refused).problem).toBeUndefined();
    expect(play([toggle], refused)).toEqual({ highlighted: 0, chosen: [9, 11], problem: undefined });
  });

  it('a later refusal replaces the earlier problem', () => {
    expect(play([refuse('first'), refuse('second')], start).problem).toBe('second');
  });

  it('over a long sequence of keys the chosen entries stay distinct, in range and in list order', () => {
    // A fixed sequence (a linear congruential stream), the same on every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    let state = initialMultiSelect([0, 9, 11]);
    const count = 21;
    const model = new Set(state.chosen);
    for (let press = 0; press < 2000; press++) {
      const choice = next() % 3;
      const action: MultiSelectAction = choice === 0 ? move((next() % 5) - 2, count) : choice === 1 ? toggle : refuse(`problem ${press}`);
      if (action.type === 'toggle') {
        if (model.has(state.highlighted)) model.delete(state.highlighted);
        else model.add(state.highlighted);
      }
      state = play([action], state);
      expect(state.highlighted >= 0 && state.highlighted < count, `press ${press}: highlighted ${state.highlighted}`).toBe(true);
      expect(state.chosen, `press ${press}`).toEqual([...model].sort((a, b) => a - b));
      expect(state.problem, `press ${press}`).toBe(action.type === 'refuse' ? action.problem : undefined);
    }
  });
});

describe('frozen states', () => {
  it('changing a frozen state throws, so a reducer that mutated its input would fail these tests', () => {
    const state = frozen(initialMultiSelect([0, 9]));
    expect(() => {
      (state as { highlighted: number }).highlighted = 3;
    }).toThrow(TypeError);
    expect(() => (state.chosen as number[]).push(4)).toThrow(TypeError);
    expect(() => (state.chosen as number[]).sort((a, b) => b - a)).toThrow(TypeError);
    // The same shape of reducer as the real one, but mutating: it throws on a frozen state.
    const mutating = (input: MultiSelectState): MultiSelectState => {
      (input.chosen as number[]).push(input.highlighted);
      return input;
    };
    expect(() => mutating(state)).toThrow(TypeError);
  });

  it('every action gives a new state (or the same one when nothing changes), never a changed input', () => {
    const state = frozen(initialMultiSelect([0, 9, 11]));
    for (const action of [move(1, 21), move(-1, 21), toggle, refuse('no')]) {
      const next = multiSelectReducer(state, action);
      expect(next).not.toBe(state);
      expect(state).toEqual({ highlighted: 0, chosen: [0, 9, 11], problem: undefined });
    }
    const afterToggle = multiSelectReducer(state, toggle);
    expect(afterToggle.chosen).not.toBe(state.chosen);
  });
});
