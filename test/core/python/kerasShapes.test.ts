// Unit tests of Keras 3's layer shape rules (the layer table, src/core/layers, over Python configs) and of
// what the analyzer does with them: shapes checked against Keras 3.15's compute_output_shape; a layer without a rule gives an
// unknown shape downstream, never its input's. TF-recorded cases are in test/conformance (217-225).

import * as assert from 'assert';
import type { Shape } from '../../../src/core/model';
import { channels, last } from '../../../src/core/layers';
import { kerasMergeShape, kerasOutputShape } from '../../../src/core/python/lib/layerBuild';
import { PyLayerConfig } from '../../../src/core/python/lib/layerConfig';
import type { Value } from '../../../src/core/python/values';
import { loadAnalyzer } from '../../../src/host/node';
import type { Analyzer } from '../../../src/core/api';

const i = (v: number): Value => ({ t: 'int', v });
const s = (v: string): Value => ({ t: 'str', v });
const tup = (...xs: (number | Value)[]): Value => ({ t: 'tuple', items: xs.map((x) => (typeof x === 'number' ? i(x) : x)) });
const cfg = (o: Record<string, Value>): Map<string, Value> => new Map(Object.entries(o));
const out = (kind: string, o: Record<string, Value>, inShape: Shape): Shape => kerasOutputShape(kind, cfg(o), inShape);

