export type { Dataset, DatasetOptions, DatasetSpec, DatasetSplit } from './dataset.js';
export { datasetNames, datasets, isDatasetName, loadDataset, type DatasetName } from './registry.js';
export {
  defaultTestFraction,
  minimumSamples,
  resolveDatasetOptions,
  validateDatasetOptions,
} from './dataset-options.js';
export { balancedCounts } from './balanced-counts.js';
export { buildDataset } from './build-dataset.js';
export { createLabelledSamples, selectRows, type LabelledSamples } from './labelled-samples.js';
export { chooseIndices, shuffledOrder } from './shuffle.js';
export { splitSamples, testRowCount } from './split-samples.js';
export {
  featureStatistics,
  standardizeSplit,
  standardizeWithTrainStatistics,
  type FeatureStatistics,
} from './standardize.js';
export { createPlanarSpec, type PlanarGenerator, type PlanarSpecSettings } from './planar-spec.js';
export { xorSpec, xorTruthTable } from './xor.js';
export { generateXorCloud, xorCloudSpec } from './xor-cloud.js';
export { circlesSpec, generateCircles } from './circles.js';
export { generateSpiral, spiralSpec } from './spiral.js';
export { gaussianVariance, gaussiansSpec, generateGaussians } from './gaussians.js';
export { generateMoons, moonsSpec } from './moons.js';
export { generateSpiral3, spiral3Spec } from './spiral3.js';
export { irisSpec, loadIrisSamples } from './iris.js';
export {
  loadMnistDigits,
  mnistImageSide,
  mnistPixelsPerImage,
  type MnistDigitImages,
} from './mnist-digits.js';
export { downsampleDigits } from './downsample-digits.js';
export { digitsSpec } from './digits.js';
