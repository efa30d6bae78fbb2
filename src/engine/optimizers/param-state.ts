import type { Param } from '../param.js';

/**
 * Per-parameter optimizer state (moments, velocities), created on a param's first step.
 * Looked up by the param's position in the list `step` receives, checked by identity, so that
 * the usual call (the same list every step) costs one comparison per param and no map lookup;
 * a param seen at another position still finds its own state through the map.
 */
export class ParamState<State> {
  private readonly byParam = new Map<Param, State>();
  private readonly owners: Param[] = [];
  private readonly states: State[] = [];

  /** @param create makes the fresh state of a param (called once per param). */
  constructor(private readonly create: (param: Param) => State) {}

  /** The state of `param`, which sits at `position` in the list being stepped. */
  at(param: Param, position: number): State {
    if (this.owners[position] === param) return this.states[position];
    let state = this.byParam.get(param);
    if (state === undefined) {
      state = this.create(param);
      this.byParam.set(param, state);
    }
    this.owners[position] = param;
    this.states[position] = state;
    return state;
  }
}
