/**
 * init-tui as a library: build networks from a config, step them on your own batches, read
 * their weights and metrics, or run a whole experiment as `init-tui run` does.
 */
export { activationNames, activations, type Activation, type ActivationName } from './engine/activations.js';
export { initializers, initNames, type InitName } from './engine/initializers/index.js';
export { biasInitializers, biasInitNames, type BiasInitializer, type BiasInitName } from './engine/bias-initializers.js';
export type { Initializer, InitContext } from './engine/initializer.js';
export { losses, lossForClasses, type Loss } from './engine/losses.js';
export { createNetwork, Network, type Batch, type LayerWeights, type NetworkConfig, type NetworkOptions } from './engine/network.js';
export { Adam, createOptimizer, Momentum, optimizerNames, Sgd, type Optimizer, type OptimizerName } from './engine/optimizers/index.js';
export type { Param } from './engine/param.js';
export { createRng, type Rng } from './engine/rng.js';
export { datasetNames, datasets, loadDataset, type DatasetName } from './data/index.js';
export type { Dataset, DatasetSplit } from './data/dataset.js';
export { layerSymmetry, networkSymmetry, type LayerSymmetry } from './metrics/symmetry.js';
export { networkSignal, type LayerSignal } from './metrics/signal.js';
export { ConfigError } from './experiment/config-error.js';
export { defaultConfig, experimentConfig, resolveConfig, type ConfigInput, type ExperimentConfig } from './experiment/config.js';
export { runExperiment, type ExperimentResult, type StepRecord, type SummaryRecord } from './experiment/experiment.js';
export { loadPreset, presetNames, type Preset } from './experiment/presets.js';
export { Session, type Snapshot } from './experiment/session.js';

export { planComparison, comparedKeys, type ComparedRun, type ComparisonLists } from './experiment/comparison.js';
export { CHECK_STEPS, CONVERGED_LOSS, untilNames, type StopReason, type Until } from './experiment/stopping-rule.js';
export { LocalRunGroup, type LocalRunGroupOptions } from './runs/local-run-group.js';
export { PooledRunGroup, type PooledRunGroupOptions } from './runs/pooled-run-group.js';
export { logGroup } from './runs/log-group.js';
export type { GroupSettings, RunGroupController } from './runs/run-group.js';
export type { RunSpec, RunView, Scheduler } from './runs/run-view.js';

export { parseScales, planSweep, MAX_SWEEP_RUNS, type SweepAxes, type SweepJob } from './experiment/sweep-plan.js';
export { baselineLossOf, runSweepJob, type SweepRunRecord } from './experiment/sweep-run.js';
export { GOOD_GAP_FRACTION, goodRangeOf, summarizeSweep, type SweepLineSummary } from './experiment/sweep-summary.js';
export { runSweep, SweepCancelled, type SweepHandle } from './runs/sweep-pool.js';
export { adviceRules, adviseArchitecture, type Advice, type AdviceInput, type AdviceRow, type AdviceRule } from './experiment/advice.js';
export { networkTheory, theorySentence, type TheoryRecord } from './experiment/network-theory.js';
export { criticalSigmaW2, gaussianExpectation, meanField, predictedPreActivationStd, varianceMap, type MeanField, type Phase } from './theory/index.js';
export { layerVariances, nonIidInits, theoryNotApplicable } from './theory/init-variance.js';
