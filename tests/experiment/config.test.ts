import { describe, expect, it } from 'vitest';
import { datasets } from '../../src/data/index.js';
import { ConfigError } from '../../src/experiment/config-error.js';
import { defaultConfig, optionName, resolveConfig } from '../../src/experiment/config.js';
import { formatHidden, parseHidden } from '../../src/experiment/hidden.js';

const resolveOne = (values: Record<string, unknown>, isCommandLine = false) =>
  resolveConfig([{ source: isCommandLine ? 'command line' : 'presets/x.json', values, isCommandLine }]);

const messageOf = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('hidden widths', () => {
  it.each([
    ['4', [4]],
    ['16,16', [16, 16]],
    ['64x3', [64, 64, 64]],
    ['32, 8x2', [32, 8, 8]],
    ['none', []],
  ])('parses %s', (text, expected) => {
    expect(parseHidden(text)).toEqual(expected);
  });

  it.each(['abc', '4,,4', '0', '16x0', '5000', '-3', '2.5', '10x300', '', ' '])('rejects %j with what is allowed (only none means no hidden layer)', (text) => {
    expect(messageOf(() => parseHidden(text, 'command line: --hidden'))).toMatch(/^command line: --hidden .*use widths like "4", "16,16", "64x20"/);
  });

  it('formats back to the shortest text', () => {
    expect(formatHidden([64, 64, 64, 64])).toBe('64x4');
    expect(formatHidden([16, 16])).toBe('16,16');
    expect(formatHidden([])).toBe('none');
    expect(parseHidden(formatHidden([3, 7, 7, 7, 2]))).toEqual([3, 7, 7, 7, 2]);
  });
});

describe('resolveConfig', () => {
  it('fills defaults and the dataset’s own samples and noise', () => {
    const config = resolveOne({ dataset: 'moons' });
    expect(config.hidden).toEqual(defaultConfig.hidden);
    expect(config.samples).toBe(datasets.moons.defaultSamples);
    expect(config.noise).toBe(datasets.moons.defaultNoise);
  });

  it('later layers override earlier ones', () => {
    const config = resolveConfig([
      { source: 'preset', values: { init: 'zeros', lr: 1, hidden: '8' } },
      { source: 'command line', values: { lr: 0.1 }, isCommandLine: true },
    ]);
    expect(config.init).toBe('zeros');
    expect(config.lr).toBe(0.1);
    expect(config.hidden).toEqual([8]);
  });

  it('names unknown names with the valid list', () => {
    expect(messageOf(() => resolveOne({ init: 'xavier' }, true))).toMatch(/^command line: --init unknown init 'xavier'; valid: zeros, ones, .*zero-hadamard$/);
    expect(messageOf(() => resolveOne({ dataset: 'mnist' }))).toMatch(/^presets\/x\.json: dataset unknown dataset 'mnist'; valid: xor, xor-cloud/);
    expect(messageOf(() => resolveOne({ activation: 'swish' }, true))).toContain('valid: linear, sigmoid, tanh, relu, leaky-relu, elu, selu, gelu');
    expect(messageOf(() => resolveOne({ optimizer: 'rmsprop' }, true))).toContain('valid: sgd, momentum, adam');
  });

  it('rejects out-of-range and non-integer numbers, naming the option and the range', () => {
    expect(messageOf(() => resolveOne({ lr: -1 }, true))).toBe('command line: --lr must be > 0 and <= 100 (the learning rate)');
    expect(messageOf(() => resolveOne({ steps: 1.5 }, true))).toMatch(/^command line: --steps must be a whole number from 0 to/);
    expect(messageOf(() => resolveOne({ initScale: -2 }, true))).toContain('--init-scale must be >= 0');
    expect(messageOf(() => resolveOne({ testFraction: 1 }, true))).toContain('--test-fraction must be >= 0 and < 1');
    expect(messageOf(() => resolveOne({ samples: 2 }))).toContain('samples must be at least 4');
    expect(messageOf(() => resolveOne({ lr: 'fast' }))).toContain('lr must be a number');
  });

  it('rejects unknown keys in a preset with the valid keys', () => {
    expect(messageOf(() => resolveOne({ learningRate: 0.1 }))).toMatch(/^presets\/x\.json: unknown key 'learningRate'; valid: dataset, hidden, /);
  });

  it('optionName maps keys to options', () => {
    expect(optionName('initScale')).toBe('--init-scale');
    expect(optionName('lr')).toBe('--lr');
  });
});
