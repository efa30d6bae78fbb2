import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Network } from '../../src/engine/network.js';
import { Momentum, Sgd } from '../../src/engine/optimizers/index.js';
import { createRng } from '../../src/engine/rng.js';
import { runCli } from '../helpers/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'init-tui-cli-'));

describe('init-tui run --json', () => {
  const result = runCli(['run', '--dataset', 'xor', '--hidden', '4', '--activation', 'tanh', '--init', 'zeros', '--lr', '0.5', '--steps', '5000', '--seed', '1', '--json']);
  const [theory, ...lines] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));

  it('starts with the theory line (zeros are not an i.i.d. init: theory says why it does not apply)', () => {
    expect(theory).toEqual({ type: 'theory', applies: false, reason: 'every weight is 0: nothing is random, so there is no signal to propagate' });
  });

  it('prints one step object per logged step, then the summary, and exits 0', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(lines.slice(0, -1).map((line) => line.step)).toEqual(Array.from({ length: 51 }, (_, i) => 100 * i));
    expect(lines.at(-1).type).toBe('summary');
  });

  it('step objects follow the documented schema', () => {
    for (const line of lines.slice(0, -1)) {
      expect(line.type).toBe('step');
      for (const key of ['trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy']) expect(typeof line[key]).toBe('number');
      expect(line.symmetry).toHaveLength(1);
      expect(Object.keys(line.symmetry[0]).sort()).toEqual(['broken', 'distinctUnits', 'layer', 'maxDistance', 'minDistance', 'units']);
      expect(line.symmetry[0]).toMatchObject({ layer: 1, units: 4, distinctUnits: 1, broken: false });
      expect(line.layers).toHaveLength(2);
      for (const layer of line.layers) {
        for (const key of ['layer', 'preActivationStd', 'activationMean', 'activationStd', 'saturatedFraction', 'deadFraction', 'weightStd', 'weightGradientNorm', 'activationGradientStd']) {
          expect(typeof layer[key], key).toBe('number');
        }
      }
    }
  });

  it('the summary has the documented keys', () => {
    const summary = lines.at(-1);
    expect(summary).toMatchObject({ type: 'summary', steps: 5000, diverged: false, finalTrainAccuracy: 0.5 });
    for (const key of ['finalTrainLoss', 'finalTestLoss', 'finalTestAccuracy', 'stepsPerSecond']) expect(typeof summary[key]).toBe('number');
    expect(summary.finalTrainLoss).toBeCloseTo(Math.log(2), 10);
  });
});

