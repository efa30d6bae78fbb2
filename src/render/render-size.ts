/** The text box a renderer must fit: `width` columns by `height` lines. */
export type RenderSize = {
  /** Columns available; an integer >= 1. */
  readonly width: number;
  /** Lines available; an integer >= 1. */
  readonly height: number;
};

/** Throws a RangeError naming the bad value unless width and height are integers >= 1. */
export function assertRenderSize(size: RenderSize): void {
  for (const [name, value] of [['width', size.width], ['height', size.height]] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`${name} must be an integer >= 1, got ${String(value)}`);
    }
  }
}
