// Rows: layers that only draw random numbers when called: dropout and noise layers (a SeedGenerator when their
// rate is > 0) and Keras's random preprocessing layers, plus the deterministic image preprocessing ones. They
// create no weights; Keras 3 gives the seeded ones a `seed_generator_state` variable at construction.
// Contract: data and one small pure rule (the spatial size the resizing and cropping layers give).

import { channelsFirst, sameShape } from '../shapes';
import type { ConfigReader, ConfigValue, CtorCheck, KerasColumn, KerasCtorStep, LayerRow, OutputRule } from '../types';
import { DRAWS_RATE, NO_DRAWS, SEED_GEN } from './common';

const noise = (cls: string, params: readonly string[], draws: readonly KerasCtorStep[], tfjs?: string): LayerRow => ({
  cls, keras: { params, draws, seedState: 'rate' }, ...(tfjs ? { tfjs: { factory: tfjs } } : {}), output: sameShape,
});
const random = (cls: string): LayerRow => ({ cls, keras: { draws: [SEED_GEN], seedState: 'always' }, output: sameShape });

/**
 * The `_set_factor` check of RandomTranslation and RandomZoom (keras/src/layers/preprocessing/image_preprocessing):
 * each factor (None skipped where `optional`) is a number or two numbers in [-1, 1] (`(-1, 1]` for zoom), else
 * ValueError with the class's message. Only factors known statically are checked.
 */
function factorCheck(keys: readonly string[], message: string, openLow: boolean, optional: readonly string[] = []): CtorCheck {
  const pyStr = (v: ConfigValue): string => (v.kind === 'str' ? v.repr.slice(1, -1) : v.repr);
  const outOfRange = (x: ConfigValue): string | null | undefined => {
    if (x.num === undefined) return undefined; // a comparison Python refuses (TypeError): not modelled
    return x.num > 1 || (openLow ? x.num <= -1 : x.num < -1) ? `${message}Received: input_number=${pyStr(x)}` : null;
  };
  return (c) => {
    for (const key of keys) {
      const v = c.value(key);
      if (!v || (v.kind === 'none' && optional.includes(key))) continue;
      if (v.kind === 'list' || v.kind === 'tuple') {
        if (v.items?.length !== 2) return `${message}Received: ${key}=${pyStr(v)}`;
        for (const x of v.items) {
          const e = outOfRange(x);
          if (e === undefined) return null;
          if (e) return e;
        }
      } else if (v.kind === 'int' || v.kind === 'float' || v.kind === 'bool') {
        const e = outOfRange(v);
        if (e) return e;
      } else return `${message}Received: ${key}=${pyStr(v)}`;
    }
    return null;
  };
}

type Sub = NonNullable<KerasColumn['sublayers']>[number];
const seeded = (cls: string, when?: (c: ConfigReader) => boolean): Sub => ({ cls, seeded: true, ...(when ? { when } : {}) });
const ALL_OPS = (c: ConfigReader): boolean => c.bool('all_ops', true);
/** A random layer whose constructor checks its arguments right after Layer.__init__ (before its SeedGenerator). */
const withChecks = (row: LayerRow, params: readonly string[], check: CtorCheck): LayerRow => ({ ...row, keras: { ...row.keras!, params, named: [check] } });
/** A composite augmentation (keras/src/layers/preprocessing/image_preprocessing): its SeedGenerator, then its sublayers. */
const composite = (cls: string, sublayers: readonly Sub[]): LayerRow => ({ cls, keras: { draws: [SEED_GEN], seedState: 'always', sublayers }, output: sameShape });

/**
 * Keras 3.15 Resizing / CenterCrop / RandomCrop.compute_output_shape: `height` and `width` replace the spatial dims
 * (batched rank 4 or unbatched rank 3; channels first or last), the rest kept. RandomCrop indexes from the end
 * (-3, -2 or -2, -1), which is the same place for those ranks.
 */
const HEIGHT_WIDTH: OutputRule = (c, x) => {
  if (x.length !== 3 && x.length !== 4) return null;
  const out = [...x];
  const h = x.length === 4 ? 1 : 0;
  const at = channelsFirst(c) ? h + 1 : h;
  out[at] = c.int('height');
  out[at + 1] = c.int('width');
  return out;
};

