import { Worker } from 'node:worker_threads';
import type { ExperimentConfig } from '../experiment/config.js';
import type { LiveRunner, RunView } from './live-run.js';
import type { CommandMessage, ViewMessage, WorkerStart } from './live-run-messages.js';

/** The compiled worker script beside this module (dist/runs/live-run-worker.js). */
const WORKER_URL = new URL('./live-run-worker.js', import.meta.url);

/**
 * A live run in a worker thread: the same controls as LiveRun, sent as messages; the latest
 * view posted back is what `view()` returns. Training and measuring never block the UI thread.
 */
export class WorkerLiveRun implements LiveRunner {
  private readonly worker: Worker;
  private latest: RunView | undefined;
  private problem: string | undefined;
  private isStopped = false;

  constructor(
    private readonly config: ExperimentConfig,
    stepsPerSecond: number,
  ) {
    const start: WorkerStart = { config, stepsPerSecond };
    this.worker = new Worker(WORKER_URL, { workerData: start });
    this.worker.on('message', (message: ViewMessage) => {
      if (message.type === 'view') this.latest = message.view;
      else this.problem = message.message;
    });
    this.worker.on('error', (error) => {
      this.problem = error.message;
    });
    this.worker.on('exit', (code) => {
      if (!this.isStopped && code !== 0) this.problem ??= `the training worker stopped (exit code ${code})`;
    });
  }

  view(): RunView | undefined {
    return this.latest;
  }

  failure(): string | undefined {
    return this.problem;
  }

  /** The worker starts training as soon as it is up. */
  start(): void {}

  stop(): void {
    if (this.isStopped) return;
    this.isStopped = true;
    this.send({ type: 'stop' });
    // A worker busy in a long step is ended rather than waited for.
    setTimeout(() => void this.worker.terminate(), 1000).unref();
  }

  setPaused(isPaused: boolean): void {
    this.send({ type: 'pause', isPaused });
  }

  setSpeed(stepsPerSecond: number): void {
    this.send({ type: 'speed', stepsPerSecond });
  }

  stepOnce(): void {
    this.send({ type: 'step' });
  }

  restart(config: ExperimentConfig = this.config): void {
    this.send({ type: 'restart', config });
  }

  setDecisionGridSize(columns: number, rows: number): void {
    this.send({ type: 'grid', columns, rows });
  }

  private send(message: CommandMessage): void {
    if (!this.isStopped || message.type === 'stop') this.worker.postMessage(message);
  }
}
