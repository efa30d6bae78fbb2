import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.js';

describe('rng', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [rng.uniform(), rng.normal(), rng.truncatedNormal(), rng.integer(1000)];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('derived streams are independent of how much the parent stream was used', () => {
    const fresh = createRng(3);
    const used = createRng(3);
    for (let i = 0; i < 100; i++) used.uniform();
    expect(used.derive('data').uniform()).toBe(fresh.derive('data').uniform());
    expect(fresh.derive('data').uniform()).not.toBe(fresh.derive('init').uniform());
  });

  it('normal() has mean 0 and std 1; truncatedNormal() stays within 2 with std 0.8796', () => {
    const rng = createRng(11);
    const count = 200_000;
    let sum = 0;
    let squares = 0;
    let truncatedSquares = 0;
    let maxTruncated = 0;
    for (let i = 0; i < count; i++) {
      const value = rng.normal();
      sum += value;
      squares += value * value;
      const truncated = rng.truncatedNormal();
      truncatedSquares += truncated * truncated;
      maxTruncated = Math.max(maxTruncated, Math.abs(truncated));
    }
    expect(Math.abs(sum / count)).toBeLessThan(4 / Math.sqrt(count));
    expect(Math.sqrt(squares / count)).toBeCloseTo(1, 2);
    expect(maxTruncated).toBeLessThanOrEqual(2);
    expect(Math.sqrt(truncatedSquares / count)).toBeCloseTo(0.87962566103423978, 2);
  });

  it('uniform() stays in [0, 1) and integer(n) in [0, n)', () => {
    const rng = createRng('x');
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const value = rng.uniform();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      seen.add(rng.integer(5));
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