export const NOISE_ROWS: readonly LayerRow[] = [
  // TF1's tf.layers.dropout / Dropout (legacy_tf_layers/core.py): no weights, the input's shape
  { ...noise('Dropout', ['rate', 'noise_shape', 'seed'], DRAWS_RATE, 'dropout'), tf1: { names: ['dropout'], scope: 'dropout', params: ['rate', 'noise_shape', 'seed', 'training', 'name'] } },
  noise('SpatialDropout1D', ['rate', 'seed'], DRAWS_RATE, 'spatialDropout1d'),
  noise('SpatialDropout2D', ['rate', 'data_format', 'seed'], DRAWS_RATE),
  noise('SpatialDropout3D', ['rate', 'data_format', 'seed'], DRAWS_RATE),
  noise('GaussianDropout', ['rate', 'seed'], DRAWS_RATE, 'gaussianDropout'),
  noise('AlphaDropout', ['rate', 'noise_shape', 'seed'], DRAWS_RATE, 'alphaDropout'),
  { ...noise('GaussianNoise', ['stddev', 'seed'], [{ seedGen: true, when: 'stddev' }]), tfjs: { factory: 'gaussianNoise' } },
  random('RandomFlip'), random('RandomRotation'), random('RandomContrast'), random('RandomBrightness'),
  withChecks(random('RandomTranslation'), ['height_factor', 'width_factor'],
    factorCheck(['height_factor', 'width_factor'], 'The `factor` argument should be a number (or a list of two numbers) in the range [-1.0, 1.0]. ', false)),
  withChecks(random('RandomZoom'), ['height_factor', 'width_factor'],
    factorCheck(['height_factor', 'width_factor'], 'The `height_factor` and `width_factor` arguments should be a number (or a list of two numbers) in the range (-1.0, 1.0]. ', true, ['width_factor'])),
  // Keras 3.15's image augmentation layers: one SeedGenerator each, made right after Layer.__init__
  ...['RandomColorDegeneration', 'RandomElasticTransform', 'RandomErasing', 'RandomGaussianBlur', 'RandomGrayscale', 'RandomHue', 'RandomInvert',
    'RandomPerspective', 'RandomPosterization', 'RandomSaturation', 'RandomSharpness', 'RandomShear', 'Solarization', 'CutMix', 'MixUp'].map(random),
  { cls: 'AutoContrast', keras: { draws: NO_DRAWS }, output: sameShape },
  { cls: 'Equalization', keras: { draws: NO_DRAWS }, output: sameShape },
  composite('RandomColorJitter', [
    seeded('RandomBrightness', (c) => c.has('brightness_factor')), seeded('RandomContrast', (c) => c.has('contrast_factor')),
    seeded('RandomSaturation', (c) => c.has('saturation_factor')), seeded('RandomHue', (c) => c.has('hue_factor')),
  ]),
  composite('AugMix', [
    seeded('RandomShear'), seeded('RandomTranslation'), seeded('RandomRotation'), seeded('Solarization'), seeded('RandomPosterization'),
    { cls: 'AutoContrast' }, { cls: 'Equalization' },
    seeded('RandomBrightness', ALL_OPS), seeded('RandomColorDegeneration', ALL_OPS), seeded('RandomContrast', ALL_OPS), seeded('RandomSharpness', ALL_OPS),
  ]),
  composite('RandAugment', [
    seeded('RandomShear'), seeded('RandomTranslation'), seeded('RandomRotation'), seeded('RandomBrightness'), seeded('RandomColorDegeneration'),
    seeded('RandomContrast'), seeded('RandomSharpness'), seeded('Solarization'), seeded('RandomPosterization'), { cls: 'AutoContrast' }, { cls: 'Equalization' },
  ]),
  { cls: 'RandomCrop', keras: { params: ['height', 'width', 'seed', 'data_format'], draws: [{ draw: true }, SEED_GEN], seedState: 'always' }, output: HEIGHT_WIDTH },
  { cls: 'CenterCrop', keras: { params: ['height', 'width', 'data_format'], draws: NO_DRAWS }, output: HEIGHT_WIDTH },
  { cls: 'Resizing', keras: { params: ['height', 'width', 'interpolation'], draws: NO_DRAWS }, output: HEIGHT_WIDTH },
];
