// Unit tests of the layer table (src/core/layers): the rows are well formed, the indexes the front ends use
// are derived from them, and a few rows read in each framework give the weights (names, shapes, initializer
// defaults, scopes) and output shapes TensorFlow gives — through each front end's own config reader.

import * as assert from 'assert';
import {
  checksInputAxis, KERAS_CTOR_DRAWS, KERAS_LAYER_ALIASES, KERAS_NO_DRAWS, KERAS_POSITIONAL, kerasRow, LAYER_ROWS, ownsSeedGenerator,
  planBuild, planMerge, planOutput, tf1Row, TFJS_LAYER_CLASSES, TFJS_MERGE_LAYERS, tfjsRow, type BuildExtras, type ConfigReader, type LayerRow, type Shape,
} from '../../../src/core/layers';
import { PyLayerConfig } from '../../../src/core/python/lib/layerConfig';
import type { Value } from '../../../src/core/python/values';
import { TfjsLayerConfig } from '../../../src/core/typescript/layerConfig';

const i = (v: number): Value => ({ t: 'int', v });
const s = (v: string): Value => ({ t: 'str', v });
const tup = (...xs: number[]): Value => ({ t: 'tuple', items: xs.map(i) });
const py = (o: Record<string, Value>, f: 'keras3' | 'tf1' = 'keras3'): ConfigReader => new PyLayerConfig(new Map(Object.entries(o)), f);
const js = (o: Record<string, unknown>): ConfigReader => new TfjsLayerConfig(o);

/** The plan as compact strings: `name [shape] init` for weights, `>scope` / `<` for sublayers, `!hook`, `raise T: m`. */
function plan(row: LayerRow | undefined, c: ConfigReader, x: Shape, more: BuildExtras = {}): string[] {
  assert.ok(row, 'row exists');
  return planBuild(row, c, x, more).map((p) => {
    if (p.step === 'enter') return `>${p.scope}${p.clone.length ? ` clone ${p.clone.map((q) => q.key).join(',')}` : ''}`;
    if (p.step === 'exit') return '<';
    if (p.step === 'hook') return `!${p.hook}`;
    if (p.step === 'raise') return `raise ${p.type}: ${p.message}`;
    const init = p.special ? p.special.kind : `${p.init.key}=${p.init.dflt}`;
    return `${p.name} ${JSON.stringify(p.shape)} ${init}${p.frozen ? ' frozen' : ''}${p.fans ? ` fans ${JSON.stringify(p.fans)}` : ''}`;
  });
}


/** ownsSeedGenerator's argument reader for a layer given only `rate` (undefined: not known). */
const rateArg = (rate: number | undefined) => (param: string) => ({ given: param === 'rate', v: param === 'rate' ? rate : undefined });
describe('layer table: rows and indexes', () => {
  it('each class has one row, with at least one framework column', () => {
    const names = LAYER_ROWS.map((r) => r.cls);
    assert.strictEqual(new Set(names).size, names.length, 'duplicate rows');
    for (const r of LAYER_ROWS) assert.ok(r.keras || r.tf1 || r.tfjs, r.cls);
    const factories = LAYER_ROWS.flatMap((r) => (r.tfjs ? [r.tfjs.factory] : []));
    assert.strictEqual(new Set(factories).size, factories.length, 'duplicate TF.js factories');
    for (const [alias, cls] of Object.entries(KERAS_LAYER_ALIASES)) assert.ok(kerasRow(cls) && !kerasRow(alias), alias);
  });

  it('derives the Keras 3 and TF.js indexes from the rows', () => {
    assert.strictEqual(KERAS_LAYER_ALIASES.Convolution2D, 'Conv2D');
    assert.strictEqual(KERAS_LAYER_ALIASES.GlobalAvgPool1D, 'GlobalAveragePooling1D');
    assert.deepStrictEqual(KERAS_POSITIONAL.Conv3DTranspose, ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'output_padding', 'dilation_rate']);
    assert.deepStrictEqual(KERAS_CTOR_DRAWS.SimpleRNN!.map((st) => ('init' in st ? st.init : 'seedGen' in st ? 'SeedGenerator' : 'draw')),
      ['SeedGenerator', 'kernel_initializer', 'recurrent_initializer', 'bias_initializer']);
    assert.ok(KERAS_NO_DRAWS.has('Flatten') && !KERAS_NO_DRAWS.has('Dense') && !('Flatten' in KERAS_CTOR_DRAWS));
    assert.strictEqual(TFJS_LAYER_CLASSES.conv2dTranspose, 'Conv2DTranspose');
    assert.strictEqual(TFJS_LAYER_CLASSES.globalAveragePooling1d, 'GlobalAveragePooling1D');
    assert.strictEqual(TFJS_LAYER_CLASSES.globalMaxPool1d, 'GlobalMaxPooling1D', 'an alias TF.js exports');
    assert.deepStrictEqual([...TFJS_MERGE_LAYERS].sort(), ['Add', 'Average', 'Concatenate', 'Dot', 'Maximum', 'Minimum', 'Multiply']);
    assert.strictEqual(tf1Row('fully_connected')?.cls, 'Dense');
    assert.strictEqual(tf1Row('Conv2D')?.cls, 'Conv2D', 'TF1 names match in any case');
  });

  it('says which Keras layers own a SeedGenerator and check their input axis', () => {
    assert.ok(ownsSeedGenerator('LSTM', rateArg(undefined)) && ownsSeedGenerator('RandomFlip', rateArg(undefined)));
    assert.ok(ownsSeedGenerator('Dropout', rateArg(0.5)) && ownsSeedGenerator('Dropout', rateArg(undefined)) && !ownsSeedGenerator('Dropout', rateArg(0)));
    // RandomCrop makes `SeedGenerator(seed)` in its constructor (Keras 3.15 random_crop.py; program 1152 records its state)
    assert.ok(!ownsSeedGenerator('Attention', rateArg(undefined)) && ownsSeedGenerator('Attention', (p) => ({ given: p === 'dropout', v: p === 'dropout' ? 0.1 : undefined })));
    assert.ok(!ownsSeedGenerator('Dense', rateArg(undefined)) && ownsSeedGenerator('RandomCrop', rateArg(undefined)) && !ownsSeedGenerator('Resizing', rateArg(undefined)));
    assert.ok(checksInputAxis('Dense') && checksInputAxis('Conv3D') && !checksInputAxis('Conv1DTranspose') && !checksInputAxis('LSTM'));
  });
});

