import type { ColorLevel } from '../render/color.js';

/**
 * The colours the terminal shows, from the environment as chalk and most CLIs read it:
 * `--no-color` or NO_COLOR (any non-empty value) or FORCE_COLOR=0 -> none; FORCE_COLOR=3 or
 * COLORTERM truecolor/24bit -> truecolor; FORCE_COLOR=2 or a TERM with 256 -> 256; TERM=dumb ->
 * none; anything else -> the 16 basic colours.
 */
export function detectColorLevel(environment: NodeJS.ProcessEnv, isDisabled: boolean): ColorLevel {
  const force = environment.FORCE_COLOR;
  if (isDisabled || (environment.NO_COLOR ?? '') !== '' || force === '0' || force === 'false') return 'none';
  if (force === '3' || /truecolor|24bit/i.test(environment.COLORTERM ?? '')) return 'truecolor';
  if (force === '2' || /256/.test(environment.TERM ?? '')) return '256';
  if (environment.TERM === 'dumb' && force === undefined) return 'none';
  return '16';
}
