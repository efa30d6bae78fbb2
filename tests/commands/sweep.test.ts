import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from '../helpers/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'init-tui-sweep-'));
const sweepOptions = ['--dataset', 'moons', '--hidden', '16', '--depths', '1,3', '--init', 'normal', '--scales', '1e-3:1:4', '--seeds', '2', '--steps', '200'];
const linesOf = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line));

describe('init-tui sweep --json', () => {
  const result = runCli(['sweep', ...sweepOptions, '--json', '--workers', '2']);
  const lines = linesOf(result.stdout);
  const runs = lines.filter((line) => line.type === 'run');
  const summaries = lines.filter((line) => line.type === 'summary');

  it('prints a run line per (depth, scale, seed) in plan order, then a summary per depth', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(runs).toHaveLength(2 * 4 * 2);
    expect(runs.map((run) => run.index)).toEqual(runs.map((_, index) => index));
    expect(lines.slice(runs.length).map((line) => line.type)).toEqual(['summary', 'summary']);
    for (const run of runs) {
      for (const key of ['finalTrainLoss', 'finalTestLoss', 'finalTrainAccuracy', 'finalTestAccuracy', 'baselineLoss']) expect(typeof run[key], key).toBe('number');
      expect(run.config).toMatchObject({ initScale: run.scale, seed: run.seed, activation: 'tanh' });
      expect(run.config.hidden).toHaveLength(run.depth);
    }
    expect(summaries.map((line) => line.depth)).toEqual([1, 3]);
    for (const summary of summaries) {
      expect(summary.scales).toEqual([0.001, 0.01, 0.1, 1]);
      for (const key of ['bestScale', 'recommendedScale', 'criticalScale']) expect(typeof summary[key], key).toBe('number');
      expect(summary.recommendedScale).toBeCloseTo(5 / 3 / 4, 12);
    }
  });

  it('every run line gives the same numbers as init-tui run with its config', () => {
    const run = runs[5];
    const single = linesOf(runCli(['run', '--dataset', 'moons', '--hidden', run.config.hidden.join(','), '--init', 'normal', '--init-scale', String(run.scale), '--seed', String(run.seed), '--steps', '200', '--json']).stdout).at(-1);
    expect(single.finalTrainLoss).toBe(run.finalTrainLoss);
    expect(single.finalTestAccuracy).toBe(run.finalTestAccuracy);
  });

  it('does not depend on the pool: one worker gives the same lines', () => {
    expect(runCli(['sweep', ...sweepOptions, '--json', '--workers', '1']).stdout).toBe(result.stdout);
  });

  it('--plan, run --job through xargs -P 2, then --collect gives the in-process summaries', () => {
    const plan = runCli(['sweep', ...sweepOptions, '--plan']);
    expect(plan.status).toBe(0);
    const jobs = linesOf(plan.stdout);
    expect(jobs).toHaveLength(runs.length);
    expect(jobs.every((job) => job.type === 'job')).toBe(true);
    const planFile = join(directory, 'jobs.jsonl');
    writeFileSync(planFile, plan.stdout);
    // Each job writes its own file, as separate machines would; xargs runs two at a time.
    const script = join(directory, 'job.sh');
    writeFileSync(script, 'index=$(printf "%s" "$1" | sed \'s/^{"type":"job","index":\\([0-9]*\\).*/\\1/\')\n"$NODE" "$CLI" run --job "$1" > "$OUT/out-$index.jsonl"\n');
    execFileSync('sh', ['-c', `xargs -d '\\n' -P 2 -n 1 sh "${script}" < "${planFile}"`], { env: { ...process.env, NODE: process.execPath, CLI: CLI_PATH, OUT: directory }, stdio: 'pipe' });
    const outputs = readdirSync(directory).filter((name) => name.startsWith('out-')).map((name) => join(directory, name));
    expect(outputs).toHaveLength(runs.length);
    const collected = runCli(['sweep', '--collect', ...outputs, '--json']);
    expect(collected.status).toBe(0);
    expect(linesOf(collected.stdout)).toEqual(summaries);
  });

  it('without --json: a chart of loss against scale, its key and the table', () => {
    const text = runCli(['sweep', ...sweepOptions]).stdout;
    expect(text).toMatch(/^init-tui sweep: moons, width 16, init normal \(scale: the std\)/);
    expect(text).toContain('init scale (log)');
    expect(text).toMatch(/^line\s+best scale\s+median loss \(min-max\)\s+good range\s+recommended\s+critical$/m);
    expect(text).toMatch(/^1x tanh\s+\S+/m);
    expect(text).toMatch(/^3x tanh\s+\S+/m);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

describe('sweep: bad input is exit 2 with one line', () => {
  it.each([
    [['sweep', '--scales', '1:0.1:3'], /--scales 1:0.1:3: a range lo:hi:n needs 0 < lo < hi/],
    [['sweep', '--scales', 'big'], /--scales must hold numbers/],
    [['sweep', '--depths', '0'], /--depths must hold whole numbers from 1 to/],
    [['sweep', '--activations', 'relu,swish'], /unknown activation 'swish'/],
    [['sweep', '--seeds', '0'], /--seeds must be a whole number from 1 to 100/],
    [['sweep', '--init-scale', '2'], /--init-scale is not an option of 'init-tui sweep'/],
    [['sweep', '--plan', '--json'], /give --plan or --json, not both/],
    [['sweep', 'extra'], /sweep takes files only with --collect/],
    [['sweep', '--collect'], /needs the files to collect/],
    [['sweep', '--collect', '/no/such/file'], /--collect \/no\/such\/file: cannot read it \(ENOENT\)/],
    [['run', '--job', 'nope'], /--job must be one JSON line of 'init-tui sweep --plan'/],
    [['run', '--job', '{"index":0,"config":{"init":"bogus"}}'], /--job config: init unknown init 'bogus'/],
    [['run', '--job', '{"index":0,"scale":2,"config":{"initScale":1}}'], /--job: scale 2 does not match its config \(1\)/],
    [['run', '--job', '{"index":0,"config":{}}', '--steps', '3'], /--job takes nothing else/],
  ])('%j', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('--collect names the file and line that is not JSON', () => {
    const file = join(directory, 'broken.jsonl');
    writeFileSync(file, '{"type":"step"}\nnot json\n');
    const result = runCli(['sweep', '--collect', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--collect ${file}:2: not a JSON line`);
  });
});

describe('the README’s sweep example', () => {
  it('prints the table the README shows', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = readme.split('\n').filter((line, index, lines) => /^(line|\dx tanh)\s/.test(line) && lines.slice(Math.max(0, index - 3), index + 1).some((near) => near.startsWith('line     best scale')));
    expect(shown).toHaveLength(3);
    const result = runCli(['sweep', '--dataset', 'moons', '--hidden', '16', '--depths', '1,4', '--init', 'normal', '--scales', '1e-3:1e1:9', '--seeds', '2', '--steps', '500']);
    expect(result.status).toBe(0);
    const printed = result.stdout.split('\n');
    const start = printed.findIndex((line) => line.startsWith('line     best scale'));
    expect(printed.slice(start, start + 3)).toEqual(shown);
  });
});
