import type { ActivationName } from '../engine/activations.js';
import { activations } from '../engine/activations.js';
import type { BiasInitName } from '../engine/bias-initializers.js';
import { biasInitializers } from '../engine/bias-initializers.js';
import type { InitName } from '../engine/initializers/index.js';
import type { Phase } from '../theory/index.js';
import { criticalSigmaW2, meanField, predictedPreActivationStd } from '../theory/index.js';
import { layerVariances, theoryNotApplicable } from '../theory/init-variance.js';

/** The rules `advise` weighs, in the order it lists them. */
export const adviceRules = ['xavier', 'he', 'lecun', 'kaiming', 'pytorch-default', 'critical'] as const;
/** One of {@link adviceRules}. */
export type AdviceRule = (typeof adviceRules)[number];

/** The architecture advice is for. */
export type AdviceInput = {
  readonly inputs: number;
  readonly hidden: readonly number[];
  readonly outputs: number;
  readonly activation: ActivationName;
  readonly bias: number;
  readonly biasInit: BiasInitName;
};

/** What one rule does to the architecture, by mean-field theory. */
export type AdviceRow = {
  readonly rule: AdviceRule;
  /** The init and init scale that apply the rule (`--init`, `--init-scale`). */
  readonly init: InitName;
  readonly initScale: number;
  /** The weight std per distinct layer shape, such as `64x256`, first to last. */
  readonly stds: ReadonlyArray<{ readonly shape: string; readonly std: number }>;
  /** sigma_w^2 of the hidden-to-hidden layers (the first layer's with one hidden layer). */
  readonly sigmaW2: number;
  readonly chi1: number;
  readonly phase: Phase;
  /** Predicted pre-activation std of the last hidden layer over the first's: the signal's fate with depth. */
  readonly lastOverFirst: number;
  /** About 6 xi_c layers; null when unbounded. */
  readonly trainableDepth: number | null;
  readonly trains: boolean;
  /** Why it trains or not, one clause. */
  readonly why: string;
};

/** The whole advice: a row per rule, and the one recommended with its reasoning. */
export type Advice = {
  readonly rows: readonly AdviceRow[];
  readonly recommended: AdviceRule;
  /** Two sentences. */
  readonly reasoning: string;
};

const RULE_INITS: Readonly<Record<Exclude<AdviceRule, 'critical'>, InitName>> = {
  xavier: 'xavier-normal',
  he: 'he-normal',
  lecun: 'lecun-normal',
  kaiming: 'kaiming-normal',
  'pytorch-default': 'pytorch-default',
};

const format = (value: number): string => (Math.abs(value) >= 0.01 && Math.abs(value) < 1000 ? value.toPrecision(3).replace(/\.?0+$/, '') : value.toExponential(1).replace('.0e', 'e').replace('e+', 'e'));

/**
 * For one architecture, what each common rule does by mean-field theory (the std it gives each
 * layer shape, chi_1 and phase, how the signal changes from the first hidden layer to the last,
 * whether it trains at this depth and why) and which to use. Inputs are taken as standardised
 * (q0 = 1).
 */
