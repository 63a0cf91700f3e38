// Rows with a TF1 column only: the cells of tf.nn.rnn_cell / tf.contrib.rnn (TF 1.15 rnn_cell_impl.py, each cell's
// `build` on [batch, input_depth]; named by API path, nn.rnn_cell.LSTMCell, as Keras has LSTMCell/GRUCell rows) and
// tf.contrib.layers' own variables (TF 1.15 layers.py batch_norm / _fused_batch_norm, encoders.py embed_sequence).
// Contract: data and small pure rules only.

import { last } from '../shapes';
import type { ConfigReader, Dim, LayerRow, Rule, Shape, WeightDecl } from '../types';
import { ones, zeros } from './common';

const plus = (a: Dim, b: Dim): Dim => (a === null || b === null ? null : a + b);
const times = (k: number, a: Dim): Dim => (a === null ? null : k * a);
const units = (c: ConfigReader): Dim => c.int('units');
/** The cell's state/output width: LSTMCell's `num_proj` when given, else `num_units`. */
const hDepth = (c: ConfigReader): Dim => (c.has('num_proj') ? c.int('num_proj') : units(c));
/** A cell's kernel: [input_depth + h_depth, k * num_units] (rnn_cell_impl: `inputs_shape[-1] + h_depth`). */
const cellKernel = (k: number, h: (c: ConfigReader) => Dim) => (c: ConfigReader, x: Shape): Dim[] => [plus(last(x), h(c)), times(k, units(c))];
const vec = (k: number) => (c: ConfigReader): Dim[] => [times(k, units(c))];
/** The variable scope's initializer (TF1 get_variable's default) unless the cell's `key` argument is given. */
const scoped = (key: string | null) => ({ key, dflt: null });
const cellOutput = (h: (c: ConfigReader) => Dim) => (c: ConfigReader, x: Dim[]): Shape => [x[0] ?? null, h(c)];
const USE_PEEPHOLES: Rule<boolean> = (c) => c.bool('use_peepholes', false);
const peephole = (name: string): WeightDecl => ({ name, shape: (c) => [units(c)], init: scoped('initializer'), when: USE_PEEPHOLES });

/** The cells' TF1 column: the constructor's positional parameters (TF 1.15) and its default layer name. */
const cell = (names: string[], scope: string, params: string[]) => ({ names, scope, params, aliases: { num_units: 'units' } });

export const TF1_CELL_ROWS: readonly LayerRow[] = [
  {
    // BasicRNNCell.build: kernel [d + n, n] (no initializer argument: the scope's), bias zeros.
    cls: 'nn.rnn_cell.BasicRNNCell',
    tf1: cell(['BasicRNNCell'], 'basic_rnn_cell', ['units', 'activation', 'reuse', 'name', 'dtype']),
    weights: [
      { name: 'kernel', shape: cellKernel(1, units), init: scoped(null) },
      { name: 'bias', shape: vec(1), init: zeros(null) },
    ],
    output: cellOutput(units),
  },
  {
    // GRUCell.build: gates/kernel [d + n, 2n], gates/bias (bias_initializer, else constant 1.0), candidate/kernel
    // [d + n, n], candidate/bias (bias_initializer, else zeros); kernels take kernel_initializer.
    cls: 'nn.rnn_cell.GRUCell',
    tf1: cell(['GRUCell'], 'gru_cell', ['units', 'activation', 'reuse', 'kernel_initializer', 'bias_initializer', 'name', 'dtype']),
    weights: [
      { name: 'gates/kernel', shape: cellKernel(2, units), init: scoped('kernel_initializer') },
      { name: 'gates/bias', shape: vec(2), init: ones('bias_initializer') },
      { name: 'candidate/kernel', shape: cellKernel(1, units), init: scoped('kernel_initializer') },
      { name: 'candidate/bias', shape: vec(1), init: zeros('bias_initializer') },
    ],
    output: cellOutput(units),
  },
  {
    // BasicLSTMCell.build: kernel [d + n, 4n] (the scope's initializer), bias zeros (forget_bias is added at call).
    cls: 'nn.rnn_cell.BasicLSTMCell',
    tf1: cell(['BasicLSTMCell'], 'basic_lstm_cell', ['units', 'forget_bias', 'state_is_tuple', 'activation', 'reuse', 'name', 'dtype']),
    weights: [
      { name: 'kernel', shape: cellKernel(4, units), init: scoped(null) },
      { name: 'bias', shape: vec(4), init: zeros(null) },
    ],
    output: cellOutput(units),
  },
  {
    // LSTMCell.build: kernel [d + (num_proj or n), 4n], bias zeros, peepholes w_f_diag/w_i_diag/w_o_diag [n] when
    // use_peepholes, projection/kernel [n, num_proj] when num_proj; `initializer` for all but the bias.
    cls: 'nn.rnn_cell.LSTMCell',
    tf1: cell(['LSTMCell'], 'lstm_cell', [
      'units', 'use_peepholes', 'cell_clip', 'initializer', 'num_proj', 'proj_clip', 'num_unit_shards', 'num_proj_shards',
      'forget_bias', 'state_is_tuple', 'activation', 'reuse', 'name', 'dtype',
    ]),
    weights: [
      { name: 'kernel', shape: cellKernel(4, hDepth), init: scoped('initializer') },
      { name: 'bias', shape: vec(4), init: zeros(null) },
      peephole('w_f_diag'), peephole('w_i_diag'), peephole('w_o_diag'),
      { name: 'projection/kernel', shape: (c) => [units(c), c.int('num_proj')], init: scoped('initializer'), when: (c) => c.has('num_proj') },
    ],
    output: cellOutput(hDepth),
  },
];

