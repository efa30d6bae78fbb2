import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('../../src/render/', import.meta.url));

describe('render/ stays pure text', () => {
  it('imports only its own files and asciichart', () => {
    const files = readdirSync(folder).filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const source = readFileSync(folder + name, 'utf8');
      const specifiers = [...source.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((match) => match[1]);
      for (const specifier of specifiers) {
        expect(specifier === 'asciichart' || specifier!.startsWith('./'), `${name} imports ${specifier}`).toBe(true);
      }
    }
  });
});
