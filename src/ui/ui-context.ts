import { createContext, useContext } from 'react';
import type { ColorLevel } from '../render/color.js';
import { LocalRunGroup } from '../runs/local-run-group.js';
import type { RunGroupController } from '../runs/run-group.js';
import type { RunSpec } from '../runs/run-view.js';
import type { SweepHandle } from '../runs/sweep-pool.js';
import { runSweep } from '../runs/sweep-pool.js';
import type { SweepJob } from '../experiment/sweep-plan.js';
import type { SweepRunRecord } from '../experiment/sweep-run.js';

/** Makes the run group a dashboard drives: in this thread by default, over worker threads from the CLI. */
export type GroupFactory = (specs: readonly RunSpec[], stepsPerSecond: number) => RunGroupController;

/** Starts a sweep's runs: in this thread by default (one run per event-loop turn), on the worker pool from the CLI. */
export type SweepFactory = (jobs: readonly SweepJob[], onRecord: (record: SweepRunRecord) => void) => SweepHandle;

/** Runs a sweep in this thread, a run per event-loop turn (tests; the CLI uses the pool). */
export const inThreadSweep: SweepFactory = (jobs, onRecord) => runSweep(jobs, { workers: 0, onRecord });

/** Trains in this thread, in time slices. */
export const inThreadGroup: GroupFactory = (specs, stepsPerSecond) => new LocalRunGroup(specs, { stepsPerSecond });

/** What every component may read: the colour level, the terminal size and how run groups are made. */
export type UiSettings = {
  readonly colorLevel: ColorLevel;
  readonly columns: number;
  readonly rows: number;
  readonly createGroup: GroupFactory;
  readonly createSweep: SweepFactory;
};

/** Provided by App; components read it with {@link useUi}. */
export const UiContext = createContext<UiSettings>({ colorLevel: 'none', columns: 80, rows: 24, createGroup: inThreadGroup, createSweep: inThreadSweep });

/** The colour level, terminal size and group factory from the nearest App. */
export function useUi(): UiSettings {
  return useContext(UiContext);
}
