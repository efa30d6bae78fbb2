import type { LossHistory } from './run-view.js';

/** Points a loss history keeps at most; beyond, it halves its resolution (the whole run still covered). */
export const MAX_HISTORY_POINTS = 1000;

/**
 * Train and test loss at the steps they were measured, in memory that stays flat however long
 * the run: past {@link MAX_HISTORY_POINTS} every other point is dropped (the first and the last
 * always kept), so the curve still spans the whole run at half the resolution.
 */
export class LossHistoryRecorder {
  private steps: number[] = [];
  private train: number[] = [];
  private test: number[] = [];

  /** Adds the losses at `step`; a second measurement of the last step replaces it. */
  record(step: number, trainLoss: number, testLoss: number): void {
    if (this.steps.at(-1) === step) {
      this.train[this.train.length - 1] = trainLoss;
      this.test[this.test.length - 1] = testLoss;
      return;
    }
    this.steps.push(step);
    this.train.push(trainLoss);
    this.test.push(testLoss);
    if (this.steps.length > MAX_HISTORY_POINTS) this.halve();
  }

  /** Forgets every point (a restart). */
  reset(): void {
    this.steps = [];
    this.train = [];
    this.test = [];
  }

  /** A copy of the curves as they are now. */
  history(): LossHistory {
    return { steps: [...this.steps], train: [...this.train], test: [...this.test] };
  }

  private halve(): void {
    const keep = (_: number, index: number, all: readonly number[]) => index % 2 === 0 || index === all.length - 1;
    this.steps = this.steps.filter(keep);
    this.train = this.train.filter(keep);
    this.test = this.test.filter(keep);
  }
}
