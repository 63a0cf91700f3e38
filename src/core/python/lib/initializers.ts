// Initializers: TF1, TF2 and Keras initializer objects and identifiers → InitializerSpec with each API's
// defaults; Keras initializer instances that draw their seed when constructed or cloned.

import { literalTensor } from './convert';
import { RANDOM_KINDS } from '../seeds';
import type { InitializerSpec, Shape, VarianceScalingInit } from '../../model';
import { expectedDistribution, TRUNCATED_STD_CORRECTION, VARIANCE_SCALING_ALIASES } from '../../initializers';
import { type Args } from '../interp';
import { canonicalize, type ApiFamily } from '../tfnames';
import { bool, dictGet, str, truthy, type Value, floatRepr } from '../values';
import type { TfLibrary } from '../tflib';
import { bind, type BoundArgs } from './registry';

const INITIALIZER_NAMES = new Map<string, string>([
  // v1 / tf top-level spellings → kind
  ['zeros_initializer', 'zeros'], ['ones_initializer', 'ones'], ['constant_initializer', 'constant'],
  ['random_normal_initializer', 'random_normal'], ['truncated_normal_initializer', 'truncated_normal'],
  ['random_uniform_initializer', 'random_uniform'], ['glorot_uniform_initializer', 'glorot_uniform'],
  ['glorot_normal_initializer', 'glorot_normal'], ['variance_scaling_initializer', 'variance_scaling'],
  ['orthogonal_initializer', 'orthogonal'], ['uniform_unit_scaling_initializer', 'uniform_unit_scaling'],
  ['keras.initializers.glorot_uniform', 'glorot_uniform'],
  // initializers.* and keras.initializers.* (both cases)
  ['zeros', 'zeros'], ['Zeros', 'zeros'], ['ones', 'ones'], ['Ones', 'ones'], ['constant', 'constant'], ['Constant', 'constant'],
  ['random_normal', 'random_normal'], ['RandomNormal', 'random_normal'], ['normal', 'random_normal'],
  ['truncated_normal', 'truncated_normal'], ['TruncatedNormal', 'truncated_normal'],
  ['random_uniform', 'random_uniform'], ['RandomUniform', 'random_uniform'], ['uniform', 'random_uniform'],
  ['glorot_uniform', 'glorot_uniform'], ['GlorotUniform', 'glorot_uniform'], ['xavier_uniform', 'glorot_uniform'],
  ['glorot_normal', 'glorot_normal'], ['GlorotNormal', 'glorot_normal'], ['xavier_normal', 'glorot_normal'],
  ['he_normal', 'he_normal'], ['HeNormal', 'he_normal'], ['he_uniform', 'he_uniform'], ['HeUniform', 'he_uniform'],
  ['lecun_normal', 'lecun_normal'], ['LecunNormal', 'lecun_normal'], ['lecun_uniform', 'lecun_uniform'], ['LecunUniform', 'lecun_uniform'],
  ['variance_scaling', 'variance_scaling'], ['VarianceScaling', 'variance_scaling'],
  ['orthogonal', 'orthogonal'], ['Orthogonal', 'orthogonal'], ['identity', 'identity'], ['Identity', 'identity'],
  ['uniform_unit_scaling', 'uniform_unit_scaling'], ['xavier_initializer', 'xavier'],
]);

/** tf.contrib.layers' own initializers (TF 1.15 contrib/layers/python/layers/initializers.py). */
const CONTRIB_INITIALIZERS: Readonly<Record<string, string>> = {
  xavier_initializer: 'xavier', xavier_initializer_conv2d: 'xavier', variance_scaling_initializer: 'contrib_variance_scaling',
};

export function initializerKindOf(name: string): string | undefined {
  if (name.startsWith('contrib.layers.')) return CONTRIB_INITIALIZERS[name.slice('contrib.layers.'.length)];
  const n = name.replace(/^(keras\.)?initializers\./, '').replace(/^init_ops\./, '').replace(/^contrib\.layers\./, '');
  if (name.startsWith('initializers.') || name.startsWith('keras.initializers.') || name.endsWith('_initializer') || name.startsWith('contrib.layers.')) {
    return INITIALIZER_NAMES.get(n);
  }
  return undefined;
}

