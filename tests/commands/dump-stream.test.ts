import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CLI_PATH, runCli } from '../helpers/cli.js';

const directory = mkdtempSync(join(tmpdir(), 'init-tui-dump-stream-'));

describe('--dump is written as the run goes', () => {
  it('a long mini-batch run: one JSON object with every batch, the trajectory, the final weights; no temporary file left', () => {
    const file = join(directory, 'long.json');
    // Its own temporary folder, so the check below sees only this run's files.
    const temporary = mkdtempSync(join(directory, 'tmp-'));
    const result = spawnSync(process.execPath, [CLI_PATH, 'run', '--dataset', 'moons', '--steps', '20000', '--until', 'steps', '--log-every', '5000', '--json', '--dump', file], { encoding: 'utf8', env: { ...process.env, TMPDIR: temporary } });
    expect(result.status).toBe(0);
    const dump = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(dump)).toEqual(['format', 'layout', 'config', 'network', 'data', 'optimizer', 'initialWeights', 'batches', 'trajectory', 'finalWeights', 'summary']);
    expect(dump.batches.rows).toHaveLength(20_000);
    expect(dump.batches.rows.every((rows: number[]) => rows.length === 32 && rows.every((row) => row >= 0 && row < dump.data.train.rows))).toBe(true);
    expect(dump.trajectory.map((record: { step: number }) => record.step)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(dump.trajectory).toEqual(lines.filter((line) => line.type === 'step'));
    expect(dump.summary).toEqual(lines.at(-1));
    expect(readdirSync(temporary)).toEqual([]);
  });

  it('a full-batch run says so instead of listing rows', () => {
    const file = join(directory, 'full.json');
    expect(runCli(['run', '--steps', '50', '--dump', file]).status).toBe(0);
    const dump = JSON.parse(readFileSync(file, 'utf8'));
    expect(dump.batches).toBe('full batch: every step uses every training row, in order');
    expect(dump.trajectory.at(-1).step).toBe(50);
  });
});
