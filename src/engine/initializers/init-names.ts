/** Every weight initializer's name, in menu order. */
export const initNames = [
  'zeros',
  'ones',
  'constant',
  'uniform',
  'normal',
  'truncated-normal',
  'playground',
  'pytorch-default',
  'xavier-uniform',
  'xavier-normal',
  'he-uniform',
  'he-normal',
  'lecun-uniform',
  'lecun-normal',
  'kaiming-uniform',
  'kaiming-normal',
  'orthogonal',
  'identity',
  'sparse',
  'lsuv',
  'zero-hadamard',
] as const;

/** The name of one of the weight initializers. */
export type InitName = (typeof initNames)[number];

/** True if `name` is one of {@link initNames}. */
export function isInitName(name: string): name is InitName {
  return (initNames as readonly string[]).includes(name);
}
