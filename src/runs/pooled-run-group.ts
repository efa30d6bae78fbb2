import { Worker } from 'node:worker_threads';
import { assignRuns, defaultPoolSize } from './pool-size.js';
import type { DecisionRequest, GroupSettings, RunGroupController } from './run-group.js';
import type { GroupCommand, GroupReport, GroupWorkerStart } from './run-group-protocol.js';
import type { RunSpec, RunView } from './run-view.js';

/**
 * The compiled worker script, dist/runs/run-group-worker.js. Written from the folder above, so it
 * holds both from this module (dist/runs/) and from the bundled app (dist/ui/), one level down too.
 */
export const GROUP_WORKER_URL = new URL('../runs/run-group-worker.js', import.meta.url);

/** Options of a {@link PooledRunGroup}. */
export type PooledRunGroupOptions = {
  /** Steps per second of every run at the start. */
  readonly stepsPerSecond: number;
  /** Worker threads at most (default: the machine's cores); never more than runs. */
  readonly workers?: number;
};

/**
 * A run group over a pool of worker threads: runs are spread round-robin over the workers, each
 * worker trains its runs as a LocalRunGroup, and every command goes to every worker. The
 * controller keeps pause, speed and seed itself, so the UI shows them at once; views arrive as
 * the workers measure them.
 */
export class PooledRunGroup implements RunGroupController {
  readonly size: number;
  private readonly workers: Worker[];
  private readonly latest: (RunView | undefined)[];
  private problem: string | undefined;
  private isStopped = false;
  private current: GroupSettings;

  constructor(specs: readonly RunSpec[], options: PooledRunGroupOptions) {
    if (specs.length === 0) throw new RangeError('a run group needs at least one run');
    this.size = specs.length;
    this.latest = specs.map(() => undefined);
    this.current = { isPaused: false, stepsPerSecond: options.stepsPerSecond, seed: specs[0].config.seed };
    this.workers = assignRuns(specs.length, options.workers ?? defaultPoolSize()).map((indices) => {
      const start: GroupWorkerStart = {
        mode: 'live',
        runs: indices.map((index) => ({ index, spec: specs[index] })),
        stepsPerSecond: options.stepsPerSecond,
        isPaused: false,
      };
      const worker = new Worker(GROUP_WORKER_URL, { workerData: start });
      worker.on('message', (report: GroupReport) => {
        if (report.type === 'views') for (const view of report.views) this.latest[view.index] = view;
        else if (report.type === 'failure') this.problem ??= report.message;
      });
      worker.on('error', (error) => {
        this.problem ??= error.message;
      });
      worker.on('exit', (code) => {
        if (!this.isStopped && code !== 0) this.problem ??= `a training worker stopped (exit code ${code})`;
      });
      return worker;
    });
  }

  views(): readonly (RunView | undefined)[] {
    return [...this.latest];
  }

  failure(): string | undefined {
    return this.problem;
  }

  settings(): GroupSettings {
    return this.current;
  }

  /** The workers start training as soon as they are up. */
  start(): void {}

  stop(): void {
    if (this.isStopped) return;
    this.isStopped = true;
    this.send({ type: 'stop' });
    // A worker busy in a long step is ended rather than waited for.
    for (const worker of this.workers) setTimeout(() => void worker.terminate(), 1000).unref();
  }

  setPaused(isPaused: boolean): void {
    this.current = { ...this.current, isPaused };
    this.send({ type: 'pause', isPaused });
  }

  setSpeed(stepsPerSecond: number): void {
    this.current = { ...this.current, stepsPerSecond };
    this.send({ type: 'speed', stepsPerSecond });
  }

  stepOnce(): void {
    if (!this.current.isPaused) return this.setPaused(true);
    this.send({ type: 'step' });
  }

  restart(): void {
    this.send({ type: 'restart', seed: this.current.seed });
  }

  reseed(): void {
    this.current = { ...this.current, seed: this.current.seed + 1 };
    this.send({ type: 'restart', seed: this.current.seed });
  }

  setDecision(request: DecisionRequest | undefined): void {
    this.send({ type: 'decision', request });
  }

  private send(command: GroupCommand): void {
    if (this.isStopped && command.type !== 'stop') return;
    for (const worker of this.workers) worker.postMessage(command);
  }
}
