import { createContext, useContext } from 'react';
import type { ColorLevel } from '../render/color.js';
import type { ExperimentConfig } from '../experiment/config.js';
import type { LiveRunner } from '../runs/live-run.js';
import { LiveRun } from '../runs/live-run.js';

/** Makes the live run a dashboard drives: in this thread by default, in a worker from the CLI. */
export type RunFactory = (config: ExperimentConfig, stepsPerSecond: number) => LiveRunner;

/** Trains in this thread, in time slices. */
export const inThreadRun: RunFactory = (config, stepsPerSecond) => new LiveRun(config, stepsPerSecond);

/** What every component may read: the colour level, the terminal size and how runs are made. */
export type UiSettings = {
  readonly colorLevel: ColorLevel;
  readonly columns: number;
  readonly rows: number;
  readonly createRun: RunFactory;
};

/** Provided by App; components read it with {@link useUi}. */
export const UiContext = createContext<UiSettings>({ colorLevel: 'none', columns: 80, rows: 24, createRun: inThreadRun });

/** The colour level, terminal size and run factory from the nearest App. */
export function useUi(): UiSettings {
  return useContext(UiContext);
}
