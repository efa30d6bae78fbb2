import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text kept before a write to the file: big enough for few system calls, small enough to stay flat. */
const CHUNK_CHARACTERS = 1 << 16;

/**
 * Writes a dump as the run goes, so its memory stays flat however long the run: the parts known
 * at the start, then each mini-batch's rows as it is drawn, then the trajectory (kept in a
 * temporary file meanwhile, since JSON cannot interleave two arrays) and the end. The result is
 * one JSON object.
 */
export class DumpWriter {
  private pending = '';
  private batchCount = 0;
  private trajectoryCount = 0;
  private readonly trajectoryFolder: string;
  private readonly trajectoryFile: number;
  private isClosed = false;

  /**
   * @param file descriptor opened for writing (closed by {@link finish})
   * @param head the dump's first keys, in order
   * @param batchNote what the batch rows are; undefined for a full-batch run (no rows)
   */
  constructor(
    private readonly file: number,
    head: Record<string, unknown>,
    private readonly batchNote: string | undefined,
    fullBatchText: string,
  ) {
    const opening = JSON.stringify(head).slice(0, -1);
    this.write(`${opening},"batches":${batchNote === undefined ? JSON.stringify(fullBatchText) : `{"note":${JSON.stringify(batchNote)},"rows":[`}`);
    this.trajectoryFolder = mkdtempSync(join(tmpdir(), 'init-tui-dump-'));
    this.trajectoryFile = openSync(join(this.trajectoryFolder, 'trajectory.json'), 'w+');
  }

  /** One mini-batch's training-row indices (a view: written at once). */
  batch(rows: Int32Array): void {
    let text = this.batchCount === 0 ? '[' : ',[';
    for (let index = 0; index < rows.length; index++) text += index === 0 ? rows[index] : `,${rows[index]}`;
    this.batchCount += 1;
    this.write(`${text}]`);
  }

  /** One logged step of the trajectory. */
  record(record: unknown): void {
    writeSync(this.trajectoryFile, `${this.trajectoryCount === 0 ? '' : ','}${JSON.stringify(record)}`);
    this.trajectoryCount += 1;
  }

  /** Ends the dump with the trajectory and `tail` (final weights, summary), closes the file and removes the temporary one. */
  finish(tail: Record<string, unknown>): void {
    try {
      this.write(`${this.batchNote === undefined ? '' : ']}'},"trajectory":[`);
      this.flush();
      const buffer = Buffer.alloc(1 << 20);
      let position = 0;
      for (;;) {
        const read = readSync(this.trajectoryFile, buffer, 0, buffer.length, position);
        if (read === 0) break;
        writeSync(this.file, buffer, 0, read);
        position += read;
      }
      this.write(`],${JSON.stringify(tail).slice(1)}`);
      this.flush();
    } finally {
      this.close();
    }
  }

  /** Closes both files and removes the temporary one (also when the run fails). */
  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    closeSync(this.trajectoryFile);
    rmSync(this.trajectoryFolder, { recursive: true, force: true });
    closeSync(this.file);
  }

  private write(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK_CHARACTERS) this.flush();
  }

  private flush(): void {
    if (this.pending === '') return;
    writeSync(this.file, this.pending);
    this.pending = '';
  }
}
