#!/usr/bin/env node
import { existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandHelp } from './commands/command-help.js';
import { commandHelp, generalHelp } from './commands/command-help.js';
import type { OptionName } from './commands/option-catalogue.js';
import { experimentOptionNames, parseArgsOptions } from './commands/option-catalogue.js';
import { joinNegativeNumbers, listOptions } from './commands/numeric-options.js';
import type { OptionValues } from './commands/options.js';
import type { ComparedRun } from './experiment/comparison.js';
import type { ExperimentConfig } from './experiment/config.js';
import { ConfigError } from './experiment/config-error.js';
import { defaultPoolSize } from './runs/pool-size.js';
import type { SweepJob } from './experiment/sweep-plan.js';
import type { SweepRunRecord } from './experiment/sweep-run.js';
import type { RunSpec } from './runs/run-view.js';
import { takeOverTerminal, terminalProblem } from './ui/terminal.js';

// Each command loads what it needs when it runs (the app opens its menu sooner without them).
const loadOptions = () => import('./commands/options.js');
const loadConfig = () => import('./experiment/config.js');

/** The app, bundled by `npm run build` (see src/ui/interactive.ts); a variable, so tsc leaves the path alone. */
const INTERACTIVE_BUNDLE = './ui/interactive.bundle.js';

/** Exit codes: 0 done, 1 unexpected failure, 2 bad input, 130 interrupted (Ctrl+C), 143 terminated. */
const EXIT_BAD_INPUT = 2;

/**
 * Writes a line to stderr synchronously. When stderr cannot take it (a full disk, /dev/full, a
 * closed pipe) there is nowhere left to say so: the line is dropped and the exit code still
 * tells what happened.
 */
function writeError(line: string): void {
  try {
    writeSync(2, `${line}\n`);
  } catch {
    // Nowhere to report it.
  }
}

/**
 * Writes a line to stdout synchronously. A reader that has gone away (`init-tui run --json |
 * head`, `init-tui --help | true`) is not an error: the process stops quietly at once.
 */
