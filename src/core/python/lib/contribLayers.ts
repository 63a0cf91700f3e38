// tf.contrib.layers as TF 1.15 builds it (contrib/layers/python/layers/layers.py, encoders.py): each function opens
// variable_scope(scope, <default name>, reuse=reuse) and makes model variables (variables_collections + global +
// model_variables); fully_connected / convolution reuse the Dense / ConvND rows with kernel->weights, bias->biases.
// Each function is a row of CONTRIB_LAYERS (its parameters, scope, plan); one builder makes the variables.

import type { Shape } from '../../model';
import type { Args, CallSite } from '../interp';
import { planBuild, planOutput, tf1Row, type LayerRow } from '../../layers';
import { isFloatDtype } from '../tfnames';
import { bool, NONE, str, strOf, truthy, unknown, type Value } from '../values';
import { collectionsList } from './convert';
import { PyLayerConfig } from './layerConfig';
import type { ApiEntry, BoundArgs } from './registry';
import type { TfLibrary } from '../tflib';
import { FROM_LAYER_INPUT } from '../symbolic';
import { unionDeps, withDeps } from './gradDeps';

const args = (pos: Value[], kw: [string, Value][] = []): Args => ({ pos, kw: new Map(kw), posNodes: pos.map(() => null), kwNodes: new Map() });
const tensor = (shape: Shape, dtype: string): Value => ({ t: 'tensor', shape, dtype });
/** A weight's shape for get_variable: a dimension the analysis could not follow is unknown to it, not TF's None. */
const dimsValue = (shape: Shape): Value => (shape ? { t: 'list', items: shape.map((d): Value => (d === null ? unknown(FROM_LAYER_INPUT) : { t: 'int', v: d })) } : unknown(FROM_LAYER_INPUT));
/** layers._build_variable_getter({'bias': 'biases', 'kernel': 'weights'}). */
const KB_RENAME: Readonly<Record<string, string>> = { kernel: 'weights', bias: 'biases' };

/** What one call builds: the row, its config (Keras keys), the variables' dtype, and the renames. */
interface Plan {
  row: LayerRow;
  config: Map<string, Value>;
  dtype: string;
  rename?: Readonly<Record<string, string>>;
}

/** A contrib.layers function: TF 1.15's positional parameters, its scope's default name, and how it plans. */
interface ContribDecl {
  names: readonly string[];
  params: readonly string[];
  scope: string;
  /** The plan for this call, or a TensorFlow error message (ValueError) before the scope opens, or null: unknown. */
  plan(tf: TfLibrary, a: BoundArgs, x: Shape, dtype: string): Plan | string | null;
  /** Runs normalizer_fn inside the scope (fully_connected, convolution). */
  normalizer?: true;
}

const inputDtype = (v: Value | undefined): string => (v?.t === 'tensor' && v.dtype && isFloatDtype(v.dtype) ? v.dtype : 'float32');

/** `use_bias=not normalizer_fn and biases_initializer` (TF 1.15 fully_connected / convolution). */
function useBias(a: BoundArgs): Value {
  if (a.given('normalizer_fn')) return bool(false);
  const b = a.get('biases_initializer');
  return bool(!(b && b.t === 'none'));
}

/** Weight initializers: the argument when given (None: the scope's), else xavier / zeros (TF 1.15 defaults). */
function kbInits(tf: TfLibrary, a: BoundArgs, m: Map<string, Value>): void {
  const w = a.get('weights_initializer');
  m.set('kernel_initializer', w ?? { t: 'init', spec: tf.inits.makeInitializer('xavier', 'v1', args([]), 'xavier_initializer') });
  const b = a.get('biases_initializer');
  if (b) m.set('bias_initializer', b);
}

const PY_TYPES: Partial<Record<Value['t'], string>> = { float: 'float', str: 'str', none: 'NoneType', list: 'list', tuple: 'tuple', dict: 'dict' };

