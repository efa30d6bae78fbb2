/** The memory export of a WebAssembly instance. */
export type WasmMemory = { readonly buffer: ArrayBuffer; grow(pages: number): number };

const pageBytes = 65536;

/**
 * A WebAssembly memory seen as float64s, with the copies the matmul kernels need between it and
 * ordinary Float64Arrays. It grows on demand and never shrinks; growing replaces the buffer, so
 * every view is made again then. Copy-outs of contiguous runs go through views cached by
 * (offset, length), so after the first call of a shape nothing is allocated.
 */
export class ModuleMemory {
  private heap: Float64Array;
  /** Bytes of the memory (read once per growth: the `buffer` getter is a runtime call). */
  private capacity: number;
  /** Views of the memory by offset, then by length (small-integer keys: no boxing on lookup). */
  private readonly views = new Map<number, Map<number, Float64Array>>();

  constructor(private readonly memory: WasmMemory) {
    this.heap = new Float64Array(memory.buffer);
    this.capacity = this.heap.byteLength;
  }

  /** The memory as float64s, grown to hold at least `elements`. */
  reserve(elements: number): Float64Array {
    const missing = elements * 8 - this.capacity;
    if (missing > 0) {
      this.memory.grow(Math.ceil(missing / pageBytes));
      this.heap = new Float64Array(this.memory.buffer);
      this.capacity = this.heap.byteLength;
      this.views.clear();
    }
    return this.heap;
  }

  /** Copies `rows` rows of `width` values of `source` (from `sourceOffset`) to `offset`, rows `stride` apart. */
  copyIn(offset: number, stride: number, source: Float64Array, sourceOffset: number, rows: number, width: number): void {
    const heap = this.heap;
    if (stride === width && sourceOffset === 0 && source.length === rows * width) {
      heap.set(source, offset);
      return;
    }
    for (let r = 0; r < rows; r++) {
      const from = sourceOffset + r * width;
      const to = offset + r * stride;
      for (let j = 0; j < width; j++) heap[to + j] = source[from + j];
    }
  }

  /** The inverse of copyIn: `rows` rows of `width` values at `offset`, `stride` apart, into `target`. */
  copyOut(offset: number, stride: number, target: Float64Array, targetOffset: number, rows: number, width: number): void {
    if (stride === width) {
      target.set(this.view(offset, rows * width), targetOffset);
      return;
    }
    const heap = this.heap;
    for (let r = 0; r < rows; r++) {
      const from = offset + r * stride;
      const to = targetOffset + r * width;
      for (let j = 0; j < width; j++) target[to + j] = heap[from + j];
    }
  }

  /** The floats [offset, offset + length) as a Float64Array, made once per memory buffer. */
  private view(offset: number, length: number): Float64Array {
    let byLength = this.views.get(offset);
    if (byLength === undefined) {
      byLength = new Map();
      this.views.set(offset, byLength);
    }
    let view = byLength.get(length);
    if (view === undefined) {
      view = new Float64Array(this.heap.buffer, offset * 8, length);
      byLength.set(length, view);
    }
    return view;
  }
}
