import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../../src/experiment/experiment.js';
import { assignRuns } from '../../src/runs/pool-size.js';
import { RecordMerger } from '../../src/runs/record-merger.js';

const record = (step: number) => ({ type: 'step', step }) as StepRecord;
const order = (ready: ReturnType<RecordMerger['add']>) => ready.map(({ index, record: { step } }) => `${index}@${step}`);

describe('RecordMerger', () => {
  it('puts records out by step, then by run, once no running run could send an earlier one', () => {
    const merger = new RecordMerger(3);
    expect(order(merger.add(2, record(0)))).toEqual([]);
    expect(order(merger.add(2, record(100)))).toEqual([]);
    expect(order(merger.add(0, record(0)))).toEqual([]);
    // Run 1 has sent nothing yet: it may still send step 0, which goes before run 2's.
    expect(order(merger.add(1, record(0)))).toEqual(['0@0', '1@0', '2@0']);
    // Runs 0 and 1 have sent step 0, so their next steps come after 0; run 2's step 100 must wait for them.
    expect(order(merger.add(0, record(100)))).toEqual([]);
    expect(order(merger.add(1, record(50)))).toEqual(['1@50']);
    expect(order(merger.add(1, record(100)))).toEqual(['0@100', '1@100', '2@100']);
  });

  it('a run that has finished no longer holds the others back', () => {
    const merger = new RecordMerger(2);
    merger.add(0, record(0));
    expect(order(merger.add(1, record(0)))).toEqual(['0@0', '1@0']);
    merger.add(1, record(100));
    merger.add(1, record(200));
    expect(order(merger.finish(0))).toEqual(['1@100', '1@200']);
    expect(order(merger.finish(1))).toEqual([]);
    expect(merger.pending).toBe(0);
  });

  it('a run that stopped early (converged at 700) goes out before later steps of the others', () => {
    const merger = new RecordMerger(2);
    const out = [...merger.add(0, record(0)), ...merger.add(1, record(0)), ...merger.add(1, record(1000)), ...merger.add(0, record(700)), ...merger.finish(0), ...merger.finish(1)];
    expect(order(out)).toEqual(['0@0', '1@0', '0@700', '1@1000']);
  });
});

describe('assignRuns', () => {
  it('spreads runs round-robin, never over more workers than runs', () => {
    expect(assignRuns(4, 2)).toEqual([[0, 2], [1, 3]]);
    expect(assignRuns(2, 8)).toEqual([[0], [1]]);
    expect(assignRuns(3, 1)).toEqual([[0, 1, 2]]);
  });
});
