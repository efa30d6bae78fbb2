import { Text } from 'ink';
import type { Dispatch } from 'react';
import { useMemo } from 'react';
import type { Advice, AdviceInput } from '../../experiment/advice.js';
import { adviceLine, adviseArchitecture } from '../../experiment/advice.js';
import { datasets } from '../../data/index.js';
import { activations } from '../../engine/activations.js';
import { lossForClasses } from '../../engine/losses.js';
import type { InitName } from '../../engine/initializers/index.js';
import { initializers, initNames } from '../../engine/initializers/index.js';
import { formatCompact } from '../../render/format-number.js';
import { Menu } from '../components/menu.js';
import type { AppAction, Draft, Flow } from '../state/app-state.js';
import { flowTitle } from '../state/app-state.js';

/** The std an init gives the first layer of the draft's network, at the draft's scale. */
export function firstLayerStd(init: InitName, draft: Draft): number {
  const inputs = datasets[draft.dataset].inputs;
  const classes = datasets[draft.dataset].classes;
  const fanOut = draft.hidden[0] ?? lossForClasses(classes).outputsFor(classes);
  return initializers[init].std({
    shape: { fanIn: inputs, fanOut },
    activation: activations[draft.activation],
    scale: draft.initScale,
    layerIndex: 0,
    layerCount: draft.hidden.length + 1,
  });
}

/** What the init menus show beside a highlighted init: its formula, first-layer std here, when to use it, its paper. */
export function InitDetails({ name, draft, advice }: { readonly name: InitName; readonly draft: Draft; readonly advice?: Advice }) {
  const init = initializers[name];
  return (
    <>
      <Text bold wrap="truncate-end">
        {init.label}
      </Text>
      <Text wrap="wrap">{init.formula}</Text>
      <Text wrap="truncate-end">{`first layer std here: ${formatCompact(firstLayerStd(name, draft), 3)} (fan_in ${datasets[draft.dataset].inputs}, x${formatCompact(draft.initScale, 2)})`}</Text>
      <Text wrap="wrap">{`When: ${init.whenToUse}`}</Text>
      {advice ? <Text color="cyan" wrap="wrap">{`Theory: ${adviceLine(advice, adviceInputOf(draft), name, draft.initScale)}`}</Text> : null}
      <Text dimColor wrap="wrap">
        {init.reference}
      </Text>
    </>
  );
}

/** Theory's advice for the draft's architecture (undefined without a hidden layer). */
export function draftAdvice(draft: Draft): Advice | undefined {
  return draft.hidden.length === 0 ? undefined : adviseArchitecture(adviceInputOf(draft));
}

/** The draft's architecture as advice takes it. */
function adviceInputOf(draft: Draft): AdviceInput {
  const { inputs, classes } = datasets[draft.dataset];
  return { inputs, hidden: draft.hidden, outputs: lossForClasses(classes).outputsFor(classes), activation: draft.activation, bias: draft.bias, biasInit: draft.biasInit };
}

/** Step 3: the init method, the highlighted one showing its formula, first-layer std and when to use it. */
export function InitScreen({ draft, flow = 'single', dispatch }: { readonly draft: Draft; readonly flow?: Flow; readonly dispatch: Dispatch<AppAction> }) {
  const advice = useMemo(() => draftAdvice(draft), [draft]);
  const items = initNames.map((name) => ({ label: name, value: name, details: () => <InitDetails name={name} draft={draft} advice={advice} /> }));
  return (
    <Menu
      title={`${flowTitle(flow)} 3/4: weight init`}
      items={items}
      listWidth={20}
      initialValue={draft.init}
      onSelect={(init) => dispatch({ type: 'choose-init', init })}
      onBack={() => dispatch({ type: 'back' })}
    />
  );
}
