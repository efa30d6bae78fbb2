import { Box, Text } from 'ink';
import type { BiasInitName } from '../../engine/bias-initializers.js';
import { biasInitializers, biasInitNames } from '../../engine/bias-initializers.js';
import type { InitName } from '../../engine/initializers/index.js';
import { formatCompact } from '../../render/format-number.js';
import { SettingsForm } from '../components/settings-form.js';
import type { Draft, FlowScreenProps } from '../state/app-state.js';
import { flowTitle } from '../state/app-state.js';
import { firstLayerStd } from './init-screen.js';

/** The init scales offered: decades from 1e-4 to 10. */
export const scaleChoices = [1e-4, 1e-3, 1e-2, 0.1, 1, 10] as const;
/** Initial bias values offered. */
export const biasChoices = [-1, -0.1, 0, 0.01, 0.1, 1] as const;

/** What --init-scale means for an init, for the form's label. */
export function scaleMeaning(init: InitName): string {
  if (init === 'constant') return 'value of every weight';
  if (init === 'uniform') return 'half width s of U(-s, s)';
  if (init === 'normal' || init === 'truncated-normal') return 'std of the weights';
  if (init === 'zeros') return 'no effect on zeros';
  return 'multiplier on the weights';
}

/** Step 3b: the init's scale and the initial bias. */
export function InitOptionsScreen({
  draft,
  flow = 'single',
  inits = [],
  dispatch,
}: FlowScreenProps) {
  const set = (changes: Partial<Draft>) => dispatch({ type: 'set-draft', changes });
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">{flow === 'compare' ? `${flowTitle(flow)} 3/4: scale and bias, shared by ${inits.join(', ')}` : `${flowTitle(flow)} 3/4: ${draft.init}, scale and bias`}</Text>
      <Text> </Text>
      <SettingsForm
        fields={[
          {
            kind: 'choice',
            label: 'init scale',
            value: draft.initScale,
            options: (scaleChoices as readonly number[]).includes(draft.initScale) ? scaleChoices.map((value) => ({ label: `x${formatCompact(value, 1)}`, value })) : [...scaleChoices, draft.initScale].sort((a, b) => a - b).map((value) => ({ label: `x${formatCompact(value, 3)}`, value })),
            onChange: (initScale: number) => set({ initScale }),
            hint: `${scaleMeaning(draft.init)}; first layer std ${formatCompact(firstLayerStd(draft.init, draft), 3)}`,
          },
          {
            kind: 'choice',
            label: 'bias init',
            value: draft.biasInit,
            options: biasInitNames.map((value) => ({ label: value, value })),
            onChange: (biasInit: BiasInitName) => set({ biasInit }),
            hint: biasInitializers[draft.biasInit].formula,
          },
          {
            kind: 'choice',
            label: draft.biasInit === 'uniform' ? 'bias half width' : draft.biasInit === 'normal' ? 'bias std' : 'bias',
            value: draft.bias,
            options: ((biasChoices as readonly number[]).includes(draft.bias) ? [...biasChoices] : [...biasChoices, draft.bias].sort((a, b) => a - b)).map((value) => ({ label: String(value), value })),
            onChange: (bias: number) => set({ bias }),
            hint: draft.biasInit === 'pytorch-default' ? 'not used by pytorch-default' : draft.biasInit === 'constant' ? 'every bias starts at this value' : 'the bias init draws with this width',
          },
        ]}
        submitLabel="next: training settings"
        onSubmit={() => dispatch({ type: 'open', screen: { name: 'training' } })}
        onBack={() => dispatch({ type: 'back' })}
      />
    </Box>
  );
}