describe('init-tui run', () => {
  it('prints a readable table and a summary without --json', () => {
    const result = runCli(['run', '--preset', 'xavier-xor', '--steps', '300']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/step\s+train loss\s+test loss/);
    expect(result.stdout).toMatch(/^\s+300\s+\d\.\d{6}/m);
    expect(result.stdout).toMatch(/finished: 300 steps, train loss/);
  });

  it('--dump writes everything needed to replay the run elsewhere', () => {
    const dumpFile = join(directory, 'dump.json');
    const result = runCli(['run', '--dataset', 'moons', '--hidden', '6,5', '--activation', 'tanh', '--init', 'he-uniform', '--optimizer', 'sgd', '--batch', '0', '--lr', '0.3', '--steps', '120', '--log-every', '40', '--json', '--dump', dumpFile]);
    expect(result.status).toBe(0);
    const dump = JSON.parse(readFileSync(dumpFile, 'utf8'));
    expect(dump.config).toMatchObject({ dataset: 'moons', hidden: [6, 5], init: 'he-uniform', steps: 120, batch: 0 });
    expect(dump.trajectory.map((record: { step: number }) => record.step)).toEqual([0, 40, 80, 120]);
    expect(dump.data.train.x).toHaveLength(dump.data.train.rows * 2);
    expect(dump.initialWeights.map((layer: { fanIn: number; fanOut: number }) => [layer.fanIn, layer.fanOut])).toEqual([
      [2, 6],
      [6, 5],
      [5, 1],
    ]);
    // Replay: the dumped initial weights trained full-batch on the dumped data give the dumped final weights.
    const network = new Network({ inputs: 2, hidden: [6, 5], classes: 2, activation: 'tanh', init: 'zeros' }, createRng(0));
    network.denseLayers.forEach((layer, index) => {
      layer.weights.value.set(dump.initialWeights[index].weights);
      layer.bias.value.set(dump.initialWeights[index].bias);
    });
    const batch = { x: Float64Array.from(dump.data.train.x), y: Int32Array.from(dump.data.train.y), rows: dump.data.train.rows };
    const optimizer = new Sgd(0.3);
    for (let step = 0; step < 120; step++) network.trainStep(batch, optimizer);
    expect(network.weights()).toEqual(dump.finalWeights);
  });

  it('--dump of a mini-batch momentum run records every batch and the optimizer constants: the replay is exact', () => {
    const dumpFile = join(directory, 'dump-batches.json');
    const result = runCli(['run', '--dataset', 'circles', '--hidden', '5', '--activation', 'relu', '--init', 'he-normal', '--optimizer', 'momentum', '--batch', '16', '--lr', '0.05', '--steps', '50', '--json', '--dump', dumpFile]);
    expect(result.status).toBe(0);
    const dump = JSON.parse(readFileSync(dumpFile, 'utf8'));
    expect(dump.optimizer).toMatchObject({ name: 'momentum', learningRate: 0.05, momentum: 0.9 });
    expect(dump.batches.rows).toHaveLength(50);
    expect(dump.batches.rows.every((rows: number[]) => rows.length === 16)).toBe(true);
    const network = new Network({ inputs: 2, hidden: [5], classes: 2, activation: 'relu', init: 'zeros' }, createRng(0));
    network.denseLayers.forEach((layer, index) => {
      layer.weights.value.set(dump.initialWeights[index].weights);
      layer.bias.value.set(dump.initialWeights[index].bias);
    });
    const optimizer = new Momentum(0.05, dump.optimizer.momentum);
    for (const rows of dump.batches.rows as number[][]) {
      const x = Float64Array.from(rows.flatMap((row) => dump.data.train.x.slice(2 * row, 2 * row + 2)));
      const y = Int32Array.from(rows.map((row) => dump.data.train.y[row]));
      network.trainStep({ x, y, rows: rows.length }, optimizer);
    }
    expect(network.weights()).toEqual(dump.finalWeights);
  });

  it('a diverging run is a result: exit 0 with diverged true and its step', () => {
    const result = runCli(['run', '--dataset', 'moons', '--hidden', '32x4', '--activation', 'relu', '--init', 'normal', '--init-scale', '50', '--optimizer', 'sgd', '--batch', '0', '--lr', '100', '--steps', '500', '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(summary.diverged).toBe(true);
    expect(summary.divergedAtStep).toBeLessThan(500);
  });
});

describe('bad input', () => {
  const badInputs: Array<[string, string[], RegExp]> = [
    ['unknown dataset', ['run', '--dataset', 'mnist'], /^init-tui: command line: --dataset unknown dataset 'mnist'; valid: xor, xor-cloud, circles/],
    ['unknown init', ['run', '--init', 'glorot'], /--init unknown init 'glorot'; valid: zeros/],
    ['non-numeric number', ['run', '--lr', 'fast'], /^init-tui: command line: --lr must be a number like 0.5, -1 or 1e-3, got 'fast'$/],
    ['hexadecimal number', ['run', '--lr', '0x10'], /--lr must be a number like 0.5, -1 or 1e-3, got '0x10'/],
    ['infinite number', ['run', '--noise', '1e400'], /--noise must be a finite number, got '1e400'/],
    ['a network too big to hold', ['run', '--hidden', '4096x200'], /hidden 4096x200 on xor makes 3,339,497,473 weights; at most 20,000,000/],
    ['an option of other commands given to the app', ['--json'], /^init-tui: --json is not an option of the app \(init-tui with no command\); it goes with: run, compare, sweep, advise, list$/],
    ['an experiment option with list', ['list', '--dataset', 'xor'], /^init-tui: --dataset is not an option of 'init-tui list'; it goes with: the app, run, compare, sweep, advise$/],
    ['a run option given to compare', ['compare', '--init', 'zeros,he-normal', '--dump', 'x.json'], /^init-tui: --dump is not an option of 'init-tui compare'; it goes with: run$/],
    ['a comma list given to run', ['run', '--init', 'zeros,he-normal'], /^init-tui: command line: --init takes one value with run; a comma list \(zeros,he-normal\) goes with 'init-tui compare'$/],
    ['a dump file that cannot be written', ['run', '--dump', '/nonexistent/folder/x.json'], /--dump \/nonexistent\/folder\/x\.json: cannot write there \(the folder \/nonexistent\/folder does not exist\)$/],
    ['a dump to a folder', ['run', '--steps', '10', '--dump', '.'], /^init-tui: --dump \.: cannot write there \(it is a folder\)$/],
    ['a dump where no file can be made', ['run', '--steps', '10', '--dump', '/proc/d.json'], /^init-tui: --dump \/proc\/d\.json: cannot write there \(no file can be created in \/proc\)$/],
    ['an empty dump name', ['run', '--steps', '10', '--dump', ''], /^init-tui: --dump needs a file name, such as --dump run\.json$/],
    ['out-of-range number', ['run', '--steps=-5'], /--steps must be at least 0/],
    ['a negative number out of range', ['run', '--steps', '-5'], /--steps must be at least 0/],
    ['bad widths', ['run', '--hidden', '4,x'], /--hidden '4,x' is not understood; use widths like/],
    ['unknown option', ['run', '--learning-rate', '0.1'], /^init-tui: Unknown option '--learning-rate'; see 'init-tui --help'/],
    ['missing option value', ['run', '--lr'], /--lr/],
    ['unknown command', ['train'], /^init-tui: unknown command 'train'; valid: run, compare, sweep, advise, list, help/],
    ['--version with more', ['-v', 'extra'], /^init-tui: --version takes nothing else$/],
    ['unknown list', ['list', 'losses'], /^init-tui: unknown list 'losses'; valid: datasets, inits, bias-inits, activations, optimizers, presets$/],
    ['unknown preset', ['run', '--preset', 'nope'], /unknown preset 'nope'; valid: .*xavier-xor/],
  ];

  it.each(badInputs)('%s: one clear line on stderr, exit 2, no stack trace', (_name, args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a malformed preset file names the file and what is wrong', () => {
    const broken = join(directory, 'broken.json');
    writeFileSync(broken, '{"title": "t", "description": "d", "init": "zeros", "lr": -3}');
    const result = runCli(['run', '--preset', broken]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`init-tui: ${broken}: lr must be > 0 and <= 100 (the learning rate)\n`);
    writeFileSync(broken, '{"title": ');
    expect(runCli(['run', '--preset', broken]).stderr).toMatch(/broken\.json: not valid JSON/);
  });
});

describe('negative numbers', () => {
  it('are read after a numeric option, with or without =', () => {
    for (const args of [['--bias', '-0.5'], ['--bias=-0.5']]) {
      const result = runCli(['run', ...args, '--steps', '0', '--json']);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    }
  });
});

describe('init-tui list', () => {
  it('lists every kind, with each init’s formula', () => {
    const result = runCli(['list', 'inits']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^inits:\n/);
    expect(result.stdout).toMatch(/xavier-uniform\s+.*sqrt\(6/);
    expect(result.stdout.trim().split('\n')).toHaveLength(22);
  });

  it('--json gives machine-readable entries', () => {
    const result = runCli(['list', '--json']);
    const listing = JSON.parse(result.stdout);
    expect(Object.keys(listing)).toEqual(['datasets', 'inits', 'bias-inits', 'activations', 'optimizers', 'presets']);
    expect(listing.datasets.map((entry: { name: string }) => entry.name)).toEqual(['xor', 'xor-cloud', 'circles', 'spiral', 'gaussians', 'moons', 'spiral3', 'iris', 'digits', 'digits-28']);
    expect(listing.inits).toHaveLength(21);
    expect(listing.inits.every((entry: { formula: string }) => entry.formula.length > 0)).toBe(true);
  });

  it('--help and --version', () => {
    expect(runCli(['--help']).stdout).toMatch(/Usage:/);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('--bias-init', () => {
  it('draws the biases (here nn.Linear whole: pytorch-default weights and biases) and the dump records it', () => {
    const dumpFile = join(directory, 'bias-dump.json');
    const result = runCli(['run', '--dataset', 'moons', '--hidden', '16,9', '--init', 'pytorch-default', '--bias-init', 'pytorch-default', '--steps', '0', '--json', '--dump', dumpFile]);
    expect(result.status).toBe(0);
    const dump = JSON.parse(readFileSync(dumpFile, 'utf8'));
    expect(dump.config).toMatchObject({ init: 'pytorch-default', biasInit: 'pytorch-default' });
    const layers: Array<{ fanIn: number; weights: number[]; bias: number[] }> = dump.initialWeights;
    for (const layer of layers) {
      const bound = 1 / Math.sqrt(layer.fanIn);
      for (const values of [layer.weights, layer.bias]) {
        expect(values.every((value) => Math.abs(value) <= bound)).toBe(true);
        expect(new Set(values).size).toBe(values.length);
      }
    }
  });

  it('normal uses --bias as the std; the run header says so', () => {
    const result = runCli(['run', '--bias-init', 'normal', '--bias', '0.5', '--steps', '100']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('bias N(0, 0.5^2)');
  });

  it('an unknown bias init is exit 2 naming what is allowed', () => {
    const result = runCli(['run', '--bias-init', 'gaussian']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("init-tui: command line: --bias-init unknown bias init 'gaussian'; valid: constant, uniform, normal, pytorch-default");
  });
});

describe('the theory line of run --json', () => {
  it.each([
    ['relu', 'he-normal', 'critical'],
    // sigma_w^2 = 1, sigma_b^2 = 0 is tanh's critical point (Poole et al. 2016).
    ['tanh', 'xavier-normal', 'critical'],
    ['tanh', 'lecun-normal', 'critical'],
    ['relu', 'xavier-normal', 'ordered'],
    ['tanh', 'kaiming-normal', 'chaotic'],
  ])('%s with %s, phase %s: predicted pre-activation std per layer matches step 0 within 15%%', (activation, init, phase) => {
    const result = runCli(['run', '--dataset', 'moons', '--samples', '1000', '--hidden', '512x4', '--activation', activation, '--init', init, '--steps', '0', '--json']);
    expect(result.status).toBe(0);
    const [theory, step0] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(theory).toMatchObject({ type: 'theory', applies: true, phase });
    expect(theory.layers).toHaveLength(5);
    for (const layer of step0.layers.slice(0, 4)) {
      const predicted = theory.layers[layer.layer - 1].predictedPreActivationStd;
      // Finite width (512) and 1000 samples of a 2-D set: a few percent of noise per layer, compounding.
      expect(Math.abs(layer.preActivationStd / predicted - 1), `layer ${layer.layer}: measured ${layer.preActivationStd}, predicted ${predicted}`).toBeLessThan(0.15);
    }
  });
});

describe('splits and widths that leave nothing to learn from', () => {
  it.each([
    [['run', '--dataset', 'moons', '--test-fraction', '0.999'], /^init-tui: test fraction 0\.999 leaves 1 training row of 400 moons samples; at least 4 must train/],
    [['run', '--dataset', 'moons', '--samples', '4', '--test-fraction', '0.1'], /^init-tui: test fraction 0\.1 of 4 moons samples holds out no row/],
    [['run', '--hidden', ''], /^init-tui: command line: --hidden is empty; use widths like/],
    [['run', '--hidden', ' '], /^init-tui: command line: --hidden is empty/],
  ])('%j is exit 2 with one line and nothing on stdout', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('an error with nowhere to go', () => {
  it('bad input with stderr on /dev/full still exits 2', async () => {
    const { openSync, closeSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const { CLI_PATH } = await import('../helpers/cli.js');
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [CLI_PATH, '--bogus'], { stdio: ['ignore', 'pipe', full], encoding: 'utf8' });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
    } finally {
      closeSync(full);
    }
  });
});
