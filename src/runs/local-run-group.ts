import { DatasetCache } from './dataset-cache.js';
import type { GridSize } from './run-member.js';
import { RunMember } from './run-member.js';
import type { DecisionRequest, GroupSettings, RunGroupController } from './run-group.js';
import type { RunSpec, RunView, Scheduler } from './run-view.js';
import { realScheduler, VIEW_INTERVAL_MILLISECONDS } from './run-view.js';

/** Options of a {@link LocalRunGroup}. */
export type LocalRunGroupOptions = {
  /** Steps per second of every run at the start (Infinity: flat out). */
  readonly stepsPerSecond: number;
  /** Start paused (a worker taking over a paused group). Default false. */
  readonly isPaused?: boolean;
  /** The clock and timers (the real ones by default; tests and recordings pass a virtual one). */
  readonly scheduler?: Scheduler;
  /** How long one slice of training may hold the thread, in ms. Default 15 (keys stay responsive in this thread). */
  readonly sliceMilliseconds?: number;
  /** The group-wide index of each spec (a worker holds some runs of a bigger group). Default 0..N-1. */
  readonly indices?: readonly number[];
  /** Called with every run's new view as soon as it is measured (a worker forwards them). */
  readonly onViews?: (views: readonly RunView[]) => void;
};

/**
 * A run group in this thread: trains its runs in time slices on the scheduler's event loop,
 * in lockstep (every unfinished run takes the same steps per slice), at a chosen speed, and
 * measures a new view of each run that moved about 10 times a second (less often when
 * measuring is costly: it keeps to a third of the time at most).
 */
export class LocalRunGroup implements RunGroupController {
  readonly size: number;
  private readonly members: RunMember[];
  private readonly cache = new DatasetCache();
  private readonly scheduler: Scheduler;
  private readonly sliceMilliseconds: number;
  private isPaused: boolean;
  private stepsPerSecond: number;
  private seed: number;
  private timer: unknown;
  private isStopped = true;
  private lastTick = 0;
  private stepCredit = 0;
  private chunk = 1;
  private lastView = Number.NEGATIVE_INFINITY;
  private measureMilliseconds = 0;
  private decision: DecisionRequest | undefined;

  constructor(
    specs: readonly RunSpec[],
    private readonly options: LocalRunGroupOptions,
  ) {
    if (specs.length === 0) throw new RangeError('a run group needs at least one run');
    this.scheduler = options.scheduler ?? realScheduler;
    this.sliceMilliseconds = options.sliceMilliseconds ?? 15;
    this.isPaused = options.isPaused ?? false;
    this.stepsPerSecond = options.stepsPerSecond;
    this.seed = specs[0].config.seed;
    this.members = specs.map((spec, position) => new RunMember(options.indices?.[position] ?? position, spec, this.cache));
    this.size = this.members.length;
    this.publish(this.members);
  }

  views(): readonly (RunView | undefined)[] {
    return this.members.map((member) => member.view);
  }

  /** A group in this thread fails by throwing, never later. */
  failure(): undefined {
    return undefined;
  }

