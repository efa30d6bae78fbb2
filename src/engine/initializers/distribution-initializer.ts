import type { InitContext, Initializer } from '../initializer.js';
import { sampleNormal, sampleTruncatedNormal, sampleUniform, uniformStd } from './sampling.js';

/** What every initializer record says about itself, apart from how it draws. */
export type InitializerText = Pick<
  Initializer,
  'name' | 'label' | 'formula' | 'reference' | 'whenToUse'
>;

/**
 * An initializer drawing U(-bound, bound), bound = `bound(context)` (at scale 1) times
 * `context.scale`; its std is that bound / sqrt(3).
 */
export function uniformInitializer(
  text: InitializerText,
  bound: (context: InitContext) => number,
): Initializer {
  const scaledBound = (context: InitContext): number => context.scale * bound(context);
  return {
    ...text,
    init: (rng, context) =>
      sampleUniform(rng, context.shape.fanIn * context.shape.fanOut, scaledBound(context)),
    std: (context) => uniformStd(scaledBound(context)),
  };
}

/**
 * An initializer drawing a normal whose std is `std(context)` (at scale 1) times
 * `context.scale`. With `isTruncated` the draw is Keras's truncated normal (redrawn beyond
 * 2 untruncated std, untruncated std = std / 0.8796...), so `std` is still the weights' std.
 */
export function normalInitializer(
  text: InitializerText,
  std: (context: InitContext) => number,
  isTruncated: boolean,
): Initializer {
  const scaledStd = (context: InitContext): number => context.scale * std(context);
  const sample = isTruncated ? sampleTruncatedNormal : sampleNormal;
  return {
    ...text,
    init: (rng, context) =>
      sample(rng, context.shape.fanIn * context.shape.fanOut, scaledStd(context)),
    std: scaledStd,
  };
}