function planFullyConnected(tf: TfLibrary, a: BoundArgs, _x: Shape, dtype: string): Plan | string | null {
  const n = a.get('num_outputs');
  const bad = n ? PY_TYPES[n.t] : undefined;
  if (bad) return `num_outputs type should be one of [<class 'int'>], got <class '${bad}'>.`;
  const m = new Map<string, Value>([['units', n ?? NONE], ['use_bias', useBias(a)]]);
  kbInits(tf, a, m);
  return { row: tf1Row('dense')!, config: m, dtype, rename: KB_RENAME };
}

const DATA_FORMATS = ['NWC', 'NCW', 'NHWC', 'NCHW', 'NDHWC', 'NCDHW'];

function planConvolution(tf: TfLibrary, a: BoundArgs, x: Shape, dtype: string, dims?: number): Plan | string | null {
  const df = a.get('data_format');
  const dfs = strOf(df);
  if (df && df.t !== 'none' && dfs !== undefined && !DATA_FORMATS.includes(dfs)) return `Invalid data_format: '${dfs}'`;
  if (!x) return null;
  const cd = dims ?? a.num('conv_dims');
  if (cd !== undefined && cd + 2 !== x.length) return `Convolution expects input with rank ${cd + 2}, got ${x.length}`;
  if (x.length < 3 || x.length > 5) return `('Convolution not supported for input with rank', ${x.length})`;
  const m = new Map<string, Value>([
    ['filters', a.get('num_outputs') ?? NONE], ['kernel_size', a.get('kernel_size') ?? NONE], ['strides', a.get('stride') ?? { t: 'int', v: 1 }],
    ['padding', a.get('padding') ?? str('SAME')], ['dilation_rate', a.get('rate') ?? { t: 'int', v: 1 }],
    ['data_format', str(dfs?.startsWith('NC') ? 'channels_first' : 'channels_last')], ['use_bias', useBias(a)],
  ]);
  kbInits(tf, a, m);
  return { row: tf1Row(`conv${x.length - 2}d`)!, config: m, dtype, rename: KB_RENAME };
}

/** convolution2d_transpose: NHWC / NCHW only; the Conv2DTranspose row (TF 1.15 layers.py). */
function planConvTranspose(tf: TfLibrary, a: BoundArgs, x: Shape, dtype: string): Plan | string | null {
  const df = strOf(a.get('data_format')) ?? 'NHWC';
  if (df !== 'NCHW' && df !== 'NHWC') return 'data_format has to be either NCHW or NHWC.';
  const m = new Map<string, Value>([
    ['filters', a.get('num_outputs') ?? NONE], ['kernel_size', a.get('kernel_size') ?? NONE], ['strides', a.get('stride') ?? { t: 'int', v: 1 }],
    ['padding', a.get('padding') ?? str('SAME')], ['data_format', str(df === 'NCHW' ? 'channels_first' : 'channels_last')], ['use_bias', useBias(a)],
  ]);
  kbInits(tf, a, m);
  return x ? { row: tf1Row('conv2d_transpose')!, config: m, dtype, rename: KB_RENAME } : null;
}

function planLayerNorm(_tf: TfLibrary, a: BoundArgs, x: Shape, dtype: string): Plan | string | null {
  const m = new Map<string, Value>();
  for (const k of ['center', 'scale', 'begin_params_axis']) if (a.get(k)) m.set(k, a.get(k)!);
  if (x) {
    const rank = x.length;
    let bn = a.num('begin_norm_axis') ?? 1;
    const bp = a.num('begin_params_axis') ?? -1;
    if (bn < 0) bn += rank;
    if (bp >= rank || bn >= rank) return `begin_params_axis (${bp}) and begin_norm_axis (${bn}) must be < rank(inputs) (${rank})`;
  }
  return { row: tf1Row('layer_norm')!, config: m, dtype };
}

