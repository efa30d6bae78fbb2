/** A bad setting: its message says what was wrong and what is allowed. Shown without a stack trace. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
