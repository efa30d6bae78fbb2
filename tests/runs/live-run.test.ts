import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/experiment/config.js';
import type { Scheduler } from '../../src/runs/live-run.js';
import { LiveRun } from '../../src/runs/live-run.js';

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

describe('LiveRun', () => {
  it('trains at the chosen speed and measures new views as it goes', () => {
    const scheduler = new ManualScheduler();
    const run = new LiveRun(config({ dataset: 'xor', steps: 5000 }), 100, scheduler);
    expect(run.view().snapshot.step).toBe(0);
    expect(run.view().state).toBe('running');
    run.start();
    scheduler.advance(2000);
    const step = run.view().snapshot.step;
    // 100 steps/s for 2 s of the fake clock: about 200 steps (the view lags by up to one interval)
    expect(step).toBeGreaterThanOrEqual(170);
    expect(step).toBeLessThanOrEqual(200);
    expect(run.view().history.steps.length).toBeGreaterThan(10);
    expect(run.view().history.steps[0]).toBe(0);
    run.stop();
  });

  it('pauses, steps once while paused, and restarts from step 0', () => {
    const scheduler = new ManualScheduler();
    const run = new LiveRun(config({ dataset: 'xor', steps: 5000 }), 1000, scheduler);
    run.start();
    scheduler.advance(300);
    run.setPaused(true);
    const paused = run.view().snapshot.step;
    expect(run.view().state).toBe('paused');
    scheduler.advance(1000);
    expect(run.view().snapshot.step).toBe(paused);
    run.stepOnce();
    expect(run.view().snapshot.step).toBe(paused + 1);
    run.restart();
    expect(run.view().snapshot.step).toBe(0);
    expect(run.view().history.steps).toEqual([0]);
    run.stop();
  });

  it('stops at the configured steps as finished, and reports convergence and divergence', () => {
    const scheduler = new ManualScheduler();
    const finished = new LiveRun(config({ dataset: 'xor', init: 'zeros', steps: 50 }), Infinity, scheduler);
    finished.start();
    scheduler.advance(500);
    expect(finished.view().snapshot.step).toBe(50);
    expect(finished.view().state).toBe('finished');

    // 10 000 steps/s for 3 s: at most 30 000 steps, and it stops once the loss is below 1e-3
    const converged = new LiveRun(config({ dataset: 'xor', activation: 'tanh', init: 'xavier-uniform', lr: 0.5, steps: 100_000 }), 10_000, scheduler);
    converged.start();
    scheduler.advance(3000);
    expect(converged.view().state).toBe('converged');
    const convergedAt = converged.view().snapshot.step;
    expect(convergedAt).toBeLessThan(30_000);
    scheduler.advance(1000);
    expect(converged.view().snapshot.step).toBe(convergedAt);

    const diverged = new LiveRun(
      config({ dataset: 'moons', hidden: '32x4', activation: 'relu', init: 'normal', initScale: 50, optimizer: 'sgd', batch: 0, lr: 100, steps: 500 }),
      Infinity,
      scheduler,
    );
    diverged.start();
    scheduler.advance(3000);
    expect(diverged.view().state).toBe('diverged');
    expect(diverged.view().snapshot.divergedAtStep).toBeLessThan(500);
    for (const run of [finished, converged, diverged]) run.stop();
  });

  it('stops on convergence at the same step whatever the speed, and then stops measuring', () => {
    const settings = config({ dataset: 'xor', activation: 'tanh', init: 'xavier-uniform', lr: 0.5, steps: 100_000 });
    const stopsAt = (stepsPerSecond: number) => {
      const scheduler = new ManualScheduler();
      const run = new LiveRun(settings, stepsPerSecond, scheduler);
      run.start();
      scheduler.advance(30_000, 50);
      expect(run.view().state).toBe('converged');
      const { version, snapshot } = run.view();
      scheduler.advance(1000);
      // idle: no new view once nothing moves
      expect(run.view().version).toBe(version);
      run.stop();
      return snapshot.step;
    };
    const slow = stopsAt(2000);
    expect(slow % 100).toBe(0);
    expect(stopsAt(50_000)).toBe(slow);
  });

  it('keeps the loss history bounded while covering the whole run', () => {
    const scheduler = new ManualScheduler();
    const run = new LiveRun(config({ dataset: 'xor', init: 'zeros', steps: 3000 }), 1000, scheduler);
    for (let step = 0; step < 2500; step++) run.stepOnce();
    const { steps } = run.view().history;
    expect(steps.length).toBeLessThanOrEqual(1000);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(2500);
  });

  it('measures a decision map of the asked size for 2-D data only', () => {
    const scheduler = new ManualScheduler();
    const planar = new LiveRun(config({ dataset: 'moons' }), 10, scheduler);
    expect(planar.view().decision).toBeUndefined();
    planar.setDecisionGridSize(12, 6);
    const grid = planar.view().decision?.grid;
    expect([grid?.columns, grid?.rows, grid?.probabilities.length]).toEqual([12, 6, 12 * 6 * 2]);
    expect(planar.view().decision?.points.length).toBe(planar.view().config.samples - Math.round(0.2 * planar.view().config.samples));
    const iris = new LiveRun(config({ dataset: 'iris' }), 10, scheduler);
    iris.setDecisionGridSize(12, 6);
    expect(iris.view().decision).toBeUndefined();
  });
});
