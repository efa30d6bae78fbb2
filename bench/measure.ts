/**
 * Timing for the bench. Rates are measured in CPU time of this process (user + system), not
 * wall time: the bench machines are shared and small (2 cores), and a process that is
 * descheduled for a while would otherwise look slow. The engine is single-threaded, so on an
 * idle machine the two agree.
 */

/** CPU milliseconds this process has used so far. */
function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Calls `work` for about `milliseconds` of CPU time and returns calls per CPU second. */
function roundRate(work: () => void, milliseconds: number): number {
  let calls = 0;
  const started = cpuMilliseconds();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    work();
    calls++;
    elapsed = cpuMilliseconds() - started;
  }
  return (calls * 1000) / elapsed;
}

/**
 * Rates of several contenders measured in alternating rounds (a, b, a, b, ...) so that a slow
 * patch of the machine hits all of them alike; each contender's best round is reported.
 * `contenders` maps a name to a function that runs `work` under that contender's setup.
 */
export function compareRates(
  contenders: Readonly<Record<string, (measure: (work: () => void) => number) => number>>,
  { rounds = 5, roundMilliseconds = 300 } = {},
): Record<string, number> {
  const best: Record<string, number> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const rate = run((work) => roundRate(work, roundMilliseconds));
      best[name] = Math.max(best[name] ?? 0, rate);
    }
  }
  return best;
}
