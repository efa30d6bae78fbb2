import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configLayersFromOptions, parseExperimentOptions } from '../../src/commands/options.js';
import { experimentOptionNames } from '../../src/commands/option-catalogue.js';
import { ConfigError } from '../../src/experiment/config-error.js';
import { configSchema, experimentConfig, resolveConfig } from '../../src/experiment/config.js';
import { loadPreset } from '../../src/experiment/presets.js';

const directory = mkdtempSync(join(tmpdir(), 'init-tui-properties-'));

/** Values a user might type: real names and numbers, near misses, and junk. */
const optionText = fc.oneof(
  fc.constantFrom('xor', 'moons', 'spiral', 'relu', 'tanh', 'he-normal', 'zeros', 'normal', 'adam', 'sgd', 'none', '4', '16,16', '64x3', 'converged', 'steps', 'pytorch-default'),
  fc.constantFrom('', ' ', '-1', '0', '1e-3', '1e400', 'NaN', 'Infinity', '0x10', '1,2', ',', '3.5', '1e9', '__proto__', 'constructor', '4x0'),
  fc.double().map(String),
  fc.integer({ min: -10, max: 100_000_000 }).map(String),
  fc.string({ maxLength: 12 }),
);

/** What must hold for one input: a config that passes its own schema, or one ConfigError that says what was wrong. */
function checkOutcome(build: () => unknown): 'config' | 'error' {
  let outcome: unknown;
  try {
    outcome = build();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toMatch(/\n|at .*\.js:\d+/);
    return 'error';
  }
  const config = outcome as Record<string, unknown>;
  expect(configSchema.safeParse({ ...config, hidden: [...(config.hidden as number[])] }).success).toBe(true);
  return 'config';
}

/** Counts outcomes, so a test sees both kinds (a generator that only ever errs would prove nothing). */
function tally() {
  const seen = { config: 0, error: 0 };
  return { seen, check: (build: () => unknown) => void (seen[checkOutcome(build)] += 1) };
}

describe('property: every option set ends in a valid config or one clear error', () => {
  it('random values on the experiment options (thousands of sets)', () => {
    const names = experimentOptionNames.filter((name) => name !== 'preset');
    const { seen, check } = tally();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), optionText, { maxKeys: 6 }), (values) => {
        check(() => resolveConfig(configLayersFromOptions(values, 'run')));
        // A comparison's lists go through the same checks.
        check(() => parseExperimentOptions(values).layers.map((layer) => resolveConfig([layer]))[0]);
      }),
      { numRuns: 3000 },
    );
    expect(seen.config).toBeGreaterThan(300);
    expect(seen.error).toBeGreaterThan(300);
  });

  it('random config objects from a script (the library’s way in)', () => {
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer({ min: -2, max: 5000 }), { maxLength: 4 }), fc.object({ maxDepth: 1 }));
    const key = fc.oneof(fc.constantFrom(...Object.keys(configSchema.shape)), fc.string({ maxLength: 6 }));
    const { seen, check } = tally();
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (values) => check(() => experimentConfig(values))), { numRuns: 3000 });
    expect(seen.config).toBeGreaterThan(100);
    expect(seen.error).toBeGreaterThan(300);
  });

  it('random and malformed preset files', () => {
    const json = fc.oneof(
      fc.json(),
      fc.record({ title: fc.string(), description: fc.string() }, { requiredKeys: [] }).chain((base) =>
        fc.dictionary(fc.constantFrom(...Object.keys(configSchema.shape), 'title', 'bogus'), fc.jsonValue(), { maxKeys: 4 }).map((extra) => JSON.stringify({ ...base, ...extra })),
      ),
      fc.string({ maxLength: 40 }),
    );
    let count = 0;
    const { seen, check } = tally();
    fc.assert(
      fc.property(json, fc.boolean(), (text, hasMark) => {
        const file = join(directory, `preset-${count++}.json`);
        writeFileSync(file, hasMark ? `\uFEFF${text}` : text);
        check(() => {
          const preset = loadPreset(file);
          return resolveConfig([{ source: preset.file, values: preset.config }]);
        });
      }),
      { numRuns: 1500 },
    );
    expect(seen.config).toBeGreaterThan(20);
    expect(seen.error).toBeGreaterThan(300);
  });
});
