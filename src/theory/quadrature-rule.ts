/** Nodes and weights of a quadrature rule: integral ~ sum over i of weights[i] * f(nodes[i]). */
export type QuadratureRule = {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
};
