import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI_PATH, runCli } from '../helpers/cli.js';

const parse = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line));
/** The figures of a step or summary line that do not depend on the machine (stepsPerSecond does). */
const figures = ({ stepsPerSecond: _rate, ...rest }: Record<string, unknown>) => rest;

const spiral = ['--dataset', 'spiral', '--hidden', '16,16', '--activation', 'tanh', '--steps', '600', '--log-every', '100'];
const inits = ['zeros', 'normal', 'xavier-normal', 'he-normal'];

describe('init-tui compare --json', () => {
  const result = runCli(['compare', ...spiral, '--init', inits.join(','), '--json', '--workers', '2']);
  const lines = parse(result.stdout);
  const steps = lines.filter((line) => line.type === 'step');
  const summaries = lines.filter((line) => line.type === 'summary');

  it('starts with a theory line per run, tagged with the run: zeros has none, the random inits their phase', () => {
    const theories = lines.slice(0, inits.length);
    expect(theories.map((line) => [line.type, line.run, line.applies])).toEqual([
      ['theory', 'zeros', false],
      ['theory', 'normal', true],
      ['theory', 'xavier-normal', true],
      ['theory', 'he-normal', true],
    ]);
    // normal (std 1) on 16-wide tanh layers: sigma_w^2 = 16, deep in the chaotic phase; xavier on 16x16: sigma_w^2 = 1, critical.
    expect(theories[1]).toMatchObject({ phase: 'chaotic', sigmaW2: 16 });
    expect(theories[2].phase).toBe('critical');
    expect(lines.slice(inits.length).some((line) => line.type === 'theory')).toBe(false);
  });

  it('prints every logged step of every run by step, then by run, tagged with the run and its init', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(steps).toHaveLength(inits.length * 7);
    steps.forEach((line, index) => {
      expect(Object.keys(line).slice(0, 4)).toEqual(['type', 'run', 'init', 'step']);
      expect(line.run).toBe(inits[index % inits.length]);
      expect(line.init).toBe(line.run);
      expect(line.step).toBe(Math.floor(index / inits.length) * 100);
      expect(line).not.toHaveProperty('initScale');
    });
  });

  it('then a summary per run with steps to target and the symmetry, then the comparison', () => {
    expect(summaries.map((line) => line.run)).toEqual(inits);
    for (const summary of summaries) {
      for (const key of ['steps', 'finalTrainLoss', 'finalTestLoss', 'finalTrainAccuracy', 'finalTestAccuracy', 'diverged', 'stoppedBy', 'stepsToTarget', 'stepsPerSecond']) {
        expect(summary, key).toHaveProperty(key);
      }
      expect(summary.symmetry.units).toEqual([16, 16]);
    }
    const [zeros, normal] = summaries;
    expect(zeros.symmetry).toEqual({ units: [16, 16], distinctUnits: [1, 1], broken: false });
    expect(zeros.stepsToTarget).toBeNull();
    expect(normal.symmetry).toEqual({ units: [16, 16], distinctUnits: [16, 16], broken: true });
    // Steps to target is the first logged step at or below the target loss (0.1).
    for (const summary of summaries) {
      const first = steps.find((line) => line.run === summary.run && line.trainLoss <= 0.1);
      expect(summary.stepsToTarget).toBe(first?.step ?? null);
    }
    const comparison = lines.at(-1);
    expect(comparison.type).toBe('comparison');
    const byLoss = [...summaries].sort((a, b) => a.finalTrainLoss - b.finalTrainLoss).map((line) => line.run);
    expect(comparison.ranking).toEqual(byLoss);
    expect(comparison.ranking.at(-1)).toBe('zeros');
    const reached = summaries.filter((line) => line.stepsToTarget !== null).sort((a, b) => a.stepsToTarget - b.stepsToTarget);
    expect(comparison.fastest).toBe(reached[0]?.run ?? null);
    expect(Object.keys(comparison)).toEqual(['type', 'ranking', 'fastest']);
  });

  it('gives each run numbers bit-identical to init-tui run with its config', () => {
    for (const init of ['zeros', 'he-normal']) {
      const alone = parse(runCli(['run', ...spiral, '--init', init, '--json']).stdout);
      const inside = lines.filter((line) => line.run === init);
      const insideSteps = inside.filter((line) => line.type === 'step').map(({ run: _run, init: _init, ...rest }) => rest);
      expect(insideSteps).toEqual(alone.filter((line) => line.type === 'step'));
      const { run: _run, init: _init, symmetry: _symmetry, ...summary } = inside.find((line) => line.type === 'summary');
      expect(figures(summary)).toEqual(figures(alone.at(-1)));
    }
  });

  it('prints the same for 1 worker as for 2 (and in this order whatever the pool)', () => {
    const single = runCli(['compare', ...spiral, '--init', inits.join(','), '--json', '--workers', '1']);
    const strip = (stdout: string) => parse(stdout).map((line) => (line.type === 'summary' ? figures(line) : line));
    expect(strip(single.stdout)).toEqual(strip(result.stdout));
  });
});

