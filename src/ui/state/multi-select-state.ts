/** A list where several entries can be chosen: the highlighted row and the chosen ones. */
export type MultiSelectState = {
  readonly highlighted: number;
  /** Chosen entries' indexes, in the order of the list. */
  readonly chosen: readonly number[];
  /** Set when Enter was pressed with too few or too many chosen. */
  readonly problem: string | undefined;
};

/** Everything the multi-select's keys can ask for. */
export type MultiSelectAction =
  | { readonly type: 'move'; readonly by: number; readonly count: number }
  | { readonly type: 'toggle' }
  | { readonly type: 'refuse'; readonly problem: string };

/** A list with `chosen` already chosen and the first of them highlighted. */
export function initialMultiSelect(chosen: readonly number[]): MultiSelectState {
  const sorted = [...new Set(chosen)].sort((a, b) => a - b);
  return { highlighted: sorted[0] ?? 0, chosen: sorted, problem: undefined };
}

/** The multi-select's reducer: pure, tested without rendering. Moving wraps around. */
export function multiSelectReducer(state: MultiSelectState, action: MultiSelectAction): MultiSelectState {
  switch (action.type) {
    case 'move':
      return action.count === 0 ? state : { ...state, highlighted: (((state.highlighted + action.by) % action.count) + action.count) % action.count, problem: undefined };
    case 'toggle': {
      const isChosen = state.chosen.includes(state.highlighted);
      const chosen = isChosen ? state.chosen.filter((index) => index !== state.highlighted) : [...state.chosen, state.highlighted].sort((a, b) => a - b);
      return { ...state, chosen, problem: undefined };
    }
    case 'refuse':
      return { ...state, problem: action.problem };
  }
}
