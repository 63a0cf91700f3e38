// Rows: core layers (Dense, Embedding, InputLayer), activations, PReLU, flattening and reshaping layers,
// wrappers, and the merge layers. One object per layer class; see ../types.ts for the columns and
// docs/layers.md for how to add one.
// Contract: data and small pure rules only.

import { concatMerge, dotMerge, elementwiseMerge, firstInputMerge, flattenOutput, last, permuteOutput, reshapeOutput, sameShape } from '../shapes';
import { type CtorCheck, fw, type ConfigReader, type Dim, type LayerRow, type MergeRule, type OutputRule, type Shape } from '../types';
import { BIAS, DRAWS_EMBEDDING, DRAWS_KB, DRAWS_PRELU, EMBEDDINGS_LORA, KERNEL, KERNEL_LORA, LORA_UNKNOWN, loraWeights, NO_DRAWS, notLora, TF1_KEYS, USE_BIAS } from './common';

/** TF.js's Reshape as the analyzer models it: the target shape, unknown when it has a -1. */
const tfjsReshape: OutputRule = (c, x) => {
  const t = c.dims('target_shape');
  return t && !t.includes(-1) ? [x[0]!, ...t] : null;
};

const DENSE: LayerRow = {
  cls: 'Dense',
  keras: {
    params: ['units', 'activation', 'use_bias', 'kernel_initializer', 'bias_initializer'], draws: DRAWS_KB,
    // keras/src/layers/core/dense.py __init__
    intArgs: [{ key: 'units', message: 'Received an invalid value for `units`, expected a positive integer. Received: units={value}' }],
    fromConfig: 'quantization',
  },
  tf1: {
    names: ['dense', 'fully_connected'], scope: 'dense', params: ['units'], aliases: TF1_KEYS,
    // Keras 2's Dense.build (tensorflow/python/keras/layers/core.py)
    needs: { dim: 'last', message: 'The last dimension of the inputs to `Dense` should be defined. Found `None`.' },
  },
  tfjs: { factory: 'dense', readsInputDim: true },
  weights: [
    { name: 'kernel', shape: (c, x) => [last(x), c.int('units')], init: KERNEL, trainable: notLora(KERNEL_LORA) },
    { name: 'bias', shape: (c) => [c.int('units')], init: BIAS, when: USE_BIAS },
    ...loraWeights(KERNEL_LORA, (c, x) => [last(x), c.int('units')]),
  ],
  output: (c, x) => [...x.slice(0, -1), c.int('units')],
  inputSpec: { axis: 0 },
  unsupported: { keras3: LORA_UNKNOWN },
  lora: KERNEL_LORA,
};

const EMBEDDING: LayerRow = {
  cls: 'Embedding',
  keras: {
    params: ['input_dim', 'output_dim', 'embeddings_initializer'], draws: DRAWS_EMBEDDING,
    // keras/src/layers/core/embedding.py __init__
    intArgs: ['input_dim', 'output_dim'].map((key) => ({ key, bools: 'reject' as const, message: `\`${key}\` must be a positive integer. Received: ${key}={value} (of type {type}).` })),
    fromConfig: 'quantization',
    buildsWhenGiven: 'weights',
  },
  // TF.js's Embedding declares [null, inputLength] as its input when given no input shape.
  tfjs: { factory: 'embedding', implicitInput: (c) => [null, c.ints('input_length', 1)?.[0] ?? null] },
  weights: [
    {
      name: 'embeddings', shape: (c) => [c.int('input_dim'), c.int('output_dim')], trainable: notLora(EMBEDDINGS_LORA),
      init: { key: 'embeddings_initializer', dflt: fw<string | null>('random_uniform', { tfjs: 'randomUniform' }) },
    },
    ...loraWeights(EMBEDDINGS_LORA, (c) => [c.int('input_dim'), c.int('output_dim')]),
  ],
  unsupported: { keras3: LORA_UNKNOWN },
  lora: EMBEDDINGS_LORA,
  ownsInputDim: true,
  output: (c, x) => [...x, c.int('output_dim')],
};