/** String identifiers Keras accepts for initializers. */
export const KERAS_INIT_STRINGS = new Set([
  'zeros', 'ones', 'constant', 'random_normal', 'truncated_normal', 'random_uniform', 'glorot_uniform', 'glorot_normal',
  'he_normal', 'he_uniform', 'lecun_normal', 'lecun_uniform', 'variance_scaling', 'orthogonal', 'identity', 'uniform', 'normal',
]);

/** Keras's other string names of initializers (keras/src/initializers/__init__.py ALL_OBJECTS_DICT, and Keras 2's
 *  populate_deserializable_objects): the class names, case-sensitively, and the aliases `one` and `zero`. */
const KERAS_INIT_NAMES: Readonly<Record<string, string>> = {
  Zeros: 'zeros', Ones: 'ones', Constant: 'constant', RandomNormal: 'random_normal', TruncatedNormal: 'truncated_normal',
  RandomUniform: 'random_uniform', GlorotUniform: 'glorot_uniform', GlorotNormal: 'glorot_normal', HeNormal: 'he_normal',
  HeUniform: 'he_uniform', LecunNormal: 'lecun_normal', LecunUniform: 'lecun_uniform', VarianceScaling: 'variance_scaling',
  Orthogonal: 'orthogonal', Identity: 'identity', one: 'ones', zero: 'zeros',
};

/**
 * Initializer constructors' parameters in TensorFlow's positional order, per kind: the v1 classes
 * (init_ops: `RandomNormal(mean, stddev, seed, dtype)`), the v2 ones and Keras 3's share the order (v2 and
 * Keras have no dtype); `xavier` is tf.contrib's `xavier_initializer(uniform, seed, dtype)`.
 */
const INITIALIZER_PARAMS: Readonly<Record<string, readonly string[]>> = {
  zeros: ['dtype'],
  ones: ['dtype'],
  constant: ['value', 'dtype', 'verify_shape'],
  random_normal: ['mean', 'stddev', 'seed', 'dtype'],
  truncated_normal: ['mean', 'stddev', 'seed', 'dtype'],
  random_uniform: ['minval', 'maxval', 'seed', 'dtype'],
  glorot_uniform: ['seed', 'dtype'],
  glorot_normal: ['seed', 'dtype'],
  he_normal: ['seed', 'dtype'],
  he_uniform: ['seed', 'dtype'],
  lecun_normal: ['seed', 'dtype'],
  lecun_uniform: ['seed', 'dtype'],
  xavier: ['uniform', 'seed', 'dtype'],
  contrib_variance_scaling: ['factor', 'mode', 'uniform', 'seed', 'dtype'],
  variance_scaling: ['scale', 'mode', 'distribution', 'seed', 'dtype'],
  uniform_unit_scaling: ['factor', 'seed', 'dtype'],
  orthogonal: ['gain', 'seed', 'dtype'],
  identity: ['gain', 'dtype'],
};

/** A variance-scaling `mode` TensorFlow accepts (it raises on any other), or null. */
function vsMode(m: string | undefined): VarianceScalingInit['mode'] | null {
  return m === 'fan_in' || m === 'fan_out' || m === 'fan_avg' ? m : null;
}

/** A variance-scaling `distribution` TensorFlow accepts (it lower-cases it first), or null. */
function vsDistribution(s: string | undefined): VarianceScalingInit['distribution'] | null {
  const d = s?.toLowerCase();
  return d === 'truncated_normal' || d === 'untruncated_normal' || d === 'uniform' || d === 'normal' ? d : null;
}

/** Python's repr of a shape passed as a list (`get_variable` passes `shape.as_list()`) or a tuple (Keras). */
function pyShape(shape: readonly number[], tuple: boolean): string {
  if (!tuple) return `[${shape.join(', ')}]`;
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * The ValueError an initializer raises for a shape it cannot fill, in TF's words, or null. Orthogonal needs
 * rank >= 2: TF's init_ops / init_ops_v2 `Orthogonal.__call__` ("specified by argument `shape`", the shape as
 * its caller passed it) and Keras's `Orthogonal.__call__` ("Received: shape=(7,) of rank 1.").
 * `tuple`: the caller passes the shape as a tuple (Keras add_weight) rather than a list (get_variable).
 */