describe('layer table: dense and convolution rows in each framework', () => {
  it('Dense: kernel and bias with each framework\'s default initializer', () => {
    const row = kerasRow('Dense');
    assert.deepStrictEqual(plan(row, py({ units: i(3) }), [null, 4]), ['kernel [4,3] kernel_initializer=glorot_uniform', 'bias [3] bias_initializer=zeros']);
    assert.deepStrictEqual(plan(row, py({ units: i(3), use_bias: { t: 'bool', v: false } }, 'tf1'), [null, 4]), ['kernel [4,3] kernel_initializer=null']);
    assert.deepStrictEqual(plan(tfjsRow('Dense'), js({ units: 3 }), [null, 4]), ['kernel [4,3] kernel_initializer=glorotNormal', 'bias [3] bias_initializer=zeros']);
    assert.deepStrictEqual(planOutput(row, js({ units: 3 }), [null, 5, 4]), [null, 5, 3]);
  });

  it('DepthwiseConv2D: `kernel` in Keras 3, `depthwise_kernel` in TF.js; output channels times the multiplier', () => {
    const x = [null, 8, 8, 3];
    assert.deepStrictEqual(plan(kerasRow('DepthwiseConv2D'), py({ kernel_size: i(3), depth_multiplier: i(2) }), x),
      ['kernel [3,3,3,2] depthwise_initializer=glorot_uniform', 'bias [6] bias_initializer=zeros']);
    assert.deepStrictEqual(plan(tfjsRow('DepthwiseConv2D'), js({ kernelSize: 3, depthMultiplier: 2 }), x),
      ['depthwise_kernel [3,3,3,2] depthwise_initializer=glorotNormal', 'bias [6] bias_initializer=zeros']);
    for (const c of [py({ kernel_size: i(3), depth_multiplier: i(2), strides: i(2), padding: s('same') }), js({ kernelSize: 3, depthMultiplier: 2, strides: 2, padding: 'same' })]) {
      assert.deepStrictEqual(planOutput(kerasRow('DepthwiseConv2D'), c, x), [null, 4, 4, 6], c.framework);
    }
  });

  it('Conv2D with channels_first: Keras 3 and TF.js size the kernel by axis 1 (TF.js: conformance 056)', () => {
    const x = [null, 3, 10, 12];
    assert.deepStrictEqual(plan(kerasRow('Conv2D'), py({ filters: i(4), kernel_size: i(3), data_format: s('channels_first') }), x),
      ['kernel [3,3,3,4] kernel_initializer=glorot_uniform', 'bias [4] bias_initializer=zeros']);
    assert.deepStrictEqual(planOutput(kerasRow('Conv2D'), py({ filters: i(4), kernel_size: i(3), data_format: s('channels_first') }), x), [null, 4, 8, 10]);
    assert.deepStrictEqual(plan(tfjsRow('Conv2D'), js({ filters: 4, kernelSize: 3, dataFormat: 'channelsFirst' }), x),
      ['kernel [3,3,3,4] kernel_initializer=glorotNormal', 'bias [4] bias_initializer=zeros']);
    assert.deepStrictEqual(planOutput(tfjsRow('Conv2D'), js({ filters: 4, kernelSize: 3, dataFormat: 'channelsFirst' }), x), [null, 4, 8, 10]);
  });

  it('window lengths follow each framework: Keras 3 gives unknown for a window larger than the input', () => {
    const x = [null, 2, 2, 1];
    assert.strictEqual(planOutput(kerasRow('Conv2D'), py({ filters: i(1), kernel_size: i(3) }), x)?.[1], null);
    assert.strictEqual(planOutput(tfjsRow('Conv2D'), js({ filters: 1, kernelSize: 3 }), x)?.[1], 0);
  });

});