/** batch_norm's parameters: the channel axis of the input (NHWC: last; NCHW: axis 1). */
const channelShape = (c: ConfigReader, x: Shape): Dim[] => [x ? (c.str('data_format', 'NHWC') === 'nchw' ? x[1] ?? null : last(x)) : null];
const CENTER: Rule<boolean> = (c) => c.bool('center', true);
const SCALE: Rule<boolean> = (c) => c.bool('scale', false);
const BETA: WeightDecl = { name: 'beta', shape: channelShape, init: zeros('beta_initializer'), when: CENTER };
const GAMMA: WeightDecl = { name: 'gamma', shape: channelShape, init: ones('gamma_initializer'), when: SCALE };
const MOVING: WeightDecl[] = [
  { name: 'moving_mean', shape: channelShape, init: zeros('moving_mean_initializer'), trainable: false },
  { name: 'moving_variance', shape: channelShape, init: ones('moving_variance_initializer'), trainable: false },
];

export const CONTRIB_ROWS: readonly LayerRow[] = [
  {
    // _fused_batch_norm (rank 2, or non-default updates_collections): beta, gamma, then the moving statistics.
    cls: 'ContribFusedBatchNorm',
    tf1: { names: ['batch_norm'], scope: 'BatchNorm', params: ['decay', 'center', 'scale', 'epsilon'] },
    weights: [BETA, GAMMA, ...MOVING],
    output: (_c, x) => x,
  },
  {
    // batch_norm through the core BatchNormalization layer (rank 4 with default updates): its build makes gamma
    // before beta (Keras 2's BatchNormalization.build), then the moving statistics.
    cls: 'ContribLayerBatchNorm',
    tf1: { names: ['contrib_batch_norm_layer'], scope: 'BatchNorm', params: ['decay', 'center', 'scale', 'epsilon'] },
    weights: [GAMMA, BETA, ...MOVING],
    output: (_c, x) => x,
  },
  {
    // encoders.embed_sequence: `embeddings` [vocab_size, embed_dim], the scope's initializer unless given.
    cls: 'EmbedSequence',
    tf1: { names: ['embed_sequence'], scope: 'EmbedSequence', params: ['vocab_size', 'embed_dim', 'unique', 'initializer'] },
    weights: [{ name: 'embeddings', shape: (c) => [c.int('vocab_size'), c.int('embed_dim')], init: scoped('initializer') }],
    output: (c, x) => [...x, c.int('embed_dim')],
  },
];
