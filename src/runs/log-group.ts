import { Worker } from 'node:worker_threads';
import type { StepRecord, SummaryRecord } from '../experiment/experiment.js';
import { logRuns } from './log-runs.js';
import { assignRuns, defaultPoolSize } from './pool-size.js';
import { GROUP_WORKER_URL } from './pooled-run-group.js';
import { RecordMerger } from './record-merger.js';
import type { GroupCommand, GroupReport, GroupWorkerStart } from './run-group-protocol.js';
import type { RunSpec } from './run-view.js';

/** Records a worker may send ahead of what has been written out. */
const LOG_WINDOW = 32;

/** What {@link logGroup} reports, in its fixed order. */
export type LogGroupSink = {
  /** A logged step of run `index`: by step, then by run, whatever the pool. */
  record(index: number, record: StepRecord): void;
};

/**
 * Trains every run flat out, each exactly as `init-tui run` would, spread over `workers` worker
 * threads (0: in this thread), and passes their records to `sink` by step, then by run; resolves
 * with each run's summary, in run order. Memory stays flat: workers wait when they are more than
 * a few records ahead of the sink.
 */
export async function logGroup(specs: readonly RunSpec[], sink: LogGroupSink, options: { readonly workers?: number } = {}): Promise<SummaryRecord[]> {
  const merger = new RecordMerger(specs.length);
  const summaries: (SummaryRecord | undefined)[] = specs.map(() => undefined);
  const workers = options.workers ?? defaultPoolSize();
  const emit = (ready: ReturnType<RecordMerger['add']>) => {
    for (const { index, record } of ready) sink.record(index, record);
    return ready;
  };
  if (workers === 0) {
    await logRuns(
      specs.map((spec, index) => ({ index, spec })),
      {
        record: (index, record) => void emit(merger.add(index, record)),
        summary: (index, summary) => {
          summaries[index] = summary;
          emit(merger.finish(index));
        },
      },
    );
    return summaries as SummaryRecord[];
  }
  const assignment = assignRuns(specs.length, workers);
  const workerOf = new Map<number, number>();
  assignment.forEach((indices, worker) => indices.forEach((index) => workerOf.set(index, worker)));
  await new Promise<void>((resolve, reject) => {
    let running = assignment.length;
    const threads = assignment.map((indices) => {
      const start: GroupWorkerStart = { mode: 'log', runs: indices.map((index) => ({ index, spec: specs[index] })), window: LOG_WINDOW };
      return new Worker(GROUP_WORKER_URL, { workerData: start });
    });
    const stopAll = () => threads.forEach((thread) => void thread.terminate());
    const acknowledge = (ready: ReturnType<RecordMerger['add']>) => {
      const counts = new Map<number, number>();
      for (const { index } of ready) counts.set(workerOf.get(index)!, (counts.get(workerOf.get(index)!) ?? 0) + 1);
      for (const [worker, count] of counts) threads[worker].postMessage({ type: 'ack', count } satisfies GroupCommand);
    };
    threads.forEach((thread) => {
      thread.on('message', (report: GroupReport) => {
        try {
          if (report.type === 'record') acknowledge(emit(merger.add(report.index, report.record)));
          else if (report.type === 'summary') {
            summaries[report.index] = report.summary;
            acknowledge(emit(merger.finish(report.index)));
          } else if (report.type === 'failure') {
            stopAll();
            reject(new Error(report.message));
          }
        } catch (error) {
          stopAll();
          reject(error);
        }
      });
      thread.on('error', (error) => {
        stopAll();
        reject(error);
      });
      thread.on('exit', () => {
        running -= 1;
        if (running === 0) {
          if (summaries.every((summary) => summary !== undefined)) resolve();
          else reject(new Error('a training worker ended before its runs finished'));
        }
      });
    });
  });
  return summaries as SummaryRecord[];
}