describe('layer table: recurrent, normalization, attention and merge rows in each framework', () => {
  it('LSTM: Keras 3 builds in an `lstm_cell` sublayer with unit_forget_bias; TF.js directly, bias zeros unless asked', () => {
    const x = [null, 7, 4];
    assert.deepStrictEqual(plan(kerasRow('LSTM'), py({ units: i(5) }), x), [
      '>lstm_cell', 'kernel [4,20] kernel_initializer=glorot_uniform', 'recurrent_kernel [5,20] recurrent_initializer=orthogonal',
      'bias [20] unit_forget_bias', '<',
    ]);
    // a given bias initializer goes into the unit_forget_bias concatenation too (TF-recorded: program 926)
    assert.deepStrictEqual(plan(kerasRow('LSTM'), py({ units: i(5), bias_initializer: s('ones') }), x).at(-2), 'bias [20] unit_forget_bias');
    assert.deepStrictEqual(plan(kerasRow('LSTM'), py({ units: i(5), unit_forget_bias: { t: 'bool', v: false } }), x).at(-2), 'bias [20] bias_initializer=zeros');
    assert.deepStrictEqual(plan(tfjsRow('LSTM'), js({ units: 5 }), x), [
      'kernel [4,20] kernel_initializer=glorotNormal', 'recurrent_kernel [5,20] recurrent_initializer=orthogonal', 'bias [20] bias_initializer=zeros',
    ]);
    assert.deepStrictEqual(plan(tfjsRow('LSTM'), js({ units: 5, unitForgetBias: true }), x).at(-1), 'bias [20] unit_forget_bias');
    assert.deepStrictEqual(planOutput(kerasRow('LSTM'), py({ units: i(5), return_sequences: { t: 'bool', v: true } }), x), [null, 7, 5]);
    assert.strictEqual(planOutput(tfjsRow('LSTM'), js({ units: 5 }), [null, 4]), null, 'TF.js: [batch, time, features] only');
  });

  it('ConvLSTM2D: gate kernels sized by each time step\'s channels; Keras 3 in a `conv_lstm_cell`', () => {
    const x = [null, 5, 3, 9, 10];
    assert.deepStrictEqual(plan(kerasRow('ConvLSTM2D'), py({ filters: i(2), kernel_size: i(2), data_format: s('channels_first') }), x), [
      '>conv_lstm_cell', 'kernel [2,2,3,8] kernel_initializer=glorot_uniform', 'recurrent_kernel [2,2,2,8] recurrent_initializer=orthogonal',
      'bias [8] unit_forget_bias', '<',
    ]);
    assert.deepStrictEqual(planOutput(kerasRow('ConvLSTM2D'), py({ filters: i(2), kernel_size: i(2), data_format: s('channels_first') }), x), [null, 2, 8, 9]);
    assert.deepStrictEqual(planOutput(tfjsRow('ConvLSTM2D'), js({ filters: 2, kernelSize: 2, returnSequences: true }), [null, 5, 9, 10, 3]), [null, 5, 8, 9, 2]);
    assert.ok(ownsSeedGenerator('ConvLSTM1D', rateArg(undefined)));
  });

  it('GRU: Keras 3\'s reset_after keeps two bias rows; TF.js has one', () => {
    assert.deepStrictEqual(plan(kerasRow('GRU'), py({ units: i(2) }), [null, 3, 4]).at(-2), 'bias [2,6] bias_initializer=zeros');
    assert.deepStrictEqual(plan(tfjsRow('GRU'), js({ units: 2 }), [null, 3, 4]).at(-1), 'bias [6] bias_initializer=zeros');
  });

  it('BatchNormalization: moving statistics are never trainable; the axis sizes them in every framework', () => {
    const expect = (d: number): string[] => [
      `gamma [${d}] gamma_initializer=ones`, `beta [${d}] beta_initializer=zeros`,
      `moving_mean [${d}] moving_mean_initializer=zeros frozen`, `moving_variance [${d}] moving_variance_initializer=ones frozen`,
    ];
    assert.deepStrictEqual(plan(kerasRow('BatchNormalization'), py({ axis: i(1) }), [null, 3, 8]), expect(3));
    assert.deepStrictEqual(plan(tf1Row('batch_normalization'), py({ axis: i(1) }, 'tf1'), [null, 3, 8]), expect(3));
    assert.deepStrictEqual(plan(tf1Row('batch_normalization'), py({}, 'tf1'), [null, 3, 8]), expect(8));
    assert.deepStrictEqual(plan(tfjsRow('BatchNormalization'), js({ axis: 1 }), [null, 3, 8]), expect(3));
  });

  it('MultiHeadAttention: EinsumDense sublayers with cloned initializers and their own fans; the dropout hook before the output', () => {
    const p = plan(kerasRow('MultiHeadAttention'), py({ num_heads: i(2), key_dim: i(3) }), [null, 5, 8], { valueShape: [null, 4, 6] });
    assert.deepStrictEqual(p, [
      '>query clone kernel_initializer,bias_initializer', 'kernel [8,2,3] kernel_initializer=glorot_uniform fans [8,6]', 'bias [2,3] bias_initializer=zeros', '<',
      '>key clone kernel_initializer,bias_initializer', 'kernel [6,2,3] kernel_initializer=glorot_uniform fans [6,6]', 'bias [2,3] bias_initializer=zeros', '<',
      '>value clone kernel_initializer,bias_initializer', 'kernel [6,2,3] kernel_initializer=glorot_uniform fans [6,6]', 'bias [2,3] bias_initializer=zeros', '<',
      '!mha_dropout',
      '>attention_output clone kernel_initializer,bias_initializer', 'kernel [2,3,8] kernel_initializer=glorot_uniform fans [6,8]', 'bias [8] bias_initializer=zeros', '<',
    ]);
    // a key of its own sizes the key kernel; use_gate adds a gate on the query; output_shape (3, 4) ends the output kernel
    const g = plan(kerasRow('MultiHeadAttention'), py({ num_heads: i(2), key_dim: i(3), use_gate: { t: 'bool', v: true }, output_shape: tup(3, 4) }), [null, 5, 8],
      { valueShape: [null, 4, 6], keyShape: [null, 4, 7] });
    assert.deepStrictEqual(g.filter((x) => x.startsWith('>') || x.startsWith('kernel') || x.startsWith('bias')), [
      '>query clone kernel_initializer,bias_initializer', 'kernel [8,2,3] kernel_initializer=glorot_uniform fans [8,6]', 'bias [2,3] bias_initializer=zeros',
      '>key clone kernel_initializer,bias_initializer', 'kernel [7,2,3] kernel_initializer=glorot_uniform fans [7,6]', 'bias [2,3] bias_initializer=zeros',
      '>gate clone kernel_initializer,bias_initializer', 'kernel [8,2,3] kernel_initializer=glorot_uniform fans [8,6]', 'bias [2,3] bias_initializer=zeros',
      '>value clone kernel_initializer,bias_initializer', 'kernel [6,2,3] kernel_initializer=glorot_uniform fans [6,6]', 'bias [2,3] bias_initializer=zeros',
      '>attention_output clone kernel_initializer,bias_initializer', 'kernel [2,3,3,4] kernel_initializer=glorot_uniform fans [6,12]', 'bias [3,4] bias_initializer=zeros',
    ]);
    // build's first check: value and key differ in a middle dim
    assert.deepStrictEqual(plan(kerasRow('MultiHeadAttention'), py({ num_heads: i(2), key_dim: i(3) }), [2, 5, 8], { valueShape: [2, 4, 6], keyShape: [2, 3, 6] }),
      ['raise ValueError: All dimensions of `value` and `key`, except the last one, must be equal. Received: value_shape=(2, 4, 6) and key_shape=(2, 3, 6)']);
    assert.strictEqual(tfjsRow('MultiHeadAttention'), undefined, 'not a TF.js layer');
  });

  it('merges: Keras broadcasts element-wise; TF.js keeps the first shape; Concatenate sums the axis in both', () => {
    assert.deepStrictEqual(planMerge(kerasRow('Add'), py({}), [[null, 4, 6], [null, 1, 6]]), [null, 4, 6]);
    assert.deepStrictEqual(planMerge(tfjsRow('Add'), js({}), [[null, 4, 6], [null, 1, 6]]), [null, 4, 6]);
    assert.deepStrictEqual(planMerge(tfjsRow('Add'), js({}), [[null, 1, 6], [null, 4, 6]]), [null, 1, 6]);
    assert.deepStrictEqual(planMerge(kerasRow('Concatenate'), py({ axis: i(1) }), [[null, 2, 6], [null, 3, 6]]), [null, 5, 6]);
    assert.deepStrictEqual(planMerge(tfjsRow('Concatenate'), js({ axis: 1 }), [[null, 2, 6], [null, 3, 6]]), [null, 5, 6]);
    assert.strictEqual(planMerge(kerasRow('Dense'), py({}), [[null, 2], [null, 2]]), null, 'not a merge layer');
  });

  it('reads the same option under both spellings: Keras snake_case values, TF.js camelCase keys and values', () => {
    const k = py({ pool_size: tup(2, 3), data_format: s('Channels_First') });
    const t = js({ poolSize: [2, 3], dataFormat: 'channelsFirst' });
    assert.deepStrictEqual([k.ints('pool_size', 2), k.str('data_format')], [[2, 3], 'channels_first']);
    assert.deepStrictEqual([t.ints('pool_size', 2), t.str('data_format')], [[2, 3], 'channels_first']);
    assert.deepStrictEqual(planOutput(kerasRow('ZeroPadding2D'), js({ padding: [[1, 0], [2, 3]] }), [null, 4, 4, 2]), [null, 5, 9, 2]);
  });
});

