import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/experiment/config.js';
import { runExperiment } from '../../src/experiment/experiment.js';
import { LocalRunGroup } from '../../src/runs/local-run-group.js';
import type { RunSpec, Scheduler } from '../../src/runs/run-view.js';

/** A clock that only moves when the test says so, and timers the test fires by hand. */
class ManualScheduler implements Scheduler {
  time = 0;
  private timers: Array<{ callback: () => void; due: number; handle: number }> = [];
  private nextHandle = 1;

  now(): number {
    return this.time;
  }

  setTimer(callback: () => void, milliseconds: number): unknown {
    const handle = this.nextHandle++;
    this.timers.push({ callback, due: this.time + milliseconds, handle });
    return handle;
  }

  clearTimer(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.handle !== handle);
  }

  /** Moves the clock forward, firing due timers in order. */
  advance(milliseconds: number, step = 5): void {
    const end = this.time + milliseconds;
    while (this.time < end) {
      this.time = Math.min(this.time + step, end);
      const due = this.timers.filter((timer) => timer.due <= this.time);
      this.timers = this.timers.filter((timer) => timer.due > this.time);
      for (const timer of due) timer.callback();
    }
  }
}

const config = (values: Record<string, unknown>) => resolveConfig([{ source: 'test', values }]);
const one = (values: Record<string, unknown>): RunSpec[] => [{ config: config(values), label: '' }];
/** A group of one run of `values` on the manual clock, at `stepsPerSecond`. */
const single = (values: Record<string, unknown>, stepsPerSecond: number, scheduler: ManualScheduler) => new LocalRunGroup(one(values), { stepsPerSecond, scheduler });
const viewOf = (group: LocalRunGroup, index = 0) => group.views()[index]!;

describe('LocalRunGroup of one run (the single dashboard)', () => {
  it('trains at the chosen speed and measures new views as it goes', () => {
    const scheduler = new ManualScheduler();
    const group = single({ dataset: 'xor', steps: 5000 }, 100, scheduler);
    expect(viewOf(group).snapshot.step).toBe(0);
    expect(viewOf(group).state).toBe('running');
    group.start();
    scheduler.advance(2000);
    const step = viewOf(group).snapshot.step;
    // 100 steps/s for 2 s of the fake clock: about 200 steps (the view lags by up to one interval)
    expect(step).toBeGreaterThanOrEqual(170);
    expect(step).toBeLessThanOrEqual(200);
    expect(viewOf(group).history.steps.length).toBeGreaterThan(10);
    expect(viewOf(group).history.steps[0]).toBe(0);
    group.stop();
  });

  it('pauses, steps once while paused (a step while running only pauses), and restarts from step 0', () => {
    const scheduler = new ManualScheduler();
    const group = single({ dataset: 'xor', steps: 5000 }, 1000, scheduler);
    group.start();
    scheduler.advance(300);
    group.stepOnce();
    expect(group.settings().isPaused).toBe(true);
    const paused = viewOf(group).snapshot.step;
    expect(viewOf(group).state).toBe('paused');
    scheduler.advance(1000);
    expect(viewOf(group).snapshot.step).toBe(paused);
    for (let press = 0; press < 10; press++) group.stepOnce();
    expect(viewOf(group).snapshot.step).toBe(paused + 10);
    group.restart();
    expect(viewOf(group).snapshot.step).toBe(0);
    expect(viewOf(group).history.steps).toEqual([0]);
    expect(group.settings().seed).toBe(1);
    group.stop();
  });

  it('stops at the configured steps as finished, and reports convergence and divergence', () => {
    const scheduler = new ManualScheduler();
    const finished = single({ dataset: 'xor', init: 'zeros', steps: 50 }, Infinity, scheduler);
    finished.start();
    scheduler.advance(500);
    expect(viewOf(finished).snapshot.step).toBe(50);
    expect(viewOf(finished).state).toBe('finished');

    // 10 000 steps/s for 3 s: at most 30 000 steps, and it stops once the loss is below 1e-3
    const converged = single({ dataset: 'xor', activation: 'tanh', init: 'xavier-uniform', lr: 0.5, steps: 100_000 }, 10_000, scheduler);
    converged.start();
    scheduler.advance(3000);
    expect(viewOf(converged).state).toBe('converged');
    const convergedAt = viewOf(converged).snapshot.step;
    expect(convergedAt).toBeLessThan(30_000);
    scheduler.advance(1000);
    expect(viewOf(converged).snapshot.step).toBe(convergedAt);

    const diverged = single(
      { dataset: 'moons', hidden: '32x4', activation: 'relu', init: 'normal', initScale: 50, optimizer: 'sgd', batch: 0, lr: 100, steps: 500 },
      Infinity,
      scheduler,
    );
    diverged.start();
    scheduler.advance(3000);
    expect(viewOf(diverged).state).toBe('diverged');
    expect(viewOf(diverged).snapshot.divergedAtStep).toBeLessThan(500);
    for (const group of [finished, converged, diverged]) group.stop();
  });

  it('stops on convergence at the same step whatever the speed, the same step as run, and then stops measuring', () => {
    const settings = { dataset: 'xor', activation: 'tanh', init: 'xavier-uniform', lr: 0.5, steps: 100_000 };
    const stopsAt = (stepsPerSecond: number) => {
      const scheduler = new ManualScheduler();
      const group = single(settings, stepsPerSecond, scheduler);
      group.start();
      scheduler.advance(30_000, 50);
      expect(viewOf(group).state).toBe('converged');
      const { version, snapshot } = viewOf(group);
      scheduler.advance(1000);
      // idle: no new view once nothing moves
      expect(viewOf(group).version).toBe(version);
      group.stop();
      return snapshot.step;
    };
    const slow = stopsAt(2000);
    expect(slow % 100).toBe(0);
    expect(stopsAt(50_000)).toBe(slow);
    expect(runExperiment(config(settings)).summary.steps).toBe(slow);
  });

  it('keeps the loss history bounded while covering the whole run', () => {
    const scheduler = new ManualScheduler();
    const group = single({ dataset: 'xor', init: 'zeros', steps: 3000 }, 1000, scheduler);
    group.setPaused(true);
    for (let step = 0; step < 2500; step++) group.stepOnce();
    const { steps } = viewOf(group).history;
    expect(steps.length).toBeLessThanOrEqual(1000);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(2500);
  });

  it('measures a decision map of the asked size for 2-D data only', () => {
    const scheduler = new ManualScheduler();
    const planar = single({ dataset: 'moons' }, 10, scheduler);
    expect(viewOf(planar).decision).toBeUndefined();
    planar.setDecision({ run: 0, columns: 12, rows: 6 });
    const grid = viewOf(planar).decision?.grid;
    expect([grid?.columns, grid?.rows, grid?.probabilities.length]).toEqual([12, 6, 12 * 6 * 2]);
    expect(viewOf(planar).decision?.points.length).toBe(viewOf(planar).config.samples - Math.round(0.2 * viewOf(planar).config.samples));
    const iris = single({ dataset: 'iris' }, 10, scheduler);
    iris.setDecision({ run: 0, columns: 12, rows: 6 });
    expect(viewOf(iris).decision).toBeUndefined();
  });
});

