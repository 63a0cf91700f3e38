// Building layers: the weights a Keras 3 layer creates when it builds (names under the Keras name-scope
// stack, shapes from config and input, initializers with Keras's defaults) and its output shape, and TF1's
// functional layers (`tf.compat.v1.layers.dense(...)`: get_variable under the layer's variable scope).
// The library provides what building needs through `LayerBuildHost`.

import type { SyntaxNode as Node } from '../ast';
import type { InitializerSpec, SeedInfo, Shape } from '../../model';
import type { Reuse, VarRecord } from '../../tf/graph';
import type { Args, CallSite } from '../interp';
import { channelDim, convRank, intsOf, kerasOutputShape } from '../kerasShapes';
import { isFloatDtype, type ApiFamily } from '../tfnames';
import { bool, int, NONE, numOf, str, strOf, truthy, type Value } from '../values';
import { axesShape, dtypeOf, intTuple, shapeOf, shapeValue, snakeCase } from './convert';
import type { LayerObj } from './types';

/** A variable to create, as the library's `addVariable` takes it. */
export interface NewVariable {
  storeKey: string | null; name: string; shape: Shape; dtype: string; initializer: InitializerSpec; trainable: boolean;
  collections: string[]; scope: string; api: string; site: CallSite; nameNode: Node | null;
  seed: SeedInfo; partition?: { index: number; of: number; fullName: string };
}

/** What building a layer needs from the library. */
export interface LayerBuildHost {
  /** Keras 3 name-scope stack (layer and sublayer names while building). */
  readonly kerasScope: string[];
  readonly globalSeed: number | null;
  initializerFromValue(v: Value, api: ApiFamily): InitializerSpec;
  makeInitializer(kind: string, api: ApiFamily, args: Args, calledName: string): InitializerSpec;
  addVariable(o: NewVariable): VarRecord;
  varValue(v: VarRecord): Value;
  /** A Keras initializer cloned from its config (an unseeded one draws a new seed). */
  kerasClone(spec: InitializerSpec, what: string): InitializerSpec;
  /** MultiHeadAttention's seed draws made while it builds (after the value sublayer). */
  mhaBuildDraws(c: Map<string, Value>, site: CallSite): void;
  shapeOfValue(v: Value): Shape;
  reuseOf(v: Value | undefined): Reuse | null;
  variableScope(args: Args, site: CallSite, opScope: boolean): Value;
  getVariable(args: Args, site: CallSite, local: boolean): Value;
}

