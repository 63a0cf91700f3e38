// Rows: recurrent layers (LSTM, GRU, SimpleRNN: Keras 3 builds their weights in a `<kind>_cell` sublayer, TF.js
// directly under the layer), ConvLSTM1D-3D (convolutional gates over each time step), the RNN cells (seed draws
// only), and the attention layers (MultiHeadAttention's EinsumDense sublayers with cloned initializers and fans).
// Contract: data and small pure rules only.

import { attentionMerge, channels, convOutput, kernelSize, last, mul, product, pyTuple } from '../shapes';
import { fw, type BuildExtras, type BuildStep, type IntArgCheck, type ConfigReader, type Dim, type LayerRow, type OutputRule, type PerFw, type QkvCheck, type Rule, type Shape, type SpecialInit, type SublayerDecl, type WeightDecl } from '../types';
import { CONV } from './conv';
import { BIAS, DRAWS_KB, DRAWS_RNN, KERNEL, KERNEL_LORA, LORA_UNKNOWN, loraWeights, NO_DRAWS, notLora, ones, RECURRENT, SEED_GEN, USE_BIAS } from './common';
import { analyzeEinsum, type EinsumResult, type EinsumShapes } from '../einsum';

const units = (c: ConfigReader): Dim => c.int('units');

/**
 * Keras (3, and 2's LSTMCell): unit_forget_bias (default on) builds the bias as the bias initializer's values for
 * the input gate, ones for the forget gate, the initializer again for the other two, whatever initializer is
 * given (keras/src/layers/rnn/lstm.py `build`); TF.js: only when asked. `key`: the units' option.
 */
function unitForgetBias(key: 'units' | 'filters'): PerFw<Rule<SpecialInit | null>> {
  const n = (c: ConfigReader): Dim => c.int(key);
  return fw<Rule<SpecialInit | null>>(
    (c) => (c.bool('unit_forget_bias', true) && n(c) !== null ? { kind: 'unit_forget_bias', units: n(c) } : null),
    { tfjs: (c) => (c.bool('unit_forget_bias', false) ? { kind: 'unit_forget_bias', units: n(c) } : null) },
  );
}

/** Keras 3's `stateful=True` (keras/src/layers/rnn/rnn.py build): the layer keeps its states in variables. */
const stateful = (c: ConfigReader): boolean => c.framework === 'keras3' && c.bool('stateful', false);

/**
 * After the cell's weights, a stateful Keras 3 RNN makes one `rnn_state` variable per state (zeros, [batch, units],
 * non-trainable) under its own name; a batch size TensorFlow does not know raises first.
 */
function statefulStates(states: number): BuildStep[] {
  return [
    {
      raise: (c, x, m) => (stateful(c) && x && x[0] === null && m.definite
        ? { type: 'ValueError', message: `When using \`stateful=True\` in a RNN, the batch size must be static. Found dynamic batch size: sequence.shape=${pyTuple(x)}` }
        : null),
    },
    ...Array.from({ length: states }, (): BuildStep => ({
      // made under @no_automatic_dependency_tracking: not among the layer's weights, not in count_params()
      name: 'rnn_state', shape: (c, x) => [x ? x[0]! : null, units(c)], init: { key: null, dflt: 'zeros' }, trainable: false, when: stateful, tracked: false,
    })),
  ];
}

function rnnWeights(cell: string, gates: number, bias: BuildStep, states: number): readonly BuildStep[] {
  return [
    {
      sublayer: fw<string | null>(cell, { tfjs: null }),
      steps: [
        { name: 'kernel', shape: (c, x) => [last(x), mul(units(c), gates)], init: KERNEL },
        { name: 'recurrent_kernel', shape: (c) => [units(c), mul(units(c), gates)], init: RECURRENT },
        bias,
      ],
    },
    ...statefulStates(states),
  ];
}

/** A Keras 3 cell's own weights (no sublayer scope: the cell is the layer); none in TF.js (see the cell rows). */
function cellWeights(gates: number, bias: Rule<Shape>, special?: WeightDecl['special']): readonly BuildStep[] {
  const keras = fw<Rule<boolean>>(() => true, { tfjs: () => false });
  return [
    { name: 'kernel', shape: (c, x) => [last(x), mul(units(c), gates)], init: KERNEL, when: keras },
    { name: 'recurrent_kernel', shape: (c) => [units(c), mul(units(c), gates)], init: RECURRENT, when: keras },
    { name: 'bias', shape: bias, init: BIAS, when: fw<Rule<boolean>>(USE_BIAS, { tfjs: () => false }), ...(special ? { special } : {}) },
  ];
}

