/**
 * A minimal WebAssembly binary encoder: just enough to write the engine's matmul tile kernel
 * (i32 arithmetic, structured loops, f64 and v128 memory access, f64x2 arithmetic) in
 * TypeScript, so that the module's source lives next to the code that uses it and needs no
 * build step. Instruction methods are named after their WAT mnemonics.
 * Reference: WebAssembly Core Specification 2.0, chapter 5 (binary format).
 */

/** Value types (spec 5.3.1). */
export const valueType = { i32: 0x7f, f64: 0x7c, v128: 0x7b } as const;

/** Unsigned LEB128. */
function unsigned(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** Signed LEB128 of a 32-bit integer. */
function signed(value: number): number[] {
  const bytes: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
      bytes.push(byte);
      return bytes;
    }
    bytes.push(byte | 0x80);
  }
}

/** A vector: its length, then its items. */
function vector(items: number[][]): number[] {
  return [...unsigned(items.length), ...items.flat()];
}

/** The body of one function, built instruction by instruction. */
export class FunctionBody {
  readonly bytes: number[] = [];

  private op(...bytes: number[]): this {
    this.bytes.push(...bytes);
    return this;
  }

  private simd(opcode: number, ...immediates: number[]): this {
    return this.op(0xfd, ...unsigned(opcode), ...immediates);
  }

  localGet(index: number): this { return this.op(0x20, ...unsigned(index)); }
  localSet(index: number): this { return this.op(0x21, ...unsigned(index)); }
  i32Const(value: number): this { return this.op(0x41, ...signed(value)); }
  i32Eqz(): this { return this.op(0x45); }
  i32GeS(): this { return this.op(0x4e); }
  i32Add(): this { return this.op(0x6a); }
  i32Sub(): this { return this.op(0x6b); }
  i32Mul(): this { return this.op(0x6c); }
  /** f64.load with an 8-byte alignment hint and a constant byte offset. */
  f64Load(offset = 0): this { return this.op(0x2b, 3, ...unsigned(offset)); }
  f64Store(offset = 0): this { return this.op(0x39, 3, ...unsigned(offset)); }
  /** v128.load (two f64 lanes); alignment hint 8 bytes, since rows are only 8-byte aligned. */
  v128Load(offset = 0): this { return this.simd(0x00, 3, ...unsigned(offset)); }
  v128Store(offset = 0): this { return this.simd(0x0b, 3, ...unsigned(offset)); }
  /** v128.load64_splat: one f64 from memory into both lanes. */
  v128Load64Splat(offset = 0): this { return this.simd(0x0a, 3, ...unsigned(offset)); }
  /** v128.const of two +0.0 lanes. */
  v128Zero(): this { return this.simd(0x0c, ...new Array<number>(16).fill(0)); }
  f64x2Add(): this { return this.simd(0xf0); }
  f64x2Mul(): this { return this.simd(0xf2); }

  /** `if (top of stack != 0) body()`. */
  ifThen(body: () => void): this {
    this.op(0x04, 0x40);
    body();
    return this.op(0x0b);
  }

  /** `for (; counter != 0; counter--) body()`: block { loop { br_if counter == 0 out; body; counter -= 1; br loop } }. */
  countDown(counter: number, body: () => void): this {
    this.op(0x02, 0x40, 0x03, 0x40); // block, loop (no result)
    this.localGet(counter).i32Eqz().op(0x0d, 1); // br_if 1: leave the block
    body();
    this.localGet(counter).i32Const(1).i32Sub().localSet(counter);
    return this.op(0x0c, 0, 0x0b, 0x0b); // br 0: back to the loop; end loop; end block
  }
}

/** One exported function of a module: its signature, extra locals and body. */
export type ExportedFunction = {
  readonly name: string;
  readonly params: readonly number[];
  /** Extra locals, grouped by type, numbered after the params in this order. */
  readonly locals: ReadonlyArray<{ readonly count: number; readonly type: number }>;
  readonly body: FunctionBody;
};

/** A module that defines one memory (exported as `memory`, `pages` x 64 KiB) and exports `functions`. */
export function encodeModule(functions: readonly ExportedFunction[], pages: number): Uint8Array {
  const section = (id: number, content: number[]): number[] => [id, ...unsigned(content.length), ...content];
  const name = (text: string): number[] => vector([...text].map((character) => [character.charCodeAt(0)]));
  const types = vector(functions.map((f) => [0x60, ...vector(f.params.map((type) => [type])), 0]));
  const declarations = vector(functions.map((_, index) => unsigned(index)));
  const memory = vector([[0x00, ...unsigned(pages)]]);
  const exports = vector([[...name('memory'), 0x02, 0], ...functions.map((f, index) => [...name(f.name), 0x00, ...unsigned(index)])]);
  const code = vector(
    functions.map((f) => {
      const body = [...vector(f.locals.map((group) => [...unsigned(group.count), group.type])), ...f.body.bytes, 0x0b];
      return [...unsigned(body.length), ...body];
    }),
  );
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, types),
    ...section(3, declarations),
    ...section(5, memory),
    ...section(7, exports),
    ...section(10, code),
  ]);
}
