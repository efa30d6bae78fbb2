import { Box, Text } from 'ink';
import { biasText } from '../../experiment/bias-text.js';
import { useState } from 'react';
import { optimizerDescriptions, optimizerNames } from '../../engine/optimizers/index.js';
import { ConfigError } from '../../experiment/config-error.js';
import { trainingDefaults } from '../../experiment/dataset-defaults.js';
import { formatHidden } from '../../experiment/hidden.js';
import { SettingsForm } from '../components/settings-form.js';
import type { Draft, FlowScreenProps } from '../state/app-state.js';
import { comparisonOf, configOf, flowTitle } from '../state/app-state.js';

/** Learning rates the training form offers (the current one is added when it is not among them). */
export const learningRateChoices = [1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 0.5, 1, 3] as const;
/** Batch sizes the training form offers; 0 is the full batch. */
export const batchChoices = [0, 8, 16, 32, 64, 128, 256] as const;
/** Run lengths the training form offers. */
export const stepChoices = [100, 300, 1000, 2000, 3000, 5000, 10_000, 30_000, 100_000] as const;

const withCurrent = (choices: readonly number[], current: number): number[] =>
  choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);

/** Step 4: optimizer, learning rate, batch, steps and seed (prefilled with the dataset's defaults), then start. */
export function TrainingScreen({
  draft,
  flow = 'single',
  inits = [],
  dispatch,
}: FlowScreenProps) {
  const [error, setError] = useState<string | undefined>();
  const set = (changes: Partial<Draft>) => dispatch({ type: 'set-draft', changes });
  const defaults = trainingDefaults[draft.dataset];
  return (
    <Box flexDirection="column">
      <Text bold>{`${flowTitle(flow)} 4/4: training`}</Text>
      <Text dimColor wrap="truncate-end">{`${draft.dataset} · ${formatHidden(draft.hidden)} ${draft.activation} · ${flow === 'compare' ? inits.join(', ') : draft.init} x${draft.initScale} · ${biasText(draft)}`}</Text>
      <Text> </Text>
      <SettingsForm
        fields={[
          {
            kind: 'choice',
            label: 'optimizer',
            value: draft.optimizer,
            options: optimizerNames.map((name) => ({ label: name, value: name })),
            onChange: (optimizer: Draft['optimizer']) => set({ optimizer }),
            hint: optimizerDescriptions[draft.optimizer],
          },
          {
            kind: 'choice',
            label: 'learning rate',
            value: draft.lr,
            options: withCurrent(learningRateChoices, draft.lr).map((value) => ({ label: String(value), value })),
            onChange: (lr: number) => set({ lr }),
            hint: `default for ${draft.dataset}: ${defaults.optimizer} ${defaults.lr}`,
          },
          {
            kind: 'choice',
            label: 'batch size',
            value: draft.batch,
            options: withCurrent(batchChoices, draft.batch).map((value) => ({ label: value === 0 ? 'full batch' : String(value), value })),
            onChange: (batch: number) => set({ batch }),
            hint: 'mini-batches are drawn from the seeded stream; full batch = every sample every step',
          },
          {
            kind: 'choice',
            label: 'steps',
            value: draft.steps,
            options: withCurrent(stepChoices, draft.steps).map((value) => ({ label: String(value), value })),
            onChange: (steps: number) => set({ steps }),
            hint: 'training stops there (or earlier when it converges or diverges)',
          },
          {
            kind: 'integer',
            label: 'seed',
            value: draft.seed,
            maximum: 999_999_999,
            onChange: (seed: number) => set({ seed }),
            hint: 'one seed fixes the data, the weights and the batch order',
          },
        ]}
        error={error}
        submitLabel="start training"
        onSubmit={() => {
          try {
            if (flow === 'compare') dispatch({ type: 'start-runs', runs: comparisonOf(draft, inits) });
            else dispatch({ type: 'start-experiment', config: configOf(draft) });
          } catch (problem) {
            if (!(problem instanceof ConfigError)) throw problem;
            setError(problem.message);
          }
        }}
        onBack={() => dispatch({ type: 'back' })}
      />
    </Box>
  );
}
