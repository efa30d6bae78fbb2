import { openSync } from 'node:fs';
import { DumpWriter } from './dump-writer.js';
import { biasText } from '../experiment/bias-text.js';
import type { ExperimentConfig } from '../experiment/config.js';
import type { StepRecord, SummaryRecord } from '../experiment/experiment.js';
import { experimentRecords } from '../experiment/experiment.js';
import { formatHidden } from '../experiment/hidden.js';
import { networkTheory } from '../experiment/network-theory.js';
import { prepareDataset, Session } from '../experiment/session.js';
import { lossForClasses } from '../engine/losses.js';

/** Logits of a network for `classes`: 1 (sigmoid) for 2 classes, else one per class. */
const outputsFor = (classes: number): number => lossForClasses(classes).outputsFor(classes);

/** Where a command writes its lines. */
export type Output = (line: string) => void;

/** How `run` prints: JSON lines or a readable table. */
export type RunOptions = {
  readonly isJson: boolean;
  /** Write the dump (config, data, weights, trajectory) to this file: a path, or a descriptor opened for writing (closed after). */
  readonly dumpFile?: string | number;
};

const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : String(value));

/**
 * `init-tui run`: trains the experiment, printing a line per logged step, then a summary.
 * A run that diverges is a result: it ends with `diverged: true`, not an error. With a dump, the
 * dump is written as the run goes (memory stays flat however long it runs).
 */
export function runCommand(config: ExperimentConfig, options: RunOptions, write: Output): SummaryRecord {
  // Loaded before anything is written: a split that leaves too few rows is exit 2 with one line.
  const dataset = prepareDataset(config);
  if (!options.isJson) {
    write(
      `init-tui run: ${config.dataset}, hidden ${formatHidden(config.hidden)} ${config.activation}, init ${config.init} x${config.initScale}, ` +
        `${biasText(config)}, ${config.optimizer} lr ${config.lr}, batch ${config.batch === 0 ? 'full' : config.batch}, seed ${config.seed}`,
    );
    write(tableHeader);
  }
  if (options.isJson) write(JSON.stringify(networkTheory(config, dataset, outputsFor(dataset.classes))));
  let dump: DumpWriter | undefined;
  const session = new Session(config, { dataset, onBatch: options.dumpFile === undefined ? undefined : (rows) => dump!.batch(rows) });
  try {
    if (options.dumpFile !== undefined) {
      const file = typeof options.dumpFile === 'number' ? options.dumpFile : openSync(options.dumpFile, 'w');
      dump = new DumpWriter(file, dumpHead(session), session.isFullBatch ? undefined : BATCH_NOTE, FULL_BATCH_TEXT);
    }
    const sequence = experimentRecords(session);
    for (;;) {
      const next = sequence.next();
      if (next.done) {
        write(options.isJson ? JSON.stringify(next.value) : summaryText(next.value));
        dump?.finish({ finalWeights: session.network.weights(), summary: next.value });
        return next.value;
      }
      write(options.isJson ? JSON.stringify(next.value) : tableRow(next.value));
      dump?.record(next.value);
    }
  } finally {
    dump?.close();
  }
}

const tableHeader = `${'step'.padStart(8)} ${'train loss'.padStart(11)} ${'test loss'.padStart(11)} ${'train acc'.padStart(9)} ${'test acc'.padStart(9)}  distinct units per hidden layer`;

function tableRow(record: StepRecord): string {
  const symmetry = symmetryColumn(record.symmetry);
  return (
    `${String(record.step).padStart(8)} ${fixed(record.trainLoss, 6).padStart(11)} ${fixed(record.testLoss, 6).padStart(11)} ` +
    `${fixed(record.trainAccuracy * 100, 1).padStart(8)}% ${fixed(record.testAccuracy * 100, 1).padStart(8)}%  ${symmetry || '(no hidden layer)'}`
  );
}

/**
 * Distinct units per hidden layer, `4/4 1/16`; past 4 layers, a summary such as
 * `20 layers: all 64/64` or `20 layers: 12 broken, fewest 1/64 (layer 3)`.
 */
export function symmetryColumn(layers: StepRecord['symmetry']): string {
  if (layers.length <= 4) return layers.map((layer) => `${layer.distinctUnits}/${layer.units}`).join(' ');
  const brokenCount = layers.filter((layer) => layer.broken).length;
  if (brokenCount === layers.length && layers.every((layer) => layer.units === layers[0].units)) {
    return `${layers.length} layers: all ${layers[0].units}/${layers[0].units}`;
  }
  const fewest = layers.reduce((least, layer) => (layer.distinctUnits / layer.units < least.distinctUnits / least.units ? layer : least));
  return `${layers.length} layers: ${brokenCount} broken, fewest ${fewest.distinctUnits}/${fewest.units} (layer ${fewest.layer})`;
}

function summaryText(summary: SummaryRecord): string {
  const verdict = summary.diverged ? `DIVERGED at step ${summary.divergedAtStep} (loss not finite)` : 'finished';
  return (
    `${verdict}: ${summary.steps} steps, train loss ${fixed(summary.finalTrainLoss, 6)}, test loss ${fixed(summary.finalTestLoss, 6)}, ` +
    `train accuracy ${fixed(summary.finalTrainAccuracy * 100, 1)}%, test accuracy ${fixed(summary.finalTestAccuracy * 100, 1)}%, ` +
    `${Math.round(summary.stepsPerSecond)} steps/s`
  );
}

/** The optimizer with every constant it uses, as the dump states them. */
function optimizerSettings(config: ExperimentConfig) {
  switch (config.optimizer) {
    case 'sgd':
      return { name: 'sgd', learningRate: config.lr, rule: 'p -= lr * g' };
    case 'momentum':
      return { name: 'momentum', learningRate: config.lr, momentum: 0.9, rule: 'v = 0.9 v + g; p -= lr * v (PyTorch SGD momentum)' };
    case 'adam':
      return { name: 'adam', learningRate: config.lr, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, rule: 'Kingma & Ba 2015 with bias correction' };
  }
}

const BATCH_NOTE = 'row indices into data.train of the mini-batch of each step, in order';
const FULL_BATCH_TEXT = 'full batch: every step uses every training row, in order';

/** The parts of a dump known before training: everything needed to replay the run in another framework, but the batches and the results. */
function dumpHead(session: Session) {
  const { dataset, config, network } = session;
  const split = (part: typeof dataset.train) => ({ rows: part.rows, columns: dataset.inputs, x: Array.from(part.x), y: Array.from(part.y) });
  return {
    format: 'init-tui-dump/1',
    layout: 'weights are row-major fanIn x fanOut: weights[i * fanOut + j] connects input i to unit j; z = x W + b',
    config,
    network: { inputs: dataset.inputs, hidden: config.hidden, outputs: network.outputs, activation: config.activation, output: network.loss.label },
    data: { classes: dataset.classes, train: split(dataset.train), test: split(dataset.test) },
    optimizer: optimizerSettings(config),
    initialWeights: network.weights(),
  };
}
