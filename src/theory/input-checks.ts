import type { ActivationName } from '../engine/activations.js';
import { activationNames, isActivationName } from '../engine/activations.js';

/**
 * Returns `name` as an activation name, or throws a RangeError that lists the allowed names.
 * `argument` names the parameter in the message.
 */
export function checkActivation(name: string, argument = 'activation'): ActivationName {
  if (!isActivationName(name)) {
    throw new RangeError(`${argument} must be one of ${activationNames.join(', ')}; got ${JSON.stringify(name)}`);
  }
  return name;
}

/** Returns `value` if it is a finite number >= 0, else throws a RangeError naming `argument`. */
export function checkNonNegative(value: number, argument: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${argument} must be a finite number >= 0; got ${String(value)}`);
  }
  return value;
}

/** Returns `value` if it is an integer in [minimum, maximum], else throws a RangeError naming `argument`. */
export function checkInteger(value: number, argument: string, minimum: number, maximum: number): number {
  if (!Number.isInteger(value) || value < minimum || value > maximum) {
    throw new RangeError(`${argument} must be an integer in [${minimum}, ${maximum}]; got ${String(value)}`);
  }
  return value;
}
