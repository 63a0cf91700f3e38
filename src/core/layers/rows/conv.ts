// Rows: convolutions (Conv1D-3D, their transposes, depthwise and separable ones), pooling (windowed and
// global), and the spatial resizing layers (UpSampling, ZeroPadding, Cropping). Families are written once as
// row makers over the spatial rank; each call is one row.
// Contract: data and small pure rules only; the shape functions live in ../shapes.ts.

import { channels, channelsFirst, convOutput, globalPoolOutput, kernelSize, mul, padOutput, poolOutput, pyTuple, upSamplingOutput, type ConvKind } from '../shapes';
import { fw, type ConfigReader, type CtorCheck, type Dim, type KerasColumn, type KerasCtorStep, type LayerRow, type Rule, type Shape, type TupleArg } from '../types';
import { BIAS, DRAWS_DEPTHWISE, DRAWS_KB, DRAWS_SEPARABLE, KERNEL, KERNEL_LORA, LORA_UNKNOWN, loraWeights, NO_DRAWS, notLora, TF1_KEYS, USE_BIAS } from './common';

export const CONV = ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'dilation_rate'];
const POOL = ['pool_size', 'strides', 'padding', 'data_format'];
/** Options TF1's convolution layers are modelled without (no dilation, no groups). */
const TF1_CONV_IGNORES = ['dilation_rate', 'groups'];

/** Keras 2's Conv._get_input_channel (tensorflow/python/keras/layers/convolutional.py); SeparableConv.build says the same. */
const TF1_CHANNEL = { dim: 'channel', message: 'The channel dimension of the inputs should be defined. Found `None`.' } as const;

/** Conv3DTranspose.build words it otherwise, with the input's TensorShape. */
const TF1_CHANNEL_3DT = { dim: 'channel', message: 'The channel dimension of the inputs should be defined, found None: {shape}' } as const;

const div = (a: Dim, b: Dim): Dim => (a === null || b === null ? null : a / b);
const filters = (c: ConfigReader): Dim[] => [c.int('filters')];

interface ConvSpec {
  cls: string;
  rank: number;
  kind: ConvKind | 'separable';
  params: readonly string[];
  aliases?: readonly string[];
  tfjs?: string;
  tf1?: string;
  inputSpec?: boolean;
}

/** NumPy's str of an int array, as Keras's messages print it: `[1 1]`. */
const npArray = (x: readonly number[]): string => `[${x.join(' ')}]`;

/**
 * BaseConv / BaseDepthwiseConv / BaseSeparableConv.build call compute_output_shape before making weights, and
 * keras/src/ops/operation_utils.py compute_conv_output_shape raises when a 'valid' output size is zero or negative
 * (None spatial dims skipped). `filters`: the kernel's last dim (depth_multiplier x channels for a depthwise one).
 */
function convOutputError(rank: number, filters: (c: ConfigReader, x: Shape) => Dim): Rule<{ type: string; message: string } | null> {
  return (c, x, m) => {
    if (c.framework !== 'keras3' || !x || x.length !== rank + 2 || c.str('padding', 'valid') !== 'valid') return null;
    // a dim the analysis lost would print wrongly: only TensorFlow's own None dims, or none
    if (x.some((d) => d === null) && !m.definite) return null;
    const first = channelsFirst(c);
    const spatial = first ? x.slice(2) : x.slice(1, -1);
    const k = kernelSize(c, rank);
    const strides = c.ints('strides', rank, 1);
    const dil = c.ints('dilation_rate', rank, 1);
    const f = filters(c, x);
    if (k.some((d) => d === null) || !strides || strides.some((d) => d === null) || !dil || dil.some((d) => d === null) || f === null) return null;
    const bad = spatial.some((d, i) => d !== null && Math.floor((d - dil[i]! * (k[i]! - 1) - 1) / strides[i]!) + 1 <= 0);
    if (!bad) return null;
    const kernel = [...k, first ? x[1]! : x[x.length - 1]!, f];
    return {
      type: 'ValueError',
      message: `Computed output size would be zero or negative. Received \`inputs shape=${pyTuple(x)}\`, \`kernel shape=${pyTuple(kernel)}\`, ` +
        `\`dilation_rate=${npArray(dil as number[])}\`, \`strides=${pyTuple(strides)}\`, \`padding=valid\`.`,
    };
  };
}