describe('init-tui compare', () => {
  it('varies scale and activation: every combination is a run, labelled by what varies', () => {
    const result = runCli(['compare', '--dataset', 'xor', '--init', 'normal', '--init-scale', '0.0001,1', '--activation', 'tanh,relu', '--steps', '200', '--json']);
    expect(result.status).toBe(0);
    const summaries = parse(result.stdout).filter((line) => line.type === 'summary');
    expect(summaries.map((line) => line.run)).toEqual(['normal x0.0001 tanh', 'normal x0.0001 relu', 'normal x1 tanh', 'normal x1 relu']);
    expect(summaries.map((line) => [line.initScale, line.activation])).toEqual([
      [0.0001, 'tanh'],
      [0.0001, 'relu'],
      [1, 'tanh'],
      [1, 'relu'],
    ]);
    expect(summaries[0]).not.toHaveProperty('init');
  });

  it('without --json prints a column per run and the loss chart with a legend entry per run, 80 columns wide', () => {
    const result = runCli(['compare', '--dataset', 'xor', '--init', 'zeros,xavier-uniform', '--steps', '1000']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^init-tui compare: xor, hidden 4/);
    expect(lines.find((line) => line.startsWith('final train loss'))).toMatch(/^final train loss\s+0\.6931\s+[\d.e-]+$/);
    expect(lines.find((line) => line.startsWith('distinct units'))).toMatch(/^distinct units\s+1\/4\s+4\/4$/);
    expect(lines.find((line) => line.startsWith('steps to target'))).toMatch(/^steps to target\s+never\s+\d+$/);
    expect(lines).toContain('━ zeros ┄ xavier-uniform  (log)');
    expect(lines.at(-2)).toBe('best final train loss first: xavier-uniform, zeros');
    expect(lines.at(-1)).toBe('fastest to train loss 0.1: xavier-uniform');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  const badInputs: Array<[string, string[], RegExp]> = [
    ['a list of one', ['compare', '--init', 'zeros'], /^init-tui: command line: a comparison needs a comma list of 2 to 6 values on --init, --init-scale, --activation, --bias/],
    ['too many runs', ['compare', '--init', 'zeros,ones,normal', '--activation', 'tanh,relu,sigmoid'], /^init-tui: command line: --init \(3\) x --activation \(3\) make 9 runs; a comparison takes 2 to 6$/],
    ['a value twice', ['compare', '--init', 'zeros,zeros'], /^init-tui: command line: --init lists 'zeros' twice$/],
    ['an unknown init in the list', ['compare', '--init', 'zeros,glorot'], /^init-tui: command line: --init unknown init 'glorot'; valid: zeros/],
    ['an empty item', ['compare', '--init', 'zeros,'], /^init-tui: command line: --init 'zeros,' has an empty item/],
    ['a bad number in a list', ['compare', '--init-scale', '1,big'], /^init-tui: command line: --init-scale must be a number like 0.5, -1 or 1e-3, got 'big'$/],
    ['bad workers', ['compare', '--init', 'zeros,ones', '--workers', '0'], /^init-tui: command line: --workers must be a whole number from 1 to 64, got '0'$/],
    ['an argument', ['compare', 'now', '--init', 'zeros,ones'], /^init-tui: compare takes no arguments besides options, got 'now'$/],
  ];

  it.each(badInputs)('%s: one clear line on stderr, exit 2, nothing on stdout', (_name, args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a negative bias list is read after its option', () => {
    const result = runCli(['compare', '--bias', '-1,0', '--steps', '0', '--json']);
    expect(result.status).toBe(0);
    expect(parse(result.stdout).filter((line) => line.type === 'summary').map((line) => line.run)).toEqual(['bias -1', 'bias 0']);
  });

  it('has its own help, generated from the command table', () => {
    const result = runCli(['compare', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: init-tui compare/);
    expect(result.stdout).toMatch(/--workers N\s+worker threads/);
    expect(result.stdout).toMatch(/--target-loss L\s+.*\[0\.1\]/);
    expect(result.stdout).not.toMatch(/--dump/);
    expect(result.stdout).toMatch(/Exit codes: 0 done, 2 bad usage or input, 130 interrupted/);
  });
});

describe('help', () => {
  it('init-tui --help lists every command, fits 80 columns and ends quietly when its pipe closes', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['run', 'compare', 'list', 'help']) expect(result.stdout).toContain(`init-tui ${command}`);
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI_PATH}" --help | true`], { encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });

  it('init-tui help app shows the options of the app, with defaults', () => {
    const result = runCli(['help', 'app']);
    expect(result.stdout).toMatch(/^Usage: init-tui \[options\]/);
    expect(result.stdout).toMatch(/--workers N\s+worker threads/);
    expect(result.stdout).toMatch(/--until RULE\s+converged \| steps: .*\[converged\]/);
    expect(runCli(['help', 'nope']).stderr).toMatch(/^init-tui: no help for 'nope'; commands: run, compare, sweep, advise, list, help, app/);
  });
});
