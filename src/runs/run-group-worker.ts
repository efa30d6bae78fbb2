/**
 * A group worker: hosts some runs of a run group. In `live` mode a LocalRunGroup trains them
 * at the controller's pace and every new view is posted back; in `log` mode they train flat out
 * and post their logged records (headless compare). Keeps the UI thread free for keys and
 * drawing, and spreads the runs over the machine's cores.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSweepJob } from '../experiment/sweep-run.js';
import { DatasetCache } from './dataset-cache.js';
import { LocalRunGroup } from './local-run-group.js';
import { logRuns } from './log-runs.js';
import type { GroupCommand, GroupReport, GroupWorkerStart } from './run-group-protocol.js';

const port = parentPort;
if (!port) throw new Error('run-group-worker must run in a worker thread');
const post = (report: GroupReport): void => port.postMessage(report);
const fail = (error: unknown): void => post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
const start = workerData as GroupWorkerStart;

/** How long one slice of training may run before the worker reads its messages, in ms. */
const WORKER_SLICE_MILLISECONDS = 30;

function runLive(settings: Extract<GroupWorkerStart, { mode: 'live' }>): void {
  const group = new LocalRunGroup(
    settings.runs.map((run) => run.spec),
    {
      stepsPerSecond: settings.stepsPerSecond,
      isPaused: settings.isPaused,
      sliceMilliseconds: WORKER_SLICE_MILLISECONDS,
      indices: settings.runs.map((run) => run.index),
      onViews: (views) => post({ type: 'views', views }),
    },
  );
  port!.on('message', (command: GroupCommand) => {
    try {
      switch (command.type) {
        case 'pause':
          return group.setPaused(command.isPaused);
        case 'speed':
          return group.setSpeed(command.stepsPerSecond);
        case 'step':
          return group.stepOnce();
        case 'restart':
          return group.restartWith(command.seed);
        case 'decision':
          return group.setDecision(command.request);
        case 'ack':
          return;
        case 'stop':
          group.stop();
          return port!.close();
      }
    } catch (error) {
      fail(error);
    }
  });
  group.start();
}

function runLog(settings: Extract<GroupWorkerStart, { mode: 'log' }>): void {
  let outstanding = 0;
  let wake: (() => void) | undefined;
  port!.on('message', (command: GroupCommand) => {
    if (command.type === 'ack') {
      outstanding -= command.count;
      if (outstanding < settings.window && wake) {
        const resume = wake;
        wake = undefined;
        resume();
      }
    } else if (command.type === 'stop') {
      port!.close();
      process.exit(0);
    }
  });
  logRuns(settings.runs, {
    record: (index, record) => {
      outstanding += 1;
      post({ type: 'record', index, record });
    },
    summary: (index, summary) => post({ type: 'summary', index, summary }),
    drain: () => (outstanding < settings.window ? undefined : new Promise<void>((resolve) => (wake = resolve))),
  }).then(() => port!.close(), fail);
}

/** Queue mode: one sweep job at a time, data shared by the jobs with the same data settings. */
function runQueue(): void {
  const cache = new DatasetCache();
  port!.on('message', (command: GroupCommand) => {
    if (command.type === 'stop') {
      port!.close();
      process.exit(0);
    }
    if (command.type !== 'job') return;
    try {
      post({ type: 'run', record: runSweepJob(command.job, cache.get(command.job.config)) });
    } catch (error) {
      fail(error);
    }
  });
}

try {
  if (start.mode === 'live') runLive(start);
  else if (start.mode === 'log') runLog(start);
  else runQueue();
} catch (error) {
  fail(error);
}