/** batch_norm's two paths (TF 1.15): _fused_batch_norm for rank 2 (or custom updates), else the core layer. */
function planBatchNorm(_tf: TfLibrary, a: BoundArgs, x: Shape, dtype: string): Plan | string | null {
  const df = strOf(a.get('data_format')) ?? 'NHWC';
  const m = new Map<string, Value>([['data_format', str(df)]]);
  for (const k of ['center', 'scale']) if (a.get(k)) m.set(k, a.get(k)!);
  const inits = a.get('param_initializers');
  if (inits?.t === 'dict') {
    inits.keys.forEach((k, i) => {
      const key = strOf(k);
      if (key) m.set(`${key}_initializer`, inits.vals[i]!);
    });
  }
  const rank = x ? x.length : null;
  const fusedArg = a.get('fused');
  const fused = !fusedArg || fusedArg.t === 'none' || truthy(fusedArg) === true;
  const uc = a.get('updates_collections');
  const customUpdates = uc !== undefined && !(uc.t === 'str' && uc.v === 'update_ops');
  const plain = !a.given('batch_weights') && truthy(a.get('renorm') ?? bool(false)) !== true && !a.given('adjustment');
  const zeroDebias = truthy(a.get('zero_debias_moving_mean') ?? bool(false)) === true;
  if (fused && plain && (rank === 2 || rank === 4) && (zeroDebias || rank === 2 || customUpdates)) {
    if (df !== 'NCHW' && df !== 'NHWC') return 'data_format has to be either NCHW or NHWC.';
    return { row: tf1Row('batch_norm')!, config: m, dtype: 'float32' };
  }
  if (df !== 'NCHW' && df !== 'NHWC') return 'data_format has to be either NCHW or NHWC.';
  if (a.given('batch_weights') || customUpdates || zeroDebias) return { row: tf1Row('batch_norm')!, config: m, dtype };
  return { row: tf1Row('contrib_batch_norm_layer')!, config: m, dtype: dtype === 'float16' || dtype === 'bfloat16' ? 'float32' : dtype };
}

function planEmbedSequence(_tf: TfLibrary, a: BoundArgs): Plan | string | null {
  const reuse = truthy(a.get('reuse') ?? bool(false));
  const v = a.get('vocab_size');
  const e = a.get('embed_dim');
  if (reuse === false && (!v || v.t === 'none' || !e || e.t === 'none')) {
    return `Must specify vocab size and embedding dimension when not reusing. Got vocab_size=${v ? strOf(v) ?? pyNum(v) : 'None'} and embed_dim=${e ? strOf(e) ?? pyNum(e) : 'None'}`;
  }
  const m = new Map<string, Value>([['vocab_size', v ?? NONE], ['embed_dim', e ?? NONE]]);
  if (a.given('initializer')) m.set('initializer', a.get('initializer')!);
  return { row: tf1Row('embed_sequence')!, config: m, dtype: 'float32' };
}

const pyNum = (v: Value): string => (v.t === 'none' ? 'None' : v.t === 'int' || v.t === 'float' ? String(v.v) : '?');

const CONV_PARAMS = ['inputs', 'num_outputs', 'kernel_size', 'stride', 'padding', 'data_format', 'rate', 'activation_fn', 'normalizer_fn',
  'normalizer_params', 'weights_initializer', 'weights_regularizer', 'biases_initializer', 'biases_regularizer', 'reuse',
  'variables_collections', 'outputs_collections', 'trainable', 'scope'];

