import type { DatasetSplit } from '../data/dataset.js';
import type { Batch } from '../engine/network.js';
import type { Rng } from '../engine/rng.js';

/**
 * Draws mini-batches from a training split: each epoch is a fresh seeded permutation, taken
 * `size` rows at a time; rows left over at an epoch's end are skipped, so every batch has exactly
 * `size` rows. Size 0, or a size of at least the split, means the full split every step. The
 * batch buffers are reused: no allocation per step.
 */
export class BatchSampler {
  readonly size: number;
  private readonly order: Int32Array;
  private cursor: number;
  private readonly batch: { x: Float64Array; y: Int32Array; rows: number };

  /** The training rows of every mini-batch drawn so far, when recording (for `--dump`). */
  readonly recorded: number[][] | undefined;

  /**
   * @param isRecording keep every mini-batch's row indices in `recorded` (memory grows with the run)
   * @param onBatch hears each mini-batch's row indices as it is drawn (a view, valid during the call): a dump streams them
   */
  constructor(
    private readonly split: DatasetSplit,
    size: number,
    private readonly rng: Rng,
    isRecording = false,
    private readonly onBatch?: (rows: Int32Array) => void,
  ) {
    const isFull = size === 0 || size >= split.rows;
    this.recorded = isRecording && !isFull ? [] : undefined;
    this.size = isFull ? split.rows : size;
    this.order = Int32Array.from({ length: split.rows }, (_, index) => index);
    this.cursor = split.rows;
    const inputs = split.rows === 0 ? 0 : split.x.length / split.rows;
    this.batch = isFull
      ? { x: split.x, y: split.y, rows: split.rows }
      : { x: new Float64Array(this.size * inputs), y: new Int32Array(this.size), rows: this.size };
  }

  /** True when every step sees the whole training set. */
  get isFullBatch(): boolean {
    return this.size === this.split.rows;
  }

  /** The next batch (the same object every call, refilled). */
  next(): Batch {
    if (this.isFullBatch) return this.batch;
    if (this.cursor + this.size > this.order.length) this.shuffle();
    const { x, y } = this.batch;
    const inputs = x.length / this.size;
    for (let r = 0; r < this.size; r++) {
      const source = this.order[this.cursor + r];
      const from = source * inputs;
      const to = r * inputs;
      for (let column = 0; column < inputs; column++) x[to + column] = this.split.x[from + column];
      y[r] = this.split.y[source];
    }
    this.recorded?.push(Array.from(this.order.subarray(this.cursor, this.cursor + this.size)));
    this.onBatch?.(this.order.subarray(this.cursor, this.cursor + this.size));
    this.cursor += this.size;
    return this.batch;
  }

  private shuffle(): void {
    // Fisher-Yates from the batches stream.
    const order = this.order;
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.rng.integer(i + 1);
      const swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    this.cursor = 0;
  }
}
