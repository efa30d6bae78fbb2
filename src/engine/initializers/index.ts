import type { Initializer } from '../initializer.js';
import { constant, ones, zeros } from './constant-initializers.js';
import { heNormal, heUniform } from './he.js';
import { identity } from './identity.js';
import type { InitName } from './init-names.js';
import { kaimingNormal, kaimingUniform } from './kaiming.js';
import { lecunNormal, lecunUniform } from './lecun.js';
import { lsuv } from './lsuv.js';
import { orthogonal } from './orthogonal.js';
import {
  normal,
  playground,
  pytorchDefault,
  truncatedNormal,
  uniform,
} from './random-initializers.js';
import { sparse } from './sparse.js';
import { xavierNormal, xavierUniform } from './xavier.js';
import { zeroHadamard } from './zero-hadamard.js';

export { initNames, isInitName } from './init-names.js';
export type { InitName } from './init-names.js';
export { TRUNCATED_NORMAL_STD } from './sampling.js';

/** Every weight initializer by name (see `initNames` for the menu order). */
export const initializers: Readonly<Record<InitName, Initializer>> = Object.freeze({
  zeros,
  ones,
  constant,
  uniform,
  normal,
  'truncated-normal': truncatedNormal,
  playground,
  'pytorch-default': pytorchDefault,
  'xavier-uniform': xavierUniform,
  'xavier-normal': xavierNormal,
  'he-uniform': heUniform,
  'he-normal': heNormal,
  'lecun-uniform': lecunUniform,
  'lecun-normal': lecunNormal,
  'kaiming-uniform': kaimingUniform,
  'kaiming-normal': kaimingNormal,
  orthogonal,
  identity,
  sparse,
  lsuv,
  'zero-hadamard': zeroHadamard,
});