const rnnOutput: OutputRule = (c, x) => (c.bool('return_sequences', false) ? [...x.slice(0, -1), units(c)] : [x[0]!, units(c)]);
/** TF.js's recurrent layers take [batch, time, features] inputs. */
const RNN_OUTPUT = fw<OutputRule>(rnnOutput, { tfjs: (c, x) => (x.length === 3 ? rnnOutput(c, x) : null) });

/** One time step of a sequence input: [batch, ...spatial and channels]. */
const step = (x: Shape): Shape => (x ? [x[0]!, ...x.slice(2)] : null);

/** ConvLSTM1D-3D: an LSTM whose four gates are convolutions over each time step (Keras 3: in a `conv_lstm_cell`). */
function convLstmRow(rank: number, tfjs?: string): LayerRow {
  const gates = (c: ConfigReader): Dim => mul(c.int('filters'), 4);
  const stepOutput = convOutput(rank, 'conv');
  return {
    cls: `ConvLSTM${rank}D`,
    keras: {
      params: [...CONV, 'activation', 'recurrent_activation', 'use_bias', 'kernel_initializer', 'recurrent_initializer', 'bias_initializer', 'unit_forget_bias'],
      draws: [SEED_GEN, ...DRAWS_RNN], seedState: 'always', states: 2, fromConfig: 'plain',
    },
    ...(tfjs ? { tfjs: { factory: tfjs } } : {}),
    weights: [{
      sublayer: fw<string | null>('conv_lstm_cell', { tfjs: null }),
      steps: [
        { name: 'kernel', shape: (c, x) => [...kernelSize(c, rank), channels(c, step(x)), gates(c)], init: KERNEL },
        { name: 'recurrent_kernel', shape: (c) => [...kernelSize(c, rank), c.int('filters'), gates(c)], init: RECURRENT },
        { name: 'bias', shape: (c) => [gates(c)], init: BIAS, when: USE_BIAS, special: unitForgetBias('filters') },
      ],
    }],
    output: (c, x) => {
      const out = x.length === rank + 3 ? stepOutput(c, step(x)!) : null;
      return out && c.bool('return_sequences', false) ? [out[0]!, x[1]!, ...out.slice(1)] : out;
    },
  };
}

const RNN_PARAMS = ['units', 'activation', 'recurrent_activation', 'use_bias', 'kernel_initializer', 'recurrent_initializer', 'bias_initializer'];

/** The Keras 3 RNN cells (which the LSTM/GRU/SimpleRNN layers make first) check `units <= 0` before anything else. */
const CELL_UNITS: readonly IntArgCheck[] = [{ key: 'units', numeric: true, message: 'Received an invalid value for argument `units`, expected a positive integer, got {value}.' }];

