/** Steps per second over about the last second, from (time, step) readings. */
export class RateMeter {
  private readings: Array<{ readonly time: number; readonly step: number }> = [];

  /** Adds a reading and returns the rate over the window it closes (0 until time has passed). */
  read(time: number, step: number): number {
    this.readings.push({ time, step });
    while (this.readings.length > 2 && time - this.readings[0].time > 1000) this.readings.shift();
    const first = this.readings[0];
    return time > first.time ? ((step - first.step) * 1000) / (time - first.time) : 0;
  }

  /** Forgets every reading (a restart). */
  reset(): void {
    this.readings = [];
  }
}
