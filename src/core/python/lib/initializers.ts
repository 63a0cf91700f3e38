// Initializers: TF1, TF2 and Keras initializer objects and identifiers → InitializerSpec with each API's
// defaults; Keras initializer instances that draw their seed when constructed or cloned.

import { literalTensor } from './convert';
import { RANDOM_KINDS } from '../seeds';
import type { InitializerSpec, Shape } from '../../model';
import { VARIANCE_SCALING_ALIASES } from '../../initializers';
import { type Args } from '../interp';
import { canonicalize, type ApiFamily } from '../tfnames';
import { bool, numOf, str, strOf, truthy, type Value } from '../values';
import type { TfLibrary } from '../tflib';

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
  ['uniform_unit_scaling', 'uniform_unit_scaling'], ['xavier_initializer', 'xavier'], ['variance_scaling_initializer_contrib', 'unknown'],
]);

export function initializerKindOf(name: string): string | undefined {
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

export class Initializers {
  constructor(private readonly tf: TfLibrary) {}

  /** A Keras initializer instance just created: an unseeded random one draws `make_default_seed()` now. */
  kerasInstance(spec: InitializerSpec, what: string, seedArg?: Value): InitializerSpec {
    if (this.tf.rng.kerasSeeds.has(spec)) return spec;
    if (!RANDOM_KINDS.has(spec.kind) || typeof spec.seed === 'number') {
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
      spec.seed = d.seed;
      this.tf.rng.kerasSeeds.set(spec, { drawn: true });
    } else this.tf.rng.kerasSeeds.set(spec, { drawn: false, note: d.note });
    return spec;
  }

  /** Keras's `from_config(get_config())` clone: the same seed when one was given, a fresh draw otherwise. */
  kerasClone(spec: InitializerSpec, what: string): InitializerSpec {
    const k = this.tf.rng.kerasSeeds.get(spec);
    if (!RANDOM_KINDS.has(spec.kind) || (typeof spec.seed === 'number' && !k?.drawn)) return spec;
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
    if (v.t === 'str' || v.t === 'tf') {
      const spec = this.initializerFromValue(v, 'keras');
      if (spec.kind !== 'unknown') return this.kerasInstance(spec, what);
    }
    this.tf.seeds.taintPython(`the ${what} is not one the analysis models (it may draw a seed)`);
    return null;
  }

  /** Builds the spec for an initializer constructor call, with the API family's defaults. */
  makeInitializer(kind: string, api: ApiFamily, args: Args, calledName: string): InitializerSpec {
    const p = args.pos;
    const kw = args.kw;
    const keras = api === 'keras' || api === 'v2';
    const seedOf = (i: number): number | null => numOf(kw.get('seed') ?? p[i]) ?? null;
    /** An argument's number: its default when absent, null when given but statically unknown. */
    const arg = (name: string, i: number, dflt: number): number | null => {
      const v = kw.get(name) ?? p[i];
      if (v === undefined || v.t === 'none') return dflt;
      return numOf(v) ?? null;
    };
    const fam = api === 'tf' ? 'v2' : api;
    switch (kind) {
      case 'zeros': return { kind: 'zeros', api: fam };
      case 'ones': return { kind: 'ones', api: fam };
      case 'constant': {
        const v = kw.get('value') ?? p[0];
        const lit = v ? literalTensor(v) : { value: 0, shape: [], dtype: 'float32' };
        return lit ? { kind: 'constant', value: lit.value, api: fam } : { kind: 'unknown', reason: 'constant value unknown', api: fam };
      }
      case 'random_normal': case 'truncated_normal':
        return { kind, mean: arg('mean', 0, 0), stddev: arg('stddev', 1, keras ? 0.05 : 1.0), seed: seedOf(2), api: fam };
      case 'random_uniform':
        return { kind, minval: arg('minval', 0, keras ? -0.05 : 0), maxval: arg('maxval', 1, keras ? 0.05 : 1.0), seed: seedOf(2), api: fam };
      case 'glorot_uniform': case 'glorot_normal': case 'he_normal': case 'he_uniform': case 'lecun_normal': case 'lecun_uniform': {
        const a = VARIANCE_SCALING_ALIASES[kind]!;
        return { kind, scale: a.scale, mode: a.mode, distribution: a.distribution, seed: seedOf(0), api: fam };
      }
      case 'xavier': {
        const uniform = truthy(kw.get('uniform') ?? p[0] ?? bool(true)) !== false;
        const k = uniform ? 'glorot_uniform' : 'glorot_normal';
        const a = VARIANCE_SCALING_ALIASES[k]!;
        return { kind: k, scale: a.scale, mode: a.mode, distribution: a.distribution, seed: seedOf(1), api: 'v1' };
      }
      case 'variance_scaling': {
        let distribution = strOf(kw.get('distribution') ?? p[2]) ?? 'truncated_normal';
        if (distribution === 'normal') distribution = 'truncated_normal';
        return { kind, scale: arg('scale', 0, 1.0), mode: strOf(kw.get('mode') ?? p[1]) ?? 'fan_in', distribution, seed: seedOf(3), api: fam };
      }
      case 'uniform_unit_scaling': {
        const factor = numOf(kw.get('factor') ?? p[0]) ?? 1.0;
        return { kind: 'variance_scaling', scale: factor * factor, mode: 'fan_in', distribution: 'uniform', seed: seedOf(1), api: 'v1', note: 'uniform_unit_scaling_initializer' };
      }
      case 'orthogonal':
        return { kind, gain: arg('gain', 0, 1.0), seed: seedOf(1), api: fam };
      case 'identity':
        return { kind, gain: arg('gain', 0, 1.0), api: fam };
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
    if (v.t === 'str' && KERAS_INIT_STRINGS.has(v.v)) {
      const k = v.v === 'uniform' ? 'random_uniform' : v.v === 'normal' ? 'random_normal' : v.v;
      return this.makeInitializer(k, 'keras', { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, v.v);
    }
    if (v.t === 'tensor' && v.init) return v.init;
    if (v.t === 'func' || v.t === 'partial') return { kind: 'unknown', reason: 'custom initializer function', api };
    return { kind: 'unknown', reason: 'initializer not understood', api };
  }

  // ---------- tensors ----------
}
