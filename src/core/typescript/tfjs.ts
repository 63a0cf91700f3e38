// TensorFlow.js's rules, as tfjs 4.22 applies them (checked by test/conformance/tfjs): layer names
// (`dense_Dense1`, per-class counters), weight names (`dense_Dense1/kernel`, `_1` suffixes for repeats), the
// layers' default initializers and weight shapes, shape propagation, and its error messages. Pure data in/out.

import type { Dim, InitializerSpec } from '../model';

/** A TF.js initializer as the program gave it: its class and config (TF.js's camelCase keys). */
export interface TfjsInit {
  className: string;
  config: Record<string, unknown>;
}

/** An error TF.js would throw, with its class name and exact message. */
export class TfjsRaise extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

/** String identifiers tfjs-layers accepts for initializers (INITIALIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP). */
const INIT_IDS: Record<string, string> = {
  constant: 'Constant', glorotNormal: 'GlorotNormal', glorotUniform: 'GlorotUniform', heNormal: 'HeNormal',
  heUniform: 'HeUniform', identity: 'Identity', leCunNormal: 'LeCunNormal', leCunUniform: 'LeCunUniform',
  ones: 'Ones', orthogonal: 'Orthogonal', randomNormal: 'RandomNormal', randomUniform: 'RandomUniform',
  truncatedNormal: 'TruncatedNormal', varianceScaling: 'VarianceScaling', zeros: 'Zeros',
};

/** `tf.initializers.<fn>` function names → class names (the same table, plus class names themselves). */
export function initFromFactory(fn: string, config: Record<string, unknown>): TfjsInit | null {
  const cls = INIT_IDS[fn];
  return cls ? { className: cls, config } : null;
}

/** An initializer identifier string ('glorotUniform', 'GlorotUniform'); null when TF.js has no such one. */
export function initFromString(s: string): TfjsInit | null {
  const cls = INIT_IDS[s] ?? (Object.values(INIT_IDS).includes(s) ? s : undefined);
  return cls ? { className: cls, config: {} } : null;
}

const VS_ALIASES: Record<string, { kind: InitializerSpec['kind']; scale: number; mode: string; distribution: string }> = {
  GlorotUniform: { kind: 'glorot_uniform', scale: 1, mode: 'fan_avg', distribution: 'uniform' },
  GlorotNormal: { kind: 'glorot_normal', scale: 1, mode: 'fan_avg', distribution: 'truncated_normal' },
  HeNormal: { kind: 'he_normal', scale: 2, mode: 'fan_in', distribution: 'truncated_normal' },
  HeUniform: { kind: 'he_uniform', scale: 2, mode: 'fan_in', distribution: 'uniform' },
  LeCunNormal: { kind: 'lecun_normal', scale: 1, mode: 'fan_in', distribution: 'truncated_normal' },
  LeCunUniform: { kind: 'lecun_uniform', scale: 1, mode: 'fan_in', distribution: 'uniform' },
};