  settings(): GroupSettings {
    return { isPaused: this.isPaused, stepsPerSecond: this.stepsPerSecond, seed: this.seed };
  }

  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.lastTick = this.scheduler.now();
    this.schedule(0);
  }

  stop(): void {
    this.isStopped = true;
    if (this.timer !== undefined) this.scheduler.clearTimer(this.timer);
    this.timer = undefined;
  }

  setPaused(isPaused: boolean): void {
    if (this.isPaused === isPaused) return;
    this.isPaused = isPaused;
    this.stepCredit = 0;
    this.lastTick = this.scheduler.now();
    this.publish(this.members);
  }

  setSpeed(stepsPerSecond: number): void {
    this.stepsPerSecond = stepsPerSecond;
    this.stepCredit = 0;
  }

  stepOnce(): void {
    if (!this.isPaused) return this.setPaused(true);
    const moved = this.members.filter((member) => !member.isDone && member.advance(1) > 0);
    this.publish(moved);
  }

  restart(): void {
    this.restartWith(this.seed);
  }

  reseed(): void {
    this.restartWith(this.seed + 1);
  }

  /** Every run starts over with `seed` (a worker told the group's new seed). */
  restartWith(seed: number): void {
    this.seed = seed;
    for (const member of this.members) member.restart({ ...member.config, seed });
    this.stepCredit = 0;
    this.publish(this.members);
  }

  setDecision(request: DecisionRequest | undefined): void {
    const previous = this.decision;
    if (previous?.run === request?.run && previous?.columns === request?.columns && previous?.rows === request?.rows) return;
    this.decision = request;
    this.publish(this.members.filter((member) => member.index === request?.run || member.index === previous?.run));
  }

  private gridOf(member: RunMember): GridSize | undefined {
    return this.decision?.run === member.index ? this.decision : undefined;
  }

  private schedule(milliseconds: number): void {
    if (this.isStopped) return;
    this.timer = this.scheduler.setTimer(() => this.tick(), milliseconds);
  }

  private tick(): void {
    this.timer = undefined;
    if (this.isStopped) return;
    const started = this.scheduler.now();
    const elapsedSeconds = (started - this.lastTick) / 1000;
    this.lastTick = started;
    const active = this.members.filter((member) => !member.isDone);
    if (!this.isPaused && active.length > 0) this.train(active, started, elapsedSeconds);
    // Measuring deep nets can cost as much as training: keep it to a third of the time at most.
    // A run that has not moved since its last view (paused, finished) is not measured again.
    const viewInterval = Math.max(VIEW_INTERVAL_MILLISECONDS, 2 * this.measureMilliseconds);
    const moved = this.members.filter((member) => member.hasMoved);
    const isDue = this.scheduler.now() - this.lastView >= viewInterval || moved.some((member) => member.isDone);
    if (moved.length > 0 && isDue) this.publish(moved);
    const isIdle = this.isPaused || this.members.every((member) => member.isDone);
    // Yield to input and messages between slices; idle groups poll gently.
    this.schedule(isIdle ? VIEW_INTERVAL_MILLISECONDS : 0);
  }

  /** One slice: every active run trains the same steps, in rounds that grow until the slice is used. */
  private train(active: RunMember[], started: number, elapsedSeconds: number): void {
    const isUnlimited = !Number.isFinite(this.stepsPerSecond);
    // Steps owed at the chosen speed, carried across slices (at most a second's worth).
    if (!isUnlimited) this.stepCredit = Math.min(this.stepCredit + elapsedSeconds * this.stepsPerSecond, Math.max(this.stepsPerSecond, 1));
    let running = active;
    while (running.length > 0 && (isUnlimited || this.stepCredit >= 1)) {
      const count = isUnlimited ? this.chunk : Math.min(this.chunk, Math.floor(this.stepCredit));
      const roundStarted = this.scheduler.now();
      for (const member of running) member.advance(count);
      if (!isUnlimited) this.stepCredit -= count;
      running = running.filter((member) => !member.isDone);
      const now = this.scheduler.now();
      // Rounds grow while they are short next to the slice, and shrink when one overran it.
      if (now - roundStarted < this.sliceMilliseconds / 8) this.chunk = Math.min(this.chunk * 2, 1 << 16);
      else if (now - roundStarted > this.sliceMilliseconds) this.chunk = Math.max(this.chunk >> 1, 1);
      if (now - started > this.sliceMilliseconds) break;
    }
  }

  private publish(members: readonly RunMember[]): void {
    if (members.length === 0) return;
    const started = this.scheduler.now();
    const views = members.map((member) => member.measure(started, this.isPaused, this.gridOf(member)));
    this.lastView = this.scheduler.now();
    this.measureMilliseconds = this.lastView - started;
    this.options.onViews?.(views);
  }
}
