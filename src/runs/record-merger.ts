import type { StepRecord } from '../experiment/experiment.js';

/** A run's logged record, with the run it belongs to. */
export type RunRecord = { readonly index: number; readonly record: StepRecord };

/**
 * Puts the records of several runs, arriving in any interleaving (each run's own in strictly
 * increasing steps), into one fixed order: by step, then by run. The smallest waiting record goes
 * out once no run still going could send one before it: each such run has either a record
 * waiting or already sent a step at least as late (its next is later). So the order never
 * depends on which worker was faster.
 */
export class RecordMerger {
  private readonly queues: StepRecord[][];
  private readonly isFinished: boolean[];
  private readonly lastSent: number[];

  constructor(runCount: number) {
    this.queues = Array.from({ length: runCount }, () => []);
    this.isFinished = Array.from({ length: runCount }, () => false);
    this.lastSent = Array.from({ length: runCount }, () => Number.NEGATIVE_INFINITY);
  }

  /** Adds a run's next record; returns the records now ready, in order. */
  add(index: number, record: StepRecord): RunRecord[] {
    this.queues[index].push(record);
    return this.ready();
  }

  /** Marks a run as ended (its summary came); returns the records now ready, in order. */
  finish(index: number): RunRecord[] {
    this.isFinished[index] = true;
    return this.ready();
  }

  /** Records still held (for a final check: 0 once every run has finished). */
  get pending(): number {
    return this.queues.reduce((total, queue) => total + queue.length, 0);
  }

  private ready(): RunRecord[] {
    const out: RunRecord[] = [];
    for (;;) {
      let best = -1;
      // The earliest waiting record, the lower run first on a tie.
      for (let index = 0; index < this.queues.length; index++) {
        const head = this.queues[index][0];
        if (head && (best === -1 || head.step < this.queues[best][0].step)) best = index;
      }
      if (best === -1) return out;
      const step = this.queues[best][0].step;
      // A run still going with nothing waiting may yet send a record at `step` or before.
      const mayPrecede = this.queues.some((queue, index) => queue.length === 0 && !this.isFinished[index] && this.lastSent[index] < step);
      if (mayPrecede) return out;
      this.lastSent[best] = step;
      out.push({ index: best, record: this.queues[best].shift()! });
    }
  }
}