/** `tf.compat.v1.layers.dense(inputs, units, ...)` and friends (TF1 layers: get_variable under a layer scope). */
export function tfLayersFunctional(host: LayerBuildHost, name: string, args: Args, site: CallSite): Value {
  const inputs = args.pos[0] ?? args.kw.get('inputs') ?? NONE;
  const inShape = host.shapeOfValue(inputs);
  const kind = name.split('.').pop()!.toLowerCase().replace('fully_connected', 'dense');
  const layerName = strOf(args.kw.get('name') ?? args.kw.get('scope')) ?? null;
  const reuse = host.reuseOf(args.kw.get('reuse'));
  const base = kind === 'batch_normalization' ? 'batch_normalization' : kind === 'layer_norm' ? 'LayerNorm' : kind;
  const kInit = args.kw.get('kernel_initializer') ?? args.kw.get('weights_initializer');
  const bInit = args.kw.get('bias_initializer') ?? args.kw.get('biases_initializer');
  const useBias = truthy(args.kw.get('use_bias') ?? bool(true)) !== false;
  const trainable = truthy(args.kw.get('trainable') ?? bool(true)) !== false;
  const dtype = inputs.t === 'tensor' && inputs.dtype && isFloatDtype(inputs.dtype) ? inputs.dtype : 'float32';
  const mkArgs = (n: string, shape: Shape, init: Value | undefined, train = trainable): Args => {
    const kw = new Map<string, Value>([['shape', shapeValue(shape)], ['dtype', { t: 'dtype', name: dtype }], ['trainable', bool(train)]]);
    if (init && init.t !== 'none') kw.set('initializer', init);
    return { pos: [str(n)], kw, posNodes: [null], kwNodes: new Map() };
  };
  // The layer's variable scope: `variable_scope(name)` when reusing, else `variable_scope(None, default_name=name or base)`.
  const scopeArgs: Args = reuse && layerName
    ? { pos: [str(layerName)], kw: new Map([['reuse', bool(true)]]), posNodes: [null], kwNodes: new Map() }
    : { pos: [NONE, str(layerName ?? base)], kw: new Map(), posNodes: [null, null], kwNodes: new Map() };
  const ctx = host.variableScope(scopeArgs, site, false) as Value & { t: 'ctx' };
  ctx.ctx.enter();
  let out: Value = { t: 'tensor', shape: null, dtype };
  try {
    const inDim = inShape && inShape.length ? inShape[inShape.length - 1]! : null;
    if (kind === 'dense') {
      const units = numOf(args.pos[1] ?? args.kw.get('units') ?? args.kw.get('num_outputs')) ?? null;
      host.getVariable(mkArgs('kernel', [inDim, units], kInit), site, false);
      if (useBias) host.getVariable(mkArgs('bias', [units], bInit ?? { t: 'init', spec: { kind: 'zeros', api: 'v1' } }), site, false);
      out = { t: 'tensor', shape: inShape ? [...inShape.slice(0, -1), units] : null, dtype };
    } else if (kind === 'conv2d' || kind === 'conv1d' || kind === 'conv2d_transpose') {
      const filters = numOf(args.pos[1] ?? args.kw.get('filters')) ?? null;
      const rank = kind === 'conv1d' ? 1 : 2;
      const ks = intTuple(args.pos[2] ?? args.kw.get('kernel_size'), rank);
      const strides = intTuple(args.kw.get('strides') ?? args.pos[3] ?? int(1), rank) ?? Array(rank).fill(1);
      const padding = (strOf(args.kw.get('padding') ?? args.pos[4]) ?? 'valid').toLowerCase();
      const kshape: Shape = kind === 'conv2d_transpose' ? [...(ks ?? Array(rank).fill(null)), filters, inDim] : [...(ks ?? Array(rank).fill(null)), inDim, filters];
      host.getVariable(mkArgs('kernel', kshape, kInit), site, false);
      if (useBias) host.getVariable(mkArgs('bias', [filters], bInit ?? { t: 'init', spec: { kind: 'zeros', api: 'v1' } }), site, false);
      if (inShape && ks) {
        const spatial = inShape.slice(1, 1 + rank).map((d, i) => {
          if (d === null) return null;
          if (kind === 'conv2d_transpose') return padding === 'same' ? d * strides[i]! : d * strides[i]! + Math.max(ks[i]! - strides[i]!, 0);
          return padding === 'same' ? Math.ceil(d / strides[i]!) : Math.ceil((d - ks[i]! + 1) / strides[i]!);
        });
        out = { t: 'tensor', shape: [inShape[0]!, ...spatial, filters], dtype };
      }
    } else if (kind === 'batch_normalization') {
      const c = inDim;
      const center = truthy(args.kw.get('center') ?? bool(true)) !== false;
      const scale = truthy(args.kw.get('scale') ?? bool(true)) !== false;
      if (scale) host.getVariable(mkArgs('gamma', [c], args.kw.get('gamma_initializer') ?? { t: 'init', spec: { kind: 'ones', api: 'v1' } }), site, false);
      if (center) host.getVariable(mkArgs('beta', [c], args.kw.get('beta_initializer') ?? { t: 'init', spec: { kind: 'zeros', api: 'v1' } }), site, false);
      host.getVariable(mkArgs('moving_mean', [c], args.kw.get('moving_mean_initializer') ?? { t: 'init', spec: { kind: 'zeros', api: 'v1' } }, false), site, false);
      host.getVariable(mkArgs('moving_variance', [c], args.kw.get('moving_variance_initializer') ?? { t: 'init', spec: { kind: 'ones', api: 'v1' } }, false), site, false);
      out = { t: 'tensor', shape: inShape, dtype };
    } else if (kind === 'layer_norm') {
      const c = inDim;
      host.getVariable(mkArgs('beta', [c], { t: 'init', spec: { kind: 'zeros', api: 'v1' } }), site, false);
      host.getVariable(mkArgs('gamma', [c], { t: 'init', spec: { kind: 'ones', api: 'v1' } }), site, false);
      out = { t: 'tensor', shape: inShape, dtype };
    }
  } finally {
    ctx.ctx.exit();
  }
  return out;
}

/** What a layer returns for one input: Keras's rule for its class (kerasShapes.ts), unknown for a class without one. */
export function layerOutputShape(l: LayerObj, inShape: Shape): Shape {
  return kerasOutputShape(l.kind, l.config, inShape);
}

