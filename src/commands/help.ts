import { datasetNames } from '../data/index.js';
import { activationNames } from '../engine/activations.js';
import { initNames } from '../engine/initializers/index.js';
import { optimizerNames } from '../engine/optimizers/index.js';
import { defaultConfig } from '../experiment/config.js';
import { trainingDefaults } from '../experiment/dataset-defaults.js';

/** The text of `init-tui --help`. */
export function helpText(): string {
  const d = defaultConfig;
  const x = trainingDefaults.xor;
  return `init-tui: watch why neural-network weights start random.

Usage:
  init-tui                       keyboard menus, then a live training dashboard
  init-tui [options]             the dashboard directly, with these settings
  init-tui run [options] [--json] [--dump FILE]
                                 train headless: a table, or JSON lines with --json
  init-tui list [datasets|inits|activations|optimizers|presets] [--json]

Experiment options (defaults in brackets):
  --dataset NAME      ${datasetNames.join(', ')} [${d.dataset}]
  --hidden WIDTHS     4 | 16,16 | 64x20 (20 layers of 64) | none [${d.hidden.join(',')}]
  --activation NAME   ${activationNames.join(', ')} [${d.activation}]
  --init NAME         see 'init-tui list inits' [${d.init}]
                      ${initNames.join(', ')}
  --init-scale S      constant: the value; uniform: half width; normal, truncated-normal: std;
                      every other init: a multiplier on the weights [${d.initScale}]
  --bias B            every bias starts at B [${d.bias}]
  --optimizer NAME    ${optimizerNames.join(', ')} [per dataset: ${x.optimizer} for xor]
  --lr RATE           learning rate [per dataset: ${x.lr} for xor]
  --batch N           mini-batch size, 0 = full batch [per dataset: ${x.batch} for xor]
  --steps N           training steps [per dataset: ${x.steps} for xor]
  --seed N            one seed fixes data, weights and batch order [${d.seed}]
  --samples N         dataset size [the dataset's own]
  --noise X           noise of synthetic datasets [the dataset's own]
  --test-fraction F   held out for test [${d.testFraction}]
  --log-every N       run: log step 0, every N steps and the last [${d.logEvery}]
  --preset NAME|FILE  start from a preset (options given too override it)

Other options:
  --json              run, list: machine-readable output
  --dump FILE         run: write config, data, initial and final weights, trajectory as JSON
  --no-color          no colours (so does NO_COLOR)
  -h, --help          this text
  -v, --version       the version
`;
}
