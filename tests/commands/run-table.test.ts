import { describe, expect, it } from 'vitest';
import { symmetryColumn } from '../../src/commands/run.js';

const layer = (number: number, distinctUnits: number, units: number) => ({ layer: number, units, distinctUnits, broken: distinctUnits === units, maxDistance: 1, minDistance: 0 });

describe('the symmetry column of the run table', () => {
  it('lists up to 4 layers and summarises deeper nets', () => {
    expect(symmetryColumn([layer(1, 4, 4), layer(2, 1, 16)])).toBe('4/4 1/16');
    expect(symmetryColumn(Array.from({ length: 20 }, (_, index) => layer(index + 1, 64, 64)))).toBe('20 layers: all 64/64');
    const mixed = Array.from({ length: 6 }, (_, index) => layer(index + 1, index === 3 ? 2 : 8, 8));
    expect(symmetryColumn(mixed)).toBe('6 layers: 5 broken, fewest 2/8 (layer 4)');
  });
});
