import { describe, expect, it } from 'vitest';
import { detectColorLevel } from '../../src/ui/color-level.js';

describe('detectColorLevel', () => {
  it.each([
    [{ COLORTERM: 'truecolor', TERM: 'xterm-256color' }, false, 'truecolor'],
    [{ TERM: 'xterm-256color' }, false, '256'],
    [{ TERM: 'xterm' }, false, '16'],
    [{ TERM: 'dumb' }, false, 'none'],
    [{ NO_COLOR: '1', COLORTERM: 'truecolor' }, false, 'none'],
    [{ NO_COLOR: '', TERM: 'xterm' }, false, '16'],
    [{ COLORTERM: 'truecolor' }, true, 'none'],
    [{ FORCE_COLOR: '3', TERM: 'xterm' }, false, 'truecolor'],
    [{ FORCE_COLOR: '2', TERM: 'xterm' }, false, '256'],
    [{ FORCE_COLOR: '0', COLORTERM: 'truecolor' }, false, 'none'],
  ] as const)('%o (--no-color %s) -> %s', (environment, isDisabled, expected) => {
    expect(detectColorLevel(environment as NodeJS.ProcessEnv, isDisabled)).toBe(expected);
  });
});