function numOr(v: unknown, d: number): number | null {
  if (v === undefined) return d;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * The model's InitializerSpec (api 'tfjs') for a TF.js initializer with its defaults filled in. TF.js's
 * 'normal' variance scaling is a truncated normal with stddev sqrt(scale/n) and no 0.8796 correction; the
 * spec says so with `api: 'tfjs'` (see expectedDistribution).
 */
export function toSpec(init: TfjsInit, defaulted = false): InitializerSpec {
  const c = init.config;
  const seed = c.seed === undefined ? null : typeof c.seed === 'number' ? c.seed : null;
  const base = { api: 'tfjs', ...(defaulted ? { defaulted: true } : {}) };
  switch (init.className) {
    case 'Zeros': return { kind: 'zeros', ...base };
    case 'Ones': return { kind: 'ones', ...base };
    case 'Constant': return { kind: 'constant', value: typeof c.value === 'number' ? c.value : null, ...base };
    case 'RandomNormal': return { kind: 'random_normal', mean: numOr(c.mean, 0), stddev: numOr(c.stddev, 0.05), seed, ...base };
    case 'TruncatedNormal': return { kind: 'truncated_normal', mean: numOr(c.mean, 0), stddev: numOr(c.stddev, 0.05), seed, ...base };
    case 'RandomUniform': return { kind: 'random_uniform', minval: numOr(c.minval, -0.05), maxval: numOr(c.maxval, 0.05), seed, ...base };
    case 'Orthogonal': return { kind: 'orthogonal', gain: numOr(c.gain, 1), seed, ...base };
    case 'Identity': return { kind: 'identity', gain: numOr(c.gain, 1), ...base };
    case 'VarianceScaling': {
      const mode = c.mode === undefined ? 'fan_in' : c.mode === 'fanIn' ? 'fan_in' : c.mode === 'fanOut' ? 'fan_out' : c.mode === 'fanAvg' ? 'fan_avg' : null;
      const distribution = c.distribution === undefined || c.distribution === 'normal' ? 'truncated_normal' : c.distribution === 'uniform' ? 'uniform' : null;
      if (mode === null || distribution === null) return { kind: 'unknown', reason: 'varianceScaling with a mode or distribution that is not known statically', ...base };
      return { kind: 'variance_scaling', scale: numOr(c.scale, 1), mode, distribution, seed, ...base };
    }
    default: {
      const a = VS_ALIASES[init.className];
      if (a) return { kind: a.kind, scale: a.scale, mode: a.mode, distribution: a.distribution, seed, ...base };
      return { kind: 'unknown', reason: `TF.js initializer ${init.className}`, ...base };
    }
  }
}

/** tfjs-layers' toSnakeCase. */
export function toSnakeCase(name: string): string {
  const s = name.replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return s[0] !== '_' ? s : `private${s}`;
}

/** Process-wide TF.js naming state of one program run (getUid counters, getUniqueTensorName's map, engine ids). */
export class TfjsNaming {
  private uids = new Map<string, number>();
  private tensorNames = new Map<string, number>();
  private nextVariableId = 0;
  readonly registered = new Set<string>();

  uid(prefix: string): string {
    const n = (this.uids.get(prefix) ?? 0) + 1;
    this.uids.set(prefix, n);
    return prefix + String(n);
  }

  layerName(className: string): string {
    return `${toSnakeCase(className)}_${this.uid(className)}`;
  }

  uniqueTensorName(scoped: string): string {
    const index = this.tensorNames.get(scoped) ?? 0;
    this.tensorNames.set(scoped, index + 1);
    if (index > 0) {
      const r = `${scoped}_${index}`;
      this.tensorNames.set(r, 1);
      return r;
    }
    return scoped;
  }

  /** The engine's makeVariable: an unnamed variable takes the next id; a registered name throws. */
  register(name: string | null): string {
    const n = name ?? String(this.nextVariableId++);
    if (this.registered.has(n)) throw new TfjsRaise('Error', `Variable with name ${n} was already registered`);
    this.registered.add(n);
    return n;
  }
}

/** A weight a layer creates when it is built. */
export interface WeightDef {
  name: string;
  shape: Dim[];
  init: TfjsInit;
  defaulted: boolean;
  trainable: boolean;
}

export type LayerConfig = Record<string, unknown>;

/** The layers this model knows: class name → constructor function name under `tf.layers`. */
export const LAYER_CLASSES: Record<string, string> = {
  dense: 'Dense', conv2d: 'Conv2D', conv1d: 'Conv1D', embedding: 'Embedding', lstm: 'LSTM', gru: 'GRU', simpleRNN: 'SimpleRNN',
  batchNormalization: 'BatchNormalization', layerNormalization: 'LayerNormalization', flatten: 'Flatten', dropout: 'Dropout',
  maxPooling2d: 'MaxPooling2D', averagePooling2d: 'AveragePooling2D', maxPooling1d: 'MaxPooling1D', averagePooling1d: 'AveragePooling1D',
  activation: 'Activation', reshape: 'Reshape', concatenate: 'Concatenate', add: 'Add', multiply: 'Multiply', average: 'Average',
  maximum: 'Maximum', minimum: 'Minimum', inputLayer: 'InputLayer', zeroPadding2d: 'ZeroPadding2D', upSampling2d: 'UpSampling2D',
  depthwiseConv2d: 'DepthwiseConv2D', separableConv2d: 'SeparableConv2D', conv2dTranspose: 'Conv2DTranspose',
  globalAveragePooling1d: 'GlobalAveragePooling1D', globalMaxPooling1d: 'GlobalMaxPooling1D',
  timeDistributed: 'TimeDistributed', bidirectional: 'Bidirectional', globalAveragePooling2d: 'GlobalAveragePooling2D', globalMaxPooling2d: 'GlobalMaxPooling2D',
};

function getInit(cfg: LayerConfig, key: string, dflt: string): { init: TfjsInit; defaulted: boolean } {
  const v = cfg[key];
  if (v === undefined || v === null) return { init: initFromString(dflt)!, defaulted: true };
  if (typeof v === 'string') return { init: initFromString(v) ?? { className: v, config: {} }, defaulted: false };
  if (typeof v === 'object' && v && 'className' in v) return { init: v as TfjsInit, defaulted: false };
  return { init: { className: '?', config: {} }, defaulted: false };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
function pair(v: unknown, d: number | null): (number | null)[] {
  if (v === undefined) return [d, d];
  if (Array.isArray(v)) return [num(v[0]), num(v[1] ?? v[0])];
  return [num(v), num(v)];
}

/** Output length of a convolution/pooling window (tfjs-layers convOutputLength). */
function convLen(len: Dim, k: number | null, pad: unknown, stride: number | null, dil = 1): Dim {
  if (len === null || k === null || stride === null) return null;
  const dk = k + (k - 1) * (dil - 1);
  const out = pad === 'same' ? len : pad === 'valid' || pad === undefined ? len - dk + 1 : null;
  if (out === null) return null;
  return Math.floor((out + stride - 1) / stride);
}

/**
 * Builds a layer of `className` with `config` on `input` (batch dimension first): the weights it creates (in
 * TF.js's order) and its output shape (null when unknown). Unknown layers create nothing and give null.
 */
export function buildLayer(className: string, cfg: LayerConfig, input: Dim[] | null): { weights: WeightDef[]; output: Dim[] | null } {
  const w: WeightDef[] = [];
  const add = (name: string, shape: Dim[], key: string, dflt: string, trainable = true): void => {
    const { init, defaulted } = getInit(cfg, key, dflt);
    w.push({ name, shape, init, defaulted, trainable });
  };
  const last = input && input.length ? input[input.length - 1]! : null;
  const useBias = cfg.useBias !== false;
  switch (className) {
    case 'Dense': {
      const units = num(cfg.units);
      add('kernel', [last, units], 'kernelInitializer', 'glorotNormal');
      if (useBias) add('bias', [units], 'biasInitializer', 'zeros');
      return { weights: w, output: input ? [...input.slice(0, -1), units] : null };
    }
    case 'Conv2D': case 'Conv1D': {
      const rank = className === 'Conv2D' ? 2 : 1;
      const filters = num(cfg.filters);
      const ks = rank === 2 ? pair(cfg.kernelSize, null) : [Array.isArray(cfg.kernelSize) ? num(cfg.kernelSize[0]) : num(cfg.kernelSize)];
      const st = rank === 2 ? pair(cfg.strides, 1) : [Array.isArray(cfg.strides) ? num(cfg.strides[0]) : cfg.strides === undefined ? 1 : num(cfg.strides)];
      const dil = rank === 2 ? pair(cfg.dilationRate, 1) : [cfg.dilationRate === undefined ? 1 : num(cfg.dilationRate)];
      if (cfg.dataFormat === 'channelsFirst') return { weights: w, output: null };
      add('kernel', [...ks, last, filters], 'kernelInitializer', 'glorotNormal');
      if (useBias) add('bias', [filters], 'biasInitializer', 'zeros');
      if (!input || input.length !== rank + 2) return { weights: w, output: null };
      const sp = input.slice(1, -1).map((d, i) => convLen(d, ks[i]!, cfg.padding, st[i]!, dil[i] ?? 1));
      return { weights: w, output: [input[0]!, ...sp, filters] };
    }
    case 'MaxPooling2D': case 'AveragePooling2D': case 'MaxPooling1D': case 'AveragePooling1D': {
      const rank = className.endsWith('2D') ? 2 : 1;
      const ps = rank === 2 ? pair(cfg.poolSize, 2) : [Array.isArray(cfg.poolSize) ? num(cfg.poolSize[0]) : cfg.poolSize === undefined ? 2 : num(cfg.poolSize)];
      const st = cfg.strides === undefined || cfg.strides === null ? ps : rank === 2 ? pair(cfg.strides, null) : [Array.isArray(cfg.strides) ? num(cfg.strides[0]) : num(cfg.strides)];
      if (!input || input.length !== rank + 2 || cfg.dataFormat === 'channelsFirst') return { weights: w, output: null };
      const sp = input.slice(1, -1).map((d, i) => convLen(d, ps[i]!, cfg.padding, st[i]!));
      return { weights: w, output: [input[0]!, ...sp, last] };
    }
    case 'GlobalAveragePooling1D': case 'GlobalMaxPooling1D':
      return { weights: w, output: input && input.length === 3 ? [input[0]!, last] : null };
    case 'ZeroPadding2D': {
      const p = cfg.padding;
      let pads: (number | null)[] = [1, 1, 1, 1];
      if (typeof p === 'number') pads = [p, p, p, p];
      else if (Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number')) pads = [p[0], p[0], p[1], p[1]].map(num);
      else if (Array.isArray(p) && p.length === 2 && p.every(Array.isArray)) pads = [...(p[0] as unknown[]), ...(p[1] as unknown[])].map(num);
      else if (p !== undefined) pads = [null, null, null, null];
      if (!input || input.length !== 4 || cfg.dataFormat === 'channelsFirst') return { weights: w, output: null };
      const add2 = (d: Dim, a: number | null, b: number | null): Dim => (d === null || a === null || b === null ? null : d + a + b);
      return { weights: w, output: [input[0]!, add2(input[1]!, pads[0]!, pads[1]!), add2(input[2]!, pads[2]!, pads[3]!), last] };
    }
    case 'UpSampling2D': {
      const sz = pair(cfg.size, 2);
      if (!input || input.length !== 4 || cfg.dataFormat === 'channelsFirst') return { weights: w, output: null };
      const mul = (d: Dim, k: number | null): Dim => (d === null || k === null ? null : d * k);
      return { weights: w, output: [input[0]!, mul(input[1]!, sz[0]!), mul(input[2]!, sz[1]!), last] };
    }
    case 'DepthwiseConv2D': case 'SeparableConv2D': {
      const ks = pair(cfg.kernelSize, null);
      const st = pair(cfg.strides, 1);
      const dil = pair(cfg.dilationRate, 1);
      const dm = cfg.depthMultiplier === undefined ? 1 : num(cfg.depthMultiplier);
      const ch = last !== null && dm !== null ? last * dm : null;
      if (cfg.dataFormat === 'channelsFirst') return { weights: w, output: null };
      const sep = className === 'SeparableConv2D';
      const filters = sep ? num(cfg.filters) : ch;
      add('depthwise_kernel', [ks[0]!, ks[1]!, last, dm], 'depthwiseInitializer', sep ? 'glorotUniform' : 'glorotNormal');
      if (sep) add('pointwise_kernel', [1, 1, ch, filters], 'pointwiseInitializer', 'glorotUniform');
      if (useBias) add('bias', [filters], 'biasInitializer', 'zeros');
      if (!input || input.length !== 4) return { weights: w, output: null };
      const sp = input.slice(1, -1).map((d, i) => convLen(d, ks[i]!, cfg.padding, st[i]!, dil[i] ?? 1));
      return { weights: w, output: [input[0]!, ...sp, filters] };
    }
    case 'Conv2DTranspose': {
      const filters = num(cfg.filters);
      const ks = pair(cfg.kernelSize, null);
      const st = pair(cfg.strides, 1);
      if (cfg.dataFormat === 'channelsFirst') return { weights: w, output: null };
      add('kernel', [ks[0]!, ks[1]!, filters, last], 'kernelInitializer', 'glorotNormal');
      if (useBias) add('bias', [filters], 'biasInitializer', 'zeros');
      if (!input || input.length !== 4) return { weights: w, output: null };
      // tfjs-layers deconvLength (no outputPadding)
      const dl = (d: Dim, k: number | null, s: number | null): Dim => {
        if (d === null || k === null || s === null) return null;
        if (cfg.padding === 'same') return d * s;
        if (cfg.padding === undefined || cfg.padding === 'valid') return d * s + Math.max(k - s, 0);
        return null;
      };
      return { weights: w, output: [input[0]!, dl(input[1]!, ks[0]!, st[0]!), dl(input[2]!, ks[1]!, st[1]!), filters] };
    }
    case 'GlobalAveragePooling2D': case 'GlobalMaxPooling2D':
      return { weights: w, output: input && input.length === 4 ? [input[0]!, last] : null };
    case 'Flatten': {
      if (!input) return { weights: w, output: null };
      const rest = input.slice(1);
      const n = rest.every((d) => d !== null) ? rest.reduce<number>((a, b) => a * (b as number), 1) : null;
      return { weights: w, output: [input[0]!, n] };
    }
    case 'Dropout': case 'Activation': case 'InputLayer':
      return { weights: w, output: input };
    case 'Reshape': {
      const t = Array.isArray(cfg.targetShape) ? cfg.targetShape.map((d) => num(d)) : null;
      return { weights: w, output: input && t && !t.includes(-1) ? [input[0]!, ...t] : null };
    }
    case 'Embedding': {
      const inDim = num(cfg.inputDim);
      const outDim = num(cfg.outputDim);
      add('embeddings', [inDim, outDim], 'embeddingsInitializer', 'randomUniform');
      return { weights: w, output: input ? [...input, outDim] : null };
    }
    case 'LSTM': case 'GRU': case 'SimpleRNN': {
      const units = num(cfg.units);
      const gates = className === 'LSTM' ? 4 : className === 'GRU' ? 3 : 1;
      const g = units === null ? null : units * gates;
      add('kernel', [last, g], 'kernelInitializer', 'glorotNormal');
      add('recurrent_kernel', [units, g], 'recurrentInitializer', 'orthogonal');
      if (useBias) {
        if (className === 'LSTM' && cfg.unitForgetBias === true) w.push({ name: 'bias', shape: [g], init: { className: 'UnitForgetBias', config: {} }, defaulted: false, trainable: true });
        else add('bias', [g], 'biasInitializer', 'zeros');
      }
      if (!input || input.length !== 3) return { weights: w, output: null };
      return { weights: w, output: cfg.returnSequences === true ? [input[0]!, input[1]!, units] : [input[0]!, units] };
    }
    case 'BatchNormalization': {
      const axis = cfg.axis === undefined ? -1 : num(cfg.axis);
      const c = input && axis !== null ? input[axis < 0 ? input.length + axis : axis] ?? null : null;
      if (cfg.scale !== false) add('gamma', [c], 'gammaInitializer', 'ones');
      if (cfg.center !== false) add('beta', [c], 'betaInitializer', 'zeros');
      add('moving_mean', [c], 'movingMeanInitializer', 'zeros', false);
      add('moving_variance', [c], 'movingVarianceInitializer', 'ones', false);
      return { weights: w, output: input };
    }
    case 'LayerNormalization': {
      if (cfg.scale !== false) add('gamma', [last], 'gammaInitializer', 'ones');
      if (cfg.center !== false) add('beta', [last], 'betaInitializer', 'zeros');
      return { weights: w, output: input };
    }
    default:
      return { weights: w, output: null };
  }
}

/**
 * Variables an optimizer creates in its constructor (tfjs-core: Adam's accBeta1/accBeta2, Adamax's iteration and
 * accBeta1), as unnamed scalars; the others create their slots only when they first minimize.
 */
export function optimizerVariables(name: string, args: unknown[]): { value: number }[] {
  const n = (i: number, d: number): number => (typeof args[i] === 'number' ? (args[i] as number) : d);
  if (name === 'adam') return [{ value: n(1, 0.9) }, { value: n(2, 0.999) }];
  if (name === 'adamax') return [{ value: 0 }, { value: n(1, 0.9) }];
  return [];
}

/** The axis -1 size a built layer expects (Dense, convolutions: TF.js's inputSpec), or undefined when it checks none. */
export function expectedLastDim(className: string, weights: { name: string; shape: Dim[] }[]): Dim | undefined {
  const k = weights.find((w) => w.name === 'kernel' || w.name === 'depthwise_kernel');
  if (!k) return undefined;
  if (className === 'Dense') return k.shape[0];
  if (className === 'Conv2D' || className === 'Conv1D' || className === 'DepthwiseConv2D' || className === 'SeparableConv2D') return k.shape[k.shape.length - 2];
  if (className === 'Conv2DTranspose') return k.shape[3];
  return undefined;
}

/** Output shape of a merge layer (Concatenate along `axis`, default -1; the elementwise ones keep the shape). */
export function mergeOutput(className: string, cfg: LayerConfig, inputs: (Dim[] | null)[]): Dim[] | null {
  if (inputs.length === 0 || inputs.some((s) => s === null)) return null;
  const shapes = inputs as Dim[][];
  if (className !== 'Concatenate') return [...shapes[0]!];
  const rank = shapes[0]!.length;
  const ax0 = cfg.axis === undefined ? -1 : num(cfg.axis);
  if (ax0 === null || shapes.some((s) => s.length !== rank)) return null;
  const ax = ax0 < 0 ? rank + ax0 : ax0;
  const out = [...shapes[0]!];
  out[ax] = shapes.every((s) => s[ax] !== null) ? shapes.reduce((a, s) => a + (s[ax] as number), 0) : null;
  return out;
}

export const MERGE_LAYERS = new Set(['Concatenate', 'Add', 'Multiply', 'Average', 'Maximum', 'Minimum']);

/**
 * The batch input shape a layer config declares (batchInputShape, inputShape, inputDim; Embedding always):
 * undefined when it declares none, null when it gives one that is not known statically.
 */
export function declaredInput(className: string, cfg: LayerConfig): Dim[] | null | undefined {
  const dims = (v: unknown): Dim[] | null => (Array.isArray(v) ? v.map((d) => (typeof d === 'number' ? d : null)) : null);
  if (cfg.batchInputShape != null) return dims(cfg.batchInputShape);
  if (cfg.inputShape != null) {
    const s = dims(cfg.inputShape);
    return s ? [typeof cfg.batchSize === 'number' ? cfg.batchSize : null, ...s] : null;
  }
  if (cfg.inputDim != null && className !== 'Embedding') return [null, num(cfg.inputDim)];
  if (className === 'Embedding') return [null, cfg.inputLength === undefined ? null : num(Array.isArray(cfg.inputLength) ? cfg.inputLength[0] : cfg.inputLength)];
  return undefined;
}

export const FIRST_LAYER_NEEDS_INPUT = 'The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument.';

/** TF.js container check (LayersModel): the first layer name used more than once. */
export function duplicateNameMessage(names: string[]): string | null {
  for (const n of names) {
    const c = names.filter((x) => x === n).length;
    if (c > 1) return `The name "${n}" is used ${c} times in the model. All layer names should be unique. Layer names: ${JSON.stringify(names)}`;
  }
  return null;
}
