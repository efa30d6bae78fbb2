import { Box, Text } from 'ink';
import type { Dispatch } from 'react';
import { useState } from 'react';
import { activationNames, activations } from '../../engine/activations.js';
import type { ActivationName } from '../../engine/activations.js';
import { ConfigError } from '../../experiment/config-error.js';
import { formatHidden, parseHidden } from '../../experiment/hidden.js';
import { SettingsForm } from '../components/settings-form.js';
import type { AppAction, Draft, Flow } from '../state/app-state.js';
import { flowTitle } from '../state/app-state.js';

/** Step 2b: typed widths and an activation. */
export function CustomArchitectureScreen({ draft, flow = 'single', dispatch }: { readonly draft: Draft; readonly flow?: Flow; readonly dispatch: Dispatch<AppAction> }) {
  const [widths, setWidths] = useState(formatHidden(draft.hidden));
  const [activation, setActivation] = useState<ActivationName>(draft.activation);
  const [error, setError] = useState<string | undefined>();
  return (
    <Box flexDirection="column">
      <Text bold>{`${flowTitle(flow)} 2/4: custom architecture`}</Text>
      <Text> </Text>
      <SettingsForm
        fields={[
          {
            kind: 'text',
            label: 'hidden widths',
            value: widths,
            onChange: (value) => {
              setWidths(value);
              setError(undefined);
            },
            hint: 'e.g. 4 · 16,16 · 64x20 (20 layers of 64) · 32,8x3 · none',
          },
          {
            kind: 'choice',
            label: 'activation',
            value: activation,
            options: activationNames.map((name) => ({ label: name, value: name })),
            onChange: setActivation,
            hint: activations[activation].formula,
          },
        ]}
        error={error}
        submitLabel="use this architecture"
        onSubmit={() => {
          try {
            dispatch({ type: 'choose-architecture', hidden: parseHidden(widths, 'widths'), activation });
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
