import { datasetNames, datasets } from '../data/index.js';
import { activationNames, activations } from '../engine/activations.js';
import { biasInitializers, biasInitNames } from '../engine/bias-initializers.js';
import { initializers, initNames } from '../engine/initializers/index.js';
import { optimizerDescriptions, optimizerNames } from '../engine/optimizers/index.js';
import { ConfigError } from '../experiment/config-error.js';
import { shippedPresets } from '../experiment/presets.js';
import type { Output } from './run.js';

/** What `init-tui list` can list, in the order it lists them. */
export const listKinds = ['datasets', 'inits', 'bias-inits', 'activations', 'optimizers', 'presets'] as const;
/** What `init-tui list` can list. */
export type ListKind = (typeof listKinds)[number];

type Entry = { readonly name: string; readonly [key: string]: unknown };

function entries(kind: ListKind): Entry[] {
  switch (kind) {
    case 'datasets':
      return datasetNames.map((name) => {
        const { label, description, inputs, classes, defaultSamples, defaultNoise } = datasets[name];
        return { name, label, description, inputs, classes, defaultSamples, defaultNoise };
      });
    case 'inits':
      return initNames.map((name) => {
        const { label, formula, reference, whenToUse } = initializers[name];
        return { name, label, formula, reference, whenToUse };
      });
    case 'bias-inits':
      return biasInitNames.map((name) => {
        const { label, formula, reference } = biasInitializers[name];
        return { name, label, formula, reference };
      });
    case 'activations':
      return activationNames.map((name) => {
        const { label, formula, gain } = activations[name];
        return { name, label, formula, gain };
      });
    case 'optimizers':
      return optimizerNames.map((name) => ({ name, description: optimizerDescriptions[name] }));
    case 'presets':
      return shippedPresets().map(({ name, title, description, config }) => ({ name, title, description, config }));
  }
}

function describe(kind: ListKind, entry: Entry): string {
  const detail = (() => {
    switch (kind) {
      case 'datasets':
        return `${entry.description} (${entry.inputs} inputs, ${entry.classes} classes)`;
      case 'inits':
      case 'bias-inits':
        return `${entry.formula}  [${entry.reference}]`;
      case 'activations':
        return `${entry.formula}  (gain ${Number(entry.gain).toFixed(4)})`;
      case 'optimizers':
        return String(entry.description);
      case 'presets':
        return `${entry.title}: ${entry.description}`;
    }
  })();
  return `  ${entry.name.padEnd(17)} ${detail}`;
}

/**
 * `init-tui list [kind] [--json]`: what exists, every kind when none is named. With `--json`,
 * one JSON object `{kind: [entries]}`.
 */
export function listCommand(kind: string | undefined, isJson: boolean, write: Output): void {
  if (kind !== undefined && !(listKinds as readonly string[]).includes(kind)) {
    throw new ConfigError(`unknown list '${kind}'; valid: ${listKinds.join(', ')}`);
  }
  const kinds = kind === undefined ? listKinds : [kind as ListKind];
  if (isJson) {
    write(JSON.stringify(Object.fromEntries(kinds.map((name) => [name, entries(name)]))));
    return;
  }
  kinds.forEach((name, index) => {
    if (index > 0) write('');
    write(`${name}:`);
    for (const entry of entries(name)) write(describe(name, entry));
  });
}
