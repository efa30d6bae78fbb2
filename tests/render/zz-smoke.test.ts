import { test } from 'vitest';
import { renderLossChart } from '../../src/render/loss-chart.js';
test('smoke', () => {
  const steps = Array.from({length: 200}, (_, i) => i * 10);
  const train = steps.map((s) => Math.exp(-s / 400) + 0.05 * Math.sin(s));
  const test = steps.map((s) => Math.exp(-s / 500) + 0.1);
  for (const level of ['none', '256'] as const) {
    console.log(renderLossChart({steps, train, test}, {width: 60, height: 12, logScale: false, colorLevel: level}).join('\n'));
  }
  console.log(renderLossChart({steps, train, test}, {width: 60, height: 12, logScale: true, colorLevel: 'none'}).join('\n'));
  console.log(renderLossChart({steps: [0], train: [0.7], test: [NaN]}, {width: 30, height: 6, logScale: false, colorLevel: 'none'}).join('\n'));
  console.log(renderLossChart({steps: [], train: [], test: []}, {width: 30, height: 6, logScale: false, colorLevel: 'none'}).join('\n'));
  console.log(renderLossChart({steps: [0,1,2,3], train: [1,1,1,1], test: [0,-1,Infinity,NaN]}, {width: 30, height: 6, logScale: true, colorLevel: 'none'}).join('\n'));
});
