/**
 * A weight matrix's shape as init-tui stores it: `rows = fanIn` (inputs of the layer),
 * `cols = fanOut` (units of the layer), row-major, so `W[i * cols + j]` is the weight
 * from input i to unit j and unit j's incoming weights are column j.
 * (PyTorch stores the transpose: `weight` is fanOut x fanIn.)
 */
export type WeightShape = { readonly fanIn: number; readonly fanOut: number };
