import type { Param } from './param.js';

/**
 * The contract every layer follows (as ConvNetJS's do). Batches are row-major matrices of
 * `rows` rows. A returned array belongs to the layer and is overwritten by its next call.
 */
export type Layer = {
  readonly inputs: number;
  readonly outputs: number;
  forward(input: Float64Array, rows: number): Float64Array;
  /** Takes dL/d(output), stores parameter gradients, returns dL/d(input). */
  backward(gradOutput: Float64Array, rows: number): Float64Array;
  params(): Param[];
};

/** Batch sizes a pool keeps buffers for; the least recently used size beyond this is dropped. */
export const POOL_SIZES = 8;

/**
 * Buffers of `width` columns, one per batch size, allocated on first use and then reused:
 * a network sees only a few sizes (the training batch, the full train and test sets, the
 * decision-map grid). Only the {@link POOL_SIZES} most recently used sizes are kept, so a
 * stream of new sizes (a terminal being resized) cannot grow memory without bound.
 * The last size asked for is answered without a map lookup: training asks for the same one
 * step after step.
 */
export class BufferPool {
  /** In order of last use, oldest first. */
  private readonly buffers = new Map<number, Float64Array>();
  private lastRows = -1;
  private lastBuffer: Float64Array = new Float64Array(0);

  constructor(private readonly width: number) {}

  /** A rows x width buffer; the same one for every call with the same rows. */
  get(rows: number): Float64Array {
    if (rows === this.lastRows) return this.lastBuffer;
    let buffer = this.buffers.get(rows);
    if (buffer) {
      this.buffers.delete(rows);
    } else {
      buffer = new Float64Array(rows * this.width);
      if (this.buffers.size >= POOL_SIZES) this.buffers.delete(this.buffers.keys().next().value!);
    }
    this.buffers.set(rows, buffer);
    this.lastRows = rows;
    this.lastBuffer = buffer;
    return buffer;
  }
}