const CONTRIB_LAYERS: readonly ContribDecl[] = [
  {
    // linear is fully_connected with activation_fn=None (functools.partial in TF 1.15)
    names: ['fully_connected', 'linear'], scope: 'fully_connected', normalizer: true, plan: planFullyConnected,
    params: ['inputs', 'num_outputs', 'activation_fn', 'normalizer_fn', 'normalizer_params', 'weights_initializer', 'weights_regularizer',
      'biases_initializer', 'biases_regularizer', 'reuse', 'variables_collections', 'outputs_collections', 'trainable', 'scope'],
  },
  { names: ['convolution'], scope: 'Conv', normalizer: true, params: [...CONV_PARAMS, 'conv_dims'], plan: (tf, a, x, d) => planConvolution(tf, a, x, d) },
  ...[1, 2, 3].map((n): ContribDecl => ({
    names: [`conv${n}d`, `convolution${n}d`], scope: 'Conv', normalizer: true, params: CONV_PARAMS, plan: (tf, a, x, d) => planConvolution(tf, a, x, d, n),
  })),
  {
    names: ['conv2d_transpose', 'convolution2d_transpose'], scope: 'Conv2d_transpose', normalizer: true, plan: planConvTranspose,
    params: ['inputs', 'num_outputs', 'kernel_size', 'stride', 'padding', 'data_format', 'activation_fn', 'normalizer_fn', 'normalizer_params',
      'weights_initializer', 'weights_regularizer', 'biases_initializer', 'biases_regularizer', 'reuse', 'variables_collections',
      'outputs_collections', 'trainable', 'scope'],
  },
  {
    names: ['layer_norm'], scope: 'LayerNorm', plan: planLayerNorm,
    params: ['inputs', 'center', 'scale', 'activation_fn', 'reuse', 'variables_collections', 'outputs_collections', 'trainable',
      'begin_norm_axis', 'begin_params_axis', 'scope'],
  },
  {
    names: ['batch_norm'], scope: 'BatchNorm', plan: planBatchNorm,
    params: ['inputs', 'decay', 'center', 'scale', 'epsilon', 'activation_fn', 'param_initializers', 'param_regularizers', 'updates_collections',
      'is_training', 'reuse', 'variables_collections', 'outputs_collections', 'trainable', 'batch_weights', 'fused', 'data_format',
      'zero_debias_moving_mean', 'scope', 'renorm', 'renorm_clipping', 'renorm_decay', 'adjustment'],
  },
  {
    names: ['embed_sequence'], scope: 'EmbedSequence', plan: planEmbedSequence,
    params: ['ids', 'vocab_size', 'embed_dim', 'unique', 'initializer', 'regularizer', 'trainable', 'scope', 'reuse'],
  },
];

/** utils.get_variable_collections: a list for every variable, or a dict per variable name. */
function userCollections(v: Value | undefined, name: string): string[] {
  if (v?.t === 'dict') {
    const i = v.keys.findIndex((k) => strOf(k) === name);
    return i >= 0 ? collectionsList(v.vals[i]) ?? [] : [];
  }
  return collectionsList(v) ?? [];
}

/** The planned weights as model variables (contrib.framework.model_variable) in the current scope. */
function makeVariables(tf: TfLibrary, a: BoundArgs, p: Plan, x: Shape, site: CallSite): Value[] {
  const made: Value[] = [];
  const trainable = truthy(a.get('trainable') ?? bool(true)) !== false;
  for (const s of planBuild(p.row, new PyLayerConfig(p.config, 'tf1'), x)) {
    if (s.step !== 'weight') continue;
    const name = p.rename?.[s.name] ?? s.name;
    const g = s.init.key !== null ? p.config.get(s.init.key) : undefined;
    const init = g && g.t !== 'none' ? g : g?.t === 'none' || s.init.dflt === null ? undefined
      : { t: 'init' as const, spec: tf.inits.makeInitializer(s.init.dflt, 'v1', args([]), s.init.dflt) };
    const colls = [...new Set([...userCollections(a.get('variables_collections'), name), 'global_variables', 'model_variables'])];
    const kw: [string, Value][] = [
      ['shape', dimsValue(s.shape)], ['dtype', { t: 'dtype', name: p.dtype }], ['trainable', bool(s.frozen ? false : trainable)],
      ['collections', { t: 'list', items: colls.map((c) => str(c)) }],
    ];
    if (init) kw.push(['initializer', init]);
    made.push(tf.vars.getVariable(args([str(name)], kw), site, false));
  }
  return made;
}