describe('LocalRunGroup of several runs (compare)', () => {
  const inits = ['zeros', 'xavier-uniform', 'he-normal'] as const;
  const specs = (values: Record<string, unknown>): RunSpec[] => inits.map((init) => ({ config: config({ ...values, init }), label: init }));

  it('trains every run in lockstep at the chosen speed, each view tagged with its run', () => {
    const scheduler = new ManualScheduler();
    const group = new LocalRunGroup(specs({ dataset: 'moons', hidden: '8', steps: 100_000 }), { stepsPerSecond: 300, scheduler });
    group.start();
    scheduler.advance(1000);
    const views = group.views();
    expect(views.map((view) => view?.label)).toEqual([...inits]);
    expect(views.map((view) => view?.index)).toEqual([0, 1, 2]);
    const steps = views.map((view) => view!.snapshot.step);
    expect(new Set(steps).size).toBe(1);
    expect(steps[0]).toBeGreaterThan(200);
    expect(views[0]!.snapshot.symmetry[0].distinctUnits).toBe(1);
    expect(views[1]!.snapshot.symmetry[0].distinctUnits).toBe(8);
    group.stop();
  });

  it('gives each run the numbers it has alone: a run inside the group trains exactly as a group of one', () => {
    const scheduler = new ManualScheduler();
    const values = { dataset: 'moons', hidden: '6', steps: 100_000 };
    const group = new LocalRunGroup(specs(values), { stepsPerSecond: 1, isPaused: true, scheduler });
    for (let press = 0; press < 137; press++) group.stepOnce();
    const alone = single({ ...values, init: 'he-normal' }, 1, scheduler);
    alone.setPaused(true);
    for (let press = 0; press < 137; press++) alone.stepOnce();
    expect(viewOf(group, 2).snapshot.trainLoss).toBe(viewOf(alone).snapshot.trainLoss);
    expect(viewOf(group, 2).snapshot.symmetry[0].distances).toEqual(viewOf(alone).snapshot.symmetry[0].distances);
  });

  it('reseed moves every run to the next seed (one owner of the seed); restart keeps it', () => {
    const scheduler = new ManualScheduler();
    const group = new LocalRunGroup(specs({ dataset: 'moons', seed: 3, steps: 100_000 }), { stepsPerSecond: 1000, scheduler });
    group.start();
    scheduler.advance(200);
    group.reseed();
    expect(group.settings().seed).toBe(4);
    expect(group.views().map((view) => [view!.config.seed, view!.snapshot.step])).toEqual([[4, 0], [4, 0], [4, 0]]);
    scheduler.advance(200);
    group.restart();
    expect(group.views().map((view) => view!.config.seed)).toEqual([4, 4, 4]);
    group.stop();
  });

  it('runs that end early stop while the others go on, and a decision map is measured for the asked run only', () => {
    const scheduler = new ManualScheduler();
    const group = new LocalRunGroup(specs({ dataset: 'xor', lr: 0.5, steps: 20_000 }), { stepsPerSecond: Infinity, scheduler });
    group.setDecision({ run: 1, columns: 8, rows: 4 });
    group.start();
    scheduler.advance(20_000, 50);
    const views = group.views();
    expect(views[0]!.state).toBe('finished');
    expect(views[0]!.snapshot.step).toBe(20_000);
    expect(views[1]!.state).toBe('converged');
    expect(views[1]!.snapshot.step).toBeLessThan(20_000);
    expect(views.map((view) => view!.decision !== undefined)).toEqual([false, true, false]);
    expect(views[1]!.stepsToTarget).toBeLessThan(views[1]!.snapshot.step);
    expect(views[0]!.stepsToTarget).toBeUndefined();
    group.stop();
  });
});
