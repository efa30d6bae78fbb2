#!/usr/bin/env node
import { accessSync, constants, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { helpText } from './commands/help.js';
import { listCommand } from './commands/list.js';
import { configLayersFromOptions, experimentOptions, hasExperimentOptions, joinNegativeNumbers } from './commands/options.js';
import { runCommand } from './commands/run.js';
import type { ExperimentConfig } from './experiment/config.js';
import { resolveConfig } from './experiment/config.js';
import { ConfigError } from './experiment/config-error.js';
import { takeOverTerminal, terminalProblem } from './ui/terminal.js';

/** Exit codes: 0 done, 1 unexpected failure, 2 bad input, 130 interrupted (Ctrl+C). */
const EXIT_BAD_INPUT = 2;

const argumentSpec = {
  ...experimentOptions,
  json: { type: 'boolean' },
  dump: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Writes a line to stdout synchronously. A reader that has gone away (`init-tui run --json |
 * head`) is not an error: the process stops quietly at once instead of training on.
 */
const write = (line: string): void => {
  try {
    writeSync(1, `${line}\n`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw error;
  }
};

/** Options that only `run` (or `run` and `list`) reads: given elsewhere, they are a mistake. */
const runOnlyOptions = ['json', 'dump', 'log-every'] as const;

/** Throws unless `file` can be created (its folder exists and is writable), before any training. */
function checkWritable(file: string): void {
  try {
    accessSync(dirname(resolve(file)), constants.W_OK);
  } catch {
    throw new ConfigError(`--dump ${file}: cannot write there (the folder ${dirname(resolve(file))} does not exist or is not writable)`);
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** A parseArgs error as one line: what was wrong and what to do. */
function describeParseError(error: Error): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${error.message.split('.')[0]}; see 'init-tui --help' for the options`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${error.message.replace(/\s+/g, ' ')}`;
  return error.message;
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv), options: argumentSpec, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError && 'code' in error) throw new ConfigError(describeParseError(error));
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(helpText());
    return 0;
  }
  if (values.version) {
    write(version());
    return 0;
  }
  const [command, ...rest] = positionals;
  const given = (names: readonly string[]) => names.filter((name) => values[name as keyof typeof values] !== undefined).map((name) => `--${name}`);
  if (command === 'list') {
    if (rest.length > 1) throw new ConfigError(`list takes at most one kind, got '${rest.join(' ')}'`);
    const extra = given([...Object.keys(experimentOptions), 'dump', 'log-every']);
    if (extra.length > 0) throw new ConfigError(`list takes only --json, not ${extra.join(', ')}`);
    listCommand(rest[0], values.json === true, write);
    return 0;
  }
  if (command === 'help') {
    process.stdout.write(helpText());
    return 0;
  }
  if (command === 'run') {
    if (rest.length > 0) throw new ConfigError(`run takes no arguments besides options, got '${rest.join(' ')}'`);
    const config = resolveConfig(configLayersFromOptions(values));
    if (values.dump !== undefined) checkWritable(values.dump);
    runCommand(config, { isJson: values.json === true, dumpFile: values.dump }, write);
    return 0;
  }
  const runOnly = given(runOnlyOptions);
  if (runOnly.length > 0) throw new ConfigError(`${runOnly.join(', ')} ${runOnly.length > 1 ? 'go' : 'goes'} with 'init-tui run' only`);
  if (command !== undefined) throw new ConfigError(`unknown command '${command}'; valid: run, list, help (or none for the interactive app)`);
  const layers = hasExperimentOptions(values) ? configLayersFromOptions(values) : undefined;
  // Checks the settings before the terminal is touched.
  const config = layers ? resolveConfig(layers) : undefined;
  const problem = terminalProblem(process.stdin, process.stdout);
  if (problem) throw new ConfigError(problem);
  return runInteractive(config, values['no-color'] === true);
}

/** Renders the app (the only render() call), and restores the terminal on every way out. */
async function runInteractive(config: ExperimentConfig | undefined, isColorDisabled: boolean): Promise<number> {
  // React's production build: the development one checks every render and slows the frames.
  process.env.NODE_ENV ??= 'production';
  const colorLevel = (await import('./ui/color-level.js')).detectColorLevel(process.env, isColorDisabled);
  // Ink and ink-select-input colour through chalk, which reads FORCE_COLOR when first loaded.
  if (colorLevel === 'none') process.env.FORCE_COLOR = '0';
  const [{ createElement }, { render }, { App }, { WorkerLiveRun }] = await Promise.all([
    import('react'),
    import('ink'),
    import('./ui/app.js'),
    import('./runs/worker-live-run.js'),
  ]);
  const restore = takeOverTerminal(process.stdin, process.stdout);
  let exitCode = 0;
  // createElement rather than JSX here: JSX would load React before NODE_ENV is set.
  const instance = render(
    createElement(App, {
      config,
      colorLevel,
      onExit: (code: number) => (exitCode = code),
      createRun: (runConfig: ExperimentConfig, stepsPerSecond: number) => new WorkerLiveRun(runConfig, stepsPerSecond),
    }),
    {
      exitOnCtrlC: false,
      maxFps: 15,
      patchConsole: true,
    },
  );
  const onSignal = (code: number) => () => {
    exitCode = code;
    instance.unmount();
  };
  const onTerminate = onSignal(143);
  const onHangUp = onSignal(129);
  // Ctrl+C typed in the app arrives as a key (raw mode); this is `kill -INT` from outside.
  const onInterrupt = onSignal(130);
  process.once('SIGTERM', onTerminate);
  process.once('SIGHUP', onHangUp);
  process.once('SIGINT', onInterrupt);
  try {
    await instance.waitUntilExit();
  } finally {
    process.off('SIGTERM', onTerminate);
    process.off('SIGHUP', onHangUp);
    process.off('SIGINT', onInterrupt);
    restore();
  }
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`init-tui: ${error.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`init-tui: unexpected error: ${message}\n`);
    if (process.env.INIT_TUI_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
