/** Types for asciichart 1.5 (the package ships none); only what render/ uses. */
declare module 'asciichart' {
  /** Options of {@link plot}. */
  export type PlotConfig = {
    /** Lowest value on the y axis (the data may extend it). */
    min?: number;
    /** Highest value on the y axis (the data may extend it). */
    max?: number;
    /** Rows of the chart minus one; the range is scaled to this many steps. */
    height?: number;
    /** Column of the axis plus one; labels go to its left. Default 3. */
    offset?: number;
    /** Padding string whose length sets the default label width. */
    padding?: string;
    /** One escape sequence per series; each drawn cell is `color + symbol + ESC[0m`. */
    colors?: readonly string[];
    /** The ten line-drawing symbols. */
    symbols?: readonly string[];
    /** Label for a row: its value and its index from the top. */
    format?: (value: number, rowIndex: number) => string;
  };
  /** Draws one or more series as a line chart; rows joined by '\n'. */
  export function plot(series: readonly number[] | ReadonlyArray<readonly number[]>, config?: PlotConfig): string;
  /** The escape that ends a coloured cell (ESC[0m). */
  export const reset: string;
}