/** Weights of a plain or transposed convolution: kernel sized by the channel axis (groups split it), bias; a plain
 *  one's LoRA weights (BaseConv.enable_lora; the transposed ones have none). */
function convWeights(rank: number, transpose: boolean): LayerRow['weights'] {
  if (transpose) {
    return [
      { name: 'kernel', init: KERNEL, shape: (c, x) => [...kernelSize(c, rank), c.int('filters'), channels(c, x)] },
      { name: 'bias', shape: filters, init: BIAS, when: USE_BIAS },
    ];
  }
  const kernel = (c: ConfigReader, x: Shape): Dim[] => [...kernelSize(c, rank), div(channels(c, x), c.int('groups', 1)), c.int('filters')];
  return [
    { raise: convOutputError(rank, (c) => c.int('filters')) },
    { name: 'kernel', init: KERNEL, shape: kernel, trainable: notLora(KERNEL_LORA) },
    { name: 'bias', shape: filters, init: BIAS, when: USE_BIAS },
    ...loraWeights(KERNEL_LORA, kernel),
  ];
}

/** Depthwise (`kernel` in Keras 3, `depthwise_kernel` in TF.js and Keras 2: its DepthwiseConv2D.build) and separable (depthwise then pointwise) weights. */
function depthwiseWeights(rank: number, separable: boolean): LayerRow['weights'] {
  const mult = (c: ConfigReader): Dim => c.int('depth_multiplier', 1);
  const depthwise = (c: ConfigReader, x: Shape): Dim[] => [...kernelSize(c, rank), channels(c, x), mult(c)];
  const outCh = (c: ConfigReader, x: Shape): Dim => mul(channels(c, x), mult(c));
  if (!separable) {
    return [
      { raise: convOutputError(rank, outCh) },
      {
        name: fw('kernel', { tfjs: 'depthwise_kernel', keras2: 'depthwise_kernel', tf1: 'depthwise_kernel' }), shape: depthwise,
        init: { key: 'depthwise_initializer', dflt: fw<string | null>('glorot_uniform', { tfjs: 'glorotNormal' }) },
      },
      { name: 'bias', shape: (c, x) => [outCh(c, x)], init: BIAS, when: USE_BIAS },
    ];
  }
  // TF1's separable layers default both initializers to None: the variable scope's (get_variable's default)
  const GLOROT_U = fw<string | null>('glorot_uniform', { tfjs: 'glorotUniform', tf1: null });
  return [
    { raise: convOutputError(rank, (c) => c.int('filters')) },
    { name: 'depthwise_kernel', shape: depthwise, init: { key: 'depthwise_initializer', dflt: GLOROT_U } },
    {
      name: 'pointwise_kernel', shape: (c, x) => [...Array<Dim>(rank).fill(1), outCh(c, x), c.int('filters')],
      // TF.js 4.22's SeparableConv constructor (tfjs-layers/src/layers/convolutional.ts) sets its pointwise
      // initializer from `config.depthwiseInitializer || DEFAULT_POINTWISE_INITIALIZER`: pointwiseInitializer is ignored.
      init: { key: fw<string | null>('pointwise_initializer', { tfjs: 'depthwise_initializer' }), dflt: GLOROT_U },
    },
    { name: 'bias', shape: filters, init: BIAS, when: USE_BIAS },
  ];
}

// ---------------------------------------------------------------------------------------- constructor checks
// Keras 3.15's BaseConv / BaseConvTranspose / BaseDepthwiseConv / BaseSeparableConv.__init__: after Layer.__init__,
// standardize_tuple on kernel_size, strides, dilation_rate (and a transposed one's output_padding, zeros allowed), then
// the initializers, then these checks in each class's order. A value not known statically passes (no guess).

