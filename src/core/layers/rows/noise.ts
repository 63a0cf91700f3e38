// Rows: layers that only draw random numbers when called: dropout and noise layers (a SeedGenerator when their
// rate is > 0) and Keras's random preprocessing layers, plus the deterministic image preprocessing ones. They
// create no weights; Keras 3 gives the seeded ones a `seed_generator_state` variable at construction.
// Contract: data only.

import { sameShape } from '../shapes';
import type { KerasCtorStep, LayerRow } from '../types';
import { DRAWS_RATE, NO_DRAWS, SEED_GEN } from './common';

const noise = (cls: string, params: readonly string[], draws: readonly KerasCtorStep[], tfjs?: string): LayerRow => ({
  cls, keras: { params, draws, seedState: 'rate' }, ...(tfjs ? { tfjs: { factory: tfjs } } : {}), output: sameShape,
});
const random = (cls: string): LayerRow => ({ cls, keras: { draws: [SEED_GEN], seedState: 'always' }, output: sameShape });

export const NOISE_ROWS: readonly LayerRow[] = [
  // TF1's tf.layers.dropout / Dropout (legacy_tf_layers/core.py): no weights, the input's shape
  { ...noise('Dropout', ['rate', 'noise_shape', 'seed'], DRAWS_RATE, 'dropout'), tf1: { names: ['dropout'], scope: 'dropout', params: ['rate', 'noise_shape', 'seed', 'training', 'name'] } },
  noise('SpatialDropout1D', ['rate', 'seed'], DRAWS_RATE),
  noise('SpatialDropout2D', ['rate', 'data_format', 'seed'], DRAWS_RATE),
  noise('SpatialDropout3D', ['rate', 'data_format', 'seed'], DRAWS_RATE),
  noise('GaussianDropout', ['rate', 'seed'], DRAWS_RATE),
  noise('AlphaDropout', ['rate', 'noise_shape', 'seed'], DRAWS_RATE),
  noise('GaussianNoise', ['stddev', 'seed'], [{ seedGen: true, when: 'stddev' }]),
  random('RandomFlip'), random('RandomRotation'), random('RandomZoom'), random('RandomTranslation'), random('RandomContrast'), random('RandomBrightness'),
  { cls: 'RandomCrop', keras: { draws: [{ draw: true }, SEED_GEN] } },
  { cls: 'CenterCrop', keras: { draws: NO_DRAWS } },
  { cls: 'Resizing', keras: { draws: NO_DRAWS } },
];
