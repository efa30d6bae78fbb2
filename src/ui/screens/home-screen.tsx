import type { Dispatch } from 'react';
import { Menu } from '../components/menu.js';
import type { MenuItem } from '../components/menu.js';
import type { AppAction } from '../state/app-state.js';
import { Text } from 'ink';

type HomeChoice = 'new' | 'compare' | 'sweep' | 'presets' | 'help' | 'quit';

/** The home menu's entries; more (such as comparing inits) join by adding a line here. */
export const homeItems: ReadonlyArray<MenuItem<HomeChoice>> = [
  { label: 'New experiment', value: 'new', details: () => <Text>Pick a dataset, an architecture and an init, then watch it train.</Text> },
  {
    label: 'Compare inits',
    value: 'compare',
    details: () => <Text wrap="wrap">Train 2 to 6 inits side by side on the same data and batches: zeros next to random, Xavier next to He, their losses on one chart.</Text>,
  },
  {
    label: 'How small? (sweep)',
    value: 'sweep',
    details: () => <Text wrap="wrap">Is there a magic number? Train one init at many scales and depths: final loss against scale, next to gain/sqrt(fan_in) and the edge of chaos that theory predicts.</Text>,
  },
  { label: 'Presets', value: 'presets', details: () => <Text>Ready-made experiments, such as zero init against Xavier on XOR.</Text> },
  { label: 'Help', value: 'help', details: () => <Text>What the screens show and which keys do what.</Text> },
  { label: 'Quit', value: 'quit', details: () => <Text>Leave init-tui (q or Esc here, Ctrl+C anywhere).</Text> },
];

/** Home: new experiment, presets, help, quit. `q` or Esc quits. */
export function HomeScreen({ dispatch }: { readonly dispatch: Dispatch<AppAction> }) {
  return (
    <Menu
      title="init-tui: why do neural-network weights start random?"
      items={homeItems}
      listWidth={20}
      onBack={() => dispatch({ type: 'quit' })}
      onSelect={(choice) => {
        if (choice === 'new') dispatch({ type: 'start-flow', flow: 'single' });
        else if (choice === 'compare') dispatch({ type: 'start-flow', flow: 'compare' });
        else if (choice === 'sweep') dispatch({ type: 'start-flow', flow: 'sweep' });
        else if (choice === 'presets') dispatch({ type: 'open', screen: { name: 'presets' } });
        else if (choice === 'help') dispatch({ type: 'open', screen: { name: 'help' } });
        else dispatch({ type: 'quit' });
      }}
    />
  );
}