export function initializerShapeError(spec: InitializerSpec, shape: Shape | undefined, tuple: boolean): string | null {
  if (spec.kind !== 'orthogonal' || !shape || shape.some((d) => d === null) || shape.length >= 2) return null;
  const dims = shape as number[];
  if (spec.api === 'keras') return `The tensor to initialize must be at least two-dimensional. Received: shape=${pyShape(dims, tuple)} of rank ${dims.length}.`;
  return `The tensor to initialize, specified by argument \`shape\` must be at least two-dimensional. Received shape=${pyShape(dims, tuple)}`;
}

/** A Python int or bool (a NumPy integer scalar too): what convert_to_tensor accepts for an integer dtype. */
function isIntegral(v: Value | undefined): boolean {
  return !!v && (v.t === 'bool' || (v.t === 'int' && (!v.np || /int/.test(v.np))));
}

/**
 * TF1's normal-family initializers run for an integer dtype (a get_variable of dtype int32 under a scope's
 * initializer): random_ops converts the mean to that dtype, and convert_to_tensor refuses a Python float with a
 * TypeError. Raised only when the mean is surely a float: variance scaling's normal draws and orthogonal use 0.0,
 * its uniform draws -limit (from the full shape's fans);
 * a random/truncated normal converts its mean, then its stddev (floats unless written as ints: `intArgs`), and
 * with both ints its op refuses the integer dtype. Null otherwise.
 */
export function integerDtypeError(spec: InitializerSpec, dtype: string, shape: Shape | undefined): { type: string; message: string } | null {
  if (spec.api !== 'v1' || !/^u?int/.test(dtype)) return null;
  let first: number | null = null;
  if (spec.kind === 'random_uniform') {
    // random_ops.random_uniform: int32/int64 only (other dtypes are refused otherwise: not modelled), maxval required,
    // then minval and maxval converted to the dtype in that order
    if (dtype !== 'int32' && dtype !== 'int64') return null;
    if (spec.noMaxval) return { type: 'ValueError', message: `Must specify maxval for integer dtype tf.${dtype}` };
    const ints = spec.intArgs ?? [];
    if (!ints.includes('minval')) first = typeof spec.minval === 'number' ? spec.minval : null;
    else if (!ints.includes('maxval')) first = typeof spec.maxval === 'number' ? spec.maxval : null;
    if (first === null) return null;
  } else if (spec.kind === 'orthogonal') first = 0;
  else if (spec.kind === 'random_normal' || spec.kind === 'truncated_normal') {
    // random_ops converts mean, then stddev (defaults 0.0 and 1.0: floats); with both ints the op refuses the dtype
    const ints = spec.intArgs ?? [];
    const m = spec.mean === undefined ? 0 : spec.mean;
    const sd = spec.stddev === undefined ? 1 : spec.stddev;
    if (!ints.includes('mean')) first = typeof m === 'number' ? m : null;
    else if (!ints.includes('stddev')) first = typeof sd === 'number' ? sd : null;
    else return { type: 'TypeError', message: `Value passed to parameter 'dtype' has DataType ${dtype} not in list of allowed values: float16, bfloat16, float32, float64` };
    if (first === null) return null;
  } else if ((spec.kind === 'variance_scaling' || spec.kind in VARIANCE_SCALING_ALIASES) && shape && shape.every((d) => d !== null)) {
    // normal draws pass the mean 0.0; uniform ones random_uniform(shape, -limit, limit): the float is refused first
    const d = expectedDistribution(spec, shape as number[]);
    first = d.family === 'uniform' ? d.minval : d.family === 'normal' || d.family === 'truncated_normal' ? 0 : null;
  }
  return first === null ? null : { type: 'TypeError', message: `Expected ${dtype}, but got ${floatRepr(first)} of type 'float'.` };
}