const PRELU: LayerRow = {
  cls: 'PReLU',
  keras: { params: ['alpha_initializer', 'alpha_regularizer', 'alpha_constraint', 'shared_axes'], draws: DRAWS_PRELU },
  // tf.layers.prelu (tfjs-layers advanced_activations.ts): alpha zeros by default, 1 along sharedAxes, as Keras
  tfjs: { factory: 'prelu' },
  weights: [{
    // alpha: one per input element (batch excluded), 1 along `shared_axes`.
    name: 'alpha', init: { key: 'alpha_initializer', dflt: 'zeros' },
    shape: (c, x) => {
      if (!x) return null;
      const shape = x.slice(1);
      const list = c.dims('shared_axes');
      const one = list === null ? c.int('shared_axes') : null;
      const axes = list ? list.map((d) => d ?? 0) : one !== null ? [one] : [];
      for (const ax of axes) if (ax >= 1 && ax <= shape.length) shape[ax - 1] = 1;
      return shape;
    },
  }],
  output: sameShape,
};

/** TF.js 4.22's ELU constructor (tfjs-layers advanced_activations.ts): any alpha but 1 is not implemented. */
const TFJS_ELU_ALPHA: CtorCheck = (c) => {
  const v = c.value('alpha');
  if (!v || v.kind === 'none' || v.num === 1) return null;
  return { type: 'NotImplementedError', message: `Non-default alpha value (${v.repr}) is not supported by the ELU layer yet.` };
};

/** A layer whose output has its input's shape and that creates nothing. */
/** Keras classes with a from_config of their own (deserializing an inner layer, a function, a scale) not modelled. */
const OWN_FROM_CONFIG = new Set(['Rescaling', 'Lambda', 'TimeDistributed', 'Bidirectional']);
const fromConfig = (cls: string): { fromConfig?: 'unknown' } => (OWN_FROM_CONFIG.has(cls) ? { fromConfig: 'unknown' } : {});

const keep = (cls: string, params?: readonly string[], tfjs?: string): LayerRow => ({
  cls, keras: { draws: NO_DRAWS, ...(params ? { params } : {}), ...fromConfig(cls) }, ...(tfjs ? { tfjs: { factory: tfjs } } : {}), output: sameShape,
});

/** A layer that creates nothing and whose output the analysis does not know. */
const opaque = (cls: string, tfjs?: string): LayerRow => ({ cls, keras: { draws: NO_DRAWS, ...fromConfig(cls) }, ...(tfjs ? { tfjs: { factory: tfjs } } : {}) });

const MERGE_TFJS = fw(elementwiseMerge, { tfjs: firstInputMerge });
const merge = (cls: string, tfjs?: string): LayerRow => ({ cls, keras: { draws: NO_DRAWS, functional: [] }, ...(tfjs ? { tfjs: { factory: tfjs } } : {}), merge: MERGE_TFJS });

/** Keras 3's Lambda (layers/core/lambda_layer.py) overrides compute_output_shape, so a symbolic call's output is its
 *  `output_shape` when that is a shape tuple: `(batch,) + output_shape`, the batch being the first dim of the first input
 *  (`tree.flatten(input_shape)[0]`), whatever the function returns. Without it (Keras traces the function), a callable,
 *  a list (TypeError in Keras) or nested shapes, the output stays unknown. Keras 2's Lambda runs the function. */
