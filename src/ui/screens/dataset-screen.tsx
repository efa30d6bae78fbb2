import { Text } from 'ink';
import type { Dispatch } from 'react';
import type { DatasetName } from '../../data/index.js';
import { datasetNames, datasets, loadDataset } from '../../data/index.js';
import { createRng } from '../../engine/rng.js';
import { planeBounds, plotPoints } from '../../metrics/decision-grid.js';
import { renderDecisionMap } from '../../render/decision-map.js';
import { Lines } from '../components/lines.js';
import { Menu } from '../components/menu.js';
import type { AppAction, Draft, Flow } from '../state/app-state.js';
import { flowTitle } from '../state/app-state.js';
import { useUi } from '../ui-context.js';

const PREVIEW_WIDTH = 36;
const PREVIEW_HEIGHT = 9;

/** Dots of a 2-D dataset on a neutral background (no prediction yet), as text lines. */
export function datasetPreview(name: DatasetName, seed: number, colorLevel: Parameters<typeof renderDecisionMap>[2]['colorLevel']): string[] {
  const spec = datasets[name];
  const dataset = loadDataset(name, createRng(seed).derive('data'), {
    samples: spec.defaultSamples,
    noise: spec.defaultNoise,
    testFraction: 0.2,
  });
  const bounds = planeBounds(dataset.train);
  const classes = Math.max(2, dataset.classes);
  const grid = { columns: 1, rows: 1, classes, probabilities: new Float64Array(classes).fill(1 / classes) };
  return renderDecisionMap(grid, plotPoints(dataset.train, bounds), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, colorLevel });
}

/** Step 1: the dataset, with a description and, for 2-D sets, a dot preview. */
export function DatasetScreen({ draft, flow = 'single', dispatch }: { readonly draft: Draft; readonly flow?: Flow; readonly dispatch: Dispatch<AppAction> }) {
  const { colorLevel } = useUi();
  const items = datasetNames.map((name) => {
    const spec = datasets[name];
    return {
      label: spec.label,
      value: name,
      details: () => (
        <>
          <Text wrap="wrap">{spec.description}</Text>
          <Text dimColor>{`${spec.inputs} inputs · ${spec.classes} classes · ${name}`}</Text>
          {spec.isPlanar ? <Lines lines={datasetPreview(name, draft.seed, colorLevel)} /> : null}
        </>
      ),
    };
  });
  return (
    <Menu
      title={`${flowTitle(flow)} 1/4: dataset`}
      items={items}
      initialValue={draft.dataset}
      onSelect={(dataset) => dispatch({ type: 'choose-dataset', dataset })}
      onBack={() => dispatch({ type: 'back' })}
    />
  );
}
