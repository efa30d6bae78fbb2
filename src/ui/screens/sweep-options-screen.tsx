import { Box, Text } from 'ink';
import { useState } from 'react';
import { ConfigError } from '../../experiment/config-error.js';
import { formatHidden } from '../../experiment/hidden.js';
import { planSweep, parseScales } from '../../experiment/sweep-plan.js';
import { SettingsForm } from '../components/settings-form.js';
import type { AppAction, Draft, SweepSettings } from '../state/app-state.js';
import { flowTitle } from '../state/app-state.js';
import { stepChoices } from './training-screen.js';

/** Depth lists the sweep form offers; undefined sweeps the architecture as chosen. */
export const depthChoices: ReadonlyArray<readonly number[] | undefined> = [undefined, [1, 4], [2, 8], [2, 5, 10], [2, 5, 10, 20]];
/** Seed counts the sweep form offers. */
export const seedChoices = [1, 2, 3, 5] as const;
/** Scale ranges the sweep form offers. */
export const scaleChoices = ['1e-4:1e1:11', '1e-3:1e1:9', '1e-2:1e1:7', '1e-4:1e1:21'] as const;

/** The sweep's runs from the draft and the form: every (depth, scale, seed). */
export function sweepJobsOf(draft: Draft, sweep: SweepSettings) {
  return planSweep([{ source: 'menus', values: { ...draft, hidden: [...draft.hidden] } }], {
    scales: parseScales(sweep.scales, Number),
    depths: sweep.depths === undefined ? undefined : [...sweep.depths],
    seeds: sweep.seeds,
  }, 'menus');
}

/** The sweep flow's last step: depths, seeds, scales and steps, then start. */
export function SweepOptionsScreen({ draft, sweep, dispatch }: { readonly draft: Draft; readonly sweep: SweepSettings; readonly dispatch: (action: AppAction) => void }) {
  const [error, setError] = useState<string | undefined>();
  const width = draft.hidden[0];
  const count = (() => {
    try {
      return sweepJobsOf(draft, sweep).length;
    } catch {
      return undefined;
    }
  })();
  return (
    <Box flexDirection="column">
      <Text bold>{`${flowTitle('sweep')} 4/4: what to sweep`}</Text>
      <Text dimColor wrap="truncate-end">{`${draft.dataset} · width ${width ?? 'none'} ${draft.activation} · init ${draft.init} · ${draft.optimizer} lr ${draft.lr}${count === undefined ? '' : ` · ${count} runs`}`}</Text>
      <Text> </Text>
      <SettingsForm
        fields={[
          {
            kind: 'choice',
            label: 'depths',
            // The list offered holds its own arrays: find the one equal to the chosen depths.
            value: depthChoices.find((depths) => String(depths) === String(sweep.depths)) ?? sweep.depths,
            options: depthChoices.map((depths) => ({ label: depths === undefined ? `as chosen (${formatHidden(draft.hidden)})` : depths.join(','), value: depths })),
            onChange: (depths: readonly number[] | undefined) => dispatch({ type: 'set-sweep', changes: { depths } }),
            hint: `hidden layers of width ${width ?? '-'}: a line per depth on the chart`,
          },
          {
            kind: 'choice',
            label: 'scales',
            value: sweep.scales,
            options: scaleChoices.map((scales) => ({ label: scales, value: scales })),
            onChange: (scales: string) => dispatch({ type: 'set-sweep', changes: { scales } }),
            hint: `lo:hi:n, n scales log-spaced; the scale is the init's own --init-scale`,
          },
          {
            kind: 'choice',
            label: 'seeds',
            value: sweep.seeds,
            options: seedChoices.map((seeds) => ({ label: String(seeds), value: seeds })),
            onChange: (seeds: number) => dispatch({ type: 'set-sweep', changes: { seeds } }),
            hint: 'seeds per point: the chart shows their median',
          },
          {
            kind: 'choice',
            label: 'steps',
            value: draft.steps,
            options: (stepChoices as readonly number[]).map((value) => ({ label: String(value), value })),
            onChange: (steps: number) => dispatch({ type: 'set-draft', changes: { steps } }),
            hint: 'at most, per run (a run stops early when it converges)',
          },
        ]}
        error={error}
        submitLabel="start the sweep"
        onSubmit={() => {
          try {
            dispatch({ type: 'start-sweep', jobs: sweepJobsOf(draft, sweep) });
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