describe('layer table: TF1-only rows (tf.nn.rnn_cell cells, tf.contrib.layers)', () => {
  const t = { t: 'bool', v: true } as Value;
  it('LSTMCell: kernel [depth + num_proj, 4 * units], peepholes and projection from `initializer`; unknown depth stays null', () => {
    const c = py({ units: i(8), num_proj: i(6), use_peepholes: t }, 'tf1');
    assert.deepStrictEqual(plan(tf1Row('LSTMCell'), c, [3, 2]), [
      'kernel [8,32] initializer=null', 'bias [32] null=zeros', 'w_f_diag [8] initializer=null', 'w_i_diag [8] initializer=null',
      'w_o_diag [8] initializer=null', 'projection/kernel [8,6] initializer=null',
    ]);
    assert.deepStrictEqual(planOutput(tf1Row('LSTMCell'), c, [3, 2]), [3, 6]);
    assert.deepStrictEqual(plan(tf1Row('BasicLSTMCell'), py({ units: i(5) }, 'tf1'), [4, null]), ['kernel [null,20] null=null', 'bias [20] null=zeros']);
  });

  it('GRUCell: gates [d + n, 2n] (bias ones by default) and candidate [d + n, n]', () => {
    assert.deepStrictEqual(plan(tf1Row('GRUCell'), py({ units: i(4) }, 'tf1'), [3, 2]), [
      'gates/kernel [6,8] kernel_initializer=null', 'gates/bias [8] bias_initializer=ones',
      'candidate/kernel [6,4] kernel_initializer=null', 'candidate/bias [4] bias_initializer=zeros',
    ]);
  });

  it('contrib batch_norm: the fused path makes beta before gamma, the layer path gamma before beta; NCHW reads axis 1', () => {
    const c = py({ scale: t, data_format: s('NCHW') }, 'tf1');
    assert.deepStrictEqual(plan(tf1Row('batch_norm'), c, [2, 3, 8, 8]).map((p) => p.split(' ').slice(0, 2).join(' ')),
      ['beta [3]', 'gamma [3]', 'moving_mean [3]', 'moving_variance [3]']);
    assert.deepStrictEqual(plan(tf1Row('contrib_batch_norm_layer'), py({ scale: t }, 'tf1'), [2, 8, 8, 5]).map((p) => p.split(' ').slice(0, 2).join(' ') + (p.endsWith('frozen') ? ' frozen' : '')),
      ['gamma [5]', 'beta [5]', 'moving_mean [5] frozen', 'moving_variance [5] frozen']);
  });

  it('contrib layer_norm: parameters over inputs.shape[begin_params_axis:]', () => {
    assert.deepStrictEqual(plan(tf1Row('layer_norm'), py({ begin_params_axis: i(1) }, 'tf1'), [null, 7, 12]), ['beta [7,12] null=zeros', 'gamma [7,12] null=ones']);
  });
});
