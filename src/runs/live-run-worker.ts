/**
 * The training worker: owns one LiveRun, obeys commands from the UI thread and posts every new
 * view back. Keeps the UI thread free for keys and drawing, and uses the second core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CommandMessage, ViewMessage, WorkerStart } from './live-run-messages.js';
import { LiveRun } from './live-run.js';

const port = parentPort;
if (!port) throw new Error('live-run-worker must run in a worker thread');
const post = (message: ViewMessage): void => port.postMessage(message);
const start = workerData as WorkerStart;

try {
  const run = new LiveRun(start.config, start.stepsPerSecond, undefined, (view) => post({ type: 'view', view }));
  post({ type: 'view', view: run.view() });
  port.on('message', (message: CommandMessage) => {
    try {
      switch (message.type) {
        case 'pause':
          return run.setPaused(message.isPaused);
        case 'speed':
          return run.setSpeed(message.stepsPerSecond);
        case 'step':
          return run.stepOnce();
        case 'restart':
          return run.restart(message.config);
        case 'grid':
          return run.setDecisionGridSize(message.columns, message.rows);
        case 'stop':
          run.stop();
          return port.close();
      }
    } catch (error) {
      post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
    }
  });
  run.start();
} catch (error) {
  post({ type: 'failure', message: error instanceof Error ? error.message : String(error) });
}
