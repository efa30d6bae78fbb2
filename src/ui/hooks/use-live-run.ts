import { useEffect, useRef, useState } from 'react';
import type { ExperimentConfig } from '../../experiment/config.js';
import type { LiveRunner, RunView } from '../../runs/live-run.js';
import { VIEW_INTERVAL_MILLISECONDS } from '../../runs/live-run.js';
import type { DashboardState } from '../state/dashboard-state.js';
import { speedLevels } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';

/** The latest view of a live run, or why there is none. */
export type LiveRunStatus = { readonly view: RunView | undefined; readonly failure: string | undefined };

/**
 * Runs `config` live outside React (in this thread or a worker, as the UiContext says) and
 * returns its latest view, pulled about 10 times a second: one setState per new view, never one
 * per training step. The dashboard's state drives it: pause, speed, single steps, restarts and
 * the decision-map size.
 */
export function useLiveRun(
  config: ExperimentConfig,
  dashboard: DashboardState,
  gridSize: { readonly columns: number; readonly rows: number },
): LiveRunStatus {
  const { createRun } = useUi();
  const runReference = useRef<LiveRunner | undefined>(undefined);
  if (!runReference.current) runReference.current = createRun(config, speedLevels[dashboard.speedIndex]);
  const run = runReference.current;
  const [status, setStatus] = useState<LiveRunStatus>(() => ({ view: run.view(), failure: run.failure() }));

  useEffect(() => {
    run.start();
    const poll = setInterval(() => {
      const view = run.view();
      const failure = run.failure();
      setStatus((shown) => (shown.view?.version === view?.version && shown.failure === failure ? shown : { view, failure }));
    }, VIEW_INTERVAL_MILLISECONDS);
    return () => {
      clearInterval(poll);
      run.stop();
    };
  }, [run]);

  useEffect(() => run.setPaused(dashboard.isPaused), [run, dashboard.isPaused]);
  useEffect(() => run.setSpeed(speedLevels[dashboard.speedIndex]), [run, dashboard.speedIndex]);
  useEffect(() => run.setDecisionGridSize(gridSize.columns, gridSize.rows), [run, gridSize.columns, gridSize.rows]);

  const handledSteps = useRef(dashboard.stepRequests);
  useEffect(() => {
    if (dashboard.stepRequests === handledSteps.current) return;
    handledSteps.current = dashboard.stepRequests;
    run.stepOnce();
  }, [run, dashboard.stepRequests]);

  const handledRuns = useRef(dashboard.runNumber);
  useEffect(() => {
    if (dashboard.runNumber === handledRuns.current) return;
    handledRuns.current = dashboard.runNumber;
    run.restart({ ...config, seed: dashboard.seed });
  }, [run, config, dashboard.runNumber, dashboard.seed]);

  return status;
}