const positive = (key: string): CtorCheck => (c) => {
  const v = c.int(key);
  return v !== null && v <= 0 ? `Invalid value for argument \`${key}\`. Expected a strictly positive value. Received ${key}=${v}.` : null;
};
const GROUPS: CtorCheck = (c) => {
  const g = c.int('groups', 1);
  return g !== null && g <= 0 ? `The number of groups must be a positive integer. Received: groups=${g}.` : null;
};
const GROUPS_DIVIDE: CtorCheck = (c) => {
  const f = c.int('filters');
  const g = c.int('groups', 1);
  return f !== null && g !== null && g > 0 && f % g !== 0 ? `The number of filters must be evenly divisible by the number of groups. Received: groups=${g}, filters=${f}.` : null;
};
/** `not all(self.<key>)`: unreachable after standardize_tuple's own check, kept in the classes' order all the same. */
const noZero = (key: string, rank: number, words: (t: string) => string): CtorCheck => (c) => {
  const t = c.ints(key, rank, 1);
  return t && t.every((d) => d !== null) && t.includes(0) ? words(pyTuple(t)) : null;
};
const STRIDES_DILATION = (rank: number): CtorCheck => (c) => {
  const s = c.ints('strides', rank, 1);
  const d = c.ints('dilation_rate', rank, 1);
  if (!s || !d || s.some((x) => x === null) || d.some((x) => x === null)) return null;
  return Math.max(...(s as number[])) > 1 && Math.max(...(d as number[])) > 1
    ? `\`strides > 1\` not supported in conjunction with \`dilation_rate > 1\`. Received: strides=${pyTuple(s)} and dilation_rate=${pyTuple(d)}`
    : null;
};
/** BaseConvTranspose checks output_padding < strides twice, in two wordings; the first one raises. */
const OUTPUT_PADDING = (rank: number): CtorCheck => (c) => {
  if (!c.has('output_padding')) return null;
  const op = c.ints('output_padding', rank);
  const s = c.ints('strides', rank, 1);
  if (!op || !s || op.some((x) => x === null) || s.some((x) => x === null)) return null;
  const i = op.findIndex((o, k) => o! >= s[k]!);
  return i < 0 ? null
    : `\`output_padding\` must be strictly less than \`strides\` for all dimensions. At dimension ${i}, \`output_padding\` is ${op[i]} but \`strides\` is ${s[i]}. ` +
      `Received: output_padding=${pyTuple(op)}, strides=${pyTuple(s)}`;
};

function convChecks(s: ConvSpec): Pick<KerasColumn, 'tuples' | 'checks'> {
  const r = s.rank;
  const tuples: TupleArg[] = [{ key: 'kernel_size', rank: r }, { key: 'strides', rank: r }, { key: 'dilation_rate', rank: r }];
  const kernel0 = (sep: string) => noZero('kernel_size', r, (t) => `The argument \`kernel_size\` cannot contain 0. Received${sep} kernel_size=${t}.`);
  switch (s.kind) {
    case 'conv':
      return { tuples, checks: [positive('filters'), GROUPS, GROUPS_DIVIDE, kernel0(''), noZero('strides', r, (t) => `The argument \`strides\` cannot contains 0. Received strides=${t}`), STRIDES_DILATION(r)] };
    case 'transpose':
      return {
        tuples: [...tuples, { key: 'output_padding', rank: r, allowZero: true, noneOk: true }],
        checks: [positive('filters'), kernel0(''), noZero('strides', r, (t) => `The argument \`strides\` cannot contains 0. Received strides=${t}.`), OUTPUT_PADDING(r), STRIDES_DILATION(r)],
      };
    case 'depthwise':
      return { tuples, checks: [positive('depth_multiplier'), kernel0(''), noZero('strides', r, (t) => `The argument \`strides\` cannot contains 0. Received strides=${t}`)] };
    default:
      return { tuples, checks: [positive('depth_multiplier'), positive('filters'), kernel0(':'), noZero('strides', r, (t) => `The argument \`strides\` cannot contains 0(s). Received: strides=${t}`)] };
  }
}