describe('Keras layer shapes', () => {
  it('pooling: default pool 2, strides = pool, valid/same, 1-3 spatial dims', () => {
    assert.deepStrictEqual(out('MaxPooling2D', {}, [null, 32, 32, 3]), [null, 16, 16, 3]);
    assert.deepStrictEqual(out('AveragePooling2D', { pool_size: i(3), strides: i(2), padding: s('same') }, [null, 15, 15, 8]), [null, 8, 8, 8]);
    assert.deepStrictEqual(out('MaxPooling1D', { pool_size: i(3) }, [null, 20, 4]), [null, 6, 4]);
    assert.deepStrictEqual(out('MaxPooling3D', { strides: tup(1, 2, 3) }, [null, 9, 9, 9, 2]), [null, 8, 4, 3, 2]);
    assert.deepStrictEqual(out('MaxPooling2D', { data_format: s('channels_first'), pool_size: i(3), strides: i(2), padding: s('same') }, [null, 3, 10, 12]), [null, 3, 5, 6]);
    assert.deepStrictEqual(out('GlobalAveragePooling2D', {}, [null, 7, 7, 5]), [null, 5]);
    assert.deepStrictEqual(out('GlobalMaxPooling3D', { keepdims: { t: 'bool', v: true } }, [null, 6, 6, 6, 2]), [null, 1, 1, 1, 2]);
    assert.deepStrictEqual(out('GlobalAveragePooling1D', { data_format: s('channels_first') }, [null, 5, 3]), [null, 5]);
  });

  it('convolutions: dilation, causal, channels_first, transposed (output_padding), depthwise', () => {
    assert.deepStrictEqual(out('Conv2D', { filters: i(4), kernel_size: i(3), dilation_rate: i(2) }, [null, 10, 12, 3]), [null, 6, 8, 4]);
    assert.deepStrictEqual(out('Conv1D', { filters: i(4), kernel_size: i(3), padding: s('causal'), strides: i(2) }, [null, 9, 2]), [null, 5, 4]);
    assert.deepStrictEqual(out('Conv2D', { filters: i(4), kernel_size: i(3), data_format: s('channels_first') }, [null, 3, 10, 12]), [null, 4, 8, 10]);
    assert.deepStrictEqual(out('Conv3D', { filters: i(4), kernel_size: i(3), strides: i(2), padding: s('same') }, [null, 6, 6, 6, 2]), [null, 3, 3, 3, 4]);
    assert.deepStrictEqual(out('Conv1DTranspose', { filters: i(3), kernel_size: i(3), strides: i(2) }, [null, 9, 4]), [null, 19, 3]);
    assert.deepStrictEqual(out('Conv2DTranspose', { filters: i(2), kernel_size: i(2), strides: i(3) }, [null, 3, 10, 12]), [null, 9, 30, 2]);
    assert.deepStrictEqual(out('Conv2DTranspose', { filters: i(2), kernel_size: i(3), strides: i(2), padding: s('same'), output_padding: i(1) }, [null, 3, 10, 12]), [null, 6, 20, 2]);
    assert.deepStrictEqual(out('Conv3DTranspose', { filters: i(3), kernel_size: i(2), strides: i(3) }, [null, 6, 6, 6, 2]), [null, 18, 18, 18, 3]);
    assert.deepStrictEqual(out('DepthwiseConv1D', { kernel_size: i(3), depth_multiplier: i(2) }, [null, 9, 4]), [null, 7, 8]);
    assert.deepStrictEqual(out('SeparableConv1D', { filters: i(5), kernel_size: i(3) }, [null, 9, 4]), [null, 7, 5]);
    assert.deepStrictEqual(out('Conv2D', { filters: i(4), kernel_size: i(3) }, [null, null, 12, 3]), [null, null, 10, 4]);
    assert.strictEqual(out('Conv2D', { filters: i(4), kernel_size: i(3) }, [null, 12, 3]), null, 'wrong rank');
    assert.strictEqual(channels(new PyLayerConfig(cfg({ data_format: s('channels_first') })), [null, 3, 10, 12]), 3);
    assert.strictEqual(last([null, 3, 10, 12]), 12);
  });

  it('reshaping: up-sampling, padding, cropping, reshape, permute, repeat, flatten', () => {
    assert.deepStrictEqual(out('UpSampling2D', { size: tup(2, 3) }, [null, 3, 10, 12]), [null, 6, 30, 12]);
    assert.deepStrictEqual(out('UpSampling1D', {}, [null, 5, 2]), [null, 10, 2]);
    assert.deepStrictEqual(out('UpSampling3D', {}, [null, 6, 6, 6, 2]), [null, 12, 12, 12, 2]);
    assert.deepStrictEqual(out('ZeroPadding2D', { padding: tup(1, 2) }, [null, 3, 10, 12]), [null, 5, 14, 12]);
    assert.deepStrictEqual(out('ZeroPadding3D', {}, [null, 6, 6, 6, 2]), [null, 8, 8, 8, 2]);
    assert.deepStrictEqual(out('ZeroPadding1D', { padding: tup(1, 2) }, [null, 5, 2]), [null, 8, 2]);
    assert.deepStrictEqual(out('Cropping2D', { cropping: tup(tup(1, 0), tup(2, 3)) }, [null, 3, 10, 12]), [null, 2, 5, 12]);
    assert.deepStrictEqual(out('Cropping1D', { cropping: i(2) }, [null, 7, 3]), [null, 3, 3]);
    assert.deepStrictEqual(out('Cropping3D', {}, [null, 6, 6, 6, 2]), [null, 4, 4, 4, 2]);
    assert.deepStrictEqual(out('Reshape', { target_shape: tup(-1, 6) }, [null, 3, 10, 12]), [null, 60, 6]);
    assert.deepStrictEqual(out('Reshape', { target_shape: tup(2, -1) }, [null, null, 6]), [null, 2, null]);
    assert.deepStrictEqual(out('Reshape', { target_shape: tup(-1, 7) }, [null, 3, 10]), [null, null, 7], 'not divisible: Keras raises');
    assert.deepStrictEqual(out('Permute', { dims: tup(2, 1, 3) }, [null, 3, 10, 12]), [null, 10, 3, 12]);
    assert.deepStrictEqual(out('RepeatVector', { n: i(3) }, [null, 7]), [null, 3, 7]);
    assert.deepStrictEqual(out('Flatten', {}, [null, 6, 6, 2]), [null, 72]);
    assert.deepStrictEqual(out('Flatten', {}, [null, null, 6]), [null, null]);
  });

  it('shape-preserving layers keep the shape; a layer without a rule gives an unknown shape', () => {
    for (const k of ['Activation', 'Dropout', 'BatchNormalization', 'LayerNormalization', 'PReLU', 'RandomFlip', 'Rescaling']) {
      assert.deepStrictEqual(out(k, {}, [null, 4, 5]), [null, 4, 5], k);
    }
    for (const k of ['Lambda', 'TimeDistributed', 'ConvLSTM2D', 'EinsumDense', 'MyOwnLayer']) assert.strictEqual(out(k, {}, [null, 4, 5]), null, k);
  });

  it('merge layers', () => {
    const c = (o: Record<string, Value>) => cfg(o);
    assert.deepStrictEqual(kerasMergeShape('Concatenate', c({}), [[null, 4, 6], [null, 4, 3]]), [null, 4, 9]);
    assert.deepStrictEqual(kerasMergeShape('Add', c({}), [[null, 4, 6], [null, 1, 6]]), [null, 4, 6]);
    assert.deepStrictEqual(kerasMergeShape('Dot', c({ axes: i(1) }), [[null, 5], [null, 5]]), [null, 1]);
    assert.deepStrictEqual(kerasMergeShape('Dot', c({ axes: tup(1, 2) }), [[null, 5, 3], [null, 4, 5]]), [null, 3, 4]);
    assert.deepStrictEqual(kerasMergeShape('Attention', c({}), [[null, 5, 3], [null, 4, 3]]), [null, 5, 3]);
    assert.strictEqual(kerasMergeShape('Lambda', c({}), [[null, 5], [null, 5]]), null);
  });
});

