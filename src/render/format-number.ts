/**
 * A short label for `value`: at most `significantDigits` significant digits, plain
 * notation for magnitudes in [0.01, 10000) ("0.69", "2", "1234"), exponent notation
 * otherwise ("1.2e-3", "3e5"). Trailing zeros are dropped. Non-finite values give
 * "NaN", "Infinity" or "-Infinity". `significantDigits` defaults to 2.
 */
export function formatCompact(value: number, significantDigits = 2): string {
  if (!Number.isInteger(significantDigits) || significantDigits < 1 || significantDigits > 21) {
    throw new RangeError(`significantDigits must be an integer in 1..21, got ${significantDigits}`);
  }
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 0.01 && magnitude < 10_000) {
    const text = value.toPrecision(significantDigits);
    // toPrecision switches to exponent form when the integer part has more digits.
    if (text.includes('e')) return String(Math.round(value));
    return dropTrailingZeros(text);
  }
  const [mantissa = '', exponent = ''] = value.toExponential(significantDigits - 1).split('e');
  return `${dropTrailingZeros(mantissa)}e${exponent.replace('+', '')}`;
}

function dropTrailingZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