/**
 * tf.contrib.layers.variance_scaling_initializer(factor=2.0, mode='FAN_IN', uniform=False) and xavier_initializer
 * (factor 1, FAN_AVG, uniform=True) as TF 1.15 computes them: n from the fans by mode; uniform: limit
 * sqrt(3 * factor / n) (variance scaling's own uniform); normal: a truncated normal of stddev sqrt(1.3 * factor / n),
 * written as variance scaling's truncated normal (stddev sqrt(scale / n) / 0.8796...) with scale 1.3 * factor * 0.8796...².
 */
function contribVarianceScaling(kind: string, a: BoundArgs, seed: number | null): InitializerSpec {
  const xavier = kind === 'xavier';
  const factor = xavier ? 1.0 : a.numOr('factor', 2.0);
  const modeArg = xavier ? 'FAN_AVG' : a.given('mode') ? a.str('mode') : 'FAN_IN';
  const mode = modeArg === 'FAN_IN' ? 'fan_in' : modeArg === 'FAN_OUT' ? 'fan_out' : modeArg === 'FAN_AVG' ? 'fan_avg' : null;
  const uniform = truthy(a.get('uniform') ?? bool(xavier));
  const name = xavier ? 'xavier_initializer' : 'variance_scaling_initializer';
  if (factor === null || !mode || uniform === undefined) return { kind: 'unknown', reason: `tf.contrib.layers.${name} with arguments not known statically`, api: 'v1' };
  // xavier_initializer() is glorot_uniform exactly (limit sqrt(6 / (fan_in + fan_out)))
  if (uniform && xavier) return { kind: 'glorot_uniform', scale: 1.0, mode: 'fan_avg', distribution: 'uniform', seed, api: 'v1', note: 'tf.contrib.layers.xavier_initializer' };
  if (uniform) return { kind: 'variance_scaling', scale: factor, mode, distribution: 'uniform', seed, api: 'v1', note: `tf.contrib.layers.${name}` };
  const scale = 1.3 * factor * TRUNCATED_STD_CORRECTION * TRUNCATED_STD_CORRECTION;
  return { kind: 'variance_scaling', scale, mode, distribution: 'truncated_normal', seed, api: 'v1', note: `tf.contrib.layers.${name}: truncated normal, stddev sqrt(1.3 * ${factor} / n)` };
}

export class Initializers {
  constructor(private readonly tf: TfLibrary) {}

  /** A Keras initializer instance just created: an unseeded random one draws `make_default_seed()` now. */
  kerasInstance(spec: InitializerSpec, what: string, seedArg?: Value): InitializerSpec {
    if (this.tf.rng.kerasSeeds.has(spec)) return spec;
    if (!RANDOM_KINDS.has(spec.kind) || !('seed' in spec) || typeof spec.seed === 'number') {
      this.tf.rng.kerasSeeds.set(spec, { drawn: false });
      return spec;
    }
    if (seedArg && seedArg.t !== 'none') {
      // seed= given but not known statically: maybe None (a draw), maybe not
      this.tf.seeds.taintPython(`the seed= of a Keras ${spec.kind} initializer is not known statically`);
      this.tf.rng.kerasSeeds.set(spec, { drawn: false, note: 'this initializer\'s seed= is not known statically; values come from our own seeded generator with the same distribution' });
      return spec;
    }
    const d = this.tf.seeds.kerasSeed(what);
    if ('seed' in d) {
      spec.seed = d.seed ?? null;
      this.tf.rng.kerasSeeds.set(spec, { drawn: true });
    } else this.tf.rng.kerasSeeds.set(spec, { drawn: false, note: d.note });
    return spec;
  }

  /** Keras's `from_config(get_config())` clone: the same seed when one was given, a fresh draw otherwise. */
  kerasClone(spec: InitializerSpec, what: string): InitializerSpec {
    const k = this.tf.rng.kerasSeeds.get(spec);
    if (!RANDOM_KINDS.has(spec.kind) || !('seed' in spec) || (typeof spec.seed === 'number' && !k?.drawn)) return spec;
    if (!k && spec.api !== 'keras') return spec;
    return this.kerasInstance({ ...spec, seed: null }, what);
  }

