// The two front ends building from the same rows: one model written for Keras 3 and for TF.js gives each
// framework's variable names, shapes and default initializers (the names as TF 2.21 / TF.js 4.22 give them).

import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import type { VariableInfo } from '../../../src/core/model';
import { createTypeScriptAnalyzer } from '../../../src/core/typescript/analyzer';
import { loadAnalyzer } from '../../../src/host/node';

const summary = (vs: VariableInfo[]): string[] => vs.map((v) => `${v.name} ${JSON.stringify(v.shape)} ${v.initializer.kind}${v.trainable ? '' : ' frozen'}`);

describe('layer table through both front ends', () => {
  let python: Analyzer;
  before(async () => {
    python = await loadAnalyzer();
  });

  const PY = [
    'import keras',
    'm = keras.Sequential([keras.Input((8, 8, 3)), keras.layers.DepthwiseConv2D(3, depth_multiplier=2), keras.layers.BatchNormalization(),',
    '    keras.layers.Flatten(), keras.layers.Dense(4)])',
  ].join('\n');
  const TS = [
    "import * as tf from '@tensorflow/tfjs';",
    'const m = tf.sequential({ layers: [tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, inputShape: [8, 8, 3] }),',
    '  tf.layers.batchNormalization(), tf.layers.flatten(), tf.layers.dense({ units: 4 })] });',
  ].join('\n');

  it('Keras 3: `kernel` of the depthwise convolution, glorot_uniform kernels', () => {
    const r = python.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? PY : undefined) });
    assert.deepStrictEqual(summary(r.variables), [
      'sequential/depthwise_conv2d/kernel [3,3,3,2] glorot_uniform', 'sequential/depthwise_conv2d/bias [6] zeros',
      'sequential/batch_normalization/gamma [6] ones', 'sequential/batch_normalization/beta [6] zeros',
      'sequential/batch_normalization/moving_mean [6] zeros frozen', 'sequential/batch_normalization/moving_variance [6] ones frozen',
      'sequential/dense/kernel [216,4] glorot_uniform', 'sequential/dense/bias [4] zeros',
    ]);
  });

  it('TF.js: `depthwise_kernel`, glorotNormal kernels, per-class layer names', () => {
    const r = createTypeScriptAnalyzer().analyze('/w/main.ts', { readFile: (p) => (p === '/w/main.ts' ? TS : undefined) });
    assert.deepStrictEqual(summary(r.variables), [
      'depthwise_conv2d_DepthwiseConv2D1/depthwise_kernel [3,3,3,2] glorot_normal', 'depthwise_conv2d_DepthwiseConv2D1/bias [6] zeros',
      'batch_normalization_BatchNormalization1/gamma [6] ones', 'batch_normalization_BatchNormalization1/beta [6] zeros',
      'batch_normalization_BatchNormalization1/moving_mean [6] zeros frozen', 'batch_normalization_BatchNormalization1/moving_variance [6] ones frozen',
      'dense_Dense1/kernel [216,4] glorot_normal', 'dense_Dense1/bias [4] zeros',
    ]);
  });
});