const write = (line: string): void => {
  try {
    writeSync(1, `${line}\n`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw error;
  }
};

/** Progress on stderr, rewriting one line, when stderr is a terminal (else nothing). */
const progressLine = (): ((text: string) => void) | undefined =>
  process.stderr.isTTY ? (text: string) => void process.stderr.write(`\r\u001b[2K${text}`) : undefined;

/**
 * Opens the dump file for writing before any training, so a folder, a read-only file or a place
 * that cannot be written is exit 2 with one line, not a lost run. Returns its descriptor.
 */
function openDump(file: string): number {
  if (file.trim() === '') throw new ConfigError('--dump needs a file name, such as --dump run.json');
  try {
    return openSync(file, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = dirname(resolve(file));
    const why = code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? (existsSync(folder) ? `no file can be created in ${folder}` : `the folder ${folder} does not exist`) : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'it is not writable' : (code ?? 'error');
    throw new ConfigError(`--dump ${file}: cannot write there (${why})`);
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** `--workers N`: a whole number from 1 to 64 (default: the machine's cores). */
function workersOption(values: OptionValues): number {
  const text = values.workers;
  if (typeof text !== 'string') return defaultPoolSize();
  const workers = Number(text);
  if (!/^\d+$/.test(text) || workers < 1 || workers > 64) throw new ConfigError(`command line: --workers must be a whole number from 1 to 64, got '${text}'`);
  return workers;
}

/** The runs of a comparison from the options: every combination of the comma lists. */
async function comparisonOf(values: OptionValues): Promise<ComparedRun[]> {
  const [{ parseExperimentOptions }, { planComparison }] = await Promise.all([loadOptions(), import('./experiment/comparison.js')]);
  const { layers, lists } = parseExperimentOptions(values);
  return planComparison(layers, lists);
}

/** The one experiment the options pick (a comma list is refused, naming `command`). */
async function configOf(values: OptionValues, command: string): Promise<ExperimentConfig> {
  const [{ configLayersFromOptions }, { resolveConfig }] = await Promise.all([loadOptions(), loadConfig()]);
  return resolveConfig(configLayersFromOptions(values, command));
}

/** True when a comma list was given on a compared option (the app then opens the compare dashboard). */
const hasList = (values: OptionValues): boolean => (Object.keys(listOptions) as OptionName[]).some((name) => String(values[name] ?? '').includes(','));

/** True when any option that picks an experiment was given (the app then opens a dashboard). */
const hasExperimentOptions = (values: OptionValues): boolean => experimentOptionNames.some((name) => values[name] !== undefined);

/** One entry of the command table: what help says of it, the arguments it takes and its handler. */
type Command = CommandHelp & {
  /** Arguments besides options: how many at most, and what they are (for the error). */
  readonly positionals: { readonly most: number; readonly what: string };
  readonly handle: (values: OptionValues, positionals: readonly string[]) => Promise<number> | number;
};

const runOptions = [...experimentOptionNames, 'log-every', 'json', 'dump', 'job', 'help'] as const satisfies readonly OptionName[];
/** sweep sets the init scale itself (--scales) and logs only each run's first and last step. */
const sweepOptions = [...experimentOptionNames.filter((name) => name !== 'init-scale'), 'scales', 'depths', 'activations', 'seeds', 'json', 'workers', 'plan', 'collect', 'help'] as const satisfies readonly OptionName[];

/** The command table: each command declares its options, its help and its handler. */
const commands: readonly Command[] = [
  {
    name: '',
    usage: '[options]',
    summary: 'the app: keyboard menus, then a live dashboard (with options: the dashboard at once; a comma list on --init, --init-scale, --activation or --bias: the compare dashboard)',
    options: [...experimentOptionNames, 'workers', 'no-color', 'help', 'version'],
    examples: ['--preset zero-init-xor', '--dataset spiral --hidden 16,16 --init zeros,xavier-normal,he-normal'],
    positionals: { most: 0, what: 'commands' },
    handle: async (values) => {
      // Every setting is checked before the terminal is touched.
      const start: Start = hasList(values)
        ? { kind: 'compare', runs: (await comparisonOf(values)).map(({ config, label }) => ({ config, label })) }
        : hasExperimentOptions(values)
          ? { kind: 'single', config: await configOf(values, 'the app') }
          : { kind: 'menus' };
      const workers = workersOption(values);
      const problem = terminalProblem(process.stdin, process.stdout);
      if (problem) throw new ConfigError(problem);
      return runInteractive(start, values['no-color'] === true, workers);
    },
  },
  {
    name: 'run',
    usage: 'run [options] [--json] [--dump FILE]',
    summary: 'train one experiment headless: a table, or JSON lines with --json',
    options: runOptions,
    examples: ['run --dataset xor --hidden 4 --init zeros --json', 'run --preset deep-relu-he --log-every 500'],
    positionals: { most: 0, what: 'arguments besides options' },
    handle: async (values) => {
      if (typeof values.job === 'string') {
        const others = (Object.keys(values) as OptionName[]).filter((name) => name !== 'job' && values[name] !== undefined);
        if (others.length > 0) throw new ConfigError(`--job takes nothing else: the job line holds its whole config (got --${others[0]})`);
        const [{ parseJob }, { runSweepJob }] = await Promise.all([import('./commands/sweep.js'), import('./experiment/sweep-run.js')]);
        write(JSON.stringify(runSweepJob(parseJob(values.job))));
        return 0;
      }
      const config = await configOf(values, 'run');
      const dump = typeof values.dump === 'string' ? openDump(values.dump) : undefined;
      const { runCommand } = await import('./commands/run.js');
      runCommand(config, { isJson: values.json === true, dumpFile: dump }, write);
      return 0;
    },
  },
  {
    name: 'compare',
    usage: 'compare [options] [--json] [--workers N]',
    summary: 'train 2 to 6 runs side by side: every combination of the comma lists on --init, --init-scale, --activation, --bias',
    details: [
      'Every other option is shared: the same data, seed streams and batch order for every run; each run',
      "gives the same numbers as 'init-tui run' with its config. --json: every logged step tagged with its",
      'run (by step, then by run), a summary per run, then {"type":"comparison","ranking":[...],"fastest":...}.',
    ],
    options: [...experimentOptionNames, 'log-every', 'json', 'workers', 'help'],
    examples: [
      'compare --dataset spiral --hidden 16,16 --activation tanh --init zeros,normal,xavier-normal,he-normal --steps 3000 --json',
      'compare --dataset xor --init normal --init-scale 0.0001,0.01,1',
    ],
    positionals: { most: 0, what: 'arguments besides options' },
    handle: async (values) => {
      const runs = await comparisonOf(values);
      const workers = workersOption(values);
      const columns = process.stdout.isTTY ? Math.max(process.stdout.columns ?? 80, 40) : 80;
      const { compareCommand } = await import('./commands/compare.js');
      await compareCommand(runs, { isJson: values.json === true, workers, columns, progress: progressLine() }, write);
      return 0;
    },
  },
  {
    name: 'sweep',
    usage: 'sweep [options] [--json | --plan] | sweep --collect FILES...',
    summary: 'how small should weights be? final loss against init scale, per depth and activation, with the recommended and critical scales',
    details: [
      "Each (scale, depth, activation, seed) is one run, trained as 'init-tui run' would, on the worker pool;",
      'runs with the same seed share data and batch order. --json: a "type":"run" line per run, then a',
      '"type":"summary" line per depth and activation (bestScale, goodRange, recommendedScale, criticalScale).',
      "--plan prints the jobs for any job runner; 'run --job LINE' runs one; --collect sums their outputs.",
    ],
    options: sweepOptions,
    examples: [
      'sweep --dataset spiral --hidden 64x10 --activation relu --init normal --scales 1e-3:1e1:9 --seeds 3 --steps 500',
      'sweep --hidden 32 --depths 2,8 --activations relu,tanh --init normal --json',
      'sweep --depths 2,8 --steps 300 --plan > jobs.jsonl',
      'sweep --collect runs-*.jsonl',
    ],
    positionals: { most: Number.POSITIVE_INFINITY, what: 'files (with --collect)' },
    handle: async (values, positionals) => {
      const { collectCommand, planCommand, sweepCommand } = await import('./commands/sweep.js');
      const columns = process.stdout.isTTY ? Math.max(process.stdout.columns ?? 80, 40) : 80;
      if (values.collect === true) {
        const others = (Object.keys(values) as OptionName[]).filter((name) => !['collect', 'json'].includes(name) && values[name] !== undefined);
        if (others.length > 0) throw new ConfigError(`--collect takes only --json and the files (got --${others[0]}): the run lines hold their configs`);
        collectCommand(positionals, { isJson: values.json === true, columns }, write);
        return 0;
      }
      if (positionals.length > 0) throw new ConfigError(`sweep takes files only with --collect, got '${positionals.join(' ')}'`);
      if (values.plan === true && values.json === true) throw new ConfigError('--plan prints JSON jobs already; give --plan or --json, not both');
      const [{ sweepPlanOptions }, { planSweep }] = await Promise.all([import('./commands/sweep-options.js'), import('./experiment/sweep-plan.js')]);
      const { layers, axes } = sweepPlanOptions(values);
      const jobs = planSweep(layers, axes);
      if (values.plan === true) {
        planCommand(jobs, write);
        return 0;
      }
      await sweepCommand(jobs, { isJson: values.json === true, workers: workersOption(values), columns, progress: progressLine() }, write);
      return 0;
    },
  },
  {
    name: 'advise',
    usage: 'advise [options] [--dataset NAME | --inputs N] [--measure] [--json]',
    summary: 'which init for this architecture? each rule (xavier, he, lecun, kaiming, pytorch default, critical) by mean-field theory, and the one to use',
    details: [
      'A row per rule: the hidden weight std it gives, chi_1 and phase, the signal of the last hidden layer',
      "over the first's, whether theory expects it to train at this depth; then the recommendation.",
      '--measure trains each rule for --steps (default 300) on 3 seeds and adds the median final loss.',
    ],
    options: ['dataset', 'hidden', 'activation', 'bias', 'bias-init', 'inputs', 'measure', 'steps', 'seed', 'optimizer', 'lr', 'batch', 'json', 'workers', 'help'],
    examples: ['advise --hidden 256x50 --activation tanh --inputs 64', 'advise --dataset spiral --hidden 64x10 --activation relu --measure'],
    positionals: { most: 0, what: 'arguments besides options' },
    handle: async (values) => {
      if (typeof values.inputs === 'string' && values.dataset !== undefined) throw new ConfigError('--inputs and --dataset both set the inputs; give one');
      if (values.measure === true && typeof values.inputs === 'string') throw new ConfigError('--measure trains on a dataset: give --dataset instead of --inputs');
      let inputs: number | undefined;
      if (typeof values.inputs === 'string') {
        inputs = Number(values.inputs);
        if (!/^\d+$/.test(values.inputs) || inputs < 1 || inputs > 100_000) throw new ConfigError(`command line: --inputs must be a whole number from 1 to 100000, got '${values.inputs}'`);
      }
      const { inputs: _inputs, measure: _measure, json: _json, workers: _workers, ...experiment } = values;
      const withSteps = values.measure === true && values.steps === undefined ? { ...experiment, steps: '300' } : experiment;
      const config = await configOf(withSteps, 'advise');
      const [{ datasets }, { lossForClasses }, { adviseCommand, MEASURE_SEEDS }] = await Promise.all([import('./data/index.js'), import('./engine/losses.js'), import('./commands/advise.js')]);
      const spec = datasets[config.dataset];
      const outputs = inputs === undefined ? lossForClasses(spec.classes).outputsFor(spec.classes) : 1;
      if (config.hidden.length === 0) throw new ConfigError("advise needs hidden layers: --hidden such as 256x50, not 'none'");
      const { configLayersFromOptions } = await loadOptions();
      await adviseCommand(
        { inputs: inputs ?? spec.inputs, hidden: config.hidden, outputs, activation: config.activation, bias: config.bias, biasInit: config.biasInit },
        {
          isJson: values.json === true,
          columns: process.stdout.isTTY ? Math.max(process.stdout.columns ?? 80, 40) : 80,
          measure: values.measure === true ? { layers: configLayersFromOptions(withSteps, 'advise'), seeds: MEASURE_SEEDS, workers: workersOption(values) } : undefined,
        },
        write,
      );
      return 0;
    },
  },
  {
    name: 'list',
    usage: 'list [datasets|inits|activations|optimizers|presets] [--json]',
    summary: 'what exists: datasets, inits with formulas, activations, optimizers, presets',
    options: ['json', 'help'],
    examples: ['list inits', 'list --json'],
    positionals: { most: 1, what: 'kind' },
    handle: async (values, positionals) => {
      const { listCommand } = await import('./commands/list.js');
      listCommand(positionals[0], values.json === true, write);
      return 0;
    },
  },
  {
    name: 'help',
    usage: 'help [COMMAND]',
    summary: 'this help, or one command\'s ("app" for the app\'s options)',
    options: [],
    examples: ['help compare'],
    positionals: { most: 1, what: 'command' },
    handle: (_values, positionals) => {
      printHelp(positionals[0]);
      return 0;
    },
  },
];

const commandNames = commands.filter((command) => command.name !== '').map((command) => command.name);

/** Prints general help, or the help of one command (`app` for the app). */
function printHelp(name: string | undefined): void {
  if (name === undefined) return write(generalHelp(commands.map((command) => ({ ...command, usage: command.usage }))).trimEnd());
  const command = commands.find((entry) => entry.name === (name === 'app' ? '' : name));
  if (!command) throw new ConfigError(`no help for '${name}'; commands: ${[...commandNames, 'app'].join(', ')}`);
  write(commandHelp(command).trimEnd());
}

/** A parseArgs error as one line: what was wrong and what to do. */
function describeParseError(error: Error): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${error.message.split('.')[0]}; see 'init-tui --help' for the options`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${error.message.replace(/\s+/g, ' ')}`;
  return error.message;
}

async function main(argv: readonly string[]): Promise<number> {
  const first = argv[0];
  const isCommandGiven = first !== undefined && !first.startsWith('-');
  if (isCommandGiven && !commandNames.includes(first)) throw new ConfigError(`unknown command '${first}'; valid: ${commandNames.join(', ')} (or none for the interactive app)`);
  const command = commands.find((entry) => entry.name === (isCommandGiven ? first : ''))!;
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(argv.slice(isCommandGiven ? 1 : 0)), options: parseArgsOptions(), allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError && 'code' in error) throw new ConfigError(describeParseError(error));
    throw error;
  }
  const values = parsed.values as OptionValues;
  const given = (Object.keys(values) as OptionName[]).filter((name) => values[name] !== undefined);
  const where = command.name === '' ? 'the app (init-tui with no command)' : `'init-tui ${command.name}'`;
  for (const name of given) {
    if ((command.options as readonly string[]).includes(name)) continue;
    const owners = commands.filter((entry) => (entry.options as readonly string[]).includes(name)).map((entry) => (entry.name === '' ? 'the app' : entry.name));
    throw new ConfigError(`--${name} is not an option of ${where}; it goes with: ${owners.join(', ')}`);
  }
  if (values.help === true) {
    printHelp(command.name === '' ? undefined : command.name);
    return 0;
  }
  if (values.version === true) {
    if (given.length > 1 || parsed.positionals.length > 0) throw new ConfigError('--version takes nothing else');
    write(version());
    return 0;
  }
  if (parsed.positionals.length > command.positionals.most) {
    const extra = parsed.positionals.slice(command.positionals.most).join(' ');
    if (command.name === '') throw new ConfigError(`unknown command '${parsed.positionals[0]}'; valid: ${commandNames.join(', ')} (or none for the interactive app)`);
    throw new ConfigError(`${command.name} takes ${command.positionals.most === 0 ? 'no' : `at most ${command.positionals.most}`} ${command.positionals.what}, got '${extra}'`);
  }
  return command.handle(values, parsed.positionals);
}

/** What the app opens on. */
type Start = { readonly kind: 'menus' } | { readonly kind: 'single'; readonly config: ExperimentConfig } | { readonly kind: 'compare'; readonly runs: readonly RunSpec[] };

/** Renders the app (the only render() call), and restores the terminal on every way out. */
async function runInteractive(start: Start, isColorDisabled: boolean, workers: number): Promise<number> {
  // React's production build: the development one checks every render and slows the frames.
  process.env.NODE_ENV ??= 'production';
  const { detectColorLevel } = await import('./ui/color-level.js');
  const colorLevel = detectColorLevel(process.env, isColorDisabled);
  // Ink and ink-select-input colour through chalk, which reads FORCE_COLOR when first loaded.
  if (colorLevel === 'none') process.env.FORCE_COLOR = '0';
  // The build bundles the app with Ink and React into one file: it loads several times faster.
  const { createElement, render, App, PooledRunGroup, runSweep } = (await import(INTERACTIVE_BUNDLE)) as typeof import('./ui/interactive.js');
  const restore = takeOverTerminal(process.stdin, process.stdout);
  let exitCode = 0;
  // createElement rather than JSX here: JSX would load React before NODE_ENV is set.
  const instance = render(
    createElement(App, {
      config: start.kind === 'single' ? start.config : undefined,
      comparison: start.kind === 'compare' ? start.runs : undefined,
      colorLevel,
      onExit: (code: number) => (exitCode = code),
      createGroup: (specs: readonly RunSpec[], stepsPerSecond: number) => new PooledRunGroup(specs, { stepsPerSecond, workers }),
      createSweep: (jobs: readonly SweepJob[], onRecord: (record: SweepRunRecord) => void) => runSweep(jobs, { workers, onRecord }),
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
      writeError(`init-tui: ${error.message}`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeError(`init-tui: unexpected error: ${message}`);
    if (process.env.INIT_TUI_DEBUG && error instanceof Error) writeError(String(error.stack));
    process.exitCode = 1;
  },
);