  /**
   * `initializers.get(v or dflt)` in a Keras constructor: a string or class makes a new instance (drawing
   * when unseeded), an instance is kept (`fromConfig`: cloned, as a layer rebuilt from its config does).
   * Null when the value makes no Keras initializer the analysis models.
   */
  kerasInitAt(v: Value | undefined, dflt: string, fromConfig: boolean, what: string): InitializerSpec | null {
    if (!v || v.t === 'none') return this.kerasInstance(this.initializerFromValue(str(dflt), 'keras'), what);
    if (v.t === 'init') return fromConfig ? this.kerasClone(v.spec, what) : v.spec;
    if (v.t === 'func' || v.t === 'partial' || v.t === 'bound' || v.t === 'tensor') return null; // called as given: no draw
    if (v.t === 'str' || v.t === 'tf' || v.t === 'dict') {
      const spec = this.initializerFromValue(v, 'keras');
      if (spec.kind !== 'unknown') return this.kerasInstance(spec, what);
    }
    this.tf.seeds.taintPython(`the ${what} is not one the analysis models (it may draw a seed)`);
    return null;
  }

  /**
   * Builds the spec for an initializer constructor call, with the API family's defaults; `display` keeps the name
   * the program called (`HeNormal`, `xavier_initializer`, `uniform_unit_scaling_initializer`) when it is not the kind
   * (nor TF1's `<kind>_initializer` spelling of it).
   */
  makeInitializer(kind: string, api: ApiFamily, args: Args, calledName: string): InitializerSpec {
    const spec = this.initializerSpec(kind, api, args, calledName);
    const written = calledName.slice(calledName.lastIndexOf('.') + 1);
    return spec.kind !== 'unknown' && /^[A-Za-z_]\w*$/.test(written) && written !== spec.kind && written !== `${spec.kind}_initializer` && written !== 'default' ? { ...spec, display: written } : spec;
  }

  private initializerSpec(kind: string, api: ApiFamily, args: Args, calledName: string): InitializerSpec {
    const a = bind(args, INITIALIZER_PARAMS[kind] ?? []);
    const keras = api === 'keras' || api === 'v2';
    const seed = a.num('seed') ?? null;
    const fam = api === 'tf' ? 'v2' : api;
    switch (kind) {
      case 'zeros': return { kind: 'zeros', api: fam };
      case 'ones': return { kind: 'ones', api: fam };
      case 'constant': {
        const v = a.get('value');
        const lit = v ? literalTensor(v) : { value: 0, shape: [], dtype: 'float32' };
        return lit ? { kind: 'constant', value: lit.value, api: fam } : { kind: 'unknown', reason: 'constant value unknown', api: fam };
      }
      case 'random_normal': case 'truncated_normal': {
        const ints = fam === 'v1' ? (['mean', 'stddev'] as const).filter((n) => isIntegral(a.get(n))) : [];
        return { kind, mean: a.numOr('mean', 0), stddev: a.numOr('stddev', keras ? 0.05 : 1.0), seed, api: fam, ...(ints.length ? { intArgs: [...ints] } : {}) };
      }
      case 'random_uniform': {
        // TF1's RandomUniform(minval=0, maxval=None): the int 0, and None meaning 1 for floats (init_ops.py, random_ops.py)
        const v1 = fam === 'v1';
        const given = (n: string): boolean => a.given(n) && a.get(n)?.t !== 'none';
        const ints = v1 ? (['minval', 'maxval'] as const).filter((n) => (n === 'minval' && !given(n)) || (given(n) && isIntegral(a.get(n)))) : [];
        return {
          kind, minval: a.numOr('minval', keras ? -0.05 : 0), maxval: a.numOr('maxval', keras ? 0.05 : 1.0), seed, api: fam,
          ...(ints.length ? { intArgs: [...ints] } : {}), ...(v1 && !given('maxval') ? { noMaxval: true as const } : {}),
        };
      }
      case 'glorot_uniform': case 'glorot_normal': case 'he_normal': case 'he_uniform': case 'lecun_normal': case 'lecun_uniform': {
        const d = VARIANCE_SCALING_ALIASES[kind]!;
        return { kind, scale: d.scale, mode: d.mode, distribution: d.distribution, seed, api: fam };
      }
      case 'xavier': case 'contrib_variance_scaling': return contribVarianceScaling(kind, a, seed);
      case 'variance_scaling': {
        const mode = a.given('mode') ? vsMode(a.str('mode')) : 'fan_in';
        const given = a.given('distribution') ? vsDistribution(a.str('distribution')) : 'truncated_normal';
        if (!mode || !given) return { kind: 'unknown', reason: 'variance_scaling\'s mode or distribution is not known statically (or not one TensorFlow accepts)', api: fam };
        const distribution = given === 'normal' ? 'truncated_normal' : given;
        return { kind, scale: a.numOr('scale', 1.0), mode, distribution, seed, api: fam };
      }
      case 'uniform_unit_scaling': {
        const factor = a.num('factor') ?? 1.0;
        return { kind: 'variance_scaling', scale: factor * factor, mode: 'fan_in', distribution: 'uniform', seed, api: 'v1', note: 'uniform_unit_scaling_initializer' };
      }
      case 'orthogonal':
        return { kind, gain: a.numOr('gain', 1.0), seed, api: fam };
      case 'identity':
        return { kind, gain: a.numOr('gain', 1.0), api: fam };
      default:
        return { kind: 'unknown', reason: `${calledName} is not modelled`, api: fam };
    }
  }

