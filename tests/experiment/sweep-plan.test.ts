import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/experiment/config-error.js';
import { parseScales, planSweep } from '../../src/experiment/sweep-plan.js';
import { prepareDataset } from '../../src/experiment/session.js';

const number = (item: string) => Number(item);
const commandLine = (values: Record<string, unknown>) => [{ source: 'command line', values, isCommandLine: true }];

describe('parseScales', () => {
  it('lo:hi:n gives n scales evenly spaced in log10, ends included', () => {
    expect(parseScales('1e-4:1e1:11', number)).toEqual([1e-4, 0.000316227766017, 1e-3, 0.00316227766017, 0.01, 0.0316227766017, 0.1, 0.316227766017, 1, 3.16227766017, 10]);
    expect(parseScales('0.01:1:3', number)).toEqual([0.01, 0.1, 1]);
  });

  it('a list is sorted; 0 is allowed in a list', () => {
    expect(parseScales('1,0.01,0', number)).toEqual([0, 0.01, 1]);
  });

  it('refuses a bad range, a repeated scale, a negative one and a malformed text', () => {
    expect(() => parseScales('1:0.1:5', number)).toThrow(/0 < lo < hi/);
    expect(() => parseScales('0:1:5', number)).toThrow(/0 < lo < hi/);
    expect(() => parseScales('0.1:1:1', number)).toThrow(/n must be a whole number from 2 to 200/);
    expect(() => parseScales('0.1:1:2.5', number)).toThrow(/n must be a whole number/);
    expect(() => parseScales('0.1,0.1', number)).toThrow(/twice/);
    expect(() => parseScales('-1,1', number)).toThrow(/>= 0/);
    expect(() => parseScales('1:2', number)).toThrow(ConfigError);
  });
});

describe('planSweep', () => {
  it('makes every (activation, depth, scale, seed), in that nesting, with the depth at the width of --hidden', () => {
    const jobs = planSweep(commandLine({ hidden: '16', init: 'normal', steps: 300 }), { scales: [0.01, 1], depths: [2, 5], activations: ['relu', 'tanh'], seeds: 3 });
    expect(jobs).toHaveLength(2 * 2 * 2 * 3);
    expect(jobs.map((job) => job.index)).toEqual(jobs.map((_, index) => index));
    expect(jobs.slice(0, 7).map(({ activation, depth, scale, seed }) => [activation, depth, scale, seed])).toEqual([
      ['relu', 2, 0.01, 1],
      ['relu', 2, 0.01, 2],
      ['relu', 2, 0.01, 3],
      ['relu', 2, 1, 1],
      ['relu', 2, 1, 2],
      ['relu', 2, 1, 3],
      ['relu', 5, 0.01, 1],
    ]);
    for (const job of jobs) {
      expect(job.config.hidden).toEqual(new Array(job.depth).fill(16));
      expect(job.config).toMatchObject({ initScale: job.scale, activation: job.activation, seed: job.seed, init: 'normal', steps: 300, logEvery: 300 });
    }
  });

  it('without --depths the hidden layers are as given; runs with one seed share data', () => {
    const jobs = planSweep(commandLine({ dataset: 'moons', hidden: '8,4', init: 'he-normal' }), { scales: [0.5, 2], seeds: 2 });
    expect(jobs.map((job) => job.config.hidden)).toEqual([[8, 4], [8, 4], [8, 4], [8, 4]]);
    expect(jobs.every((job) => job.depth === 2 && job.activation === 'tanh')).toBe(true);
    const [first, , third] = jobs;
    expect(first.seed).toBe(third.seed);
    expect(prepareDataset(first.config).train.x).toEqual(prepareDataset(third.config).train.x);
  });

  it('refuses an empty axis, too many runs and a depth with no width', () => {
    expect(() => planSweep(commandLine({}), { scales: [], seeds: 1 })).toThrow(/at least one scale/);
    expect(() => planSweep(commandLine({}), { scales: Array.from({ length: 200 }, (_, index) => index + 1), depths: [1, 2, 3, 4, 5, 6], seeds: 3 })).toThrow(/make 3600 runs; a sweep takes at most 2000/);
    expect(() => planSweep(commandLine({ hidden: 'none' }), { scales: [1], depths: [2], seeds: 1 })).toThrow(/needs a hidden width/);
  });
});
