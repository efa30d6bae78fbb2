import { Text } from 'ink';
import type { Dispatch } from 'react';
import { useState } from 'react';
import { ConfigError } from '../../experiment/config-error.js';
import { resolveConfig } from '../../experiment/config.js';
import type { Preset } from '../../experiment/presets.js';
import { shippedPresets } from '../../experiment/presets.js';
import { Menu } from '../components/menu.js';
import type { AppAction } from '../state/app-state.js';

/** The shipped presets; choosing one goes straight to the dashboard. */
export function PresetsScreen({ dispatch }: { readonly dispatch: Dispatch<AppAction> }) {
  const [presets] = useState<Preset[]>(() => shippedPresets());
  const [error, setError] = useState<string | undefined>();
  const items = presets.map((preset, index) => ({
    label: preset.name,
    value: index,
    details: () => (
      <>
        <Text bold wrap="wrap">
          {preset.title}
        </Text>
        <Text wrap="wrap">{preset.description}</Text>
        {error ? <Text color="red">{error}</Text> : null}
      </>
    ),
  }));
  return (
    <Menu
      title="Presets"
      items={items}
      listWidth={26}
      onSelect={(index) => {
        try {
          dispatch({ type: 'start-experiment', config: resolveConfig([{ source: presets[index].file, values: presets[index].config }]) });
        } catch (problem) {
          if (!(problem instanceof ConfigError)) throw problem;
          setError(problem.message);
        }
      }}
      onBack={() => dispatch({ type: 'back' })}
    />
  );
}