const RNN_ROWS: readonly LayerRow[] = [
  {
    cls: 'LSTM', keras: { params: [...RNN_PARAMS, 'unit_forget_bias'], draws: [...DRAWS_RNN, SEED_GEN], seedState: 'always', states: 2, fromConfig: 'plain', intArgs: CELL_UNITS },
    tfjs: { factory: 'lstm' },
    weights: rnnWeights('lstm_cell', 4, { name: 'bias', shape: (c) => [mul(units(c), 4)], init: BIAS, when: USE_BIAS, special: unitForgetBias('units') }, 2),
    output: RNN_OUTPUT,
  },
  {
    // GRU: Keras's reset_after (default True) keeps two bias rows; TF.js's GRU has none (it rejects resetAfter).
    cls: 'GRU', keras: { params: RNN_PARAMS, draws: [...DRAWS_RNN, SEED_GEN], seedState: 'always', states: 1, fromConfig: 'plain', intArgs: CELL_UNITS },
    tfjs: { factory: 'gru' },
    weights: rnnWeights('gru_cell', 3, {
      name: 'bias', init: BIAS, when: USE_BIAS,
      shape: (c) => (c.bool('reset_after', c.framework !== 'tfjs') ? [2, mul(units(c), 3)] : [mul(units(c), 3)]),
    }, 1),
    output: RNN_OUTPUT,
    ignores: { tfjs: ['reset_after'] },
  },
  {
    cls: 'SimpleRNN',
    keras: { params: RNN_PARAMS.filter((p) => p !== 'recurrent_activation'), draws: [SEED_GEN, ...DRAWS_RNN], seedState: 'always', states: 1, fromConfig: 'plain', intArgs: CELL_UNITS },
    tfjs: { factory: 'simpleRNN' },
    weights: rnnWeights('simple_rnn_cell', 1, { name: 'bias', shape: (c) => [units(c)], init: BIAS, when: USE_BIAS }, 1),
    output: RNN_OUTPUT,
  },
  // Keras 3's cells as layers of their own (a SeedGenerator from construction, weights under the cell's own name
  // when built); TF.js builds its cells through the layer rows (`cellOf`), so these weights are Keras's only.
  {
    cls: 'LSTMCell', keras: { params: [...RNN_PARAMS, 'unit_forget_bias'], draws: [...DRAWS_RNN, SEED_GEN], seedState: 'always', intArgs: CELL_UNITS },
    tfjs: { factory: 'lstmCell', cellOf: 'LSTM' },
    weights: cellWeights(4, (c) => [mul(units(c), 4)], unitForgetBias('units')),
  },
  {
    cls: 'GRUCell', keras: { params: RNN_PARAMS, draws: [...DRAWS_RNN, SEED_GEN], seedState: 'always', intArgs: CELL_UNITS },
    tfjs: { factory: 'gruCell', cellOf: 'GRU' },
    weights: cellWeights(3, (c) => (c.bool('reset_after', true) ? [2, mul(units(c), 3)] : [mul(units(c), 3)])),
  },
  {
    cls: 'SimpleRNNCell', keras: { params: RNN_PARAMS.filter((p) => p !== 'recurrent_activation'), draws: [SEED_GEN, ...DRAWS_RNN], seedState: 'always', intArgs: CELL_UNITS },
    tfjs: { factory: 'simpleRNNCell', cellOf: 'SimpleRNN' },
    weights: cellWeights(1, (c) => [units(c)]),
  },
  // The generic RNN over a cell or a list of cells (a list becomes StackedRNNCells: in Keras 3 before the RNN takes
  // its name; TF.js's build opens a name scope `RNNCell_<i>` per cell: tfjs-layers recurrent.ts); the weights are the
  // cells' (Keras 3: run by lib/kerasWrappers.ts in the RNN's and the stack's scopes).
  { cls: 'RNN', keras: { params: ['cell', 'return_sequences', 'return_state', 'go_backwards', 'stateful', 'unroll'], draws: NO_DRAWS }, tfjs: { factory: 'rnn', cells: 'rnn' } },
  { cls: 'StackedRNNCells', keras: { params: ['cells'], draws: NO_DRAWS }, tfjs: { factory: 'stackedRNNCells', cells: 'stacked' } },
  convLstmRow(1), convLstmRow(2, 'convLstm2d'), convLstmRow(3),
];

// ---------------------------------------------------------------------------------------------- attention

type Dims = Rule<Shape>;
const heads = (c: ConfigReader): Dim => c.int('num_heads');
const keyDim = (c: ConfigReader): Dim => c.int('key_dim');
const valueDim = (c: ConfigReader): Dim => c.int('value_dim', keyDim(c));
/** The value input's shape (the query's when called on one input), and the key's (the value's when not given). */
const vShape = (x: Shape, m: BuildExtras): Shape => (m.valueShape === undefined ? x : m.valueShape);
const kShape = (x: Shape, m: BuildExtras): Shape => (m.keyShape === undefined ? vShape(x, m) : m.keyShape);
/** output_shape as dims: undefined when not given. */
function mhaOutputDims(c: ConfigReader): Dim[] | null | undefined {
  const d = c.dims('output_shape');
  if (d !== null) return d;
  const n = c.int('output_shape');
  return n === null ? null : [n];
}
/** The output projection's trailing dims: output_shape, else the query's last dim. */
const outDims = (c: ConfigReader, x: Shape): Dim[] | null => {
  const d = mhaOutputDims(c);
  return d === undefined ? [last(x)] : d;
};

/**
 * An EinsumDense sublayer projecting an input's last axis (`bound` dims of the kernel's front) onto `out` dims:
 * Keras clones both initializers into it, and takes the kernel's fans from its in/out parts.
 */
function einsum(name: string, bound: Dims, out: Dims, when?: Rule<boolean>): SublayerDecl {
  const cat = (c: ConfigReader, x: Shape, m: BuildExtras): Shape => {
    const b = bound(c, x, m);
    const o = out(c, x, m);
    return b && o ? [...b, ...o] : null;
  };
  return {
    sublayer: name, clone: [KERNEL, BIAS], ...(when ? { when } : {}),
    steps: [
      // Keras 3's EinsumDense gives variance scaling its input/output axes; Keras 2's took the kernel shape's own fans
      { name: 'kernel', shape: cat, init: KERNEL, fans: (c, x, m) => (c.framework === 'keras3' ? [product(bound(c, x, m) ?? [null]), product(out(c, x, m) ?? [null])] : null) },
      { name: 'bias', shape: out, init: BIAS, when: USE_BIAS },
    ],
  };
}

