import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/experiment/config-error.js';
import { resolveConfig } from '../../src/experiment/config.js';
import { loadPreset, presetNames, shippedPresets } from '../../src/experiment/presets.js';

const directory = mkdtempSync(join(tmpdir(), 'init-tui-presets-'));
const file = (name: string, text: string): string => {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
};

describe('presets', () => {
  it('ships zero-init-xor and xavier-xor, and every shipped preset is valid', () => {
    expect(presetNames()).toEqual(expect.arrayContaining(['zero-init-xor', 'xavier-xor']));
    for (const preset of shippedPresets()) {
      expect(preset.title.length).toBeGreaterThan(0);
      expect(() => resolveConfig([{ source: preset.file, values: preset.config }])).not.toThrow();
    }
    expect(loadPreset('zero-init-xor').config.init).toBe('zeros');
  });

  it('loads a preset from a file path', () => {
    const path = file('mine.json', JSON.stringify({ title: 'Mine', description: 'd', init: 'he-normal', hidden: [8, 8] }));
    const preset = loadPreset(path);
    expect(preset.name).toBe('mine');
    expect(resolveConfig([{ source: preset.file, values: preset.config }]).hidden).toEqual([8, 8]);
  });

  it('says which file is malformed, and how', () => {
    const broken = file('broken.json', '{ "title": "x", ');
    expect(() => loadPreset(broken)).toThrow(ConfigError);
    expect(() => loadPreset(broken)).toThrow(/broken\.json: not valid JSON/);
    expect(() => loadPreset(file('array.json', '[1, 2]'))).toThrow(/array\.json: a preset must be a JSON object/);
    expect(() => loadPreset(file('untitled.json', '{"description": "d"}'))).toThrow(/untitled\.json: title must be a text/);
    // config keys are checked as the preset is read
    expect(() => loadPreset(file('bad-value.json', '{"title": "t", "description": "d", "lr": "fast"}'))).toThrow(/bad-value\.json: lr must be a number/);
    expect(() => loadPreset(file('bad-key.json', '{"title": "t", "description": "d", "rate": 1}'))).toThrow(/bad-key\.json: unknown key 'rate'/);
  });

  it('reads a file with a byte-order mark; refuses __proto__, folders and endless or huge files', () => {
    const withMark = file('mark.json', '\uFEFF' + JSON.stringify({ title: 'Marked', description: 'd', init: 'zeros' }));
    expect(loadPreset(withMark).config.init).toBe('zeros');
    expect(() => loadPreset(file('proto.json', '{"title": "t", "description": "d", "__proto__": {"lr": 5}}'))).toThrow(/proto\.json: unknown key '__proto__'/);
    expect(() => loadPreset(directory + '/')).toThrow(/a folder, not a preset file/);
    const started = Date.now();
    expect(() => loadPreset('/dev/zero')).toThrow(/\/dev\/zero: larger than 1,000,000 bytes; a preset is a small JSON object/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(() => loadPreset(file('huge.json', `{"title": "${'x'.repeat(1_000_001)}"}`))).toThrow(/larger than 1,000,000 bytes/);
  });

  it('names the valid presets for an unknown name', () => {
    expect(() => loadPreset('nope')).toThrow(/unknown preset 'nope'; valid: .*zero-init-xor/);
    expect(() => loadPreset('/no/such/file.json')).toThrow(/preset file \/no\/such\/file\.json does not exist/);
  });
});