export function adviseArchitecture(input: AdviceInput): Advice {
  if (input.hidden.length === 0) throw new RangeError('advice needs at least one hidden layer (--hidden such as 256x50)');
  const widths = [input.inputs, ...input.hidden, input.outputs];
  const depth = input.hidden.length;
  const gain = activations[input.activation].gain;
  const hiddenIndex = Math.min(1, depth - 1);
  const critical = criticalSigmaW2(input.activation, biasInitializers[input.biasInit].secondMoment(widths[hiddenIndex], input.bias));
  const rules: Array<{ rule: AdviceRule; init: InitName; initScale: number }> = (Object.keys(RULE_INITS) as Array<Exclude<AdviceRule, 'critical'>>).map((rule) => ({ rule, init: RULE_INITS[rule], initScale: 1 }));
  // Kaiming's std is gain/sqrt(fan_in) * scale, so sigma_w^2 = (gain * scale)^2: the critical one is scale sqrt(critical)/gain.
  if (critical !== null) rules.push({ rule: 'critical', init: 'kaiming-normal', initScale: Math.sqrt(critical) / gain });
  const rows = rules.map(({ rule, init, initScale }): AdviceRow => ({ rule, ...initRow(input, init, initScale) }));
  // The rule nearest the edge of chaos (|ln chi_1| smallest) among those that train; a named rule before 'critical' on a tie.
  const score = (row: AdviceRow) => (row.trains ? 0 : 1000) + Math.abs(Math.log(row.chi1 || 1e-300));
  const best = rows.reduce((chosen, row) => (score(row) < score(chosen) - 1e-9 ? row : chosen));
  const others = rows.filter((row) => row.rule !== best.rule && row.rule !== 'critical' && row.phase !== 'critical');
  const worst = others.reduce<AdviceRow | undefined>((chosen, row) => (chosen === undefined || Math.abs(Math.log(row.lastOverFirst)) > Math.abs(Math.log(chosen.lastOverFirst)) ? row : chosen), undefined);
  const setting = best.rule === 'critical' ? `--init kaiming-normal --init-scale ${format(best.initScale)}` : `--init ${best.init}`;
  const reasoning =
    `${best.rule} (${setting}) puts this ${depth}-layer ${input.activation} network ${best.phase === 'critical' ? 'at the edge of chaos' : `in the ${best.phase} phase`} (chi_1 = ${format(best.chi1)}), so gradients keep about their size through the depth and the last hidden layer's signal is x${format(best.lastOverFirst)} of the first's. ` +
    (worst
      ? `By contrast ${worst.rule} is ${worst.phase} (chi_1 = ${format(worst.chi1)}): its signal ends x${format(worst.lastOverFirst)} of the first layer's${worst.trains ? '' : `, and it is ${worst.why.split(': ')[1]}`}.`
      : 'Every rule here lands on the same side of the transition.');
  return { rows, recommended: best.rule, reasoning };
}

/** What one init at one scale does to the architecture, by mean-field theory. */
function initRow(input: AdviceInput, init: InitName, initScale: number): Omit<AdviceRow, 'rule'> {
  const widths = [input.inputs, ...input.hidden, input.outputs];
  const depth = input.hidden.length;
  const hiddenIndex = Math.min(1, depth - 1);
  const settings = { init, initScale, activation: input.activation, bias: input.bias, biasInit: input.biasInit };
  const variances = layerVariances(settings, widths);
  const shapes = new Map<string, number>();
  variances.forEach((layer, index) => shapes.set(`${widths[index]}x${widths[index + 1]}`, Math.sqrt(layer.sigmaW2 / widths[index])));
  const hidden = variances[hiddenIndex];
  const field = meanField({ activation: input.activation, sigmaW2: hidden.sigmaW2, sigmaB2: hidden.sigmaB2, q0: 1 });
  const predicted = predictedPreActivationStd(input.activation, variances, 1);
  const lastOverFirst = predicted[depth - 1] / predicted[0];
  const trains = field.trainableDepth === null || field.trainableDepth >= depth;
  const reach = field.trainableDepth === null ? 'trainable at any depth' : `trainable to about ${Math.round(field.trainableDepth)} layers`;
  const why = field.phase === 'critical' ? `critical: ${reach}` : `${field.phase} (chi_1 ${format(field.chi1)}): ${reach}${trains ? '' : ` < ${depth}`}`;
  return { init, initScale, stds: [...shapes].map(([shape, std]) => ({ shape, std })), sigmaW2: hidden.sigmaW2, chi1: field.chi1, phase: field.phase, lastOverFirst, trainableDepth: field.trainableDepth, trains, why };
}

/**
 * One line of advice for the init menu: what `init` at `initScale` does to the architecture, by
 * theory (or why theory does not describe it), and the rule `advice` recommends.
 */
export function adviceLine(advice: Advice, input: AdviceInput, init: InitName, initScale = 1): string {
  const best = advice.rows.find((entry) => entry.rule === advice.recommended)!;
  const recommendation = `theory's pick here: ${best.rule === 'critical' ? `kaiming-normal x${format(best.initScale)}` : best.init}`;
  const reason = theoryNotApplicable(init);
  if (reason !== undefined) return `${init}: ${reason} · ${recommendation}`;
  const row = initRow(input, init, initScale);
  return `${init}: ${row.why}; signal x${format(row.lastOverFirst)} first to last hidden layer · ${recommendation}`;
}
