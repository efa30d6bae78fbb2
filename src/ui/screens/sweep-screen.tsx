import { Box, Text, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { SweepJob } from '../../experiment/sweep-plan.js';
import type { SweepRunRecord } from '../../experiment/sweep-run.js';
import { summarizeSweep } from '../../experiment/sweep-summary.js';
import { namedSweepLines } from '../../experiment/sweep-table.js';
import { formatHidden } from '../../experiment/hidden.js';
import { progressBar } from '../../render/progress-bar.js';
import { renderSweepChart } from '../../render/sweep-chart.js';
import { alignRows, SWEEP_CHART_KEY, sweepTableRows } from '../../render/sweep-table.js';
import { SweepCancelled } from '../../runs/sweep-pool.js';
import { Lines } from '../components/lines.js';
import { useUi } from '../ui-context.js';

/** How often the screen takes in finished runs, in ms (the chart redraws at most this often). */
const REFRESH_MILLISECONDS = 200;

/**
 * The live answer to "how small?": the sweep's runs train on the pool while the chart of final
 * loss against scale fills in, a line per depth, with the progress bar and the time left. q or
 * Esc cancels the sweep (every worker stops) and goes back.
 */
export function SweepScreen({ jobs, onBack }: { readonly jobs: readonly SweepJob[]; readonly onBack: () => void }) {
  const { columns, rows, colorLevel, createSweep } = useUi();
  const arrived = useRef<SweepRunRecord[]>([]);
  const [records, setRecords] = useState<readonly SweepRunRecord[]>([]);
  const [failure, setFailure] = useState<string | undefined>();
  const [elapsed, setElapsed] = useState(0);
  const handle = useRef<ReturnType<typeof createSweep> | undefined>(undefined);

  useEffect(() => {
    const started = performance.now();
    const sweep = createSweep(jobs, (record) => arrived.current.push(record));
    handle.current = sweep;
    let isDone = false;
    let shown = 0;
    sweep.done.then(
      () => (isDone = true),
      (error: unknown) => {
        isDone = true;
        if (!(error instanceof SweepCancelled)) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
    const timer = setInterval(() => {
      if (arrived.current.length !== shown) {
        shown = arrived.current.length;
        setRecords([...arrived.current]);
      }
      if (isDone) clearInterval(timer);
      else setElapsed(performance.now() - started);
    }, REFRESH_MILLISECONDS);
    return () => {
      clearInterval(timer);
      sweep.cancel();
    };
    // The sweep is started once per screen (a new screen gets a new key).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useInput((input, key) => {
    if (key.escape || input === 'q') {
      handle.current?.cancel();
      onBack();
    }
  });

  const config = jobs[0].config;
  const depths = [...new Set(jobs.map((job) => job.depth))];
  const scales = new Set(jobs.map((job) => job.scale)).size;
  const seeds = new Set(jobs.map((job) => job.seed)).size;
  const lines = records.length > 0 ? namedSweepLines(summarizeSweep(records)) : [];
  const table = lines.length > 0 ? alignRows(sweepTableRows(lines)) : [];
  const isFinished = records.length === jobs.length;
  const status = failure
    ? `The sweep failed: ${failure}`
    : isFinished
      ? `done: ${jobs.length} runs in ${Math.round(elapsed / 1000)} s`
      : progressBar(records.length, jobs.length, elapsed);
  const frameHeight = rows - 1;
  const keyLines = Math.ceil(SWEEP_CHART_KEY.length / columns);
  const chartHeight = Math.max(6, frameHeight - 3 - keyLines - table.length - 1);
  const chart = lines.length > 0 ? renderSweepChart(lines.slice(0, 8), { width: columns, height: chartHeight, colorLevel }) : [`waiting for the first of ${jobs.length} runs…`, ...new Array<string>(chartHeight - 1).fill('')];
  return (
    <Box flexDirection="column" width={columns} height={frameHeight}>
      <Text bold wrap="truncate-end">{`How small? ${config.dataset} · width ${config.hidden[0] ?? '-'} ${config.activation} · init ${config.init} · depths ${depths.length === 1 ? formatHidden(config.hidden) : depths.join(',')} · ${scales} scales x ${seeds} seed${seeds === 1 ? '' : 's'}`}</Text>
      <Text color={failure ? 'red' : isFinished ? 'green' : undefined} wrap="truncate-end">{status}</Text>
      <Lines lines={chart} width={columns} />
      <Text dimColor wrap="wrap">{SWEEP_CHART_KEY}</Text>
      <Lines lines={table} width={columns} />
      <Text dimColor>{isFinished || failure ? 'q back' : 'q cancels the sweep and goes back'}</Text>
    </Box>
  );
}
