import type { Dispatch } from 'react';
import type { InitName } from '../../engine/initializers/index.js';
import { initNames } from '../../engine/initializers/index.js';
import { MAX_COMPARED_RUNS, MIN_COMPARED_RUNS } from '../../experiment/comparison.js';
import { MultiSelect } from '../components/multi-select.js';
import type { AppAction, Draft } from '../state/app-state.js';
import { InitDetails } from './init-screen.js';

/** Compare step 3: the inits to compare (2 to 6), each highlighted one showing its formula. */
export function CompareInitsScreen({ draft, inits, dispatch }: { readonly draft: Draft; readonly inits: readonly InitName[]; readonly dispatch: Dispatch<AppAction> }) {
  return (
    <MultiSelect
      title="Compare inits 3/4: the inits to compare (space chooses)"
      items={initNames.map((name) => ({ label: name, value: name, details: () => <InitDetails name={name} draft={draft} /> }))}
      initialValues={inits}
      minimum={MIN_COMPARED_RUNS}
      maximum={MAX_COMPARED_RUNS}
      listWidth={24}
      onDone={(chosen) => dispatch({ type: 'choose-inits', inits: chosen })}
      onBack={() => dispatch({ type: 'back' })}
    />
  );
}