const known = (d: Dim[]): boolean => d.every((n) => n !== null);

/** The attention layers' check: the value and key shapes must agree but for their last dims (known ones only). */
const valueKeyCheck: QkvCheck = (_q, v, k) => {
  if (!v || !k) return null;
  const vm = v.slice(1, -1);
  const km = k.slice(1, -1);
  if (!known(vm) || !known(km) || (vm.length === km.length && vm.every((d, i) => d === km[i]))) return null;
  return { type: 'ValueError', message: `All dimensions of \`value\` and \`key\`, except the last one, must be equal. Received: value_shape=${pyTuple(v)} and key_shape=${pyTuple(k)}` };
};

/** GroupedQueryAttention.compute_output_shape's first check: the query's and value's last dims agree. */
const queryValueCheck: QkvCheck = (q, v) => {
  const a = last(q);
  const b = last(v);
  if (a === null || b === null || a === b) return null;
  return { type: 'ValueError', message: `The last dimension of \`query_shape\` and \`value_shape\` must be equal, but are ${a}, ${b}. Received: query_shape=${pyTuple(q!)}, value_shape=${pyTuple(v!)}` };
};

/** MultiHeadAttention.build's first step: the value/key check on the value and key it was given. */
const buildValueKeyCheck: Rule<{ type: string; message: string } | null> = (_c, x, m) => (m.keyShape === undefined ? null : valueKeyCheck(x, vShape(x, m), kShape(x, m)));

const positive = (key: string, text: string, noneOk?: true): IntArgCheck =>
  ({ key, ...(noneOk ? { noneOk } : {}), message: `Received an invalid value for argument \`${key}\`, expected ${text}. Received: ${key}={value}` });

// keras/src/layers/attention/multi_head_attention.py (Keras 3.15): the constructor's integer checks, then build's
// value/key check and its EinsumDense sublayers in order: query (on the query), key (on the key), gate (use_gate,
// on the query), value (on the value), the attention's Dropout, attention_output (heads x value_dim -> output_shape).
const MHA: LayerRow = {
  cls: 'MultiHeadAttention',
  keras: {
    params: ['num_heads', 'key_dim', 'value_dim', 'dropout', 'use_bias', 'output_shape'], draws: DRAWS_KB,
    intArgs: [positive('num_heads', 'a positive integer'), positive('key_dim', 'a positive integer'), positive('value_dim', 'a positive integer or `None`', true)],
    qkv: { checks: [valueKeyCheck] },
  },
  weights: [
    { raise: buildValueKeyCheck },
    einsum('query', (_c, x) => [last(x)], (c) => [heads(c), keyDim(c)]),
    einsum('key', (_c, x, m) => [last(kShape(x, m))], (c) => [heads(c), keyDim(c)]),
    einsum('gate', (_c, x) => [last(x)], (c) => [heads(c), valueDim(c)], (c) => c.bool('use_gate', false)),
    einsum('value', (_c, x, m) => [last(vShape(x, m))], (c) => [heads(c), valueDim(c)]),
    // Its Dropout sublayer (built before the output projection) owns a SeedGenerator when dropout > 0.
    { hook: 'mha_dropout' },
    einsum('attention_output', (c) => [heads(c), valueDim(c)], (c, x) => outDims(c, x)),
  ],
  output: (c, x) => {
    const d = mhaOutputDims(c);
    return d === undefined ? x : d ? [...x.slice(0, -1), ...d] : null;
  },
};

// keras/src/layers/attention/grouped_query_attention.py (Keras 3.15): the heads' divisibility checked after the name
// is taken; build's EinsumDense sublayers query (query heads), key and value (key/value heads), gate (use_gate),
// the Dropout, attention_output back to the query's width; compute_output_shape's two checks.
const qHeads = (c: ConfigReader): Dim => c.int('num_query_heads');
const kvHeads = (c: ConfigReader): Dim => c.int('num_key_value_heads');
const headDim = (c: ConfigReader): Dim => c.int('head_dim');
const GQA: LayerRow = {
  cls: 'GroupedQueryAttention',
  keras: {
    params: ['head_dim', 'num_query_heads', 'num_key_value_heads', 'dropout', 'use_bias'], draws: DRAWS_KB, aliases: ['GroupQueryAttention'], unexported: true,
    named: [(c) => {
      const q = qHeads(c);
      const kv = kvHeads(c);
      return q !== null && kv !== null && kv !== 0 && ((q % kv) + kv) % kv !== 0 ? '`num_query_heads` must be divisible by `num_key_value_heads`.' : null;
    }],
    qkv: { checks: [queryValueCheck, valueKeyCheck] },
  },
  weights: [
    einsum('query', (_c, x) => [last(x)], (c) => [qHeads(c), headDim(c)]),
    einsum('key', (_c, x, m) => [last(kShape(x, m))], (c) => [kvHeads(c), headDim(c)]),
    einsum('gate', (_c, x) => [last(x)], (c) => [qHeads(c), headDim(c)], (c) => c.bool('use_gate', false)),
    einsum('value', (_c, x, m) => [last(vShape(x, m))], (c) => [kvHeads(c), headDim(c)]),
    { hook: 'mha_dropout' },
    einsum('attention_output', (c) => [qHeads(c), headDim(c)], (_c, x) => [last(x)]),
  ],
  output: (_c, x) => x,
};

