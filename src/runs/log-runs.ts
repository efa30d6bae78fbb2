import type { StepRecord, SummaryRecord } from '../experiment/experiment.js';
import { experimentRecords } from '../experiment/experiment.js';
import { Session } from '../experiment/session.js';
import { DatasetCache } from './dataset-cache.js';
import type { IndexedRun } from './run-group-protocol.js';

/** Where {@link logRuns} sends what its runs log. */
export type LogSink = {
  record(index: number, record: StepRecord): void;
  summary(index: number, summary: SummaryRecord): void;
  /** Resolves once the reader has caught up enough to go on (flow control); may be undefined for none. */
  readonly drain?: () => Promise<void> | undefined;
};

/**
 * Trains `runs` flat out, interleaved one logged step at a time, each exactly as `init-tui run`
 * trains it (the same record sequence: experimentRecords), on data loaded once per data settings.
 * Each run's records go to the sink in step order, then its summary.
 */
export async function logRuns(runs: readonly IndexedRun[], sink: LogSink): Promise<void> {
  const cache = new DatasetCache();
  const active = runs.map((run) => ({ index: run.index, sequence: experimentRecords(new Session(run.spec.config, { dataset: cache.get(run.spec.config) })) }));
  while (active.length > 0) {
    for (let position = 0; position < active.length; position++) {
      const { index, sequence } = active[position];
      const next = sequence.next();
      if (next.done) {
        sink.summary(index, next.value);
        active.splice(position, 1);
        position -= 1;
      } else {
        sink.record(index, next.value);
      }
      const waiting = sink.drain?.();
      if (waiting) await waiting;
    }
  }
}
