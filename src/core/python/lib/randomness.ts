// Randomness as a run draws it: random ops' seeds (eager kernel cache, graph op numbering), Keras constructor
// seed draws and SeedGenerator state variables, Python's `random`, stateful initializers run by layers.

import { type LayerObj } from './types';
import { shapeOf } from './convert';
import type { SeedInfo } from '../../model';
import { KERAS_CTOR_DRAWS, KERAS_NO_DRAWS } from '../../layers';
import { RANDOM_KINDS, type SeedArg, statefulOpType } from '../seeds';
import type { InitializerSpec, Shape } from '../../model';
import { type Args, type CallSite } from '../interp';
import { type ApiFamily } from '../tfnames';
import { float, int, NONE, numOf, str, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import { type ApiEntry, type BoundArgs, bind } from './registry';
import { intSeedOf, opSeedOf } from '../../initializers';

export class Randomness {
  constructor(private readonly tf: TfLibrary) {}

  /** The seeds of a random op that already ran eagerly, by its spec (a random tensor's `init`). */
  readonly opSeeds = new WeakMap<InitializerSpec, SeedInfo>();

  /** Keras initializer instances: whether their seed was drawn from Python's `random`, or why it is unknown. */
  readonly kerasSeeds = new WeakMap<InitializerSpec, { drawn: boolean; note?: string }>();

  /**
   * A Keras constructor's SeedGenerator draw (made in the constructor's order) for `seedGenerator`;
   * 'none' when the constructor was followed and creates no SeedGenerator (nothing more to draw).
   */
  pendingSeedGen: { seed: number } | { note: string } | 'none' | null = null;

  /**
   * Seeds consumed by calls the analysis does not otherwise model: TF random ops run eagerly (an op seed
   * drawn, a kernel run) and `keras.random.*` (Keras's global SeedGenerator, or a new one).
   */
  randomCallSeeds(api: ApiFamily, name: string, args: Args, site: CallSite): void {
    if (api === 'keras') {
      if (/^(initializers|layers|models|saving)\.(get|deserialize|from_config|model_from_json|model_from_config)$/.test(name)) {
        this.tf.seeds.taintPython(`keras.${name} creates objects whose seed draws the analysis does not follow`);
        return;
      }
      const m = /^random\.(\w+)$/.exec(name);
      if (!m) return;
      const sv = args.kw.get('seed');
      const seed = sv === undefined || sv.t === 'none' ? null : numOf(sv);
      if (m[1] === 'SeedGenerator') {
        // a SeedGenerator owns its state variable ([seed, 0]; make_default_seed() without seed)
        const pv = bind(args, ['seed']).get('seed');
        if (pv !== undefined && pv.t !== 'none' && numOf(pv) === undefined) this.tf.seeds.taintPython('a keras.random.SeedGenerator\'s seed is not known statically');
        this.pendingSeedGen = null;
        this.seedGenerator(pv, site);
      } else if (sv === undefined || sv.t === 'none') {
        // Keras's global SeedGenerator, created (with its state variable) on first use after set_random_seed
        if (this.tf.seeds.kerasGlobalGenerator()) {
          this.pendingSeedGen = null;
          this.seedGenerator(undefined, site);
        }
      }
      else if (seed === undefined && sv.t !== 'instance') this.tf.seeds.taintPython(`keras.random.${m[1]}'s seed= is not known statically`);
      return;
    }
    if (name === 'nn.dropout') return this.dropoutSeeds(api, args);
    if (/^(random\.(?!(normal|uniform|truncated_normal|set_seed|set_random_seed|get_seed|Generator(\.\w+)?|get_global_generator|set_global_generator|(experimental\.)?stateless_\w+)$)[\w.]+|random_(crop|shuffle|gamma|poisson)|multinomial|nn\.dropout|nn\.\w+_candidate_sampler|image\.(random_\w+|sample_distorted_bounding_box)|data\.Dataset\.shuffle|train\.(shuffle_batch\w*|\w*input_producer))$/.test(name)) {
      if (this.tf.eager) this.tf.seeds.taintTf(`tf.${name} draws random numbers the analysis does not follow`);
      else this.tf.seeds.taintGraph(this.tf.graph.id, `tf.${name} creates random ops the analysis does not follow`);
    }
  }

  /**
   * `tf.nn.dropout(x, rate, noise_shape, seed)` (v1: `keep_prob` second): one `random_uniform(noise_shape,
   * seed, dtype=x.dtype)` op (rate 0: only `get_seed`, TF's "dummy RNG step"), taking an op seed and a kernel run.
   */
  dropoutSeeds(api: ApiFamily, args: Args): void {
    const a = bind(args, api === 'v1' ? ['x', 'keep_prob', 'noise_shape', 'seed', 'name', 'rate'] : ['x', 'rate', 'noise_shape', 'seed', 'name']);
    const x = a.get('x');
    const seedV = a.get('seed');
    const s = numOf(seedV);
    const seed: SeedArg = s !== undefined ? s : seedV && seedV.t !== 'none' ? 'unknown' : null;
    const rateV = a.get('rate');
    const keepV = api === 'v1' ? a.get('keep_prob') : undefined;
    const rate = rateV && rateV.t !== 'none' ? numOf(rateV) : keepV && keepV.t !== 'none' && numOf(keepV) !== undefined ? 1 - numOf(keepV)! : undefined;
    const noiseV = a.get('noise_shape');
    const shape = rate === 0 ? [0] : noiseV && noiseV.t !== 'none' ? shapeOf(noiseV) : x ? this.tf.tensors.shapeOfValue(x) : null;
    const dtype = (x?.t === 'tensor' ? x.dtype : x?.t === 'var' ? this.tf.reg.vars.get(x.v.id)?.dtype : null) ?? 'float32';
    const spec: InitializerSpec = { kind: 'random_uniform', minval: 0, maxval: 1, seed: null, api: 'v1' };
    if (this.tf.eager) this.ranEagerly(spec, shape, dtype, seed, false);
    else this.createdInGraph(spec, seed, false);
  }

  /** Python's `random` module: `seed`, the draws the analysis reproduces, and the rest (which taint it). */
  pythonRandom(fn: string, args: Args): Value {
    const a = args.pos;
    switch (fn) {
      case 'seed': {
        const a0 = bind(args, ['a']).get('a');
        const s = numOf(a0);
        this.tf.seeds.seedPython(s !== undefined ? s : a0 && a0.t !== 'none' ? 'unknown' : null, `random.seed(${s ?? (a0 ? '?' : '')})`, false);
        return NONE;
      }
      case 'Random': case 'SystemRandom': case 'getstate':
        return unknown(`random.${fn}`); // separate generators; getstate draws nothing
      case 'randint': case 'random': case 'uniform': case 'getrandbits': {
        const ns = a.map(numOf);
        if (ns.some((x) => x === undefined)) {
          this.tf.seeds.taintPython(`random.${fn} with arguments the analysis cannot evaluate`);
          return unknown(`random.${fn}`);
        }
        const r = this.tf.seeds.pythonCall(fn, ns as number[]);
        return r === undefined ? unknown(`random.${fn}`) : fn === 'random' || fn === 'uniform' ? float(r) : int(r);
      }
      case 'choice': {
        const seq = a[0];
        const items = seq && (seq.t === 'list' || seq.t === 'tuple') ? seq.items : seq?.t === 'str' ? [...seq.v].map(str) : undefined;
        if (!items) {
          this.tf.seeds.taintPython('random.choice over a sequence the analysis cannot evaluate');
          return unknown('random.choice');
        }
        const i = this.tf.seeds.pythonCall('choice', [], items.length);
        return i === undefined ? unknown('random.choice') : items[i]!;
      }
      default:
        this.tf.seeds.taintPython(`the program calls random.${fn}, which the analysis does not reproduce`);
        return unknown(`random.${fn}`);
    }
  }

  /** Records that `spec`'s stateful op ran eagerly now (`seed`: its seed= argument). */
  ranEagerly(spec: InitializerSpec, shape: Shape | undefined, dtype: string, seed: SeedArg, remember = true): SeedInfo {
    const n = shape && shape.every((d) => d !== null) ? (shape as number[]).reduce((a, b) => a * b, 1) : null;
    const info = this.tf.seeds.eagerOp({ type: statefulOpType(spec.kind, 'distribution' in spec ? spec.distribution : undefined, dtype), dtype, n, seed });
    if (spec.api === 'v2') info.stateful = true;
    if (remember) this.opSeeds.set(spec, info);
    return info;
  }

  /**
   * Records that `spec`'s stateful op was created in the current graph (`seed`: its seed= argument): TF 2
   * numbers unseeded random ops per graph when a graph seed is set; TF 1.x-era programs (`legacy`) used the
   * graph's op count instead, which stays a runtime dependency.
   */
  createdInGraph(spec: InitializerSpec, seed: SeedArg, remember = true): SeedInfo {
    const g = this.tf.graph;
    let info: SeedInfo;
    if (seed === 'unknown') {
      if (g.seed !== null) this.tf.seeds.taintGraph(g.id, 'an earlier random op\'s seed= is not known statically');
      info = { graph: g.seed, op: null, dependsOnRuntime: true, note: 'this op\'s seed= is not known statically; values come from our own seeded generator with the same distribution' };
    } else if (seed !== null || g.seed === null || this.tf.legacy) info = { graph: g.seed, op: seed };
    else if (Number.isNaN(g.seed)) {
      this.tf.seeds.taintGraph(g.id, 'the graph seed is not known statically');
      info = { graph: g.seed, op: null };
    } else info = this.tf.seeds.graphOp(g.id, g.seed);
    if (remember) this.opSeeds.set(spec, info);
    return info;
  }

  /** `copy` stands for the same op as `spec` (its seeds carry over). */
  sameOp(spec: InitializerSpec, copy: InitializerSpec): InitializerSpec {
    const known = this.opSeeds.get(spec);
    if (known) this.opSeeds.set(copy, known);
    return copy;
  }

  /** True when `spec` runs TF's stateful op: v1 initializers and random tensors, TF2's `tf.random_*_initializer` without seed=. */
  isStateful(spec: InitializerSpec): boolean {
    const seed = opSeedOf(spec);
    if (!RANDOM_KINDS.has(spec.kind) || Array.isArray(seed)) return false;
    if (spec.api === 'v1') return true;
    return spec.api === 'v2' && typeof seed !== 'number' && !this.kerasSeeds.has(spec);
  }

  /**
   * The seeds of a variable initialized from `spec`: those of the op that made its value (`ranAlready`:
   * a tensor), or, in eager mode, of the initializer's op run now; graph mode keeps (graph, op).
   */
  variableSeed(spec: InitializerSpec, shape: Shape | undefined, dtype: string, ranAlready: boolean): SeedInfo {
    const known = ranAlready ? this.opSeeds.get(spec) : undefined;
    if (known) return { ...known };
    // NumPy's values carry their own stream (spec.seed, spec.draws): no TensorFlow seeds are involved
    if (spec.kind === 'numpy_random') return { graph: null, op: null };
    const op = intSeedOf(spec);
    const stateful = this.isStateful(spec);
    // an initializer object makes a new op for each variable: its seeds are not remembered on the object
    if (!this.tf.eager) {
      const info: SeedInfo = stateful && !ranAlready ? this.createdInGraph(spec, op, false) : { graph: this.tf.graph.seed, op };
      return stateful && spec.api === 'v2' ? { ...info, stateful: true } : info;
    }
    if (!stateful) return { graph: this.tf.globalSeed, op };
    if (ranAlready) {
      return { graph: this.tf.globalSeed, op, dependsOnRuntime: true, note: 'the analysis lost track of the eager random op that made this value (its seeds and kernel state); values come from our own seeded generator' };
    }
    return this.ranEagerly(spec, shape, dtype, op, false);
  }

  /** Last word on a variable's seeds: an unknown global seed, and Keras initializers' drawn seeds. */
  settleSeed(seed: SeedInfo, spec: InitializerSpec): void {
    if (typeof seed.graph === 'number' && Number.isNaN(seed.graph)) {
      seed.graph = null;
      seed.dependsOnRuntime = true;
      seed.note ??= 'the global seed given to set_seed is not known statically; values come from our own seeded generator with the same distribution';
    }
    const k = this.kerasSeeds.get(spec);
    const op = opSeedOf(spec);
    if (!(k || spec.api === 'keras') || !RANDOM_KINDS.has(spec.kind) || Array.isArray(op)) return;
    if (typeof op === 'number') {
      seed.op = op;
      if (k?.drawn) seed.drawn = 'python';
      return;
    }
    let note = k?.note;
    if (note === undefined) {
      // a Keras initializer whose construction the analysis did not follow: where its seed was drawn is unknown
      this.tf.seeds.taintPython(`a Keras ${spec.kind} initializer was created where the analysis did not follow its seed`);
      note = 'the analysis did not follow where Keras drew this initializer\'s seed; values come from our own seeded generator with the same distribution';
    }
    seed.op = null;
    seed.dependsOnRuntime = true;
    seed.note = note;
  }

  /** A Keras layer's constructor: its initializers and SeedGenerator draw in Keras's order (seeds.ts). */
  kerasConstructorDraws(l: LayerObj, fromConfig = false): void {
    this.pendingSeedGen = null;
    const steps = KERAS_CTOR_DRAWS[l.kind];
    if (!steps) {
      if (KERAS_NO_DRAWS.has(l.kind)) this.pendingSeedGen = 'none';
      else this.tf.seeds.taintPython(`keras.layers.${l.kind} may draw seeds the analysis does not follow`);
      return;
    }
    this.pendingSeedGen = 'none';
    const c = l.config;
    const seedV = c.get('seed');
    const seedArg = seedV === undefined || seedV.t === 'none' ? null : numOf(seedV);
    for (const st of steps) {
      if ('init' in st) {
        const spec = this.tf.inits.kerasInitAt(c.get(st.init), st.dflt, fromConfig, `${l.kind} ${st.init.replace(/_/g, ' ')}`);
        if (spec) l.inits.set(st.init, spec);
        else l.inits.delete(st.init);
        continue;
      }
      if ('seedGen' in st && st.when) {
        const w = c.get(st.when);
        const x = w === undefined || w.t === 'none' ? st.dflt : numOf(w);
        if (x === undefined) {
          this.tf.seeds.taintPython(`${l.kind}'s ${st.when} is not known statically (a seed is drawn when it is > 0)`);
          continue;
        }
        if (!(x > 0)) continue;
      }
      if (seedArg === undefined) {
        this.tf.seeds.taintPython(`${l.kind}'s seed= is not known statically`);
        if ('seedGen' in st) this.pendingSeedGen = { note: `${l.kind}'s seed= is not known statically` };
        continue;
      }
      if (seedArg !== null) {
        if ('seedGen' in st) this.pendingSeedGen = { seed: seedArg };
        continue;
      }
      const d = this.tf.seeds.kerasSeed(`${l.kind} SeedGenerator`);
      if ('seedGen' in st) this.pendingSeedGen = d;
    }
  }

  /** An attention layer's build (MultiHeadAttention, GroupedQueryAttention): its Dropout sublayer (before the output projection) owns a SeedGenerator when dropout > 0. */
  mhaBuildDraws(c: Map<string, Value>, site: CallSite): void {
    const dv = c.get('dropout');
    const rate = dv === undefined || dv.t === 'none' ? 0 : numOf(dv);
    const sv = c.get('seed');
    if (rate === undefined || (sv !== undefined && sv.t !== 'none' && numOf(sv) === undefined)) {
      this.tf.seeds.taintPython('the attention layer\'s dropout or seed is not known statically');
      return;
    }
    if (rate > 0) this.seedGenerator(sv, site);
  }

  // ---------- initializers ----------

  /** Keras 3 `SeedGenerator`: a `seed_generator[_N]/seed_generator_state` int64 [2] variable, [seed, 0]. */
  seedGenerator(seedV: Value | undefined, site: CallSite): void {
    const gname = this.tf.keras.kerasUniquify('seed_generator');
    // without seed=, Keras's make_default_seed() (drawn in the constructor's order by kerasConstructorDraws)
    const pending = this.pendingSeedGen;
    this.pendingSeedGen = null;
    const given = numOf(seedV);
    const d = given !== undefined ? { seed: given } : pending === 'none' ? { note: '' } : pending ?? this.tf.seeds.kerasSeed('SeedGenerator');
    this.tf.vars.addVariable({
      storeKey: null, name: [...this.tf.keras.kerasScope, gname, 'seed_generator_state'].join('/'), shape: [2], dtype: 'int64',
      initializer: 'seed' in d ? { kind: 'constant', value: [d.seed, 0], api: 'keras' } : { kind: 'unknown', reason: 'Keras draws this seed from Python\'s `random` when no seed is given, and the draw is not known statically', api: 'keras' },
      trainable: false, collections: ['global_variables'], scope: gname, api: 'layer', site, nameNode: null, seed: { graph: null, op: null },
    });
  }
}

/**
 * `tf.random.set_seed` / `tf.compat.v1.set_random_seed` / `keras.utils.set_random_seed`: the graph's (and eager
 * context's) global seed; Keras's also seeds Python's `random` and NumPy and resets its global SeedGenerator.
 */
function setSeed(tf: TfLibrary, a: BoundArgs, name: string): Value {
  const a0 = a.get('seed');
  const s = a.num('seed');
  // a seed given but not known statically: NaN until addVariable turns it into a runtime dependency
  const arg: SeedArg = s !== undefined ? s : a0 && a0.t !== 'none' ? 'unknown' : null;
  const keras = name.endsWith('utils.set_random_seed');
  const where = `${keras ? 'keras.utils.set_random_seed' : `tf.${name}`}(${s ?? '?'})`;
  tf.graph.seed = arg === 'unknown' ? NaN : arg;
  if (tf.eager) {
    tf.globalSeed = arg === 'unknown' ? NaN : arg;
    tf.seeds.setTfSeed(arg, where);
  }
  if (keras) {
    tf.seeds.seedPython(arg, where, true);
    tf.seeds.seedNumpy(tf.seeds.numpyGlobal, arg, where);
  }
  return NONE;
}

export const RANDOM_API: readonly ApiEntry[] = [
  {
    names: ['set_random_seed', 'random.set_seed', 'random.set_random_seed', 'keras.utils.set_random_seed', 'utils.set_random_seed'],
    params: ['seed'], impl: (tf, a, _s, c) => setSeed(tf, a, c.name),
  },
];