/** EinsumDense's shapes on an input (einsum.ts); null when the input or an option is not known statically. */
function einsumOf(c: ConfigReader, x: Shape): EinsumResult | null {
  const eq = c.text('equation');
  const bias = c.text('bias_axes');
  const out = c.dims('output_shape') ?? (c.has('output_shape') ? [c.int('output_shape')] : undefined);
  if (!x || !eq || bias === null || !out) return null;
  return analyzeEinsum(eq, bias ?? null, x, out);
}
const einsumShapes = (c: ConfigReader, x: Shape): EinsumShapes | null => {
  const r = einsumOf(c, x);
  return r && !('error' in r) ? r : null;
};
const einsumKernel: Rule<Shape> = (c, x) => einsumShapes(c, x)?.kernel ?? null;

// keras/src/layers/core/einsum_dense.py: kernel and bias shaped by the equation (bias only with bias_axes), Keras 3's
// fans from the kernel's input and output axes, LoRA as on Dense; build raises Keras's errors for a bad equation.
const EINSUM_DENSE: LayerRow = {
  cls: 'EinsumDense',
  keras: { params: ['equation', 'output_shape', 'activation', 'bias_axes'], draws: DRAWS_KB, fromConfig: 'quantization' },
  weights: [
    { raise: (c, x) => { const r = einsumOf(c, x); return r && 'error' in r ? { type: 'ValueError', message: r.error } : null; } },
    {
      name: 'kernel', shape: einsumKernel, init: KERNEL, trainable: notLora(KERNEL_LORA),
      fans: (c, x) => {
        const r = einsumShapes(c, x);
        return r && c.framework === 'keras3' ? [product(r.inputAxes.map((i) => r.kernel[i]!)), product(r.outputAxes.map((i) => r.kernel[i]!))] : null;
      },
    },
    { name: 'bias', shape: (c, x) => einsumShapes(c, x)?.bias ?? null, init: BIAS, when: (c) => c.text('bias_axes') !== undefined },
    ...loraWeights(KERNEL_LORA, einsumKernel),
  ],
  output: (c, x) => einsumShapes(c, x)?.output ?? null,
  unsupported: { keras3: LORA_UNKNOWN },
  lora: KERNEL_LORA,
};

const DROPOUT_SEED = [{ seedGen: true as const, when: 'dropout', dflt: 0 }];

export const RECURRENT_ROWS: readonly LayerRow[] = [
  ...RNN_ROWS, MHA,
  GQA,
  EINSUM_DENSE,
  // Built on their [query, value(, key)] list with the query's shape (keras/src/layers/attention/attention.py and
  // additive_attention.py build): Attention's scalar `scale` (use_scale=False by default) and
  // `concat_score_weight` (score_mode="concat"), both ones; AdditiveAttention's `scale` of the query's width.
  {
    cls: 'Attention', keras: { params: ['use_scale', 'score_mode', 'dropout', 'seed'], draws: DROPOUT_SEED, seedState: 'dropout' }, merge: attentionMerge,
    weights: [
      { name: 'scale', shape: () => [], init: ones(null), when: (c) => c.bool('use_scale', false) },
      { name: 'concat_score_weight', shape: () => [], init: ones(null), when: (c) => c.str('score_mode', 'dot') === 'concat' },
    ],
  },
  {
    cls: 'AdditiveAttention', keras: { params: ['use_scale', 'dropout'], draws: DROPOUT_SEED, seedState: 'dropout' }, merge: attentionMerge,
    weights: [{ name: 'scale', shape: (_c, x) => [last(x)], init: { key: null, dflt: 'glorot_uniform' }, when: (c) => c.bool('use_scale', true) }],
  },
];
