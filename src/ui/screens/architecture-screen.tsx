import { Text } from 'ink';
import type { Dispatch } from 'react';
import { datasets } from '../../data/index.js';
import type { ActivationName } from '../../engine/activations.js';
import { activations } from '../../engine/activations.js';
import { lossForClasses } from '../../engine/losses.js';
import { formatHidden } from '../../experiment/hidden.js';
import { Menu } from '../components/menu.js';
import type { AppAction, Draft, Flow } from '../state/app-state.js';
import { flowTitle } from '../state/app-state.js';

type Shape = { readonly label: string; readonly hidden: readonly number[]; readonly activation: ActivationName; readonly note: string };

/** Sensible shapes to start from; "custom" types widths and picks the activation. */
export const architectureShapes: readonly Shape[] = [
  { label: 'tiny: 4 tanh', hidden: [4], activation: 'tanh', note: 'One layer of 4 units: the smallest net that can learn XOR, and the clearest view of symmetry.' },
  { label: 'small: 16,16 relu', hidden: [16, 16], activation: 'relu', note: 'Two layers of 16 ReLU units: enough for every 2-D set.' },
  { label: 'small: 16,16 tanh', hidden: [16, 16], activation: 'tanh', note: 'The same with tanh: compare how init scale saturates it.' },
  { label: 'deep: 64x20 relu', hidden: Array(20).fill(64), activation: 'relu', note: '20 layers of 64 ReLU: here the init scale decides whether any signal reaches the end (He vs Xavier).' },
  { label: 'deep: 64x20 tanh', hidden: Array(20).fill(64), activation: 'tanh', note: '20 layers of 64 tanh: too small and the signal vanishes, too big and every unit saturates.' },
];

/** Step 2: the architecture. */
export function ArchitectureScreen({ draft, flow = 'single', dispatch }: { readonly draft: Draft; readonly flow?: Flow; readonly dispatch: Dispatch<AppAction> }) {
  const inputs = datasets[draft.dataset].inputs;
  const { classes } = datasets[draft.dataset];
  const outputs = lossForClasses(classes).outputsFor(classes);
  const items = [
    ...architectureShapes.map((shape, index) => ({
      label: shape.label,
      value: index,
      details: () => (
        <>
          <Text wrap="wrap">{shape.note}</Text>
          <Text dimColor wrap="truncate-end">{`${inputs} -> ${formatHidden(shape.hidden)} -> ${outputs}; ${activations[shape.activation].formula}`}</Text>
        </>
      ),
    })),
    { label: 'custom…', value: -1, details: () => <Text wrap="wrap">Type the widths (4, 16,16, 64x20 …) and pick the activation.</Text> },
  ];
  const current = architectureShapes.findIndex((shape) => formatHidden(shape.hidden) === formatHidden(draft.hidden) && shape.activation === draft.activation);
  return (
    <Menu
      title={`${flowTitle(flow)} 2/4: architecture (${draft.dataset})`}
      items={items}
      initialValue={current}
      onSelect={(index) => {
        if (index === -1) dispatch({ type: 'open', screen: { name: 'custom-architecture' } });
        else dispatch({ type: 'choose-architecture', hidden: architectureShapes[index].hidden, activation: architectureShapes[index].activation });
      }}
      onBack={() => dispatch({ type: 'back' })}
    />
  );
}
