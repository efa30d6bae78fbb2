import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('init-tui advise', () => {
  it('prints a row per rule, marks the recommended one and explains it', () => {
    const result = runCli(['advise', '--hidden', '64x20', '--activation', 'relu', '--inputs', '2']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('init-tui advise: 2 -> 64x20 -> 1, relu; mean-field theory with standardised');
    expect(result.stdout).toMatch(/^rule\s+init\s+hidden std\s+chi_1\s+phase\s+last\/first\s+trains 20\?$/m);
    expect(result.stdout).toMatch(/^xavier\s+xavier-normal\s+0\.125\s+0\.5\s+ordered\s+x1\.4e-3\s+no \(~9\)$/m);
    expect(result.stdout).toMatch(/^he \*\s+he-normal\s+0\.177\s+1\s+critical\s+x1\s+yes$/m);
    expect(result.stdout).toMatch(/^critical\s+kaiming x1\s+0\.177\s+1\s+critical/m);
    expect(result.stdout).toContain('recommended (*): he (--init he-normal) puts this 20-layer relu network at the');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('--json gives the rows as data, each layer shape with its std', () => {
    const result = runCli(['advise', '--dataset', 'digits', '--hidden', '128x3', '--activation', 'tanh', '--json']);
    expect(result.status).toBe(0);
    const advice = JSON.parse(result.stdout);
    expect(advice).toMatchObject({ type: 'advice', inputs: 196, hidden: [128, 128, 128], outputs: 10, activation: 'tanh' });
    expect(advice.rows.map((row: { rule: string }) => row.rule)).toEqual(['xavier', 'he', 'lecun', 'kaiming', 'pytorch-default', 'critical']);
    const lecun = advice.rows.find((row: { rule: string }) => row.rule === 'lecun');
    expect(lecun.stds.map((entry: { shape: string }) => entry.shape)).toEqual(['196x128', '128x128', '128x10']);
    expect(lecun.stds[0].std).toBeCloseTo(1 / 14, 10);
    expect(lecun.phase).toBe('critical');
    expect(typeof advice.reasoning).toBe('string');
  });

  it('--measure trains every rule and shows its median loss beside the prediction', () => {
    const result = runCli(['advise', '--dataset', 'moons', '--hidden', '16x3', '--activation', 'relu', '--measure', '--steps', '200', '--json']);
    expect(result.status).toBe(0);
    const advice = JSON.parse(result.stdout);
    expect(Object.keys(advice.measuredFinalTrainLoss)).toEqual(['xavier', 'he', 'lecun', 'kaiming', 'pytorch-default', 'critical']);
    for (const loss of Object.values(advice.measuredFinalTrainLoss)) expect(loss).toBeGreaterThan(0);
  });

  it.each([
    [['advise', '--inputs', '4', '--dataset', 'xor'], /--inputs and --dataset both set the inputs/],
    [['advise', '--inputs', '4', '--measure'], /--measure trains on a dataset/],
    [['advise', '--inputs', 'many'], /--inputs must be a whole number from 1 to 100000/],
    [['advise', '--hidden', 'none'], /advise needs hidden layers/],
    [['advise', '--init', 'zeros'], /--init is not an option of 'init-tui advise'/],
  ])('bad input %j is exit 2 with one line', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
