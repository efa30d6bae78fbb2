import type { ExperimentConfig } from './config.js';

/**
 * How a config's biases start, in a few characters: `bias 0`, `bias U(+-0.1)`,
 * `bias N(0, 0.1^2)`, `bias pytorch-default`.
 */
export function biasText(config: Pick<ExperimentConfig, 'bias' | 'biasInit'>): string {
  switch (config.biasInit) {
    case 'constant':
      return `bias ${config.bias}`;
    case 'uniform':
      return `bias U(+-${Math.abs(config.bias)})`;
    case 'normal':
      return `bias N(0, ${Math.abs(config.bias)}^2)`;
    case 'pytorch-default':
      return 'bias pytorch-default';
  }
}