  /** An initializer given as a value: an instance, a class/function (instantiated with no args), a Keras string. */
  initializerFromValue(v: Value, api: ApiFamily): InitializerSpec {
    if (v.t === 'init') return v.spec;
    if (v.t === 'tf') {
      const c = canonicalize(v.path);
      if (c) {
        const kind = initializerKindOf(c.name);
        if (kind) return this.makeInitializer(kind, c.api === 'tf' ? (this.tf.legacy ? 'v1' : 'v2') : c.api, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, c.name);
      }
    }
    if (v.t === 'str' && (KERAS_INIT_STRINGS.has(v.v) || KERAS_INIT_NAMES[v.v])) {
      const k = KERAS_INIT_NAMES[v.v] ?? (v.v === 'uniform' ? 'random_uniform' : v.v === 'normal' ? 'random_normal' : v.v);
      return this.makeInitializer(k, 'keras', { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, v.v);
    }
    if (v.t === 'tensor' && v.init) return v.init;
    if (v.t === 'dict') return this.fromKerasConfig(v, api);
    if (v.t === 'func' || v.t === 'partial') return { kind: 'unknown', reason: 'custom initializer function', api };
    return { kind: 'unknown', reason: 'initializer not understood', api };
  }

  /**
   * `initializers.get({"class_name": ..., "config": {...}})`: Keras's deserialize_keras_object, the class by its
   * name among the initializers (the keras.applications' CONV_KERNEL_INITIALIZER), constructed with the config.
   */
  private fromKerasConfig(d: Value & { t: 'dict' }, api: ApiFamily): InitializerSpec {
    const cls = dictGet(d, str('class_name'));
    const config = dictGet(d, str('config'));
    const kind = cls?.t === 'str' ? initializerKindOf(`initializers.${cls.v}`) : undefined;
    if (!kind || (config !== undefined && config.t !== 'dict')) return { kind: 'unknown', reason: 'initializer not understood', api };
    const kw = new Map<string, Value>();
    for (let i = 0; config && i < config.keys.length; i++) {
      const k = config.keys[i]!;
      if (k.t !== 'str') return { kind: 'unknown', reason: 'initializer not understood', api };
      kw.set(k.v, config.vals[i]!);
    }
    return this.makeInitializer(kind, 'keras', { pos: [], kw, posNodes: [], kwNodes: new Map() }, `initializers.${cls!.t === 'str' ? cls!.v : ''}`);
  }

  // ---------- tensors ----------
}