/** Keras layer build: weights named `<layer>/<weight>` (Keras 3 paths), TF's Keras defaults. */
/** `valueInputDim`: MultiHeadAttention's value input width (its key/value kernels are sized by it). */
export function buildLayer(host: LayerBuildHost, l: LayerObj, inShape: Shape, site: CallSite, valueInputDim?: number | null): void {
  l.built = true;
  l.builtInDim = inShape && inShape.length ? inShape[inShape.length - 1] ?? null : null;
  const c = l.config;
  const inDim = inShape && inShape.length ? inShape[inShape.length - 1]! : null;
  const init = (key: string, dflt: string): InitializerSpec => {
    const made = l.inits.get(key);
    if (made) return made;
    const v = c.get(key);
    return v && v.t !== 'none' ? host.initializerFromValue(v, 'keras') : host.makeInitializer(dflt, 'keras', { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, dflt);
  };
  const useBias = truthy(c.get('use_bias') ?? bool(true)) !== false;
  const trainable = truthy(c.get('trainable') ?? bool(true)) !== false;
  const add = (wname: string, shape: Shape, spec: InitializerSpec, train = trainable): void => {
    const rec = host.addVariable({
      storeKey: null, name: [...host.kerasScope, wname].join('/'), shape, dtype: dtypeOf(c.get('dtype')) ?? 'float32', initializer: spec, trainable: train,
      collections: train ? ['global_variables', 'trainable_variables'] : ['global_variables'], scope: host.kerasScope.join('/'), api: 'layer',
      site, nameNode: null, seed: { graph: host.globalSeed, op: typeof spec.seed === 'number' ? spec.seed : null },
    });
    l.weights.push(host.varValue(rec));
  };
  const rank = convRank(l.kind);
  if (rank !== undefined) {
    // Convolutions: kernels sized by the channel axis (data_format); Keras 3's weight names and layouts.
    const ch = channelDim(l.kind, c, inShape);
    const ks: (number | null)[] = intsOf(c.get('kernel_size'), rank) ?? Array(rank).fill(null);
    const filters = numOf(c.get('filters')) ?? null;
    const mult = numOf(c.get('depth_multiplier')) ?? 1;
    const chMult = ch === null ? null : ch * mult;
    if (l.kind.startsWith('DepthwiseConv')) {
      add('kernel', [...ks, ch, mult], init('depthwise_initializer', 'glorot_uniform'));
      if (useBias) add('bias', [chMult], init('bias_initializer', 'zeros'));
    } else if (l.kind.startsWith('SeparableConv')) {
      add('depthwise_kernel', [...ks, ch, mult], init('depthwise_initializer', 'glorot_uniform'));
      add('pointwise_kernel', [...Array(rank).fill(1), chMult, filters], init('pointwise_initializer', 'glorot_uniform'));
      if (useBias) add('bias', [filters], init('bias_initializer', 'zeros'));
    } else {
      const groups = numOf(c.get('groups')) ?? 1;
      const kernel = l.kind.endsWith('Transpose') ? [...ks, filters, ch] : [...ks, ch === null ? null : ch / groups, filters];
      add('kernel', kernel, init('kernel_initializer', 'glorot_uniform'));
      if (useBias) add('bias', [filters], init('bias_initializer', 'zeros'));
    }
    return;
  }
  switch (l.kind) {
    case 'Dense': {
      const units = numOf(c.get('units')) ?? null;
      add('kernel', [inDim, units], init('kernel_initializer', 'glorot_uniform'));
      if (useBias) add('bias', [units], init('bias_initializer', 'zeros'));
      break;
    }
    case 'LSTM': case 'GRU': case 'SimpleRNN': {
      const units = numOf(c.get('units')) ?? null;
      const gates = l.kind === 'LSTM' ? 4 : l.kind === 'GRU' ? 3 : 1;
      const gu = units === null ? null : units * gates;
      const cell = `${snakeCase(l.kind)}_cell`;
      host.kerasScope.push(cell);
      try {
        add('kernel', [inDim, gu], init('kernel_initializer', 'glorot_uniform'));
        add('recurrent_kernel', [units, gu], init('recurrent_initializer', 'orthogonal'));
        if (useBias) {
          const unitForget = l.kind === 'LSTM' && truthy(c.get('unit_forget_bias') ?? bool(true)) !== false && !c.get('bias_initializer');
          if (l.kind === 'GRU' && truthy(c.get('reset_after') ?? bool(true)) !== false) add('bias', [2, gu], init('bias_initializer', 'zeros'));
          else if (unitForget && units !== null) {
            const value = Array.from({ length: 4 * units }, (_x, i) => (i >= units && i < 2 * units ? 1 : 0));
            add('bias', [gu], { kind: 'constant', value, api: 'keras', note: 'unit_forget_bias' });
          } else add('bias', [gu], init('bias_initializer', 'zeros'));
        }
      } finally {
        host.kerasScope.pop();
      }
      break;
    }
    case 'MultiHeadAttention': {
      // EinsumDense sublayers; Keras takes their fans from the input and output parts of the kernel.
      const heads = numOf(c.get('num_heads')) ?? null;
      const keyDim = numOf(c.get('key_dim')) ?? null;
      const valueDim = numOf(c.get('value_dim')) ?? keyDim;
      const qDim = inDim;
      const vDim = valueInputDim ?? qDim;
      const outShape = shapeOf(c.get('output_shape'));
      const outDim = outShape ? outShape[outShape.length - 1] ?? null : qDim;
      const mul = (xs: (number | null)[]): number | null => xs.reduce<number | null>((a, b) => (a === null || b === null ? null : a * b), 1);
      const sub = (name: string, kernel: (number | null)[], bias: (number | null)[], fanIn: (number | null)[], fanOut: (number | null)[]): void => {
        host.kerasScope.push(name);
        try {
          // Keras clones both initializers per sublayer (from_config): unseeded ones draw again
          const kspec = host.kerasClone(init('kernel_initializer', 'glorot_uniform'), `${name} kernel initializer`);
          const bspec = host.kerasClone(init('bias_initializer', 'zeros'), `${name} bias initializer`);
          const fi = mul(fanIn), fo = mul(fanOut);
          add('kernel', kernel, fi !== null && fo !== null ? { ...kspec, fanShape: [fi, fo] } : kspec);
          if (useBias) add('bias', bias, bspec);
        } finally {
          host.kerasScope.pop();
        }
      };
      sub('query', [qDim, heads, keyDim], [heads, keyDim], [qDim], [heads, keyDim]);
      sub('key', [vDim, heads, keyDim], [heads, keyDim], [vDim], [heads, keyDim]);
      sub('value', [vDim, heads, valueDim], [heads, valueDim], [vDim], [heads, valueDim]);
      host.mhaBuildDraws(c, site);
      sub('attention_output', [heads, valueDim, outDim], [outDim], [heads, valueDim], [outDim]);
      break;
    }
    case 'Embedding':
      add('embeddings', [numOf(c.get('input_dim')) ?? null, numOf(c.get('output_dim')) ?? null], init('embeddings_initializer', 'random_uniform'));
      break;
    case 'LayerNormalization': case 'RMSNormalization': {
      // Keras sizes these by the (sorted) axes: `axis=-1` is the last dimension.
      const shape = axesShape(inShape, c.get('axis'));
      if (l.kind === 'RMSNormalization') {
        add('scale', shape, init('scale_initializer', 'ones'));
        break;
      }
      const rms = truthy(c.get('rms_scaling') ?? bool(false)) === true;
      if (rms || truthy(c.get('scale') ?? bool(true)) !== false) add('gamma', shape, init('gamma_initializer', 'ones'));
      if (!rms && truthy(c.get('center') ?? bool(true)) !== false) add('beta', shape, init('beta_initializer', 'zeros'));
      break;
    }
    case 'BatchNormalization': case 'GroupNormalization': {
      const shape = axesShape(inShape, c.get('axis'));
      if (truthy(c.get('scale') ?? bool(true)) !== false) add('gamma', shape, init('gamma_initializer', 'ones'));
      if (truthy(c.get('center') ?? bool(true)) !== false) add('beta', shape, init('beta_initializer', 'zeros'));
      if (l.kind === 'GroupNormalization') break;
      add('moving_mean', shape, init('moving_mean_initializer', 'zeros'), false);
      add('moving_variance', shape, init('moving_variance_initializer', 'ones'), false);
      break;
    }
    case 'PReLU': {
      // alpha: one per input element (batch excluded), 1 along `shared_axes`.
      const shape = inShape ? inShape.slice(1) : null;
      const shared = c.get('shared_axes');
      const axes = shared?.t === 'int' ? [shared.v] : shared?.t === 'list' || shared?.t === 'tuple' ? shared.items.map((x) => numOf(x) ?? 0) : [];
      if (shape) for (const ax of axes) if (ax >= 1 && ax <= shape.length) shape[ax - 1] = 1;
      add('alpha', shape, init('alpha_initializer', 'zeros'));
      break;
    }
    default:
      break;
  }
}