function convRow(s: ConvSpec): LayerRow {
  const draws: readonly KerasCtorStep[] = s.kind === 'depthwise' ? DRAWS_DEPTHWISE : s.kind === 'separable' ? DRAWS_SEPARABLE : DRAWS_KB;
  return {
    cls: s.cls,
    keras: { params: s.params, draws, ...convChecks(s), ...(s.aliases ? { aliases: s.aliases } : {}) },
    ...(s.tfjs ? { tfjs: { factory: s.tfjs } } : {}),
    ...(s.tf1 ? { tf1: { names: [s.tf1], scope: s.tf1, params: s.kind === 'depthwise' ? ['kernel_size', 'strides', 'padding', 'depth_multiplier'] : ['filters', 'kernel_size', 'strides', 'padding'], aliases: TF1_KEYS, needs: s.tf1 === 'conv3d_transpose' ? TF1_CHANNEL_3DT : TF1_CHANNEL } } : {}),
    weights: s.kind === 'conv' || s.kind === 'transpose' ? convWeights(s.rank, s.kind === 'transpose') : depthwiseWeights(s.rank, s.kind === 'separable'),
    output: convOutput(s.rank, s.kind === 'separable' ? 'conv' : s.kind),
    // The input spec is checked for these classes only (the transposed one: on the kernel's last dim).
    ...(s.inputSpec ? { inputSpec: { axis: s.kind === 'transpose' ? -1 : -2 } } : {}),
    ignores: { tf1: TF1_CONV_IGNORES },
    ...(s.kind === 'conv' ? { unsupported: { keras3: LORA_UNKNOWN }, lora: KERNEL_LORA } : {}),
  };
}

const TRANSPOSE = ['filters', 'kernel_size', 'strides', 'padding', 'output_padding', 'data_format', 'dilation_rate'];
const DEPTHWISE = ['kernel_size', 'strides', 'padding', 'depth_multiplier', 'data_format', 'dilation_rate'];

const CONV_ROWS: readonly LayerRow[] = [
  convRow({ cls: 'Conv1D', rank: 1, kind: 'conv', params: CONV, aliases: ['Convolution1D'], tfjs: 'conv1d', tf1: 'conv1d', inputSpec: true }),
  convRow({ cls: 'Conv2D', rank: 2, kind: 'conv', params: CONV, aliases: ['Convolution2D'], tfjs: 'conv2d', tf1: 'conv2d', inputSpec: true }),
  convRow({ cls: 'Conv3D', rank: 3, kind: 'conv', params: CONV, aliases: ['Convolution3D'], tfjs: 'conv3d', tf1: 'conv3d', inputSpec: true }),
  convRow({ cls: 'Conv1DTranspose', rank: 1, kind: 'transpose', params: TRANSPOSE, aliases: ['Convolution1DTranspose'] }),
  convRow({
    cls: 'Conv2DTranspose', rank: 2, kind: 'transpose', params: TRANSPOSE, aliases: ['Convolution2DTranspose'],
    tfjs: 'conv2dTranspose', tf1: 'conv2d_transpose', inputSpec: true,
  }),
  convRow({
    cls: 'Conv3DTranspose', rank: 3, kind: 'transpose', aliases: ['Convolution3DTranspose'], tfjs: 'conv3dTranspose', tf1: 'conv3d_transpose',
    params: ['filters', 'kernel_size', 'strides', 'padding', 'data_format', 'output_padding', 'dilation_rate'],
  }),
  convRow({ cls: 'DepthwiseConv1D', rank: 1, kind: 'depthwise', params: DEPTHWISE }),
  // no tf.layers function or class: the `tf1` column serves a class mixing Keras 2's DepthwiseConv2D with tf.layers.Layer
  // (EfficientNet's utils.DepthwiseConv2D), which builds through the TF1 layer's __call__ and add_weight
  convRow({ cls: 'DepthwiseConv2D', rank: 2, kind: 'depthwise', params: DEPTHWISE, tfjs: 'depthwiseConv2d', tf1: 'depthwise_conv2d', inputSpec: true }),
  convRow({ cls: 'SeparableConv1D', rank: 1, kind: 'separable', params: [...CONV, 'depth_multiplier'], aliases: ['SeparableConvolution1D'], tf1: 'separable_conv1d' }),
  convRow({
    cls: 'SeparableConv2D', rank: 2, kind: 'separable', params: [...CONV, 'depth_multiplier'], aliases: ['SeparableConvolution2D'],
    tfjs: 'separableConv2d', tf1: 'separable_conv2d', inputSpec: true,
  }),
];

// ---------------------------------------------------------------------------------------------- pooling, resizing