/** `normalizer_fn(outputs, **normalizer_params)` inside the layer's scope. */
function runNormalizer(tf: TfLibrary, a: BoundArgs, out: Value, site: CallSite): Value {
  const fn = a.get('normalizer_fn');
  if (!fn || fn.t === 'none') return out;
  const params = a.get('normalizer_params');
  const kw: [string, Value][] = [];
  if (params?.t === 'dict') params.keys.forEach((k, i) => { const key = strOf(k); if (key) kw.push([key, params.vals[i]!]); });
  const r = tf.interp.call(fn, args([out], kw), site);
  return r.t === 'tensor' ? r : out;
}

function callContrib(tf: TfLibrary, d: ContribDecl, a: BoundArgs, site: CallSite): Value {
  const inputs = a.get(d.params[0]!);
  const x = inputs ? tf.tensors.shapeOfValue(inputs) : null;
  const dtype = inputDtype(inputs);
  const reuse = a.get('reuse');
  const open = args([a.get('scope') ?? NONE, str(d.scope)], reuse && reuse.t !== 'none' ? [['reuse', reuse]] : []);
  let early: string | null = null;
  let plan: Plan | string | null = null;
  if (d.names[0] === 'fully_connected' || d.names[0] === 'embed_sequence') {
    plan = d.plan(tf, a, x, dtype); // these check their arguments before opening the scope
    if (typeof plan === 'string') early = plan;
  }
  if (early) {
    tf.diag.raise(site, 'ValueError', early, 'layer-argument');
    return unknown('a layer TensorFlow refuses');
  }
  const ctx = tf.scoping.variableScope(open, site, false) as Value & { t: 'ctx' };
  ctx.ctx.enter();
  try {
    plan ??= d.plan(tf, a, x, dtype);
    if (typeof plan === 'string') {
      tf.diag.raise(site, 'ValueError', plan, 'layer-argument');
      return unknown('a layer TensorFlow refuses');
    }
    if (!plan) return tensor(null, dtype);
    const made = makeVariables(tf, a, plan, x, site);
    // gradients reach the inputs' variables and the layer's own (lib/gradDeps.ts), when all are followed
    const out = withDeps(tensor(planOutput(plan.row, new PyLayerConfig(plan.config, 'tf1'), x), dtype), unionDeps([inputs, ...made]));
    return d.normalizer ? runNormalizer(tf, a, out, site) : out;
  } finally {
    ctx.ctx.exit();
  }
}

/**
 * tf.contrib exists only in TF 1.x: when the program is known to target a TF 2 (the user's setting or a pin) it
 * is TensorFlow's AttributeError; when TF 2.16+ is merely the default assumption, say so and analyse as TF 1.15.
 */
export function contribMissing(tf: TfLibrary, site: CallSite, root: string): boolean {
  if (tf.target.target === '1.15') return false;
  const mod = root === 'v1' ? 'tensorflow.compat.v1' : 'tensorflow';
  if (tf.target.source === 'option' || tf.target.source === 'pin') {
    tf.diag.raise(site, 'AttributeError', `module '${mod}' has no attribute 'contrib'`, 'removed-api');
    return true;
  }
  tf.diag.warn(site, 'needs-older-tf', '`tf.contrib` exists only in TensorFlow 1.x (TF 2 raises AttributeError); analysed as TF 1.15 code.');
  return false;
}

/**
 * contrib.layers.bias_add (TF 1.15 layers.py): in variable_scope(scope, 'BiasAdd', reuse=reuse), a `biases` model
 * variable of the channel dim (the last, or dim 1 for NCHW; zeros unless `initializer`), then activation_fn.
 */
