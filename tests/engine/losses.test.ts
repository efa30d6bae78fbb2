import { describe, expect, it } from 'vitest';
import { binaryCrossEntropy, lossForClasses, softmaxCrossEntropy } from '../../src/engine/losses.js';
import { createRng } from '../../src/engine/rng.js';
import { centralDifference, expectGradientClose } from '../helpers/gradient-check.js';

function checkLossGradient(loss: typeof binaryCrossEntropy, rows: number, outputs: number, labels: Int32Array, seed: number): void {
  const rng = createRng(seed);
  const logits = Float64Array.from({ length: rows * outputs }, () => 3 * rng.normal());
  const gradient = new Float64Array(rows * outputs);
  loss.evaluate(logits, labels, rows, outputs, gradient);
  for (let i = 0; i < logits.length; i++) {
    const numeric = centralDifference(logits, i, () => loss.evaluate(logits, labels, rows, outputs));
    expectGradientClose(gradient[i], numeric, `${loss.name} logit ${i}`);
  }
}

describe('losses', () => {
  it('binary cross-entropy gradient matches central differences', () => {
    checkLossGradient(binaryCrossEntropy, 7, 1, Int32Array.from([0, 1, 1, 0, 1, 0, 0]), 3);
  });

  it('softmax cross-entropy gradient matches central differences', () => {
    checkLossGradient(softmaxCrossEntropy, 6, 4, Int32Array.from([0, 3, 2, 1, 1, 0]), 5);
  });

  it('binary cross-entropy has its known values and stays finite for huge logits', () => {
    const labels = Int32Array.from([1, 0]);
    expect(binaryCrossEntropy.evaluate(Float64Array.from([0, 0]), labels, 2, 1)).toBeCloseTo(Math.log(2), 15);
    // -log(sigmoid(2)) and -log(1 - sigmoid(-1))
    const expected = (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1))) / 2;
    expect(binaryCrossEntropy.evaluate(Float64Array.from([2, -1]), labels, 2, 1)).toBeCloseTo(expected, 14);
    expect(binaryCrossEntropy.evaluate(Float64Array.from([-1000, 1000]), labels, 2, 1)).toBeCloseTo(1000, 9);
  });

  it('softmax cross-entropy of uniform logits is log(classes) and is stable for large logits', () => {
    expect(softmaxCrossEntropy.evaluate(new Float64Array(3), Int32Array.from([2]), 1, 3)).toBeCloseTo(Math.log(3), 15);
    expect(softmaxCrossEntropy.evaluate(Float64Array.from([1000, 0, 0]), Int32Array.from([0]), 1, 3)).toBeCloseTo(0, 12);
  });

  it('probabilities sum to 1 and predictions follow the largest logit', () => {
    const probabilities = new Float64Array(6);
    softmaxCrossEntropy.probabilities(Float64Array.from([1, 2, 0.5, -1, -3, 4]), 2, 3, probabilities);
    expect(probabilities[0] + probabilities[1] + probabilities[2]).toBeCloseTo(1, 15);
    expect(softmaxCrossEntropy.predict(Float64Array.from([1, 2, 0.5, -1, -3, 4]), 1, 3)).toBe(2);
    const binary = new Float64Array(2);
    binaryCrossEntropy.probabilities(Float64Array.from([0.3]), 1, 1, binary);
    expect(binary[0] + binary[1]).toBeCloseTo(1, 15);
    expect(binaryCrossEntropy.predict(Float64Array.from([0.3]), 0, 1)).toBe(1);
  });

  it('the task picks the loss: 2 classes sigmoid, more softmax', () => {
    expect(lossForClasses(2).name).toBe('binary-cross-entropy');
    expect(lossForClasses(2).outputsFor(2)).toBe(1);
    expect(lossForClasses(10).name).toBe('softmax-cross-entropy');
    expect(lossForClasses(10).outputsFor(10)).toBe(10);
  });
});