const RANKS = [1, 2, 3] as const;
/** The other `tf.layers` factories TF.js 4.22 exports for a pooling class (tfjs-layers exports_layers.ts). */
const TFJS_POOL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AveragePooling1D: ['avgPool1d', 'avgPooling1d'], AveragePooling2D: ['avgPool2d', 'avgPooling2d'], AveragePooling3D: ['avgPool3d', 'avgPooling3d'],
  MaxPooling1D: ['maxPool1d'], MaxPooling2D: ['maxPool2d'], GlobalMaxPooling1D: ['globalMaxPool1d'], GlobalMaxPooling2D: ['globalMaxPool2d'],
};
const tfjsName = (cls: string, rank: number, has: readonly number[]): { tfjs: { factory: string; aliases?: readonly string[] } } | object =>
  (has.includes(rank) ? { tfjs: { factory: cls[0]!.toLowerCase() + cls.slice(1).replace(/D$/, 'd'), ...(TFJS_POOL_ALIASES[cls] ? { aliases: TFJS_POOL_ALIASES[cls] } : {}) } } : {});

const POOL_ROWS: readonly LayerRow[] = RANKS.flatMap((r): LayerRow[] => [
  ...(['Max', 'Average'] as const).map((k): LayerRow => ({
    cls: `${k}Pooling${r}D`,
    keras: { params: POOL, draws: NO_DRAWS, aliases: [`${k === 'Max' ? 'Max' : 'Avg'}Pool${r}D`] },
    // TF1's pooling (legacy_tf_layers/pooling.py): `max_pooling2d(inputs, pool_size, strides, ...)`, classes
    // MaxPooling2D / MaxPool2D (snake-cased `max_pool2d`); no variables, a variable scope all the same.
    tf1: { names: [`${k.toLowerCase()}_pooling${r}d`, `${k === 'Max' ? 'max' : 'average'}_pool${r}d`], scope: `${k.toLowerCase()}_pooling${r}d`, params: POOL },
    ...tfjsName(`${k}Pooling${r}D`, r, [1, 2, 3]),
    output: poolOutput(r, k === 'Max'),
    // TF.js's Pooling1D pools a channels-last view whatever its dataFormat (tfjs-layers pooling.ts).
    ...(r === 1 ? { ignores: { tfjs: ['data_format'] } } : {}),
  })),
  ...(['Max', 'Average'] as const).map((k): LayerRow => ({
    cls: `Global${k}Pooling${r}D`,
    keras: { params: ['data_format', 'keepdims'], draws: NO_DRAWS, aliases: [`Global${k === 'Max' ? 'Max' : 'Avg'}Pool${r}D`] },
    ...tfjsName(`Global${k}Pooling${r}D`, r, [1, 2]),
    output: globalPoolOutput(r),
    // TF.js's global pooling has no keepdims; GlobalPooling1D has no dataFormat either (tfjs-layers pooling.ts).
    ignores: { tfjs: r === 1 ? ['data_format', 'keepdims'] : ['keepdims'] },
  })),
]);

const RESIZE_ROWS: readonly LayerRow[] = RANKS.flatMap((r): LayerRow[] => [
  {
    cls: `UpSampling${r}D`, keras: { params: r === 1 ? ['size'] : ['size', 'data_format'], draws: NO_DRAWS },
    ...tfjsName(`UpSampling${r}D`, r, [2]), output: upSamplingOutput(r),
  },
  {
    cls: `ZeroPadding${r}D`, keras: { params: ['padding', 'data_format'], draws: NO_DRAWS },
    ...tfjsName(`ZeroPadding${r}D`, r, [2]), output: padOutput(r, 'padding', 1),
  },
  {
    // Keras's default cropping: 1 on each side, except Cropping2D's ((0, 0), (0, 0)).
    cls: `Cropping${r}D`, keras: { params: r === 1 ? ['cropping'] : ['cropping', 'data_format'], draws: NO_DRAWS },
    // TF.js exports only the 2-D one, as tf.layers.cropping2D (tfjs-layers exports_layers.ts, convolutional.ts)
    ...(r === 2 ? { tfjs: { factory: 'cropping2D' } } : {}),
    output: padOutput(r, 'cropping', r === 2 ? 0 : 1),
  },
]);

export const CONV_POOL_ROWS: readonly LayerRow[] = [...CONV_ROWS, ...POOL_ROWS, ...RESIZE_ROWS];