function biasAdd(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const inputs = a.get('inputs');
  const x = inputs ? tf.tensors.shapeOfValue(inputs) : null;
  const dtype = inputs?.t === 'tensor' && inputs.dtype ? inputs.dtype : 'float32';
  const fmt = a.get('data_format');
  const nchw = fmt !== undefined && strOf(fmt) === 'NCHW';
  if (fmt !== undefined && fmt.t === 'str' && !['NCHW', 'NHWC'].includes(fmt.v)) {
    tf.diag.raise(site, 'ValueError', 'data_format has to be either NCHW or NHWC.', 'layer-argument');
    return unknown('a layer TensorFlow refuses');
  }
  const reuse = a.get('reuse');
  const ctx = tf.scoping.variableScope(args([a.get('scope') ?? NONE, str('BiasAdd')], reuse && reuse.t !== 'none' ? [['reuse', reuse]] : []), site, false) as Value & { t: 'ctx' };
  ctx.ctx.enter();
  try {
    if (nchw && x && x.length !== 4) {
      tf.diag.raise(site, 'ValueError', 'Data format NCHW only supports 4D Tensor', 'layer-argument');
      return unknown('a layer TensorFlow refuses');
    }
    const n = x && x.length > 0 ? (nchw ? x[1]! : x[x.length - 1]!) : null;
    const colls = [...new Set([...userCollections(a.get('variables_collections'), 'biases'), 'global_variables', 'model_variables'])];
    const g = a.get('initializer');
    const init = g && g.t !== 'none' ? g : g?.t === 'none' ? undefined : { t: 'init' as const, spec: tf.inits.makeInitializer('zeros', 'v1', args([]), 'zeros_initializer') };
    const kw: [string, Value][] = [
      ['shape', x ? dimsValue([n]) : unknown(FROM_LAYER_INPUT)], ['dtype', { t: 'dtype', name: dtype }],
      ['trainable', bool(truthy(a.get('trainable') ?? bool(true)) !== false)], ['collections', { t: 'list', items: colls.map((c) => str(c)) }],
    ];
    if (init) kw.push(['initializer', init]);
    const b = tf.vars.getVariable(args([str('biases')], kw), site, false);
    let out: Value = withDeps(tensor(x, dtype), unionDeps([inputs, b]));
    const act = a.get('activation_fn');
    if (act && act.t !== 'none') {
      const r = tf.interp.call(act, args([out]), site);
      if (r.t === 'tensor') out = r;
    }
    return out;
  } finally {
    ctx.ctx.exit();
  }
}

/** contrib.layers.flatten (TF 1.15 layers.py): core_layers.flatten in name_scope(scope, 'Flatten'); no variables. */
function flattenContrib(tf: TfLibrary, a: BoundArgs): Value {
  const inputs = a.get('inputs');
  const x = inputs ? tf.tensors.shapeOfValue(inputs) : null;
  const dtype = inputs?.t === 'tensor' ? inputs.dtype : null;
  const shape = x ? planOutput(tf1Row('flatten')!, new PyLayerConfig(new Map(), 'tf1'), x) : null;
  return withDeps(tensor(shape, dtype ?? 'float32'), unionDeps([inputs]));
}

/** Regularizers (TF 1.15 regularizers.py) create no variables. */
const REGULARIZERS = ['l1_regularizer', 'l2_regularizer', 'l1_l2_regularizer', 'sum_regularizer', 'apply_regularization'];

export const CONTRIB_API: readonly ApiEntry[] = [
  ...CONTRIB_LAYERS.map((d): ApiEntry => ({
    names: d.names.map((n) => `contrib.layers.${n}`), params: d.params,
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : callContrib(tf, d, a, site)),
  })),
  {
    names: ['contrib.layers.bias_add'],
    params: ['inputs', 'activation_fn', 'initializer', 'regularizer', 'reuse', 'variables_collections', 'outputs_collections', 'trainable', 'data_format', 'scope'],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : biasAdd(tf, a, site)),
  },
  {
    names: ['contrib.layers.flatten'], params: ['inputs', 'outputs_collections', 'scope'],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : flattenContrib(tf, a)),
  },
  {
    names: REGULARIZERS.map((n) => `contrib.layers.${n}`), params: ['scale', 'scope'],
    impl: (tf, _a, site, c) => (contribMissing(tf, site, c.root), unknown('a regularizer (no variables)')),
  },
];
