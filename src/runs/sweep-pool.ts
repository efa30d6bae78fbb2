import { Worker } from 'node:worker_threads';
import type { SweepJob } from '../experiment/sweep-plan.js';
import type { SweepRunRecord } from '../experiment/sweep-run.js';
import { runSweepJob } from '../experiment/sweep-run.js';
import { DatasetCache } from './dataset-cache.js';
import { defaultPoolSize } from './pool-size.js';
import { GROUP_WORKER_URL } from './pooled-run-group.js';
import type { GroupCommand, GroupReport, GroupWorkerStart } from './run-group-protocol.js';

/** A sweep under way: its records as they finish, and a way to stop it. */
export type SweepHandle = {
  /** Resolves with every record in job order once all have finished; rejects on a failure or a cancel. */
  readonly done: Promise<SweepRunRecord[]>;
  /** Stops every worker now (no worker is left running); `done` rejects with {@link SweepCancelled}. */
  cancel(): void;
};

/** The reason `done` rejects after {@link SweepHandle.cancel}. */
export class SweepCancelled extends Error {
  constructor() {
    super('the sweep was cancelled');
  }
}

/**
 * Trains `jobs` on `workers` worker threads (default: the machine's cores; 0: in this thread,
 * one job per event-loop turn), each taking the next job when it finishes one, so long and short
 * runs balance. `onRecord` hears each run as it finishes (in finishing order). Every job trains
 * exactly as `init-tui run` would train its config, so the records do not depend on the pool.
 */
export function runSweep(jobs: readonly SweepJob[], options: { readonly workers?: number; readonly onRecord?: (record: SweepRunRecord) => void } = {}): SweepHandle {
  const records: (SweepRunRecord | undefined)[] = jobs.map(() => undefined);
  const workers = Math.min(options.workers ?? defaultPoolSize(), jobs.length);
  let next = 0;
  let finished = 0;
  let isStopped = false;
  let stop: () => void = () => undefined;
  let cancelWith: () => void = () => undefined;
  const done = new Promise<SweepRunRecord[]>((resolve, reject) => {
    const accept = (record: SweepRunRecord): boolean => {
      records[record.index] = record;
      finished += 1;
      options.onRecord?.(record);
      if (finished === jobs.length) {
        stop();
        resolve(records as SweepRunRecord[]);
        return false;
      }
      return true;
    };
    const failWith = (error: unknown) => {
      stop();
      reject(error);
    };
    if (jobs.length === 0) return resolve([]);
    if (workers <= 0) {
      const cache = new DatasetCache();
      let timer: NodeJS.Immediate | undefined;
      stop = () => {
        isStopped = true;
        if (timer) clearImmediate(timer);
      };
      const step = () => {
        if (isStopped) return;
        try {
          const job = jobs[next++];
          if (accept(runSweepJob(job, cache.get(job.config)))) timer = setImmediate(step);
        } catch (error) {
          failWith(error);
        }
      };
      timer = setImmediate(step);
      cancelWith = () => failWith(new SweepCancelled());
      return;
    }
    const threads = Array.from({ length: workers }, () => new Worker(GROUP_WORKER_URL, { workerData: { mode: 'queue' } satisfies GroupWorkerStart }));
    stop = () => {
      isStopped = true;
      threads.forEach((thread) => void thread.terminate());
    };
    const handOut = (thread: Worker) => {
      if (next < jobs.length) thread.postMessage({ type: 'job', job: jobs[next++] } satisfies GroupCommand);
    };
    for (const thread of threads) {
      thread.on('message', (report: GroupReport) => {
        if (isStopped) return;
        if (report.type === 'run') {
          if (accept(report.record)) handOut(thread);
        } else if (report.type === 'failure') failWith(new Error(report.message));
      });
      thread.on('error', failWith);
      thread.on('exit', () => {
        if (!isStopped) failWith(new Error('a training worker ended before its runs finished'));
      });
      handOut(thread);
    }
    cancelWith = () => failWith(new SweepCancelled());
  });
  return {
    done,
    cancel: () => {
      if (!isStopped) cancelWith();
    },
  };
}