describe('Keras layers in the analyzer', () => {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const shapes = (src: string): Record<string, Shape> => {
    const r = analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? src : undefined) });
    return Object.fromEntries(r.variables.map((v) => [v.name, v.shape]));
  };

  it('a layer the analyzer does not know leaves the next weights with an unknown input dimension', () => {
    // a Lambda whose output_shape is a function (Keras calls it on the input shape; the analysis does not)
    const got = shapes('import keras\nx = keras.Input((32, 32, 3))\nx = keras.layers.Lambda(lambda t: t[:, ::2], output_shape=lambda s: s)(x)\nx = keras.layers.Flatten()(x)\nkeras.layers.Dense(10)(x)\n');
    assert.deepStrictEqual(got['dense/kernel'], [null, 10]);
    // without output_shape Keras traces the function: [None, 16, 32, 3], flattened to 1536
    const traced = shapes('import keras\nx = keras.Input((32, 32, 3))\nx = keras.layers.Lambda(lambda t: t[:, ::2])(x)\nx = keras.layers.Flatten()(x)\nkeras.layers.Dense(10)(x)\n');
    assert.deepStrictEqual(traced['dense/kernel'], [1536, 10]);
  });

  it('Sequential.add builds once the input is known; pop removes the last layer', () => {
    const got = shapes([
      'import keras',
      'm = keras.Sequential()',
      'm.add(keras.layers.InputLayer(shape=(6,)))',
      'm.add(keras.layers.Dense(4))',
      'm.add(keras.layers.Dense(3))',
      'm.pop()',
      'm.add(keras.layers.Dense(2))',
      'n = keras.Sequential([keras.layers.Dense(5)])',
      'n.add(keras.layers.Dense(1))',
    ].join('\n'));
    assert.deepStrictEqual(got, {
      'sequential/dense/kernel': [6, 4], 'sequential/dense/bias': [4],
      'sequential/dense_1/kernel': [4, 3], 'sequential/dense_1/bias': [3],
      'sequential/dense_2/kernel': [4, 2], 'sequential/dense_2/bias': [2],
    });
  });
});
