import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = fileURLToPath(new URL('../src', import.meta.url));

/** Layers from the bottom up: a file may import its own layer and the ones below it. */
const layerOrder = ['engine', 'data', 'metrics', 'training', 'render', 'ui', 'commands', 'cli'] as const;
type LayerName = (typeof layerOrder)[number];
/** render, ui and commands sit side by side above training: none imports another, except ui reading render. */
const allowedSideways: Partial<Record<LayerName, LayerName[]>> = { ui: ['render'] };

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

describe('architecture', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('imports go one way: engine <- data <- metrics <- training <- render/ui/commands <- cli', () => {
    const problems: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (from === 'index') continue;
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith('.')) continue;
        const target = layerOf(join(file, '..', specifier));
        if (target === 'index') continue;
        const fromRank = layerOrder.indexOf(from);
        const targetRank = layerOrder.indexOf(target);
        const isSideways = ['render', 'ui', 'commands'].includes(from) && ['render', 'ui', 'commands'].includes(target) && from !== target;
        const isAllowed = isSideways ? (allowedSideways[from] ?? []).includes(target) : targetRank <= fromRank;
        if (!isAllowed) problems.push(`${relative(sourceRoot, file)} imports ${specifier} (${from} -> ${target})`);
      }
    }
    expect(problems).toEqual([]);
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
