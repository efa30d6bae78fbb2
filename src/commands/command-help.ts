import type { OptionName } from './option-catalogue.js';
import { optionCatalogue } from './option-catalogue.js';

/** What help says of one command: the command table's entries without their handlers. */
export type CommandHelp = {
  /** `run`, `compare`, ...; '' for the app (init-tui with no command). */
  readonly name: string;
  /** The usage line after `init-tui`. */
  readonly usage: string;
  /** One line: what it does. */
  readonly summary: string;
  /** More lines of explanation, shown by `init-tui COMMAND --help`. */
  readonly details?: readonly string[];
  readonly options: readonly OptionName[];
  /** Example command lines, without the `init-tui ` in front. */
  readonly examples: readonly string[];
};

/** Exit codes every command shares. */
export const exitCodesText = ['Exit codes: 0 done, 2 bad usage or input, 130 interrupted (Ctrl+C),', '143 terminated (SIGTERM).'];

/** `  --init-scale S      help [default]`, wrapped under the option when it is long. */
function optionLine(name: OptionName): string[] {
  const spec = optionCatalogue[name];
  const short = 'short' in spec ? `-${spec.short}, ` : '';
  const value = 'value' in spec ? ` ${spec.value}` : '';
  const head = `  ${short}--${name}${value}`;
  const text = `${spec.help}${'defaultText' in spec ? ` [${spec.defaultText}]` : ''}`;
  return head.length < 22 ? [`${head.padEnd(22)}${text}`] : [head, `${''.padEnd(22)}${text}`];
}

/** `text` as lines of at most `width` characters, broken at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** `init-tui --help`: every command with its usage and summary, then the shared notes; 80 columns. */
export function generalHelp(commands: readonly CommandHelp[]): string {
  const lines = ['init-tui: watch why neural-network weights start random.', '', 'Usage:'];
  for (const command of commands) {
    lines.push(`  init-tui ${command.usage}`);
    lines.push(...wrapWords(command.summary, 74).map((line) => `      ${line}`));
  }
  lines.push('', "Each command's options, defaults and examples: init-tui COMMAND --help", "(the app's: init-tui help app)");
  lines.push('', 'Examples:');
  // The shortest example of each command, so every line fits 80 columns.
  for (const command of commands) {
    const shortest = [...command.examples].sort((a, b) => a.length - b.length)[0];
    if (shortest !== undefined) lines.push(`  init-tui ${shortest}`);
  }
  lines.push('', ...exitCodesText, '');
  return lines.join('\n');
}

/** `init-tui COMMAND --help`: usage, what it does, its options with defaults, examples, exit codes. */
export function commandHelp(command: CommandHelp): string {
  const lines = [`Usage: init-tui ${command.usage}`, '', ...wrapWords(command.summary, 80), ...(command.details ?? [])];
  lines.push('', 'Options (defaults in brackets):');
  for (const name of command.options) lines.push(...optionLine(name));
  if (command.examples.length > 0) {
    lines.push('', 'Examples:');
    for (const example of command.examples) lines.push(`  init-tui ${example}`);
  }
  lines.push('', ...exitCodesText, '');
  return lines.join('\n');
}
