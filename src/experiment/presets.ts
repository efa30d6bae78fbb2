import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ConfigInput } from './config.js';
import { resolveConfig } from './config.js';
import { ConfigError } from './config-error.js';

/** The presets shipped with init-tui: `presets/` at the package root (beside `src/` and `dist/`). */
export const PRESETS_DIRECTORY = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'presets');

/** A named experiment: config keys plus a title and a description. */
export type Preset = {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** Where it was read from. */
  readonly file: string;
  readonly config: ConfigInput;
};

const presetSchema = z
  .object({
    title: z.string({ error: 'must be a text (the title shown in menus)' }).min(1, { error: 'must not be empty' }),
    description: z.string({ error: 'must be a text (one or two sentences on what the preset shows)' }),
  })
  .catchall(z.unknown());

/** The most a preset file may hold: presets are a few hundred bytes. */
export const MAX_PRESET_BYTES = 1_000_000;

/** The file's text, refusing one larger than {@link MAX_PRESET_BYTES} (such as /dev/zero) without reading it all. */
function readBounded(file: string): string {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    if (fstatSync(descriptor).isDirectory()) throw new ConfigError(`${file}: a folder, not a preset file`);
    const buffer = Buffer.alloc(MAX_PRESET_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_PRESET_BYTES) throw new ConfigError(`${file}: larger than ${MAX_PRESET_BYTES.toLocaleString('en')} bytes; a preset is a small JSON object`);
    }
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Reads a preset by shipped name (`zero-init-xor`) or by file path (anything with a `/` or
 * ending in `.json`) and checks it whole. Throws {@link ConfigError} naming the file for a
 * missing file, bad JSON, a bad title or a bad config key.
 */
export function loadPreset(nameOrFile: string): Preset {
  const isPath = nameOrFile.includes('/') || nameOrFile.includes('\\') || nameOrFile.endsWith('.json');
  const file = isPath ? resolve(nameOrFile) : join(PRESETS_DIRECTORY, `${nameOrFile}.json`);
  if (!existsSync(file)) {
    if (isPath) throw new ConfigError(`preset file ${nameOrFile} does not exist`);
    throw new ConfigError(`unknown preset '${nameOrFile}'; valid: ${presetNames().join(', ')} (or a path to a .json file)`);
  }
  let parsed: unknown;
  // A byte-order mark is not part of the JSON: editors on Windows write one.
  const text = readBounded(file).replace(/^\uFEFF/, '');
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`${file}: a preset must be a JSON object with title, description and config keys`);
  }
  // JSON.parse keeps "__proto__" as an own key, which schemas then skip without a word.
  if (Object.prototype.hasOwnProperty.call(parsed, '__proto__')) throw new ConfigError(`${file}: unknown key '__proto__'`);
  const result = presetSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${file}: ${issue.path.join('.') || 'preset'} ${issue.message}`);
  }
  const { title, description, ...config } = result.data;
  // Checked now, so that a bad preset is reported when it is read, naming the file and the key.
  resolveConfig([{ source: file, values: config as ConfigInput }]);
  return { name: basename(file, '.json'), title, description, file, config: config as ConfigInput };
}

/** Names of the shipped presets, sorted. */
export function presetNames(): string[] {
  if (!existsSync(PRESETS_DIRECTORY)) return [];
  return readdirSync(PRESETS_DIRECTORY)
    .filter((file) => file.endsWith('.json'))
    .map((file) => basename(file, '.json'))
    .sort();
}

/** Every shipped preset, loaded. */
export function shippedPresets(): Preset[] {
  return presetNames().map(loadPreset);
}
