import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = fileURLToPath(new URL('../src', import.meta.url));

/** Layers from the bottom up: a file may import its own layer and the ones below it. */
const layerOrder = ['engine', 'data', 'metrics', 'experiment', 'runs', 'ui', 'commands', 'cli'] as const;
/** Layers outside the chain, with what each may import besides itself: render is pure text, theory pure maths. */
const sideLayers = { render: [], theory: ['engine'] } as const satisfies Record<string, readonly string[]>;
type LayerName = (typeof layerOrder)[number] | keyof typeof sideLayers;
/** ui and commands sit side by side above runs: neither imports the other. Both may read render; commands and ui may read theory. */
const allowedSideways: Partial<Record<LayerName, LayerName[]>> = { ui: ['render', 'theory'], commands: ['render', 'theory'], cli: ['render', 'theory'], runs: ['theory'], experiment: ['theory'] };

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(file: string): LayerName | 'index' {
  const [top] = relative(sourceRoot, file).split(sep);
  if (top === 'cli.tsx') return 'cli';
  if (top === 'index.ts') return 'index';
  return top as LayerName;
}

/** Every import or export specifier of a file (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((match) => match[1]);
}

const files = sourceFiles(sourceRoot);

/** Whether a file of layer `from` may import one of layer `target`. */
function isImportAllowed(from: LayerName, target: LayerName): boolean {
  if (from === target) return true;
  if (from in sideLayers) return (sideLayers[from as keyof typeof sideLayers] as readonly string[]).includes(target);
  if ((allowedSideways[from] ?? []).includes(target)) return true;
  if (target in sideLayers) return false;
  const fromRank = layerOrder.indexOf(from as (typeof layerOrder)[number]);
  const targetRank = layerOrder.indexOf(target as (typeof layerOrder)[number]);
  const isSideways = ['ui', 'commands'].includes(from) && ['ui', 'commands'].includes(target);
  return !isSideways && targetRank <= fromRank;
}

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('imports go one way: engine <- data <- metrics <- experiment <- runs <- ui/commands <- cli; render on nothing, theory on engine', () => {
    const problems: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from === 'index') continue;
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = layerOf(join(file, '..', specifier));
        if (target === 'index') continue;
        const isAllowed = isImportAllowed(from, target);
        if (!isAllowed) problems.push(`${relative(sourceRoot, file)} imports ${specifier} (${from} -> ${target})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('knows every folder of src/, and its rule refuses the wrong-way imports it exists for', () => {
    const known = new Set<string>([...layerOrder, ...Object.keys(sideLayers), 'index']);
    expect(files.map(layerOf).filter((layer) => !known.has(layer))).toEqual([]);
    expect(isImportAllowed('runs', 'experiment')).toBe(true);
    expect(isImportAllowed('ui', 'render')).toBe(true);
    expect(isImportAllowed('theory', 'engine')).toBe(true);
    for (const [from, target] of [['engine', 'data'], ['experiment', 'runs'], ['render', 'engine'], ['theory', 'data'], ['ui', 'commands'], ['commands', 'ui'], ['metrics', 'render']] as const) {
      expect(isImportAllowed(from, target), `${from} -> ${target}`).toBe(false);
    }
  });

  it('only ui/ and cli.tsx import react or ink', () => {
    const problems = files
      .filter((file) => !['ui', 'cli'].includes(layerOf(file)))
      .flatMap((file) => importsOf(file).filter((specifier) => /^(react|ink)(\/|$)|^ink-/.test(specifier)).map((specifier) => `${relative(sourceRoot, file)}: ${specifier}`));
    expect(problems).toEqual([]);
  });

  it('engine/ imports only engine/ and seedrandom: no node:*, no UI', () => {
    const problems = files
      .filter((file) => layerOf(file) === 'engine')
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => !(specifier.startsWith('.') && layerOf(join(file, '..', specifier)) === 'engine') && specifier !== 'seedrandom')
          .map((specifier) => `${relative(sourceRoot, file)}: ${specifier}`),
      );
    expect(problems).toEqual([]);
  });

  it('no Math.random anywhere in src/: one seed determines everything', () => {
    const offenders = files.filter((file) => /Math\.random\s*\(/.test(readFileSync(file, 'utf8'))).map((file) => relative(sourceRoot, file));
    expect(offenders).toEqual([]);
  });

  it('only cli.tsx calls render()', () => {
    const offenders = files.filter((file) => layerOf(file) !== 'cli' && /\brender\(\s*</.test(readFileSync(file, 'utf8'))).map((file) => relative(sourceRoot, file));
    expect(offenders).toEqual([]);
  });
});