const lambdaShape = (c: ConfigReader, first: Dim[]): Shape => {
  const v = c.value('output_shape');
  if (v?.kind !== 'tuple' || /[[({]/.test(v.repr.slice(1, -1))) return null;
  const dims = c.dims('output_shape');
  return dims && first.length ? [first[0]!, ...dims] : null;
};
const LAMBDA: LayerRow = {
  cls: 'Lambda', keras: { params: ['function', 'output_shape', 'mask', 'arguments'], draws: NO_DRAWS, ...fromConfig('Lambda') },
  output: fw<OutputRule | null>(lambdaShape, { keras2: null }), merge: fw<MergeRule | null>((c, xs) => lambdaShape(c, xs[0]!), { keras2: null }),
};

export const CORE_ROWS: readonly LayerRow[] = [
  DENSE, EMBEDDING, PRELU,
  {
    cls: 'InputLayer', keras: { params: ['shape', 'batch_size', 'dtype', 'sparse', 'ragged', 'batch_shape'], draws: NO_DRAWS },
    tfjs: { factory: 'inputLayer' }, output: fw(null, { tfjs: sameShape }),
  },
  // TF.js exports the advanced activations as tf.layers.reLU / leakyReLU / elu / softmax (tfjs-layers exports_layers.ts).
  keep('Activation', undefined, 'activation'), keep('ReLU', undefined, 'reLU'), keep('LeakyReLU', undefined, 'leakyReLU'),
  { ...keep('ELU'), tfjs: { factory: 'elu', checks: [TFJS_ELU_ALPHA] } }, keep('Softmax', undefined, 'softmax'), keep('Identity'),
  // tfjs-layers' weightless Masking (core.ts) and Rescaling (preprocessing/image_preprocessing.ts): the input's shape
  keep('Masking', undefined, 'masking'), keep('ActivityRegularization'), keep('Rescaling', undefined, 'rescaling'),
  // TF1's tf.layers.flatten / Flatten (legacy_tf_layers/core.py): no weights, [batch, product of the rest]
  { cls: 'Flatten', keras: { params: ['data_format'], draws: NO_DRAWS }, tf1: { names: ['flatten'], scope: 'flatten', params: ['name', 'data_format'] },
    tfjs: { factory: 'flatten' }, output: flattenOutput },
  { cls: 'Reshape', keras: { params: ['target_shape'], draws: NO_DRAWS }, tfjs: { factory: 'reshape' }, output: fw(reshapeOutput, { tfjs: tfjsReshape }) },
  {
    cls: 'Permute',
    keras: {
      params: ['dims'], draws: NO_DRAWS,
      // keras/src/layers/reshaping/permute.py __init__, after Layer.__init__ took the name
      named: [(c) => {
        const d = c.dims('dims');
        const v = c.value('dims');
        if (!d || !v || d.some((x) => x === null)) return null;
        const sorted = [...(d as number[])].sort((a, b) => a - b);
        return sorted.every((x, i) => x === i + 1) ? null
          : `Invalid permutation argument \`dims\` for Permute Layer. The set of indices in \`dims\` must be consecutive and start from 1. Received dims=${v.repr}`;
      }],
    },
    tfjs: { factory: 'permute' }, output: permuteOutput,
  },
  {
    cls: 'RepeatVector', keras: { params: ['n'], draws: NO_DRAWS }, tfjs: { factory: 'repeatVector' },
    output: (c, x) => (x.length === 2 ? [x[0]!, c.int('n'), x[1]!] : null),
  },
  LAMBDA, { ...opaque('TimeDistributed', 'timeDistributed'), keras: { params: ['layer'], draws: NO_DRAWS, ...fromConfig('TimeDistributed') } }, opaque('Bidirectional', 'bidirectional'),
  merge('Add', 'add'), merge('Subtract'), merge('Multiply', 'multiply'), merge('Average', 'average'), merge('Maximum', 'maximum'), merge('Minimum', 'minimum'),
  { cls: 'Concatenate', keras: { params: ['axis'], draws: NO_DRAWS, functional: ['axis'] }, tfjs: { factory: 'concatenate' }, merge: concatMerge },
  // TF.js's Dot (tfjs-layers merge.ts) splices the axes out as Keras does (a negative axis in a list counts from the end).
  { cls: 'Dot', keras: { params: ['axes', 'normalize'], draws: NO_DRAWS, functional: ['axes', 'normalize'] }, tfjs: { factory: 'dot' }, merge: dotMerge },
];
