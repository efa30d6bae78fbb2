import seedrandom from 'seedrandom';

/**
 * A seeded random stream. Every random number in init-tui comes from one of these;
 * `Math.random` is never used.
 */
export type Rng = {
  /** The seed text this stream was made from. */
  readonly seed: string;
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Uniform on [low, high). */
  uniformRange(low: number, high: number): number;
  /** Standard normal N(0, 1), Box-Muller. */
  normal(): number;
  /** Standard normal redrawn until |x| <= 2 (std of the result is 0.87962566103423978). */
  truncatedNormal(): number;
  /** Uniform integer in [0, n). */
  integer(n: number): number;
  /**
   * A new, independent stream derived from this one's seed and a name
   * (`rng.derive('data')`). Deriving does not consume numbers from this stream, so
   * adding or changing one consumer never shifts another's numbers.
   */
  derive(name: string): Rng;
};

/** Creates the stream for one seed. The same seed always gives the same numbers. */
export function createRng(seed: number | string): Rng {
  const seedText = String(seed);
  const source = seedrandom.alea(seedText);
  let spareNormal: number | undefined;

  const uniform = (): number => source();
  const normal = (): number => {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    // Box-Muller: two uniforms -> two independent N(0,1); 1 - u keeps log away from 0.
    const radius = Math.sqrt(-2 * Math.log(1 - source()));
    const angle = 2 * Math.PI * source();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };

  return {
    seed: seedText,
    uniform,
    uniformRange: (low, high) => low + (high - low) * source(),
    normal,
    truncatedNormal: () => {
      for (;;) {
        const value = normal();
        if (value >= -2 && value <= 2) return value;
      }
    },
    integer: (n) => Math.floor(source() * n),
    derive: (name) => createRng(`${seedText}/${name}`),
  };
}
