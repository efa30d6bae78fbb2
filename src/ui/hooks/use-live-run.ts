import { useEffect, useRef, useState } from 'react';
import type { ExperimentConfig } from '../../training/config.js';
import type { RunView } from '../../training/live-run.js';
import { LiveRun, VIEW_INTERVAL_MILLISECONDS } from '../../training/live-run.js';
import type { DashboardState } from '../state/dashboard-state.js';
import { speedLevels } from '../state/dashboard-state.js';

/**
 * Runs `config` live outside React and returns its latest view, pulled about 10 times a second
 * (one setState per new view, never one per training step). The dashboard's state drives it:
 * pause, speed, single steps, restarts and the decision-map size.
 */
export function useLiveRun(
  config: ExperimentConfig,
  dashboard: DashboardState,
  gridSize: { readonly columns: number; readonly rows: number },
): RunView {
  const runReference = useRef<LiveRun | undefined>(undefined);
  if (!runReference.current) runReference.current = new LiveRun(config, speedLevels[dashboard.speedIndex]);
  const run = runReference.current;
  const [view, setView] = useState(() => run.view());

  useEffect(() => {
    run.start();
    const poll = setInterval(() => {
      const latest = run.view();
      setView((shown) => (shown.version === latest.version ? shown : latest));
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
    setView(run.view());
  }, [run, dashboard.stepRequests]);

  const handledRuns = useRef(dashboard.runNumber);
  useEffect(() => {
    if (dashboard.runNumber === handledRuns.current) return;
    handledRuns.current = dashboard.runNumber;
    run.restart({ ...config, seed: dashboard.seed });
    setView(run.view());
  }, [run, config, dashboard.runNumber, dashboard.seed]);

  return view;
}
