/** Mean and population standard deviation of the first `length` entries. */
export function meanAndStd(values: ArrayLike<number>, length = values.length): { mean: number; std: number } {
  if (length === 0) return { mean: 0, std: 0 };
  let sum = 0;
  for (let i = 0; i < length; i++) sum += values[i];
  const mean = sum / length;
  let squares = 0;
  for (let i = 0; i < length; i++) {
    const deviation = values[i] - mean;
    squares += deviation * deviation;
  }
  return { mean, std: Math.sqrt(squares / length) };
}

/** Euclidean norm of the first `length` entries. */
export function norm(values: ArrayLike<number>, length = values.length): number {
  let squares = 0;
  for (let i = 0; i < length; i++) squares += values[i] * values[i];
  return Math.sqrt(squares);
}
