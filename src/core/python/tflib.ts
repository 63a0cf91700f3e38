// TensorFlow's Python API as the evaluator sees it: symbols, dtypes, initializers, tensors with shapes,
// variable_scope / name_scope / get_variable / Variable / layers with TF's exact naming, sharing and
// errors (in TF's words), graph vs eager mode, seeds. Produces `VarRecord`s and diagnostics.

import type { SyntaxNode as Node } from './ast';
import { type LayerObj, type OptimizerObj, type ScopeEntry, type TfRegistry } from './lib/types';
import { FUNC_OP_NAMES, ARITH_OP_NAMES, OP_NAMES, padConstant, tensorRepr, fromJsonArray, fromJson, broadcast, flatten, reshapeFlat, enterEagerNs, tfPrefix, snakeCase, isLiteral, literalAsTensor, literalTensor, containsUnknown, shapeOf, shapeValue, dtypeOf, collectionsList, partitionerOf, fullShapeOfParts, seedPairOf, numpyLinspace } from './lib/convert';
import { buildLayer, kerasMergeShape, layerOutputShape, tfLayersFunctional, type LayerBuildHost, type NewVariable } from './lib/layerBuild';
export type { TfRegistry, TfState } from './lib/types';
import type { SeedInfo } from '../model';
import { type NumpyStream, RANDOM_KINDS, type SeedArg, SeedTracker, statefulOpType } from './seeds';
import { checksInputAxis, KERAS_CTOR_DRAWS, KERAS_LAYER_ALIASES, KERAS_NO_DRAWS, KERAS_POSITIONAL, ownsSeedGenerator } from '../layers';
import type { Diagnostic, InitializerSpec, PostOp, QuickFix, Shape, SourceLocation } from '../model';
import { VARIANCE_SCALING_ALIASES } from '../initializers';
import { dtypeSize } from '../model';
import { freshId, invalidScopeName, partitionCount, ScopeNameError, shapesCompatible, tensorShapeStr, TfGraph, type Partitioner, type Reuse, type VarRecord, type VarScope } from '../tf/graph';
import {
  loc, PyRaise, type Args, type CallSite, type Interpreter, type LibraryHooks,
} from './interp';
import { canonicalize, DTYPES, isFloatDtype, isIntOrBoolDtype, LIBRARY_ROOTS, normalizeDtype, TF1_ONLY, type ApiFamily } from './tfnames';
import { bool, float, int, NONE, npResult, npScalar, numOf, pyRepr, str, strOf, truthy, unknown, type Value } from './values';

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

function initializerKindOf(name: string): string | undefined {
  const n = name.replace(/^(keras\.)?initializers\./, '').replace(/^init_ops\./, '').replace(/^contrib\.layers\./, '');
  if (name.startsWith('initializers.') || name.startsWith('keras.initializers.') || name.endsWith('_initializer') || name.startsWith('contrib.layers.')) {
    return INITIALIZER_NAMES.get(n);
  }
  return undefined;
}

/** String identifiers Keras accepts for initializers. */
const KERAS_INIT_STRINGS = new Set([
  'zeros', 'ones', 'constant', 'random_normal', 'truncated_normal', 'random_uniform', 'glorot_uniform', 'glorot_normal',
  'he_normal', 'he_uniform', 'lecun_normal', 'lecun_uniform', 'variance_scaling', 'orthogonal', 'identity', 'uniform', 'normal',
]);

export class TfLibrary implements LibraryHooks, LayerBuildHost {
  interp!: Interpreter;
  graphStack: TfGraph[] = [];
  defaultGraph = new TfGraph();
  readonly variables: VarRecord[] = [];
  /** TF objects by id; shared by every evaluation of one analysis (library explorations see the program's). */
  readonly reg: TfRegistry;
  /** Library exploration: unknown arguments; sharing errors do not stop variable creation. */
  lenient = false;
  readonly scopes = new Map<string, ScopeEntry>();
  eager: boolean;
  sawGraphMode = false;
  legacy = false;
  /** Keras 3 `uniquify` counters (global per program). */
  private readonly kerasUids = new Map<string, number>();
  globalSeed: number | null = null;
  /** TF2's eager op seeds and kernel cache, Python's `random` that Keras draws from (seeds.ts). */
  readonly seeds = new SeedTracker(() => ({
    guess: this.interp.guessDepth > 0 ? this.interp.guessWhere : null, risks: this.interp.risks, lastRisk: this.interp.lastRisk,
  }));
  /** The seeds of a random op that already ran eagerly, by its spec (a random tensor's `init`). */
  private readonly opSeeds = new WeakMap<InitializerSpec, SeedInfo>();
  /** Keras initializer instances: whether their seed was drawn from Python's `random`, or why it is unknown. */
  private readonly kerasSeeds = new WeakMap<InitializerSpec, { drawn: boolean; note?: string }>();
  /**
   * A Keras constructor's SeedGenerator draw (made in the constructor's order) for `seedGenerator`;
   * 'none' when the constructor was followed and creates no SeedGenerator (nothing more to draw).
   */
  private pendingSeedGen: { seed: number } | { note: string } | 'none' | null = null;
  /** TF2 creates resource variables by default; disable_v2_behavior / TF1 runtimes create RefVariables. */
  useResourceDefault = true;
  private readonly refVars = new Set<number>();
  /** Keras 3 name-scope stack: layer/model names while building (variable paths). */
  readonly kerasScope: string[] = [];

  constructor(mode: 'auto' | 'v1' | 'v2', reg?: TfRegistry) {
    this.reg = reg ?? { vars: new Map(), scopes: new Map(), layers: new Map() };
    this.eager = mode === 'v2';
    this.forced = mode !== 'auto';
    if (mode === 'v1') this.sawGraphMode = true;
    if (mode === 'v1') this.eager = false;
  }
  private readonly forced: boolean;

  get graph(): TfGraph {
    return this.graphStack[this.graphStack.length - 1] ?? this.defaultGraph;
  }

  /** Before running: a text pre-scan decides whether a plain `import tensorflow` program is TF1-era. */
  prescan(text: string): void {
    if (this.forced) return;
    const graphMarkers = /\b(disable_v2_behavior|disable_eager_execution)\s*\(/.test(text);
    const tf1Era = /\btf\.(variable_scope|get_variable|Session|placeholder|layers\.dense|global_variables_initializer|contrib)\b/.test(text)
      && !/compat\.v1/.test(text);
    if (graphMarkers || tf1Era) {
      // disable_v2_behavior is normally the first statement; graph mode from the start is TF's view
      // for everything that follows it. TF1-era programs ran on TF 1.x: graph mode.
      this.eager = !tf1Era && !graphMarkers;
      this.legacy = tf1Era;
      if (tf1Era) this.useResourceDefault = false;
    } else this.eager = true;
    if (!this.eager) this.sawGraphMode = true;
  }

  // ---------- LibraryHooks ----------

  importLibrary(dotted: string): Value | undefined {
    const top = dotted.split('.')[0]!;
    if (!LIBRARY_ROOTS.has(top)) return undefined;
    return { t: 'tf', path: dotted };
  }

  iterate(v: Value): Value[] | undefined {
    if (v.t === 'tensor' && v.init?.kind === 'constant' && Array.isArray(v.init.value) && v.init.value.length <= 100_000) {
      return fromJsonArray(v.init.value as unknown[]);
    }
    if (v.t === 'tensor' && v.shape && v.shape[0] != null && v.shape[0] <= 10_000) {
      const inner: Shape = v.shape.slice(1);
      return Array.from({ length: v.shape[0] }, () => ({ t: 'tensor', shape: inner, dtype: v.dtype }));
    }
    return undefined;
  }

  getattr(obj: Value, name: string, site: CallSite): Value | undefined {
    switch (obj.t) {
      case 'tf': return this.tfAttr(obj.path, name);
      case 'scope': {
        const s = this.reg.scopes.get(obj.s.id)!;
        switch (name) {
          case 'name': return str(s.name);
          case 'original_name_scope': return str(s.originalNameScope);
          case 'reuse': return s.reuse === 'auto' ? { t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' } : bool(s.reuse);
          case 'initializer': return s.initializer ? { t: 'init', spec: s.initializer } : NONE;
          case 'dtype': return { t: 'dtype', name: s.dtype ?? 'float32' };
          default: return { t: 'tfmethod', self: obj, name };
        }
      }
      case 'var': {
        const v = this.reg.vars.get(obj.v.id)!;
        switch (name) {
          case 'name': return str(`${v.name}:0`);
          case 'op': return { t: 'tfmethod', self: obj, name: 'op' };
          case 'shape': return shapeValue(v.shape);
          case 'dtype': return { t: 'dtype', name: v.dtype };
          case 'trainable': return bool(v.trainable);
          case 'initial_value': case 'initialized_value': case 'value': case 'read_value':
            return name === 'initial_value' ? { t: 'tensor', shape: v.shape, dtype: v.dtype } : { t: 'tfmethod', self: obj, name };
          default: return { t: 'tfmethod', self: obj, name };
        }
      }
      case 'tfmethod': {
        if (obj.name === 'op' && obj.self.t === 'var') {
          const v = this.reg.vars.get(obj.self.v.id)!;
          if (name === 'name') return str(v.name);
        }
        return unknown();
      }
      case 'tensor':
        if (name === 'shape') return shapeValue(obj.shape);
        if (name === 'dtype') return obj.dtype ? { t: 'dtype', name: obj.dtype } : unknown();
        if (name === 'ndim') return obj.shape ? int(obj.shape.length) : unknown();
        return { t: 'tfmethod', self: obj, name };
      case 'dtype':
        if (name === 'name') return str(obj.name);
        if (name === 'base_dtype' || name === 'real_dtype') return obj;
        if (name === 'is_floating') return bool(isFloatDtype(obj.name));
        if (name === 'is_integer') return bool(/int/.test(obj.name));
        if (name === 'is_bool') return bool(obj.name === 'bool');
        if (name === 'size') return int(({ float16: 2, bfloat16: 2, float32: 4, float64: 8, int8: 1, int16: 2, int32: 4, int64: 8, uint8: 1, bool: 1 } as Record<string, number>)[obj.name] ?? 0);
        return unknown();
      case 'int':
        if (name === 'value') return obj; // TF1 Dimension.value
        return unknown();
      case 'none':
        if (name === 'value') return obj;
        return unknown();
      case 'layer': {
        const l = this.reg.layers.get(obj.l.id)!;
        if (name === 'name') return l.name ? str(l.name) : unknown();
        if (name === 'weights' || name === 'variables' || name === 'trainable_weights' || name === 'trainable_variables') {
          const all = this.layerWeights(l);
          return { t: 'list', items: name.startsWith('trainable') ? all.filter((w) => w.t === 'var' && this.reg.vars.get(w.v.id)!.trainable) : all };
        }
        if (name === 'kernel') return l.weights[0] ?? unknown();
        if (name === 'bias') return l.weights[1] ?? unknown();
        const cfg = l.config.get(name);
        if (cfg) return cfg;
        return { t: 'tfmethod', self: obj, name };
      }
      case 'instance': {
        const k = obj.attrs.get('__keras__');
        if (k?.t !== 'layer') return undefined;
        const l = this.reg.layers.get(k.l.id)!;
        if (name === 'name') return str(l.name ?? '');
        if (name === 'weights' || name === 'variables' || name === 'trainable_weights' || name === 'trainable_variables') {
          // A subclassed model tracks its sublayers: everything built under its name.
          const prefix = `${l.name}/`;
          const all = [...l.weights, ...this.variables.filter((v) => v.name.startsWith(prefix) && !l.weights.some((w) => w.t === 'var' && w.v.id === v.id)).map((v) => this.varValue(v))];
          return { t: 'list', items: name.startsWith('trainable') ? all.filter((w) => w.t === 'var' && this.reg.vars.get(w.v.id)!.trainable) : all };
        }
        if (name === 'name_scope' && l.kind === 'Module') {
          const g = this.graph;
          let restore: (() => void) | null = null;
          return { t: 'ctx', ctx: {
            enter: () => {
              if (this.eager) restore = enterEagerNs(g, l.name ?? '');
              else restore = this.enterNs(g, l.name, site).restore;
              return str(`${g.nameStack}/`);
            },
            exit: () => (restore as (() => void) | null)?.(),
          } };
        }
        return { t: 'tfmethod', self: obj, name };
      }
      case 'init': {
        const v = obj.spec[name];
        if (typeof v === 'number') return float(v);
        if (typeof v === 'string') return str(v);
        return { t: 'tfmethod', self: obj, name };
      }
      default:
        return undefined;
    }
  }

  private tfAttr(path: string, name: string): Value {
    if (path.startsWith('@namespace#')) return this.parsers.get(Number(path.split('#')[1]))?.get(name) ?? unknown(`argument ${name}`);
    if (path.startsWith('@')) return { t: 'tfmethod', self: { t: 'tf', path }, name };
    if (/(^|\.)(flags|absl\.flags)\.FLAGS$/.test(path) || path === 'absl.flags.FLAGS') {
      const v = this.flagValues.get(name);
      if (v) return v;
    }
    const full = `${path}.${name}`;
    const c = canonicalize(full);
    if (c) {
      if (DTYPES.has(c.name) || c.name.startsWith('dtypes.') && DTYPES.has(c.name.slice(7))) {
        return { t: 'dtype', name: normalizeDtype(c.name.replace(/^dtypes\./, '')) };
      }
      if (c.name === 'GraphKeys.GLOBAL_VARIABLES') return str('variables');
      if (c.name === 'GraphKeys.LOCAL_VARIABLES') return str('local_variables');
      if (c.name === 'GraphKeys.TRAINABLE_VARIABLES') return str('trainable_variables');
      if (c.name === 'GraphKeys.MODEL_VARIABLES') return str('model_variables');
      if (c.name === 'newaxis') return NONE;
    }
    if (path === 'numpy' || path === 'np') {
      if (['float32', 'float64', 'float16', 'int32', 'int64', 'int8', 'uint8', 'bool_', 'float_', 'int16'].includes(name)) {
        return { t: 'dtype', name: normalizeDtype(name === 'bool_' ? 'bool' : name) };
      }
      if (name === 'pi') return float(Math.PI);
      if (name === 'e') return float(Math.E);
      if (name === 'inf') return float(Infinity);
    }
    if (path === 'math') {
      if (name === 'pi') return float(Math.PI);
      if (name === 'e') return float(Math.E);
      if (name === 'inf') return float(Infinity);
    }
    return { t: 'tf', path: full };
  }

  call(fn: Value, args: Args, site: CallSite): Value | undefined {
    switch (fn.t) {
      case 'tf': return this.callTf(fn.path, args, site);
      case 'tfmethod': return this.callMethod(fn.self, fn.name, args, site);
      case 'init': {
        // initializer(shape, dtype=...) → a tensor with that initializer
        const shape = shapeOf(args.pos[0] ?? args.kw.get('shape'));
        const dtype = dtypeOf(args.pos[1] ?? args.kw.get('dtype')) ?? 'float32';
        // a stateful initializer makes its op now (eager: runs it); each call is its own op (and kernel run)
        if (this.isStateful(fn.spec)) {
          const spec = { ...fn.spec };
          if (this.eager) this.ranEagerly(spec, shape, dtype, typeof spec.seed === 'number' ? spec.seed : null);
          else this.createdInGraph(spec, typeof spec.seed === 'number' ? spec.seed : null);
          return { t: 'tensor', shape, dtype, init: spec };
        }
        return { t: 'tensor', shape, dtype, init: fn.spec };
      }
      case 'layer': return this.callLayer(this.reg.layers.get(fn.l.id)!, args, site);
      case 'dtype': {
        // NumPy scalar constructors (np.int64(5), np.float32(0.5)) convert their argument; on an array, astype
        const v = args.pos[0];
        const n = numOf(v);
        if (n === undefined) {
          if (v?.t === 'tensor' && v.init && v.dtype && v.dtype !== fn.name) return { ...v, dtype: fn.name, init: this.withPost(v.init, v.dtype, [{ op: 'cast', dtype: fn.name, by: 'numpy' }]) };
          return v ? this.asTensor(v) : unknown();
        }
        if (fn.name === 'bool') return bool(n !== 0);
        return npScalar(/int/.test(fn.name) ? Math.trunc(n) : n, fn.name);
      }
      case 'instance': {
        const k = fn.attrs.get('__keras__');
        if (k?.t === 'layer') return this.callSubclassed(fn, this.reg.layers.get(k.l.id)!, args, site);
        return undefined;
      }
      default: return undefined;
    }
  }

  /** A user class deriving from a Keras Layer/Model: the instance carries its layer identity. */
  newInstance(c: import('./values').ClassVal, args: Args, site: CallSite): Value | undefined {
    const base = this.interp.libraryBase(c);
    if (!base || base.t !== 'tf' || !/keras|layers|Model|Layer|Module/.test(base.path)) return undefined;
    if (/^tensorflow\.(compat\.v2\.)?Module$/.test(base.path)) {
      // tf.Module: name = name or snake_case(class name), no uniquification; `self.name_scope` opens it.
      const name = strOf(args.kw.get('name')) ?? snakeCase(c.name);
      const l: LayerObj = { id: freshId(), kind: 'Module', api: 'v2', name, config: new Map(), inits: new Map(), built: true, weights: [], site };
      this.reg.layers.set(l.id, l);
      return { t: 'instance', c, attrs: new Map<string, Value>([['__keras__', { t: 'layer', l: { id: l.id } }]]) };
    }
    const name = strOf(args.kw.get('name')) ?? this.kerasUniquify(snakeCase(c.name));
    const baseCls = base.path.split('.').pop()!;
    if (KERAS_CTOR_DRAWS[baseCls]) this.seeds.taintPython(`a subclass of keras.layers.${baseCls} draws seeds in its base constructor, which the analysis does not follow`);
    const l: LayerObj = { id: freshId(), kind: 'Subclass', api: 'keras', name, config: new Map(), inits: new Map(), built: false, weights: [], site };
    this.reg.layers.set(l.id, l);
    return { t: 'instance', c, attrs: new Map<string, Value>([['__keras__', { t: 'layer', l: { id: l.id } }]]) };
  }

  /** Calling a subclassed layer/model: under its name scope, build (once) then call. */
  private callSubclassed(inst: Value & { t: 'instance' }, l: LayerObj, args: Args, site: CallSite): Value {
    const x = args.pos[0] ?? args.kw.get('inputs') ?? NONE;
    this.kerasScope.push(l.name ?? '?');
    const savedSite = l.site;
    l.site = site;
    try {
      if (!l.built) {
        l.built = true;
        const build = this.interp.findAttrInClass(inst.c, 'build');
        if (build?.t === 'func') {
          const shape = this.shapeOfValue(x);
          const sv: Value = shape ? { t: 'tuple', items: shape.map((d) => (d === null ? NONE : int(d))) } : unknown('input shape');
          this.interp.callFunction(build.f, { pos: [sv], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, inst);
        }
      }
      const call = this.interp.findAttrInClass(inst.c, 'call');
      if (call?.t === 'func') return this.interp.callFunction(call.f, args, site, inst);
      return unknown('call');
    } finally {
      this.kerasScope.pop();
      l.site = savedSite;
    }
  }

  /** `self.add_weight(...)` inside a subclassed layer (Keras 2 and 3 signatures). */
  private addWeight(l: LayerObj, args: Args, site: CallSite): Value {
    const first = args.pos[0];
    const keras2 = first?.t === 'str';
    const name = strOf(args.kw.get('name') ?? (keras2 ? first : args.pos[4])) ?? 'variable';
    const shape = shapeOf(args.kw.get('shape') ?? (keras2 ? args.pos[1] : first)) ?? [];
    const dtype = dtypeOf(args.kw.get('dtype') ?? (keras2 ? args.pos[2] : args.pos[2])) ?? 'float32';
    const initV = args.kw.get('initializer') ?? (keras2 ? args.pos[3] : args.pos[1]);
    const trainable = truthy(args.kw.get('trainable') ?? bool(true)) !== false;
    // Keras's add_weight: initializers.get(initializer or the dtype's default), drawn now when unseeded
    const spec = this.kerasInitAt(initV, isFloatDtype(dtype) ? 'glorot_uniform' : 'zeros', false, `add_weight(${name}) initializer`)
      ?? (initV && initV.t !== 'none' ? this.initializerFromValue(initV, 'keras')
        : this.makeInitializer(isFloatDtype(dtype) ? 'glorot_uniform' : 'zeros', 'keras', { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, 'default'));
    const path = [...this.kerasScope, name].join('/');
    const rec = this.addVariable({
      storeKey: null, name: path, shape, dtype, initializer: spec, trainable,
      collections: trainable ? ['global_variables', 'trainable_variables'] : ['global_variables'], scope: this.kerasScope.join('/'),
      api: 'layer', site, nameNode: args.kwNodes.get('name') ?? null, seed: { graph: this.globalSeed, op: typeof spec.seed === 'number' ? spec.seed : null },
    });
    l.weights.push(this.varValue(rec));
    return this.varValue(rec);
  }

  // ---------- TF functions ----------

  /** Graph mode: an op created with `name` (or its default) takes that name in the graph. */
  private markOp(defaultName: string, args: Args): void {
    if (this.eager) return;
    const n = strOf(args.kw.get('name'));
    this.graph.uniqueName(n ?? defaultName);
  }

  private callTf(path: string, args: Args, site: CallSite): Value {
    const c = canonicalize(path);
    if (!c) return this.callOther(path, args, site);
    if (/(^|\.)(flags\.DEFINE_\w+|app\.run)$/.test(c.name)) return this.callPlumbing(c.name, args, site) ?? unknown();
    this.randomCallSeeds(c.api, c.name, args, site);
    const opName = OP_NAMES[c.name.replace(/^random\./, 'random_').replace(/^random_truncated_normal$/, 'truncated_normal')];
    if (opName) this.markOp(opName, args);
    let { name } = c;
    const api = c.api === 'tf' ? (this.legacy ? 'v1' : 'v2') : c.api;
    if (c.api === 'tf' && TF1_ONLY.has(name) && !this.legacy) {
      this.legacy = true;
    }
    name = name.replace(/^random\.(normal|uniform|truncated_normal)$/, 'random_$1').replace(/^random_truncated_normal$/, 'truncated_normal');
    const kind = initializerKindOf(name);
    if (kind) {
      const spec = this.makeInitializer(kind, api === 'v2' && !name.includes('initializers.') ? 'v2' : api, args, name);
      // Keras classes (keras.initializers.*, and tf.initializers.* in TF2) draw an unseeded seed when constructed
      if (c.api === 'keras' || (name.startsWith('initializers.') && api !== 'v1')) this.kerasInstance(spec, `${spec.kind} initializer`, args.kw.get('seed'));
      return { t: 'init', spec };
    }
    switch (name) {
      case 'disable_v2_behavior': case 'disable_eager_execution': case 'disable_v2_tensorshape':
        if (!this.forced) { this.eager = false; this.sawGraphMode = true; }
        if (name === 'disable_v2_behavior') this.useResourceDefault = false;
        return NONE;
      case 'disable_resource_variables': this.useResourceDefault = false; return NONE;
      case 'enable_resource_variables': this.useResourceDefault = true; return NONE;
      case 'enable_eager_execution': case 'enable_v2_behavior':
        if (!this.forced) this.eager = true;
        return NONE;
      case 'set_random_seed': case 'random.set_seed': case 'random.set_random_seed': case 'keras.utils.set_random_seed': case 'utils.set_random_seed': {
        const a0 = args.pos[0] ?? args.kw.get('seed');
        const s = numOf(a0);
        // a seed given but not known statically: NaN until addVariable turns it into a runtime dependency
        const arg: SeedArg = s !== undefined ? s : a0 && a0.t !== 'none' ? 'unknown' : null;
        const keras = name.endsWith('utils.set_random_seed');
        const where = `${keras ? 'keras.utils.set_random_seed' : `tf.${name}`}(${s ?? '?'})`;
        this.graph.seed = arg === 'unknown' ? NaN : arg;
        if (this.eager) {
          this.globalSeed = arg === 'unknown' ? NaN : arg;
          this.seeds.setTfSeed(arg, where);
        }
        // keras.utils.set_random_seed also seeds Python's random (and NumPy), and resets Keras's global SeedGenerator
        if (keras) {
          this.seeds.seedPython(arg, where, true);
          this.seeds.seedNumpy(this.seeds.numpyGlobal, arg, where);
        }
        return NONE;
      }
      case 'reset_default_graph':
        this.defaultGraph = new TfGraph();
        return NONE;
      case 'Graph':
        return { t: 'tf', path: `@graph#${this.newGraph()}` };
      case 'get_default_graph':
        return { t: 'tf', path: `@graph#${this.graphId(this.graph)}` };
      case 'AUTO_REUSE':
        return { t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' };
      case 'variable_scope': case 'variable_op_scope':
        return this.variableScope(args, site, name === 'variable_op_scope');
      case 'name_scope': case 'op_scope':
        return this.nameScope(args, site, api);
      case 'get_variable_scope':
        return this.scopeValue(this.graph.currentScope);
      case 'get_variable': case 'get_local_variable':
        return this.getVariable(args, site, name === 'get_local_variable');
      case 'Variable': case 'VariableV1': case 'Variable.__init__': case 'ResourceVariable':
        return this.tfVariable(args, site);
      case 'train.get_or_create_global_step': case 'train.create_global_step': case 'train.get_global_step': {
        const g = this.graph;
        const existing = this.variables.find((v) => v.api === 'global_step' && (this.eager || g.store.get('global_step') === v));
        if (existing) return this.varValue(existing);
        if (name === 'train.get_global_step') return NONE;
        const rec = this.addVariable({
          storeKey: 'global_step', name: this.eager ? 'global_step' : g.uniqueName('global_step'), shape: [], dtype: 'int64',
          initializer: { kind: 'zeros', api: 'v1' }, trainable: false, collections: ['global_variables', 'global_step'], scope: '',
          api: 'global_step', site, nameNode: null, seed: { graph: g.seed, op: null },
        });
        if (!this.eager) g.store.set('global_step', rec);
        return this.varValue(rec);
      }
      case 'train.GradientDescentOptimizer': case 'train.MomentumOptimizer': case 'train.AdamOptimizer': case 'train.RMSPropOptimizer':
      case 'train.AdagradOptimizer': case 'train.AdadeltaOptimizer': case 'train.FtrlOptimizer': case 'train.ProximalGradientDescentOptimizer': {
        const kind = name.slice('train.'.length).replace(/Optimizer$/, '');
        const o: OptimizerObj = { kind, name: strOf(args.kw.get('name')) ?? kind, args, nonSlot: new Map() };
        const id = freshId();
        this.optimizers.set(id, o);
        return { t: 'tf', path: `@optimizer#${id}` };
      }
      case 'train.ExponentialMovingAverage': {
        const id = freshId();
        this.optimizers.set(id, { kind: 'EMA', name: strOf(args.kw.get('name') ?? args.pos[4]) ?? 'ExponentialMovingAverage', args, nonSlot: new Map() });
        return { t: 'tf', path: `@optimizer#${id}` };
      }
      case 'metrics.mean': case 'metrics.accuracy': case 'metrics.mean_squared_error': case 'metrics.mean_absolute_error':
      case 'metrics.root_mean_squared_error': case 'metrics.precision': case 'metrics.recall': case 'metrics.auc':
        return this.metric(name.slice('metrics.'.length), args, site);
      case 'global_variables_initializer': case 'initialize_all_variables':
        if (!this.eager && !this.graph.initOpLocation) this.graph.initOpLocation = loc(site.node, site.file);
        return { t: 'tensor', shape: null, dtype: null };
      case 'fixed_size_partitioner':
        return { t: 'tf', path: `@partitioner#fixed#${numOf(args.pos[0] ?? args.kw.get('num_shards')) ?? '?'}#${numOf(args.pos[1] ?? args.kw.get('axis')) ?? 0}` };
      case 'min_max_variable_partitioner':
        return { t: 'tf', path: `@partitioner#min_max#${numOf(args.pos[0] ?? args.kw.get('max_partitions')) ?? 1}#${numOf(args.pos[1] ?? args.kw.get('axis')) ?? 0}#${numOf(args.pos[2] ?? args.kw.get('min_slice_size')) ?? 256 * 1024}` };
      case 'variable_axis_size_partitioner':
        return { t: 'tf', path: `@partitioner#axis_size#${numOf(args.pos[0] ?? args.kw.get('max_shard_bytes')) ?? 1}#${numOf(args.pos[1] ?? args.kw.get('axis')) ?? 0}#${numOf(args.pos[3] ?? args.kw.get('max_shards')) ?? 0}` };
      case 'zeros': case 'ones': {
        const shape = shapeOf(args.pos[0] ?? args.kw.get('shape'));
        const dtype = dtypeOf(args.pos[1] ?? args.kw.get('dtype')) ?? 'float32';
        return { t: 'tensor', shape, dtype, init: { kind: name, api } };
      }
      case 'zeros_like': case 'ones_like': {
        const src = args.pos[0];
        const shape = src && (src.t === 'tensor' || src.t === 'var') ? this.shapeOfValue(src) : null;
        return { t: 'tensor', shape, dtype: src?.t === 'tensor' ? src.dtype : 'float32', init: { kind: name === 'zeros_like' ? 'zeros' : 'ones', api } };
      }
      case 'fill': {
        const shape = shapeOf(args.pos[0] ?? args.kw.get('dims'));
        const v = args.pos[1] ?? args.kw.get('value');
        const n = numOf(v);
        return { t: 'tensor', shape, dtype: v?.t === 'int' ? 'int32' : 'float32', init: n === undefined ? { kind: 'unknown', reason: 'fill value unknown' } : { kind: 'constant', value: n, api } };
      }
      case 'constant': case 'convert_to_tensor': case 'cast': {
        const v = args.pos[0] ?? args.kw.get('value');
        const given = name === 'cast' ? (args.pos[1] ?? args.kw.get('dtype')) : (args.pos[1] ?? args.kw.get('dtype'));
        const shapeArg = name === 'constant' ? args.pos[2] ?? args.kw.get('shape') : undefined;
        if (v && (v.t === 'tensor' || v.t === 'var')) {
          const t = this.asTensor(v);
          const want = dtypeOf(given);
          const out: Value & { t: 'tensor' } = { ...t, dtype: want ?? t.dtype };
          // the value carries over: as it is, cast by tf.cast, or (a NumPy array) converted by NumPy
          if (v.t === 'tensor' && v.init && v.dtype) {
            if (!want || want === v.dtype) out.init = v.init;
            else if (v.init.kind === 'unknown') out.init = v.init;
            else if (name === 'cast' || v.np) out.init = this.withPost(v.init, v.dtype, [{ op: 'cast', dtype: want, by: name === 'cast' ? (this.eager ? 'eager' : 'graph') : 'numpy' }]);
          }
          return out;
        }
        const lit = literalTensor(v);
        const dtype = dtypeOf(given) ?? lit?.dtype ?? 'float32';
        const shape = shapeArg ? shapeOf(shapeArg) : lit?.shape ?? null;
        return { t: 'tensor', shape, dtype, init: lit ? { kind: 'constant', value: lit.value, api } : { kind: 'unknown', reason: 'constant value unknown' } };
      }
      case 'multiply': case 'math.multiply': case 'add': case 'math.add': case 'subtract': case 'math.subtract':
      case 'divide': case 'math.divide': case 'truediv': case 'math.truediv': case 'math.scalar_mul': case 'scalar_mul': {
        const op = /multiply|scalar_mul/.test(name) ? '*' : /add/.test(name) ? '+' : /subtract/.test(name) ? '-' : '/';
        const x = args.pos[0] ?? args.kw.get(name.includes('scalar_mul') ? 'scalar' : 'x') ?? unknown();
        const y = args.pos[1] ?? args.kw.get(name.includes('scalar_mul') ? 'x' : 'y') ?? unknown();
        const opName = strOf(args.kw.get('name')) ?? FUNC_OP_NAMES[name.replace(/^math\./, '')]!;
        return this.binop(op, x, y, opName) ?? unknown(`tf.${name}`);
      }
      case 'negative': case 'math.negative':
        return this.unop('-', args.pos[0] ?? args.kw.get('x') ?? unknown(), strOf(args.kw.get('name')) ?? 'Neg') ?? unknown(`tf.${name}`);
      case 'random_normal': case 'truncated_normal': case 'random_uniform':
      case 'random.stateless_normal': case 'random.stateless_uniform': case 'random.stateless_truncated_normal': {
        // normal(shape, mean, stddev, dtype, seed); stateless_normal(shape, seed, mean, stddev, dtype, name, alg)
        const stateless = name.startsWith('random.stateless_');
        const o = stateless ? 1 : 0;
        const shape = shapeOf(args.pos[0] ?? args.kw.get('shape'));
        const kind = name.includes('uniform') ? 'random_uniform' : name.includes('truncated') ? 'truncated_normal' : 'random_normal';
        const dtype = dtypeOf(args.kw.get('dtype') ?? args.pos[3 + o]) ?? 'float32';
        const spec: InitializerSpec = { kind, api: 'v1' };
        if (kind === 'random_uniform') {
          spec.minval = numOf(args.pos[1 + o] ?? args.kw.get('minval')) ?? 0;
          spec.maxval = numOf(args.pos[2 + o] ?? args.kw.get('maxval')) ?? 1;
        } else {
          spec.mean = numOf(args.pos[1 + o] ?? args.kw.get('mean')) ?? 0;
          spec.stddev = numOf(args.pos[2 + o] ?? args.kw.get('stddev')) ?? 1;
        }
        if (stateless) {
          // TF's stateless ops: Philox keyed by the [seed0, seed1] pair (StatelessRandomGetKeyCounter) on CPU
          const pair = seedPairOf(args.pos[1] ?? args.kw.get('seed'));
          const algV = args.kw.get('alg') ?? args.pos[6];
          const alg = algV === undefined || algV.t === 'none' ? 'auto_select' : strOf(algV)?.toLowerCase();
          spec.seed = pair && (alg === 'auto_select' || alg === 'philox') ? pair : null;
          if (!spec.seed) {
            this.opSeeds.set(spec, {
              graph: null, op: null, dependsOnRuntime: true,
              note: pair ? `stateless op with alg=${alg ?? '?'}: only the Philox algorithm (TF's default on CPU) is reproduced; values come from our own seeded generator` : 'the stateless op\'s seed pair is not known statically; values come from our own seeded generator with the same distribution',
            });
          }
          return { t: 'tensor', shape, dtype, init: spec };
        }
        const seedV = args.kw.get('seed') ?? args.pos[4];
        const s = numOf(seedV);
        spec.seed = s ?? null;
        // eager: the op runs now (its seed drawn, its cached kernel advanced), whatever becomes of the tensor;
        // graph mode: the op is created now (an unseeded one takes the graph's next op number)
        const seedArg: SeedArg = s !== undefined ? s : seedV && seedV.t !== 'none' ? 'unknown' : null;
        if (this.eager) this.ranEagerly(spec, shape, dtype, seedArg);
        else this.createdInGraph(spec, seedArg);
        return { t: 'tensor', shape, dtype, init: spec };
      }
      case 'eye': {
        const n = numOf(args.pos[0] ?? args.kw.get('num_rows'));
        const m = numOf(args.pos[1] ?? args.kw.get('num_columns')) ?? n;
        return { t: 'tensor', shape: n === undefined ? null : [n, m ?? n], dtype: dtypeOf(args.kw.get('dtype')) ?? 'float32', init: { kind: 'identity', gain: 1, api } };
      }
      case 'placeholder': case 'keras.Input': case 'Input': case 'keras.layers.Input': case 'layers.Input': {
        if (name === 'placeholder') {
          const dtype = dtypeOf(args.pos[0] ?? args.kw.get('dtype')) ?? 'float32';
          const shape = shapeOf(args.pos[1] ?? args.kw.get('shape'));
          return { t: 'tensor', shape, dtype };
        }
        // keras.Input(shape=None, batch_size=None, dtype=None, sparse=None, ragged=None, batch_shape=None, ...)
        const s = shapeOf(args.pos[0] ?? args.kw.get('shape'));
        const b = args.pos[1] ?? args.kw.get('batch_size');
        const bs = args.pos[5] ?? args.kw.get('batch_shape');
        const shape = s ? [numOf(b) ?? null, ...s] : bs && bs.t !== 'none' ? shapeOf(bs) : null;
        return { t: 'tensor', shape, dtype: dtypeOf(args.pos[2] ?? args.kw.get('dtype')) ?? 'float32' };
      }
      case 'TensorShape': return shapeValue(shapeOf(args.pos[0]));
      case 'shape': {
        const s0 = this.shapeOfValue(args.pos[0] ?? NONE);
        const out: Value & { t: 'tensor' } = { t: 'tensor', shape: s0 ? [s0.length] : null, dtype: dtypeOf(args.kw.get('out_type')) ?? 'int32' };
        if (!this.eager) out.op = this.graph.uniqueName(strOf(args.kw.get('name')) ?? 'Shape');
        return out;
      }
      case 'cond': case 'case': case 'switch_case': case 'while_loop': {
        // Graph mode builds every branch: each function runs once.
        const fns = name === 'cond' ? [args.pos[1] ?? args.kw.get('true_fn'), args.pos[2] ?? args.kw.get('false_fn')]
          : name === 'while_loop' ? [args.pos[0] ?? args.kw.get('cond'), args.pos[1] ?? args.kw.get('body')]
          : (() => { const b = args.pos[name === 'case' ? 0 : 1] ?? args.kw.get(name === 'case' ? 'pred_fn_pairs' : 'branch_fns'); const items = b?.t === 'list' || b?.t === 'tuple' ? b.items : b?.t === 'dict' ? b.vals : []; return items.map((x) => (x.t === 'tuple' ? x.items[1] : x)); })();
        const loopVars = name === 'while_loop' ? (args.pos[2] ?? args.kw.get('loop_vars')) : undefined;
        let first: Value | undefined;
        for (const fn of fns) {
          if (!fn || fn.t === 'none') continue;
          const pos = loopVars ? (loopVars.t === 'list' || loopVars.t === 'tuple' ? loopVars.items : [loopVars]) : [];
          const r = this.interp.call(fn, { pos, kw: new Map(), posNodes: pos.map(() => null), kwNodes: new Map() }, site);
          first ??= r;
        }
        return first ?? unknown();
      }
      case 'Dimension': return args.pos[0] ?? NONE;
      case 'as_dtype': case 'dtypes.as_dtype': { const d = dtypeOf(args.pos[0]); return d ? { t: 'dtype', name: d } : unknown(); }
      case 'reshape': {
        const t = this.asTensor(args.pos[0] ?? NONE);
        const target = shapeOf(args.pos[1] ?? args.kw.get('shape'));
        return { t: 'tensor', shape: this.resolveReshape(t.t === 'tensor' ? t.shape : null, target), dtype: t.t === 'tensor' ? t.dtype : null };
      }
      case 'matmul': case 'linalg.matmul': {
        const a = this.shapeOfValue(args.pos[0] ?? NONE);
        const b = this.shapeOfValue(args.pos[1] ?? NONE);
        const ta = truthy(args.kw.get('transpose_a') ?? bool(false));
        const tb = truthy(args.kw.get('transpose_b') ?? bool(false));
        if (a && b && a.length >= 2 && b.length >= 2) {
          const rows = ta ? a[a.length - 1]! : a[a.length - 2]!;
          const cols = tb ? b[b.length - 2]! : b[b.length - 1]!;
          return { t: 'tensor', shape: [...a.slice(0, -2), rows, cols], dtype: 'float32' };
        }
        return { t: 'tensor', shape: null, dtype: 'float32' };
      }
      case 'concat': {
        const items = args.pos[0]?.t === 'list' || args.pos[0]?.t === 'tuple' ? args.pos[0].items : [];
        const axis = numOf(args.pos[1] ?? args.kw.get('axis'));
        const shapes = items.map((x) => this.shapeOfValue(x));
        if (axis === undefined || shapes.length === 0 || shapes.some((s) => !s)) return { t: 'tensor', shape: null, dtype: null };
        const rank = shapes[0]!.length;
        const ax = axis < 0 ? rank + axis : axis;
        const out: (number | null)[] = [...shapes[0]!];
        let sum: number | null = 0;
        for (const s of shapes) sum = sum === null || s![ax] == null ? null : sum + s![ax]!;
        out[ax] = sum;
        return { t: 'tensor', shape: out, dtype: null };
      }
      case 'get_collection': case 'global_variables': case 'trainable_variables': case 'local_variables': case 'all_variables': case 'compat.v1.global_variables': {
        const key = strOf(args.pos[0] ?? args.kw.get('key'));
        const scope = strOf(args.kw.get('scope') ?? args.pos[name === 'get_collection' ? 1 : 0]);
        const coll = name === 'trainable_variables' ? 'trainable_variables' : name === 'local_variables' ? 'local_variables'
          : name === 'get_collection' ? (key === 'variables' ? 'global_variables' : key ?? '') : 'global_variables';
        const items = this.variables.filter((v) => v.collections.includes(coll) && (!scope || new RegExp(`^${scope}`).test(v.name)));
        return { t: 'list', items: items.map((v) => ({ t: 'var', v: { id: v.id } }) as Value) };
      }
      case 'Session': case 'InteractiveSession': case 'train.MonitoredSession': case 'device': case 'control_dependencies':
      case 'GradientTape': case 'init_scope': case 'compat.v1.Session':
        return { t: 'ctx', ctx: { enter: () => unknown('session'), exit: () => {} } };
      case 'nn.rnn_cell.BasicLSTMCell': case 'nn.rnn_cell.LSTMCell': case 'nn.rnn_cell.GRUCell': case 'nn.rnn_cell.BasicRNNCell':
      case 'nn.rnn_cell.MultiRNNCell': case 'nn.rnn_cell.DropoutWrapper': case 'nn.rnn_cell.ResidualWrapper':
        if (c.api === 'v1' && !this.legacy) {
          this.raise(site, 'AttributeError', `\`${name.split('.').pop()}\` is not available with Keras 3.`, 'removed-api');
          return unknown();
        }
        return unknown('TF1 RNN cell');
      case 'layers.dense': case 'layers.conv2d': case 'layers.conv1d': case 'layers.batch_normalization': case 'layers.Dense':
      case 'layers.Conv2D': case 'layers.conv2d_transpose': case 'contrib.layers.fully_connected': case 'contrib.layers.layer_norm':
        if (c.api !== 'keras') {
          if (c.api === 'v1' && !this.legacy) {
            // TF 2.16+ ships Keras 3: tf.compat.v1.layers.* raise on access.
            this.raise(site, 'AttributeError', `\`${name.split('.').pop()}\` is not available with Keras 3.`, 'removed-api');
            return unknown();
          }
          return tfLayersFunctional(this, name, args, site);
        }
        break;
      default:
        break;
    }
    if (c.api === 'keras' || name.startsWith('keras.')) {
      const kname = name.replace(/^keras\./, '');
      const m = /^layers\.([A-Z]\w*)$/.exec(kname);
      if (m) {
        const layer = this.makeKerasLayer(m[1]!, args, site, c.api);
        this.pendingSeedGen = null;
        return layer;
      }
      if (kname === 'Sequential' || kname === 'models.Sequential') return this.makeSequential(args, site);
      if (kname === 'Model' || kname === 'models.Model') return this.makeFunctionalModel(args, site);
      const om = /^optimizers\.(SGD|Adam|AdamW|RMSprop|Adagrad|Adadelta|Adamax|Nadam|Ftrl|Lion)$/.exec(kname);
      if (om) return this.makeKerasOptimizer(om[1]!, args, site);
    }
    // Element-wise and shape-preserving ops: carry the first tensor's shape.
    const first = args.pos[0];
    if (first && (first.t === 'tensor' || first.t === 'var') && /^(nn\.|math\.)?(relu|relu6|tanh|sigmoid|softmax|elu|selu|gelu|dropout|identity|abs|exp|log|sqrt|square|negative|add|subtract|multiply|divide|maximum|minimum|clip_by_value|stop_gradient|layer_norm|l2_normalize|bias_add)$/.test(name)) {
      return this.asTensor(first);
    }
    return unknown(`tf.${name}`);
  }

  /** Flags defined with absl / tf.app.flags / tf.flags: name → default value (no command line). */
  private readonly flagValues = new Map<string, Value>();
  /** argparse parsers: id → (dest → default). */
  private readonly parsers = new Map<number, Map<string, Value>>();

  /** absl/tf flags, argparse, os.environ and json: what a program's configuration is when run without arguments. */
  private callPlumbing(path: string, args: Args, site: CallSite): Value | undefined {
    const a = args.pos;
    const flag = /(?:^|\.)(?:flags|absl\.flags)\.DEFINE_(\w+)$/.exec(path);
    if (flag) {
      const name = strOf(a[0] ?? args.kw.get('name'));
      let v = a[1] ?? args.kw.get('default') ?? NONE;
      if (flag[1] === 'list' && v.t === 'str') v = { t: 'list', items: v.v.split(',').map((x) => str(x.trim())) };
      if (name) this.flagValues.set(name, v);
      return NONE;
    }
    if (/(?:^|\.)(?:app|absl\.app)\.run$/.test(path)) {
      // Runs main(argv) (argv unknown). tf.app.run() without main uses __main__.main.
      const main = a[0] ?? args.kw.get('main') ?? this.interp.mainModuleValue('main');
      if (main && main.t !== 'none' && main.t !== 'unknown') this.interp.call(main, { pos: [unknown('argv')], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
      return NONE;
    }
    if (path === 'argparse.ArgumentParser') {
      const id = freshId();
      this.parsers.set(id, new Map());
      return { t: 'tf', path: `@argparse#${id}` };
    }
    if (path === 'os.environ.get' || path === 'os.getenv') {
      this.interp.note(site.node, site.file, 'environment-assumed', 'Environment variables are taken as unset: the default is used.');
      return a[1] ?? args.kw.get('default') ?? NONE;
    }
    if (path === 'json.loads') {
      const t = strOf(a[0]);
      if (t === undefined) return unknown();
      try {
        return fromJson(JSON.parse(t));
      } catch {
        return unknown('invalid JSON');
      }
    }
    return undefined;
  }

  private argparseMethod(id: number, method: string, args: Args): Value {
    const dests = this.parsers.get(id)!;
    if (method === 'add_argument') {
      const names = args.pos.map(strOf).filter((x): x is string => x !== undefined);
      const long = names.find((n) => n.startsWith('--')) ?? names[0];
      const dest = strOf(args.kw.get('dest')) ?? long?.replace(/^-+/, '').replace(/-/g, '_');
      if (!dest) return NONE;
      const action = strOf(args.kw.get('action'));
      let v = args.kw.get('default') ?? (action === 'store_true' ? bool(false) : action === 'store_false' ? bool(true) : NONE);
      const type = args.kw.get('type');
      if (v.t === 'str' && type?.t === 'builtin' && (type.name === 'int' || type.name === 'float')) {
        const n = Number(v.v);
        v = Number.isNaN(n) ? unknown() : type.name === 'int' ? int(Math.trunc(n)) : float(n);
      }
      dests.set(dest, v);
      return NONE;
    }
    if (method === 'parse_args' || method === 'parse_known_args') {
      const ns: Value = { t: 'tf', path: `@namespace#${id}` };
      return method === 'parse_args' ? ns : { t: 'tuple', items: [ns, { t: 'list', items: [] }] };
    }
    return NONE;
  }

  /** numpy, math, functools and other known libraries: the pure functions a reader evaluates. */
  private callOther(path: string, args: Args, site: CallSite): Value {
    const plumbing = this.callPlumbing(path, args, site);
    if (plumbing) return plumbing;
    const pr = /^random\.(\w+)$/.exec(path);
    if (pr) return this.pythonRandom(pr[1]!, args);
    const a = args.pos;
    const n0 = numOf(a[0]);
    const m = /^(numpy|math)\.(\w+)$/.exec(path);
    if (m) {
      const fn = m[2]!;
      const unary: Record<string, (x: number) => number> = {
        sqrt: Math.sqrt, exp: Math.exp, log: Math.log, log2: Math.log2, log10: Math.log10, floor: Math.floor, ceil: Math.ceil,
        sin: Math.sin, cos: Math.cos, tanh: Math.tanh, fabs: Math.abs, abs: Math.abs,
      };
      if (fn in unary && n0 !== undefined) {
        const r = unary[fn]!(n0);
        // NumPy's functions give NumPy scalars (np.float64), which NumPy's promotion treats as typed
        return fn === 'floor' || fn === 'ceil' ? int(r) : m[1] === 'numpy' ? npScalar(r, 'float64') : float(r);
      }
      if (fn === 'pow' && n0 !== undefined && numOf(a[1]) !== undefined) return float(n0 ** numOf(a[1])!);
      if ((fn === 'prod' || fn === 'sum') && a[0]) {
        const items = a[0].t === 'list' || a[0].t === 'tuple' ? a[0].items.map(numOf) : undefined;
        if (items && items.every((x) => x !== undefined)) return int(items.reduce((p, x) => (fn === 'prod' ? p! * x! : p! + x!), fn === 'prod' ? 1 : 0)!);
      }
      if (path.startsWith('numpy.')) {
        const r = this.numpyArray(fn, args);
        if (r) return r;
      }
    }
    const npr = /^numpy\.random\.(\w+)$/.exec(path);
    if (npr) return this.numpyRandom(this.seeds.numpyGlobal, npr[1]!, args, 'np.random');
    if (path === 'functools.partial') {
      const kwargs = new Map(args.kw);
      return { t: 'partial', fn: a[0] ?? unknown(), args: a.slice(1), kwargs };
    }
    if (path === 'collections.namedtuple' || path === 'dataclasses.dataclass') return unknown();
    return unknown(path);
  }

  // ---------- NumPy arrays ----------

  /** RandomState objects: id → their stream. */
  private readonly numpyStreams = new Map<number, NumpyStream>();

  private numpyArrayOf(dtype: string, shape: Shape, init: InitializerSpec): Value {
    return { t: 'tensor', shape, dtype, init, np: true };
  }

  /** NumPy's array constructors with NumPy's dtype rules (float64 unless told; ints from int arguments). */
  private numpyArray(fn: string, args: Args): Value | undefined {
    const a = args.pos;
    const kw = (k: string, i: number): Value | undefined => a[i] ?? args.kw.get(k);
    const given = (i: number): string | null => dtypeOf(kw('dtype', i));
    const constant = (value: unknown): InitializerSpec => ({ kind: 'constant', value, api: 'v1' });
    switch (fn) {
      case 'zeros': case 'ones': case 'empty':
        if (fn === 'empty') return this.numpyArrayOf(given(1) ?? 'float64', shapeOf(kw('shape', 0)), { kind: 'unknown', reason: 'np.empty leaves the memory as it was' });
        return this.numpyArrayOf(given(1) ?? 'float64', shapeOf(kw('shape', 0)), constant(fn === 'zeros' ? 0 : 1));
      case 'full': {
        const v = kw('fill_value', 1);
        const x = numOf(v);
        const dtype = given(2) ?? (v?.t === 'int' ? 'int64' : v?.t === 'bool' ? 'bool' : 'float64');
        return this.numpyArrayOf(dtype, shapeOf(kw('shape', 0)), x === undefined ? { kind: 'unknown', reason: 'fill value unknown' } : constant(x));
      }
      case 'zeros_like': case 'ones_like': case 'full_like': {
        const src = kw('a', 0);
        const x = fn === 'full_like' ? numOf(kw('fill_value', 1)) : fn === 'zeros_like' ? 0 : 1;
        const shape = src ? this.shapeOfValue(src) : null;
        const dtype = given(fn === 'full_like' ? 2 : 1) ?? (src?.t === 'tensor' ? src.dtype : literalTensor(src) ? (literalTensor(src)!.dtype === 'float32' ? 'float64' : 'int64') : null) ?? 'float64';
        return this.numpyArrayOf(dtype, shape, x === undefined ? { kind: 'unknown', reason: 'fill value unknown' } : constant(x));
      }
      case 'array': case 'asarray': {
        const src = kw('object', 0);
        if (src?.t === 'tensor') {
          const want = given(1);
          return want && want !== src.dtype && src.init && src.dtype ? { ...src, dtype: want, np: true, init: this.withPost(src.init, src.dtype, [{ op: 'cast', dtype: want, by: 'numpy' }]) } : { ...src, np: true };
        }
        const lit = literalTensor(src);
        if (!lit) return unknown('np.array of values the analysis does not know');
        return this.numpyArrayOf(given(1) ?? (lit.dtype === 'float32' ? 'float64' : lit.dtype === 'bool' ? 'bool' : 'int64'), lit.shape, constant(lit.value));
      }
      case 'eye': case 'identity': {
        const n = numOf(kw('N', 0));
        const m = fn === 'eye' ? numOf(kw('M', 1)) ?? n : n;
        const k = fn === 'eye' ? numOf(kw('k', 2)) ?? 0 : 0;
        const dtype = given(fn === 'eye' ? 3 : 1) ?? 'float64';
        const shape = n === undefined || m === undefined ? null : [n, m];
        return this.numpyArrayOf(dtype, shape, k === 0 ? { kind: 'identity', gain: 1, api: 'v1' } : { kind: 'unknown', reason: 'np.eye with k != 0 is not modelled' });
      }
      case 'arange': {
        const ns = a.map(numOf);
        const isInt = a.every((x) => x.t === 'int' || x.t === 'bool');
        if (ns.length === 0 || ns.length > 3 || ns.some((x) => x === undefined)) return unknown('np.arange of values the analysis does not know');
        const [start, stop, step] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
        const n = step === 0 ? 0 : Math.max(0, Math.ceil((stop - start) / step));
        // NumPy fills start + i * delta with delta = (start + step) - start (its arange `fill`)
        const delta = n > 1 ? (start + step) - start : step;
        const value = n <= 100_000 ? Array.from({ length: n }, (_x, i) => (i === 0 ? start : i === 1 ? start + step : start + i * delta)) : undefined;
        const dtype = given(3) ?? (isInt ? 'int64' : 'float64');
        return this.numpyArrayOf(dtype, [n], value ? constant(value) : { kind: 'unknown', reason: 'np.arange with more than 100000 values' });
      }
      case 'linspace': {
        const start = numOf(kw('start', 0));
        const stop = numOf(kw('stop', 1));
        const num = numOf(kw('num', 2) ?? int(50));
        const endpoint = truthy(kw('endpoint', 3) ?? bool(true));
        if (start === undefined || stop === undefined || num === undefined || endpoint === undefined || !Number.isInteger(num) || num < 0 || num > 100_000) return unknown('np.linspace of values the analysis does not know');
        if (truthy(kw('retstep', 4) ?? bool(false)) !== false) return unknown('np.linspace(retstep=True)');
        return this.numpyArrayOf(given(5) ?? 'float64', [num], constant(numpyLinspace(start, stop, num, endpoint)));
      }
      default:
        return undefined;
    }
  }

  /** A `size=`/shape argument of NumPy's samplers: null for a scalar draw (None), undefined when unknown. */
  private numpySize(v: Value | undefined): Shape {
    if (!v || v.t === 'none') return [];
    return shapeOf(v);
  }

  /**
   * `np.random.*` on the global legacy stream, or a RandomState's method: seeding, the samplers whose
   * draws are reproduced (53-bit doubles: rand/random_sample/uniform; legacy gauss: randn/normal/
   * standard_normal) as `numpy_random` values, and anything else making the stream's later draws unknown.
   */
  private numpyRandom(st: NumpyStream, fn: string, args: Args, what: string): Value {
    const a = args.pos;
    const kw = (k: string, i: number): Value | undefined => a[i] ?? args.kw.get(k);
    switch (fn) {
      case 'seed': {
        const v = kw('seed', 0);
        const s = numOf(v);
        this.seeds.seedNumpy(st, v === undefined || v.t === 'none' ? null : s !== undefined && Number.isInteger(s) ? s : 'unknown', `${what === 'np.random' ? 'np.random.seed' : 'RandomState.seed'}(${s ?? (v ? '?' : '')})`);
        return NONE;
      }
      case 'RandomState': {
        if (st !== this.seeds.numpyGlobal) return unknown();
        const v = kw('seed', 0);
        const s = numOf(v);
        const id = freshId();
        this.numpyStreams.set(id, this.seeds.numpyStream(v === undefined || v.t === 'none' ? null : s !== undefined && Number.isInteger(s) ? s : 'unknown', `np.random.RandomState(${s ?? (v ? '?' : '')})`));
        return { t: 'tf', path: `@nprandom#${id}` };
      }
      case 'default_rng': case 'Generator':
        return { t: 'tf', path: '@nprng#' };
      case 'rand': case 'randn': case 'random_sample': case 'random': case 'ranf': case 'sample': case 'uniform': case 'normal': case 'standard_normal': {
        const dims = fn === 'rand' || fn === 'randn';
        const sizeV = dims ? (a.length ? { t: 'tuple', items: a } as Value : undefined) : fn === 'uniform' || fn === 'normal' ? kw('size', 2) : kw('size', 0);
        const shape = this.numpySize(sizeV);
        const gauss = fn === 'randn' || fn === 'normal' || fn === 'standard_normal';
        const n = shape && shape.every((d) => d !== null) ? (shape as number[]).reduce((x, y) => x * y, 1) : null;
        const p1 = fn === 'uniform' ? kw('low', 0) : fn === 'normal' ? kw('loc', 0) : undefined;
        const p2 = fn === 'uniform' ? kw('high', 1) : fn === 'normal' ? kw('scale', 1) : undefined;
        const x1 = p1 === undefined ? 0 : numOf(p1);
        const x2 = p2 === undefined ? 1 : numOf(p2);
        const r = this.seeds.numpyDraw(st, gauss ? 'gauss' : 'double', n);
        if (x1 === undefined || x2 === undefined) return this.numpyArrayOf('float64', shape, { kind: 'unknown', reason: `${fn}'s arguments are not known statically (or are arrays)` });
        if (shape && shape.length === 0) return unknown(`a value drawn by np.random.${fn}`);
        const spec: InitializerSpec = gauss ? { kind: 'numpy_random', api: 'numpy', dist: 'normal', loc: x1, scale: x2 } : { kind: 'numpy_random', api: 'numpy', dist: 'uniform', low: x1, high: x2 };
        if ('seed' in r) Object.assign(spec, { seed: r.seed, draws: r.draws });
        else Object.assign(spec, { seed: null, note: r.note });
        return this.numpyArrayOf('float64', shape, spec);
      }
      case 'get_state':
        return unknown('NumPy random state');
      default:
        this.seeds.taintNumpy(st, `the program calls ${what === 'np.random' ? 'np.random.' : 'RandomState.'}${fn}, which the analysis does not reproduce`);
        return unknown(`np.random.${fn}`);
    }
  }

  // ---------- graphs ----------

  private readonly graphs = new Map<number, TfGraph>();
  private newGraph(): number {
    const g = new TfGraph();
    this.graphs.set(g.id, g);
    return g.id;
  }
  private graphId(g: TfGraph): number {
    this.graphs.set(g.id, g);
    return g.id;
  }

  // ---------- methods on TF objects ----------

  private callMethod(self: Value, name: string, args: Args, site: CallSite): Value {
    if (self.t === 'tf' && self.path.startsWith('@argparse#')) return this.argparseMethod(Number(self.path.split('#')[1]), name, args);
    if (self.t === 'tf' && self.path.startsWith('@nprandom#')) {
      const st = this.numpyStreams.get(Number(self.path.split('#')[1]));
      if (st) return this.numpyRandom(st, name, args, 'a RandomState');
    }
    if (self.t === 'tf' && self.path.startsWith('@nprng#')) {
      return this.numpyArrayOf(name === 'integers' ? 'int64' : 'float64', this.numpySize(args.kw.get('size') ?? args.pos[name === 'standard_normal' || name === 'random' ? 0 : 2]),
        { kind: 'unknown', reason: 'np.random.default_rng (PCG64 and its ziggurat normals) is not reproduced; seed the legacy np.random / RandomState instead' });
    }
    if (self.t === 'tf' && self.path.startsWith('@optimizer#')) {
      const o = this.optimizers.get(Number(self.path.split('#')[1]));
      if (o) return this.optimizerMethod(o, name, args, site);
    }
    if (self.t === 'tf' && self.path.startsWith('@truegetter#')) {
      const [, kind, r] = self.path.split('#');
      const kwReuse = args.kw.get('reuse');
      const reuse: Reuse = kwReuse ? (this.reuseOf(kwReuse) ?? false) : r === 'auto' ? 'auto' : r === 'true';
      const kw = new Map(args.kw);
      kw.delete('reuse');
      kw.delete('getter');
      return this.getVariable({ ...args, kw }, site, kind === 'local', { reuse });
    }
    if (self.t === 'tf' && self.path.startsWith('@graph#')) {
      const g = this.graphs.get(Number(self.path.slice(7)));
      if (g && name === 'as_default') {
        // Leaving the block restores whatever mode the program was in before it (eager or graph).
        const modeBefore: boolean[] = [];
        return {
          t: 'ctx',
          ctx: {
            enter: () => {
              this.graphStack.push(g);
              modeBefore.push(this.eager);
              if (!this.forced) { this.eager = false; this.sawGraphMode = true; }
              return self;
            },
            exit: () => {
              this.graphStack.pop();
              const before = modeBefore.pop();
              if (!this.forced && before !== undefined) this.eager = before;
            },
          },
        };
      }
      return unknown();
    }
    if (self.t === 'scope') {
      const s = this.reg.scopes.get(self.s.id)!;
      switch (name) {
        case 'reuse_variables':
          s.reuse = true;
          return NONE;
        case 'set_initializer': { const i = this.initializerFromValue(args.pos[0] ?? NONE, 'v1'); s.initializer = i; return NONE; }
        case 'set_dtype': s.dtype = dtypeOf(args.pos[0]) ?? s.dtype; return NONE;
        case 'set_partitioner': s.partitioner = partitionerOf(args.pos[0]); return NONE;
        case 'get_variable': return this.getVariable({ ...args, pos: args.pos.slice(1), posNodes: args.posNodes.slice(1) }, site, false);
        default: return unknown();
      }
    }
    if (self.t === 'var') {
      const v = this.reg.vars.get(self.v.id)!;
      if (name === 'get_shape') return shapeValue(v.shape);
      if (name === 'assign' || name === 'assign_add' || name === 'read_value' || name === 'value' || name === 'initialized_value') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
      return unknown();
    }
    if (self.t === 'tensor') {
      if (name === 'get_shape') return shapeValue(self.shape);
      if (name === 'reshape') {
        const target = shapeOf(args.pos.length === 1 ? args.pos[0] : { t: 'tuple', items: args.pos });
        const shape = this.resolveReshape(self.shape, target);
        const init = self.init?.kind === 'constant' && Array.isArray(self.init.value) && shape && shape.every((d) => d !== null)
          ? { ...self.init, value: reshapeFlat(flatten(self.init.value), shape as number[]) } : self.init;
        return { t: 'tensor', shape, dtype: self.dtype, ...(init ? { init } : {}) };
      }
      if (name === 'astype') {
        const want = dtypeOf(args.pos[0] ?? args.kw.get('dtype'));
        if (!want || want === self.dtype) return self;
        const init = self.init && self.dtype && self.init.kind !== 'unknown' ? this.withPost(self.init, self.dtype, [{ op: 'cast', dtype: want, by: 'numpy' }]) : self.init;
        return { ...self, dtype: want, ...(init ? { init } : {}) };
      }
      return unknown();
    }
    if (self.t === 'instance') {
      const k = self.attrs.get('__keras__');
      if (k?.t === 'layer' && (name === 'add_weight' || name === 'add_variable')) return this.addWeight(this.reg.layers.get(k.l.id)!, args, site);
      return unknown();
    }
    if (self.t === 'layer') {
      const l = this.reg.layers.get(self.l.id)!;
      if (name === 'build') {
        // model.build(shape) / layer.build(shape): builds under the layer's name, like a call would.
        const shape = shapeOf(args.pos[0] ?? args.kw.get('input_shape'));
        if (l.kind === 'Sequential') {
          this.callLayer(l, { pos: [{ t: 'tensor', shape, dtype: 'float32' }], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
        } else if (!l.built) {
          this.kerasScope.push(l.name ?? '?');
          try { buildLayer(this, l, shape, site); } finally { this.kerasScope.pop(); }
        }
        return NONE;
      }
      if (name === 'add' && l.kind === 'Sequential') {
        const layer = args.pos[0] ?? args.kw.get('layer');
        const rebuild = truthy(args.pos[1] ?? args.kw.get('rebuild') ?? bool(true)) !== false;
        if (layer) this.sequentialAdd(l, layer, site, rebuild);
        return NONE;
      }
      if (name === 'pop' && l.kind === 'Sequential') {
        // Removes the last layer (its variables stay, as in Keras) and rebuilds: nothing new is created.
        const layers = (l.config.get('layers') as { items: Value[] }).items;
        const last = layers.pop();
        l.built = false;
        if (truthy(args.pos[0] ?? args.kw.get('rebuild') ?? bool(true)) !== false) this.sequentialRebuild(l, site);
        return last ?? unknown('pop');
      }
      if (name === 'get_weights' || name === 'count_params' || name === 'summary' || name === 'compile') return unknown();
      return unknown();
    }
    return unknown();
  }


  // ---------- scopes ----------

  /** Enters a graph name scope; an invalid name raises TF's ValueError (reported) and is entered anyway. */
  private enterNs(g: TfGraph, name: string | null, site: CallSite): { scope: string; restore: () => void } {
    // A name with statically unknown parts ('?') is not validated: TF would see the real name.
    if (name?.includes('?')) return g.enterNameScope(name, false);
    try {
      return g.enterNameScope(name);
    } catch (e) {
      if (!(e instanceof ScopeNameError)) throw e;
      this.raise(site, 'ValueError', e.message, 'invalid-name');
      return g.enterNameScope(name, false);
    }
  }

  private scopeValue(s: VarScope): Value {
    this.reg.scopes.set(s.id, s);
    return { t: 'scope', s: { id: s.id } };
  }

  private recordScope(name: string, kind: ScopeEntry['kind'], site: CallSite, withNode: Node | null): void {
    if (!name) return;
    const l = loc(site.node, site.file);
    if (withNode) {
      l.endLine = withNode.endPosition.row + 1;
      l.endColumn = withNode.endPosition.column + 1;
    }
    const e = this.scopes.get(name);
    if (e) e.entries.push(l);
    else this.scopes.set(name, { name, kind, location: l, entries: [l] });
  }

  reuseOf(v: Value | undefined): Reuse | null {
    if (!v || v.t === 'none') return null;
    if (v.t === 'tf' && v.path.endsWith('AUTO_REUSE')) return 'auto';
    const t = truthy(v);
    if (t === undefined) return null;
    return t ? true : null; // False == None: inherit
  }

  variableScope(args: Args, site: CallSite, opScope: boolean): Value {
    const withNode = this.interp.withBlock;
    let nameOrScope = args.pos[0] ?? args.kw.get('name_or_scope') ?? NONE;
    let defaultName = args.pos[1] ?? args.kw.get('default_name');
    if (opScope) {
      nameOrScope = args.pos[1] ?? args.kw.get('name_or_scope') ?? NONE;
      defaultName = args.pos[2] ?? args.kw.get('default_name');
    }
    const reuse = this.reuseOf(args.kw.get('reuse') ?? (opScope ? undefined : args.pos[8]));
    const initializer = args.kw.get('initializer') ?? (opScope ? undefined : args.pos[3]);
    const dtype = dtypeOf(args.kw.get('dtype'));
    const partitioner = args.kw.has('partitioner') ? partitionerOf(args.kw.get('partitioner')) : undefined;
    const ur = args.kw.get('use_resource');
    const useResource = ur && ur.t === 'bool' ? ur.v : null;
    const cg = args.kw.get('custom_getter');
    const customGetter = cg && cg.t !== 'none' ? cg : undefined;
    const auxRaw = args.kw.get('auxiliary_name_scope');
    const aux = auxRaw ? truthy(auxRaw) !== false : true;
    const initSpec = initializer && initializer.t !== 'none' ? this.initializerFromValue(initializer, 'v1') : null;
    const initValue = initializer && (initializer.t === 'tensor' || isLiteral(initializer))
      ? (initializer.t === 'tensor' ? { shape: initializer.shape, dtype: initializer.dtype } : (() => { const l = literalAsTensor(initializer); return { shape: l.shape, dtype: l.dtype }; })())
      : undefined;
    const g = this.graph;
    const lib = this;
    let restoreName: (() => void) | null = null;
    let exitPure: (() => void) | null = null;

    const enter = (): Value => {
      // name scope part
      let currentNameScope: string | null = null;
      if (!aux) {
        const ns = g.nameStack;
        const r = g.enterNameScope(ns ? `${ns}/` : null);
        restoreName = r.restore;
        currentNameScope = r.scope;
      }
      if (nameOrScope.t === 'str' || nameOrScope.t === 'scope') {
        const captured = nameOrScope.t === 'scope' ? lib.reg.scopes.get(nameOrScope.s.id)! : null;
        const nsName = captured ? captured.name.split('/').pop()! : (nameOrScope as { v: string }).v;
        let oldNameScope: string;
        if (nsName || currentNameScope !== null) {
          if (currentNameScope === null) {
            const r = lib.eager ? { scope: nsName ? `${g.nameStack ? g.nameStack + '/' : ''}${nsName}/` : '', restore: enterEagerNs(g, nsName) } : lib.enterNs(g, nsName, site);
            restoreName = r.restore;
            currentNameScope = r.scope;
          }
          oldNameScope = captured ? captured.originalNameScope : currentNameScope;
        } else oldNameScope = '';
        const sv = lib.enterPure(captured, captured ? null : (nameOrScope as { v: string }).v, reuse, initSpec, dtype, partitioner, oldNameScope, site, withNode, (fn) => { exitPure = fn; });
        if (sv.t === 'scope') {
          const entered = lib.reg.scopes.get(sv.s.id)!;
          if (useResource !== null) entered.useResource = useResource;
          if (customGetter) entered.customGetter = customGetter;
          if (initSpec) entered.initializerValue = initValue;
        }
        return sv;
      }
      if (nameOrScope.t === 'int' || nameOrScope.t === 'float' || nameOrScope.t === 'list' || nameOrScope.t === 'tuple' || nameOrScope.t === 'bool' || nameOrScope.t === 'dict') {
        lib.raise(site, 'TypeError', 'VariableScope: name_or_scope must be a string or VariableScope.', 'bad-scope-argument');
      }
      // default name
      const dn = strOf(defaultName);
      if (dn === undefined) {
        if (nameOrScope.t === 'unknown') {
          lib.interp.note(site.node, site.file, 'unknown-scope-name', 'The scope name cannot be evaluated statically; variables inside get an unknown prefix.', 'info');
        }
        const r = g.enterNameScope('unknown');
        restoreName = r.restore;
        return lib.enterPure(null, '?', reuse, initSpec, dtype, partitioner, r.scope, site, withNode, (fn) => { exitPure = fn; });
      }
      if (reuse === true) {
        lib.raise(site, 'ValueError', 'reuse=True cannot be used without a name_or_scope', 'scope-reuse-without-name');
      }
      if (currentNameScope === null) {
        const r = lib.eager ? { scope: `${dn}/`, restore: enterEagerNs(g, dn) } : lib.enterNs(g, dn, site);
        restoreName = r.restore;
        currentNameScope = r.scope;
      }
      const unique = g.uniqueVariableScope(dn);
      return lib.enterPure(null, unique, null, initSpec, dtype, partitioner, currentNameScope, site, withNode, (fn) => { exitPure = fn; });
    };
    return {
      t: 'ctx',
      ctx: {
        enter,
        exit: () => {
          (exitPure as (() => void) | null)?.();
          (restoreName as (() => void) | null)?.();
        },
      },
    };
  }

  /** `_pure_variable_scope.__enter__`. */
  private enterPure(
    captured: VarScope | null, name: string | null, reuse: Reuse | null, initializer: InitializerSpec | null,
    dtype: string | null, partitioner: Partitioner | null | undefined, oldNameScope: string, site: CallSite,
    withNode: Node | null, setExit: (fn: () => void) => void,
  ): Value {
    const g = this.graph;
    const old = g.currentScope;
    let s: VarScope;
    if (captured) {
      s = { ...captured, id: freshId(), reuse: reuse ? reuse : captured.reuse };
      if (initializer) s.initializer = initializer;
      if (dtype) s.dtype = dtype;
      if (partitioner !== undefined) s.partitioner = partitioner;
      g.openVariableScope(s.name);
      const snapshot = g.snapshotScopeCounts();
      setExit(() => {
        g.restoreScopeCounts(snapshot);
        g.currentScope = old;
      });
    } else {
      const newName = old.name ? `${old.name}/${name}` : name!;
      s = {
        id: freshId(), name: newName, reuse: reuse || old.reuse, initializer: initializer ?? old.initializer,
        initializerValue: initializer ? undefined : old.initializerValue,
        dtype: dtype ?? old.dtype, partitioner: partitioner !== undefined ? partitioner : old.partitioner,
        originalNameScope: oldNameScope, useResource: old.useResource, customGetter: old.customGetter,
      };
      g.openVariableScope(newName);
      setExit(() => {
        g.closeVariableSubscopes(newName);
        g.currentScope = old;
      });
    }
    g.currentScope = s;
    this.recordScope(s.name, 'variable_scope', site, withNode);
    (s as VarScope & { site?: CallSite }).site = site;
    return this.scopeValue(s);
  }

  private nameScope(args: Args, site: CallSite, api: string): Value {
    const g = this.graph;
    const nameV = args.pos[0] ?? args.kw.get('name');
    const dflt = api === 'v2' ? undefined : args.pos[1] ?? args.kw.get('default_name');
    let name: string | null;
    if (nameV && nameV.t === 'str') name = nameV.v;
    else if (nameV && nameV.t === 'scope') name = this.reg.scopes.get(nameV.s.id)!.originalNameScope || null;
    else if (!nameV || nameV.t === 'none') name = strOf(dflt) ?? null;
    else name = 'unknown';
    let restore: (() => void) | null = null;
    return {
      t: 'ctx',
      ctx: {
        enter: () => {
          if (this.eager) {
            restore = enterEagerNs(g, name ?? '');
            return str(name ? `${g.nameStack}/` : '');
          }
          const r = this.enterNs(g, name, site);
          restore = r.restore;
          if (r.scope) this.recordScope(r.scope.slice(0, -1), 'name_scope', site, this.interp.withBlock);
          return str(r.scope);
        },
        exit: () => (restore as (() => void) | null)?.(),
      },
    };
  }

  // ---------- variables ----------

  private raise(site: CallSite, type: string, message: string, code: string, fixes?: QuickFix[]): never | void {
    if (this.lenient) return;
    const l = loc(site.node, site.file);
    const d: Diagnostic = {
      file: site.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn,
      severity: 'error', code, message, raises: { type, message }, order: this.variables.length,
    };
    if (fixes?.length) d.fixes = fixes;
    // A `try` that catches it handles it like the program would: no error to report, control unwinds.
    if (this.interp.caught(type)) throw new PyRaise(type, message);
    if (!this.interp.diagnostics.some((x) => x.line === d.line && x.column === d.column && x.code === d.code && x.file === d.file)) {
      this.interp.diagnostics.push(d);
    }
  }

  private warn(site: CallSite, code: string, message: string, severity: Diagnostic['severity'] = 'warning', fixes?: QuickFix[], node?: Node): void {
    if (this.lenient) return;
    const l = loc(node ?? site.node, site.file);
    if (this.interp.diagnostics.some((x) => x.line === l.line && x.column === l.column && x.code === code && x.file === site.file)) return;
    const d: Diagnostic = { file: site.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, severity, code, message };
    if (fixes?.length) d.fixes = fixes;
    this.interp.diagnostics.push(d);
  }

  /**
   * `get_variable`. With `direct`, this is the true getter a custom getter calls: the name is already
   * the full name and `reuse` comes from the caller.
   */
  getVariable(args: Args, site: CallSite, local: boolean, direct?: { reuse: Reuse }): Value {
    const scope0 = this.graph.currentScope;
    if (!direct && scope0.customGetter && !this.eager) return this.viaCustomGetter(args, site, local, scope0);
    const nameV = args.pos[0] ?? args.kw.get('name');
    const nameNode = args.posNodes[0] ?? args.kwNodes.get('name') ?? null;
    const shapeArg = args.pos[1] ?? args.kw.get('shape');
    const dtypeArg = args.pos[2] ?? args.kw.get('dtype');
    const initArg = args.pos[3] ?? args.kw.get('initializer');
    const trainableArg = args.kw.get('trainable') ?? args.pos[5];
    const collectionsArg = args.kw.get('collections') ?? args.pos[6];
    const partArg = args.kw.get('partitioner') ?? args.pos[8];
    const useResourceArg = args.kw.get('use_resource');
    const useResource = useResourceArg && useResourceArg.t === 'bool' ? useResourceArg.v : this.graph.currentScope.useResource ?? this.useResourceDefault;
    const g = this.graph;
    const scope = g.currentScope;
    let name = strOf(nameV);
    if (nameV?.t === 'str' && nameV.partial) {
      this.warn(site, 'partial-name', `Part of this variable's name cannot be evaluated statically; it is shown as "${name}".`, 'info', undefined, nameNode ?? undefined);
    }
    if (name === undefined) {
      this.warn(site, 'unknown-name', 'The variable name cannot be evaluated statically; it is shown as "?".', 'info', undefined, nameNode ?? undefined);
      name = '?';
    }
    const fullName = direct || !scope.name ? name : `${scope.name}/${name}`;
    const reuse: Reuse = this.eager ? false : direct ? direct.reuse : scope.reuse;
    let dtype = dtypeOf(dtypeArg);
    let shape: Shape | undefined = shapeArg === undefined || shapeArg.t === 'none' ? undefined : shapeOf(shapeArg);
    if (!this.eager && shapeArg && (shapeArg.t === 'list' || shapeArg.t === 'tuple')) {
      const dimT = shapeArg.items.find((d) => d.t === 'tensor' && d.op);
      if (dimT && dimT.t === 'tensor') {
        this.raise(site, 'TypeError', `Dimension value must be integer or None or have an __index__ method, got value '${tensorRepr(dimT)}' with type '<class 'tensorflow.python.framework.ops.SymbolicTensor'>'`, 'tensor-dimension');
        return unknown();
      }
    }
    let initSpec: InitializerSpec | null = null;
    let fromValue = false;
    let defaulted = false;
    if (initArg?.t === 'dict') {
      const r = pyRepr(initArg) ?? '{...}';
      this.raise(site, 'TypeError', `Failed to convert elements of ${r} to Tensor. Consider casting elements to a supported type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for supported TF dtypes.`, 'bad-initializer');
      return unknown();
    }
    if (initArg && (initArg.t === 'tensor' || isLiteral(initArg)) && dtype) {
      const t = initArg.t === 'tensor' ? initArg : literalAsTensor(initArg);
      if (t.dtype && t.dtype !== dtype) {
        this.raise(site, 'ValueError', `Initializer type '<dtype: '${t.dtype}'>' and explicit dtype '<dtype: '${dtype}'>' don't match.`, 'dtype-mismatch');
        return unknown();
      }
    }
    const scopeValue = (!initArg || initArg.t === 'none') && scope.initializerValue && scope.initializer ? scope.initializerValue : undefined;
    if (scopeValue) {
      if (shape !== undefined) {
        this.raise(site, 'ValueError', 'If initializer is a constant, do not specify shape.', 'constant-initializer-with-shape');
        return unknown();
      }
      fromValue = true;
      shape = scopeValue.shape;
      if (!dtype) dtype = scopeValue.dtype ?? 'float32';
      initSpec = scope.initializer;
    }
    if (initArg && initArg.t !== 'none') {
      if (initArg.t === 'tensor' || isLiteral(initArg)) {
        fromValue = true;
        const t = initArg.t === 'tensor' ? initArg : literalAsTensor(initArg);
        if (shape !== undefined) {
          this.raise(site, 'ValueError', 'If initializer is a constant, do not specify shape.', 'constant-initializer-with-shape');
          return unknown();
        }
        shape = t.shape;
        if (!dtype) dtype = t.dtype ?? 'float32';
        initSpec = t.init ?? { kind: 'unknown', reason: 'initial value not understood' };
      } else if ((initArg.t === 'func' || initArg.t === 'partial' || initArg.t === 'bound') && shape && shape.every((d) => d !== null)) {
        // TF calls initializer(shape, dtype=dtype, partition_info=None): follow the user's function.
        const kw = new Map<string, Value>([['dtype', { t: 'dtype', name: dtype ?? scope.dtype ?? 'float32' }]]);
        const r = this.interp.call(initArg, { pos: [shapeValue(shape)], kw, posNodes: [null], kwNodes: new Map() }, site);
        initSpec = r.t === 'tensor' && r.init ? this.sameOp(r.init, { ...r.init, note: 'custom initializer function' }) : { kind: 'unknown', reason: 'custom initializer function', api: 'v1' };
      } else initSpec = this.initializerFromValue(initArg, 'v1');
    }
    if (!dtype) dtype = scope.dtype ?? 'float32';
    const trainable = trainableArg ? truthy(trainableArg) !== false : !local;
    let collections = collectionsList(collectionsArg);
    if (local) collections = ['local_variables'];
    else if (!collections) collections = ['global_variables'];
    if (trainable && !local && !collections.includes('trainable_variables')) collections = [...collections, 'trainable_variables'];
    const partitioner = partArg && partArg.t !== 'none' ? partitionerOf(partArg) : scope.partitioner;

    if (!this.eager) {
      const existing = g.store.get(fullName);
      const existingParts = g.partitioned.get(fullName);
      if (existing || existingParts) {
        if (reuse === false && !this.lenient) {
          this.raise(site, 'ValueError',
            `Variable ${fullName} already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?`,
            'duplicate-variable', this.reuseFixes(site, scope));
          return existing ? this.varValue(existing) : unknown();
        }
        const found = existing ?? existingParts![0]!;
        const foundShape = existing ? existing.shape : found.partition ? fullShapeOfParts(existingParts!) : found.shape;
        if (shape !== undefined && !shapesCompatible(shape, foundShape)) {
          this.raise(site, 'ValueError',
            `Trying to share variable ${fullName}, but specified shape ${tensorShapeStr(shape)} and found shape ${tensorShapeStr(foundShape)}.`,
            'shape-mismatch');
          return this.varValue(found);
        }
        if (dtype !== found.dtype) {
          this.raise(site, 'ValueError',
            `Trying to share variable ${fullName}, but specified dtype ${dtype} and found dtype ${found.dtype}${this.refVars.has(found.id) ? '_ref' : ''}.`, 'dtype-mismatch');
        }
        return this.varValue(found);
      }
      if (reuse === true && !this.lenient) {
        this.raise(site, 'ValueError',
          `Variable ${fullName} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?`,
          'missing-variable', this.autoReuseFixes(site, scope));
        return unknown();
      }
    }
    if (!initSpec) {
      if (scope.initializer) initSpec = scope.initializer;
      else if (isFloatDtype(dtype)) {
        initSpec = { kind: 'glorot_uniform', scale: 1, mode: 'fan_avg', distribution: 'uniform', seed: null, api: 'v1', defaulted: true };
        defaulted = true;
      } else if (isIntOrBoolDtype(dtype)) {
        initSpec = { kind: 'zeros', api: 'v1', defaulted: true };
      } else {
        this.raise(site, 'ValueError', `An initializer for variable ${fullName} of ${dtype} is required`, 'initializer-required');
        return unknown();
      }
    }
    if (!fromValue && !this.lenient) {
      if (shape === undefined || shape === null || shape.some((d) => d === null)) {
        if (shape === undefined && !this.eager && defaulted) {
          this.raise(site, 'ValueError', `Variable ${fullName} did not get an initializer, so its \`shape\` argument must be specified.`, 'shape-not-defined');
          return unknown();
        }
        if (shape === undefined && !this.eager) {
          this.raise(site, 'ValueError',
            'The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*\' and `shape` should be fully defined.',
            'shape-not-defined');
          return unknown();
        }
        if (shape && shape.some((d) => d === null) && !(shapeArg && containsUnknown(shapeArg))) {
          this.raise(site, 'ValueError',
            'The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*\' and `shape` should be fully defined.',
            'shape-not-defined');
          return unknown();
        }
      }
    }
    if (initSpec.note === 'uniform_unit_scaling_initializer' && shape && shape.every((d) => d !== null)) {
      // limit = sqrt(3 / prod(shape[:-1])) * factor: exact uniform bounds once the shape is known.
      const inputSize = (shape as number[]).slice(0, -1).reduce((a, b) => a * b, 1);
      const limit = Math.sqrt(3 / Math.max(1, inputSize)) * Math.sqrt(Number(initSpec.scale ?? 1));
      initSpec = { kind: 'random_uniform', minval: -limit, maxval: limit, seed: initSpec.seed ?? null, api: 'v1', note: 'uniform_unit_scaling_initializer' };
    }
    initSpec = padConstant(initSpec, shape);
    const seed = this.variableSeed(initSpec, shape, dtype, fromValue || initSpec.note === 'custom initializer function');
    if (partitioner && partitioner.kind !== 'unknown' && shape && shape.every((d) => d !== null) && !this.eager) {
      return this.createPartitioned(fullName, shape, dtype, initSpec, trainable, collections, partitioner, site, nameNode, seed, scope);
    }
    if (!this.eager && !fullName.includes('?')) {
      const bad = invalidScopeName(fullName, false);
      if (bad) {
        this.raise(site, 'ValueError', bad, 'invalid-name');
        return unknown();
      }
    }
    const opName = this.eager ? fullName : g.uniqueRootName(fullName);
    const rec = this.addVariable({
      storeKey: this.eager ? null : fullName, name: opName, shape: shape ?? null, dtype, initializer: initSpec, trainable, collections,
      scope: scope.name, api: local ? 'get_local_variable' : 'get_variable', site, nameNode, seed,
    });
    if (!this.eager) g.store.set(fullName, rec);
    if (!this.eager && !useResource) this.refVars.add(rec.id);
    if (defaulted) {
      this.warn(site, 'default-initializer',
        `${fullName} has no initializer: TensorFlow silently uses glorot_uniform (uniform within ±sqrt(6 / (fan_in + fan_out))).`, 'info');
    }
    return this.varValue(rec);
  }

  /** TF calls `custom_getter(getter=true_getter, name=full_name, shape=..., dtype=..., initializer=..., ...)`. */
  private viaCustomGetter(args: Args, site: CallSite, local: boolean, scope: VarScope): Value {
    const nameV = args.pos[0] ?? args.kw.get('name');
    const name = strOf(nameV) ?? '?';
    const kw = new Map<string, Value>();
    const reuse = scope.reuse;
    kw.set('getter', { t: 'tfmethod', self: { t: 'tf', path: `@truegetter#${local ? 'local' : 'global'}#${reuse === 'auto' ? 'auto' : reuse}` }, name: 'call' });
    kw.set('name', str(scope.name ? `${scope.name}/${name}` : name));
    const shape = args.pos[1] ?? args.kw.get('shape');
    kw.set('shape', shape ?? NONE);
    kw.set('dtype', args.pos[2] ?? args.kw.get('dtype') ?? { t: 'dtype', name: scope.dtype ?? 'float32' });
    kw.set('initializer', args.pos[3] ?? args.kw.get('initializer') ?? (scope.initializer ? { t: 'init', spec: scope.initializer } : NONE));
    for (const k of ['trainable', 'collections', 'partitioner', 'regularizer', 'caching_device', 'validate_shape', 'use_resource', 'constraint']) {
      const v = args.kw.get(k);
      if (v) kw.set(k, v);
    }
    kw.set('reuse', reuse === 'auto' ? { t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' } : bool(reuse === true));
    return this.interp.call(scope.customGetter as Value, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
  }

  private createPartitioned(
    fullName: string, shape: (number | null)[], dtype: string, init: InitializerSpec, trainable: boolean, collections: string[],
    p: Partitioner, site: CallSite, nameNode: Node | null, seed: SeedInfo, scope: VarScope,
  ): Value {
    const axis = p.axis ?? 0;
    const dim = shape[axis] ?? 0;
    const n = partitionCount(p, shape as number[], dtypeSize(dtype) || 4);
    const base = Math.floor(dim / n);
    const extra = dim % n;
    const parts: VarRecord[] = [];
    const g = this.graph;
    // Variance-scaling initializers see the full shape (`partition_info.full_shape`) when computing fans.
    const partInit: InitializerSpec = { ...init, fanShape: shape };
    for (let i = 0; i < n; i++) {
      const s = [...shape];
      s[axis] = base + (i < extra ? 1 : 0);
      const partName = `${fullName}/part_${i}`;
      // each part runs the initializer: an unseeded one takes the graph's next op number
      const partSeed = i > 0 && seed.drawn === 'graph' && seed.graph !== null ? this.seeds.graphOp(g.id, seed.graph) : seed;
      const rec = this.addVariable({
        storeKey: partName, name: partName, shape: s, dtype, initializer: partInit, trainable, collections, scope: scope.name,
        api: 'get_variable', site, nameNode, seed: partSeed, partition: { index: i, of: n, fullName },
      });
      g.store.set(partName, rec);
      g.markUsed(partName);
      parts.push(rec);
    }
    g.partitioned.set(fullName, parts);
    return { t: 'tensor', shape, dtype };
  }

  addVariable(o: NewVariable): VarRecord {
    // a Keras layer or add_weight calls a TF (stateful) initializer object now: its op runs (eager) or is created
    const stateful = o.api === 'layer' && this.isStateful(o.initializer);
    const op = typeof o.initializer.seed === 'number' ? o.initializer.seed : null;
    const seed: SeedInfo = !stateful ? { ...o.seed }
      : this.eager ? this.ranEagerly(o.initializer, o.shape, o.dtype, op, false) : this.createdInGraph(o.initializer, op, false);
    this.settleSeed(seed, o.initializer);
    if (!this.eager && seed.graph !== null && seed.op === null) seed.dependsOnRuntime = true;
    const rec: VarRecord = {
      id: freshId(), storeKey: o.storeKey, name: o.name, shape: o.shape, dtype: o.dtype, initializer: o.initializer,
      trainable: o.trainable, collections: o.collections, location: loc(o.site.node, o.site.file), scope: o.scope, api: o.api,
      order: this.variables.length, seed,
    };
    if (o.nameNode && (o.nameNode.type === 'string' || o.nameNode.type === 'concatenated_string')) rec.nameLocation = loc(o.nameNode, o.site.file);
    if (o.site.binding) rec.binding = o.site.binding;
    if (o.partition) rec.partition = o.partition;
    const g = this.graph;
    if (!this.eager && g.initOpLocation && !o.collections.includes('local_variables')) {
      rec.createdAfterInitOp = true;
      const init = g.initOpLocation;
      this.warn(o.site, 'created-after-initializer',
        `${o.name} is created after global_variables_initializer() (line ${init.line}): running that op does not initialize it.`,
        'warning', this.moveInitFixes(o.site, init));
    }
    this.variables.push(rec);
    this.reg.vars.set(rec.id, rec);
    return rec;
  }

  varValue(v: VarRecord): Value {
    return { t: 'var', v: { id: v.id } };
  }

  /** `tf.Variable(initial_value, trainable=None, ..., name=None, dtype=None, shape=None)`. */
  private tfVariable(args: Args, site: CallSite): Value {
    const iv = args.pos[0] ?? args.kw.get('initial_value');
    const trainableArg = args.pos[1] ?? args.kw.get('trainable');
    const nameV = args.kw.get('name') ?? args.pos[4];
    const nameNode = args.kwNodes.get('name') ?? args.posNodes[4] ?? null;
    const dtypeArg = args.kw.get('dtype') ?? args.pos[6];
    const shapeArg = args.kw.get('shape');
    const collectionsArg = args.kw.get('collections') ?? args.pos[2];
    const g = this.graph;
    const trainable = trainableArg ? truthy(trainableArg) !== false : true;
    const base = strOf(nameV) ?? (nameV && nameV.t !== 'none' ? '?' : 'Variable');
    let name: string;
    if (this.eager) {
      name = g.nameStack ? `${g.nameStack}/${base}` : base;
    } else {
      const bad = base.includes('?') ? null : invalidScopeName(base, g.nameStack !== '');
      if (bad) {
        this.raise(site, 'ValueError', bad, 'invalid-name');
        return unknown();
      }
      name = g.uniqueName(base);
      g.markUsed(name);
    }
    let value = iv;
    if (value && (value.t === 'func' || value.t === 'partial' || value.t === 'bound')) {
      // A callable initial value runs inside `<name>/Initializer` (its ops do not take top-level names).
      const saved = g.nameStack;
      g.nameStack = `${name}/Initializer`;
      try {
        value = this.interp.call(value, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, site);
      } finally {
        g.nameStack = saved;
      }
    }
    let t: { shape: Shape; dtype: string | null; init?: InitializerSpec };
    if (!value) t = { shape: null, dtype: null, init: { kind: 'unknown', reason: 'no initial value' } };
    else if (value.t === 'tensor') t = value;
    else if (value.t === 'var') { const src = this.reg.vars.get(value.v.id)!; t = { shape: src.shape, dtype: src.dtype, init: { kind: 'unknown', reason: `copied from ${src.name}` } }; }
    else if (isLiteral(value)) t = literalAsTensor(value);
    else t = { shape: null, dtype: null, init: { kind: 'unknown', reason: 'initial value not understood' } };
    const dtype = dtypeOf(dtypeArg) ?? t.dtype ?? 'float32';
    const shape = shapeArg ? shapeOf(shapeArg) : t.shape;
    let collections = collectionsList(collectionsArg) ?? ['global_variables'];
    if (trainable && !collections.includes('trainable_variables')) collections = [...collections, 'trainable_variables'];
    const initSpec = t.init ?? { kind: 'unknown', reason: 'initial value not understood' };
    const rec = this.addVariable({
      storeKey: null, name, shape, dtype, initializer: initSpec, trainable, collections, scope: g.currentScope.name,
      api: 'Variable', site, nameNode, seed: this.variableSeed(initSpec, shape, dtype, true),
    });
    return this.varValue(rec);
  }

  // ---------- training: optimizers, moving averages, metrics ----------

  private readonly optimizers = new Map<number, OptimizerObj>();

  /** The variables an optimizer's update touches: var_list, or the graph's trainable variables. */
  private varListOf(v: Value | undefined): VarRecord[] {
    if (v && (v.t === 'list' || v.t === 'tuple')) {
      return v.items.flatMap((x) => (x.t === 'var' ? [this.reg.vars.get(x.v.id)!] : x.t === 'tuple' && x.items[1]?.t === 'var' ? [this.reg.vars.get((x.items[1] as { v: { id: number } }).v.id)!] : []));
    }
    const g = this.graph;
    return this.variables.filter((r) => r.trainable && r.collections.includes('trainable_variables') && (this.eager || [...g.store.values()].includes(r) || r.storeKey === null));
  }

  /** Keras 3 optimizer: `<name>/iteration` and `<name>/learning_rate` at construction. */
  private makeKerasOptimizer(cls: string, args: Args, site: CallSite): Value {
    const name = strOf(args.kw.get('name')) ?? this.kerasUniquify(snakeCase(cls));
    const defaults: Record<string, number> = { SGD: 0.01 };
    const lrV = args.kw.get('learning_rate') ?? args.pos[0];
    const lr = lrV === undefined ? defaults[cls] ?? 0.001 : numOf(lrV);
    const add = (n: string, dtype: string, init: InitializerSpec, shape: Shape = []): VarRecord => this.addVariable({
      storeKey: null, name: `${name}/${n}`, shape, dtype, initializer: init, trainable: false, collections: ['global_variables'],
      scope: name, api: 'optimizer', site, nameNode: null, seed: { graph: null, op: null },
    });
    add('iteration', 'int64', { kind: 'zeros', api: 'keras' });
    if (lr !== undefined) add('learning_rate', 'float32', { kind: 'constant', value: lr, api: 'keras' });
    const id = freshId();
    this.optimizers.set(id, { kind: `keras:${cls}`, name, args, nonSlot: new Map() });
    return { t: 'tf', path: `@optimizer#${id}` };
  }

  /** Keras 3 optimizer slots, created once by build/apply/apply_gradients/minimize: `<opt>/<path_with_underscores>_<slot>`. */
  private kerasOptimizerMethod(o: OptimizerObj, method: string, args: Args, site: CallSite): Value {
    let vars: VarRecord[] = [];
    if (method === 'build') vars = this.varListOf(args.pos[0] ?? args.kw.get('var_list'));
    else if (method === 'apply_gradients') vars = this.varListOf(args.pos[0] ?? args.kw.get('grads_and_vars'));
    else if (method === 'apply') vars = this.varListOf(args.pos[1] ?? args.kw.get('trainable_variables'));
    else if (method === 'minimize') vars = this.varListOf(args.pos[1] ?? args.kw.get('var_list'));
    else return unknown();
    if (o.nonSlot.has('built') || vars.length === 0) return unknown();
    o.nonSlot.set('built', true);
    const cls = o.kind.slice('keras:'.length);
    const kw = o.args.kw;
    const num = (k: string, d: number): number => numOf(kw.get(k)) ?? d;
    const zeros: InitializerSpec = { kind: 'zeros', api: 'keras' };
    const slot = (v: VarRecord, n: string, init: InitializerSpec): void => {
      this.addVariable({
        storeKey: null, name: `${o.name}/${v.name.replace(/\//g, '_')}_${n}`, shape: v.shape, dtype: v.dtype, initializer: init, trainable: false,
        collections: ['global_variables'], scope: o.name, api: 'slot', site, nameNode: null, seed: { graph: null, op: null },
      });
    };
    const perVar = (names: [string, InitializerSpec][]): void => { for (const v of vars) for (const [n, i] of names) slot(v, n, i); };
    switch (cls) {
      case 'SGD': if (num('momentum', 0) > 0) perVar([['momentum', zeros]]); break;
      case 'Adam': case 'AdamW': case 'Nadam':
        perVar([['momentum', zeros], ['velocity', zeros]]);
        if (truthy(kw.get('amsgrad') ?? bool(false)) === true) perVar([['velocity_hat', zeros]]);
        break;
      case 'Adamax': perVar([['momentum', zeros], ['norm', zeros]]); break;
      case 'RMSprop':
        perVar([['velocity', zeros]]);
        if (num('momentum', 0) > 0) perVar([['momentum', zeros]]);
        if (truthy(kw.get('centered') ?? bool(false)) === true) perVar([['average_gradient', zeros]]);
        break;
      case 'Adagrad': perVar([['accumulator', { kind: 'constant', value: num('initial_accumulator_value', 0.1), api: 'keras' }]]); break;
      case 'Adadelta': perVar([['accumulated_grad', zeros], ['accumulated_delta_var', zeros]]); break;
      case 'Ftrl': perVar([['accumulator', { kind: 'constant', value: num('initial_accumulator_value', 0.1), api: 'keras' }], ['linear', zeros]]); break;
      case 'Lion': perVar([['momentum', zeros]]); break;
      default: break;
    }
    return unknown();
  }

  private optimizerMethod(o: OptimizerObj, method: string, args: Args, site: CallSite): Value {
    if (o.kind.startsWith('keras:')) return this.kerasOptimizerMethod(o, method, args, site);
    const g = this.graph;
    if (o.kind === 'EMA') {
      if (method === 'apply') {
        for (const v of this.varListOf(args.pos[0] ?? args.kw.get('var_list'))) {
          if (!v.collections.includes('moving_average_variables')) v.collections.push('moving_average_variables');
          this.createSlot(v, o.name, { kind: 'unknown', reason: `starts equal to ${v.name}`, api: 'v1' }, site);
        }
        return { t: 'tensor', shape: null, dtype: null };
      }
      if (method === 'average_name') {
        const v = args.pos[0];
        return v?.t === 'var' ? str(`${this.reg.vars.get(v.v.id)!.name}/${o.name}`) : unknown();
      }
      return unknown();
    }
    if (method === 'compute_gradients') {
      return { t: 'list', items: this.varListOf(args.kw.get('var_list') ?? args.pos[1]).map((v) => ({ t: 'tuple', items: [{ t: 'tensor', shape: v.shape, dtype: v.dtype }, this.varValue(v)] }) as Value) };
    }
    if (method !== 'minimize' && method !== 'apply_gradients') return unknown();
    const vars = method === 'minimize' ? this.varListOf(args.kw.get('var_list') ?? args.pos[2]) : this.varListOf(args.pos[0] ?? args.kw.get('grads_and_vars'));
    if (vars.length === 0) return unknown();
    const num = (k: string, i: number, d: number): number => numOf(o.args.kw.get(k) ?? o.args.pos[i]) ?? d;
    const nonSlot = (n: string, value: number): void => {
      if (o.nonSlot.has(`${n}#${g.id}`)) return;
      o.nonSlot.set(`${n}#${g.id}`, true);
      const name = this.eager ? n : g.uniqueName(n);
      this.addVariable({
        storeKey: null, name, shape: [], dtype: vars[0]!.dtype, initializer: { kind: 'constant', value: value, api: 'v1' }, trainable: false,
        collections: ['global_variables'], scope: g.currentScope.name, api: 'optimizer', site, nameNode: null, seed: { graph: g.seed, op: null },
      });
    };
    const zeros: InitializerSpec = { kind: 'zeros', api: 'v1' };
    switch (o.kind) {
      case 'Adam':
        nonSlot('beta1_power', num('beta1', 1, 0.9));
        nonSlot('beta2_power', num('beta2', 2, 0.999));
        for (const v of vars) { this.createSlot(v, o.name, zeros, site); this.createSlot(v, o.name, zeros, site); }
        break;
      case 'Momentum':
        for (const v of vars) this.createSlot(v, o.name, zeros, site);
        break;
      case 'RMSProp': {
        const centered = truthy(o.args.kw.get('centered') ?? bool(false)) === true;
        for (const v of vars) {
          this.createSlot(v, o.name, { kind: 'ones', api: 'v1' }, site);
          if (centered) this.createSlot(v, o.name, zeros, site);
          this.createSlot(v, o.name, zeros, site);
        }
        break;
      }
      case 'Adagrad': {
        const init = num('initial_accumulator_value', 1, 0.1);
        for (const v of vars) this.createSlot(v, o.name, { kind: 'constant', value: init, api: 'v1' }, site);
        break;
      }
      case 'Adadelta':
        for (const v of vars) { this.createSlot(v, o.name, zeros, site); this.createSlot(v, o.name, zeros, site); }
        break;
      case 'Ftrl': {
        const init = num('initial_accumulator_value', 2, 0.1);
        for (const v of vars) { this.createSlot(v, o.name, { kind: 'constant', value: init, api: 'v1' }, site); this.createSlot(v, o.name, zeros, site); }
        break;
      }
      default:
        break;
    }
    return { t: 'tensor', shape: null, dtype: null };
  }

  /** `slot_creator.create_slot`: `variable_scope(None, default_name=<var>/<name>)`, so repeats get `_1`. */
  private createSlot(primary: VarRecord, name: string, init: InitializerSpec, site: CallSite): void {
    const g = this.graph;
    const prefix = `${primary.name}/${name}`;
    const cur = g.currentScope.name;
    const unique = g.uniqueVariableScope(prefix);
    const full = cur ? `${cur}/${unique}` : unique;
    g.openVariableScope(full);
    g.closeVariableSubscopes(full);
    const opName = this.eager ? full : g.uniqueRootName(full);
    const rec = this.addVariable({
      storeKey: `${full}/`, name: opName, shape: primary.shape, dtype: primary.dtype, initializer: init, trainable: false,
      collections: ['global_variables'], scope: full, api: 'slot', site, nameNode: null, seed: { graph: g.seed, op: null },
    });
    if (!this.eager) g.store.set(`${full}/`, rec);
  }

  /** `tf.metrics.*`: local, non-trainable `total`/`count`-style variables under the metric's scope. */
  private metric(kind: string, args: Args, site: CallSite): Value {
    const nameArg = args.kw.get('name');
    const dflt = kind;
    const scoped = (name: Value | undefined, d: string, body: () => void): void => {
      const ctx = this.variableScope({ pos: [name ?? NONE, str(d)], kw: new Map(), posNodes: [null, null], kwNodes: new Map() }, site, false) as Value & { t: 'ctx' };
      ctx.ctx.enter();
      try { body(); } finally { ctx.ctx.exit(); }
    };
    const local = (n: string, shape: number[]): void => {
      const g = this.graph;
      const opName = this.eager ? (g.nameStack ? `${g.nameStack}/${n}` : n) : g.uniqueName(n);
      this.addVariable({
        storeKey: null, name: opName, shape, dtype: 'float32', initializer: { kind: 'zeros', api: 'v1' }, trainable: false,
        collections: ['local_variables', 'metric_variables'], scope: g.currentScope.name, api: 'metric', site, nameNode: null, seed: { graph: g.seed, op: null },
      });
    };
    const meanVars = (): void => { local('total', []); local('count', []); };
    const count = (d: string): void => scoped(undefined, d, () => local('count', []));
    switch (kind) {
      case 'mean': case 'accuracy': case 'mean_squared_error': case 'mean_absolute_error': case 'root_mean_squared_error':
        // accuracy/mse/mae/rmse call mean(..., name or '<metric>'): one scope, total and count.
        scoped(nameArg, dflt, meanVars);
        break;
      case 'precision':
        scoped(nameArg, dflt, () => { count('true_positives'); count('false_positives'); });
        break;
      case 'recall':
        scoped(nameArg, dflt, () => { count('true_positives'); count('false_negatives'); });
        break;
      case 'auc': {
        const n = numOf(args.kw.get('num_thresholds')) ?? 200;
        scoped(nameArg, dflt, () => { for (const k of ['true_positives', 'false_negatives', 'true_negatives', 'false_positives']) local(k, [n]); });
        break;
      }
      default:
        break;
    }
    return { t: 'tuple', items: [{ t: 'tensor', shape: [], dtype: 'float32' }, { t: 'tensor', shape: [], dtype: 'float32' }] };
  }

  // ---------- quick fixes ----------

  private reuseFixes(site: CallSite, scope: VarScope): QuickFix[] {
    const fixes: QuickFix[] = [];
    const scopeSite = (scope as VarScope & { site?: CallSite }).site;
    if (scopeSite && scope.name) {
      const argList = scopeSite.node.childForFieldName('arguments');
      if (argList && argList.type === 'argument_list') {
        const has = argList.namedChildren.some((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'reuse');
        if (!has) {
          const close = argList.endPosition;
          const prefix = tfPrefix(scopeSite.node);
          const mk = (text: string): QuickFix => ({
            title: `Add ${text.trim().replace(/^, /, '')} to variable_scope('${scope.name.split('/').pop()}')`,
            edits: [{ file: scopeSite.file, line: close.row + 1, column: close.column, endLine: close.row + 1, endColumn: close.column, newText: text }],
          });
          fixes.push(mk(`, reuse=${prefix}AUTO_REUSE`));
          fixes.push(mk(', reuse=True'));
        }
      }
    }
    const wrap = this.wrapInReuseFix(site);
    if (wrap) fixes.push(wrap);
    return fixes;
  }

  private autoReuseFixes(_site: CallSite, scope: VarScope): QuickFix[] {
    const scopeSite = (scope as VarScope & { site?: CallSite }).site;
    if (!scopeSite) return [];
    const argList = scopeSite.node.childForFieldName('arguments');
    const kw = argList?.namedChildren.find((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'reuse');
    const val = kw?.childForFieldName('value');
    if (!val) return [];
    const prefix = tfPrefix(scopeSite.node);
    return [{
      title: 'Use reuse=AUTO_REUSE (create the variable when it does not exist yet)',
      edits: [{ file: scopeSite.file, line: val.startPosition.row + 1, column: val.startPosition.column + 1, endLine: val.endPosition.row + 1, endColumn: val.endPosition.column + 1, newText: `${prefix}AUTO_REUSE` }],
    }];
  }

  /** Wraps the raising statement in `with variable_scope(get_variable_scope(), reuse=True):`. */
  private wrapInReuseFix(site: CallSite): QuickFix | undefined {
    let stmt: Node | null = site.node;
    while (stmt && stmt.type !== 'expression_statement') stmt = stmt.parent;
    if (!stmt || stmt.startPosition.row !== stmt.endPosition.row) return undefined;
    const prefix = tfPrefix(site.node);
    const indent = ' '.repeat(stmt.startPosition.column);
    const text = `with ${prefix}variable_scope(${prefix}get_variable_scope(), reuse=True):\n${indent}    ${stmt.text}`;
    return {
      title: 'Wrap this lookup in variable_scope(..., reuse=True)',
      edits: [{ file: site.file, line: stmt.startPosition.row + 1, column: stmt.startPosition.column + 1, endLine: stmt.endPosition.row + 1, endColumn: stmt.endPosition.column + 1, newText: text }],
    };
  }

  private moveInitFixes(site: CallSite, init: SourceLocation): QuickFix[] {
    if (init.file !== site.file) return [];
    // The top-level statement that creates this variable, and the init op's statement.
    let stmt: Node | null = site.node;
    while (stmt?.parent && stmt.parent.type !== 'module') stmt = stmt.parent;
    if (!stmt || stmt.parent?.type !== 'module') return [];
    const root = stmt.parent;
    let initStmt: Node | null = null;
    for (const c of root.namedChildren) {
      if (c && c.startPosition.row + 1 <= init.line && c.endPosition.row + 1 >= init.line) initStmt = c;
    }
    if (!initStmt || initStmt.startPosition.row !== initStmt.endPosition.row || initStmt.startIndex >= stmt.startIndex) return [];
    const initText = initStmt.text;
    const after = stmt.endPosition.row + 1;
    return [{
      title: 'Move the initializer op after the last variable',
      edits: [
        { file: site.file, line: initStmt.startPosition.row + 1, column: 1, endLine: initStmt.startPosition.row + 2, endColumn: 1, newText: '' },
        { file: site.file, line: after + 1, column: 1, endLine: after + 1, endColumn: 1, newText: `${initText}\n` },
      ],
    }];
  }

  // ---------- seeds (seeds.ts) ----------

  /**
   * Seeds consumed by calls the analysis does not otherwise model: TF random ops run eagerly (an op seed
   * drawn, a kernel run) and `keras.random.*` (Keras's global SeedGenerator, or a new one).
   */
  private randomCallSeeds(api: ApiFamily, name: string, args: Args, site: CallSite): void {
    if (api === 'keras') {
      if (/^(initializers|layers|models|saving)\.(get|deserialize|from_config|clone_model|model_from_json|model_from_config|load_model)$/.test(name)) {
        this.seeds.taintPython(`keras.${name} creates objects whose seed draws the analysis does not follow`);
        return;
      }
      const m = /^random\.(\w+)$/.exec(name);
      if (!m) return;
      const sv = args.kw.get('seed');
      const seed = sv === undefined || sv.t === 'none' ? null : numOf(sv);
      if (m[1] === 'SeedGenerator') {
        // a SeedGenerator owns its state variable ([seed, 0]; make_default_seed() without seed)
        const pv = sv ?? args.pos[0];
        if (pv !== undefined && pv.t !== 'none' && numOf(pv) === undefined) this.seeds.taintPython('a keras.random.SeedGenerator\'s seed is not known statically');
        this.pendingSeedGen = null;
        this.seedGenerator(pv, site);
      } else if (sv === undefined || sv.t === 'none') {
        // Keras's global SeedGenerator, created (with its state variable) on first use after set_random_seed
        if (this.seeds.kerasGlobalGenerator()) {
          this.pendingSeedGen = null;
          this.seedGenerator(undefined, site);
        }
      }
      else if (seed === undefined && sv.t !== 'instance') this.seeds.taintPython(`keras.random.${m[1]}'s seed= is not known statically`);
      return;
    }
    if (name === 'nn.dropout') return this.dropoutSeeds(api, args);
    if (/^(random\.(?!(normal|uniform|truncated_normal|set_seed|set_random_seed|get_seed|Generator(\.\w+)?|get_global_generator|set_global_generator|(experimental\.)?stateless_\w+)$)[\w.]+|random_(crop|shuffle|gamma|poisson)|multinomial|nn\.dropout|nn\.\w+_candidate_sampler|image\.(random_\w+|sample_distorted_bounding_box)|data\.Dataset\.shuffle|train\.(shuffle_batch\w*|\w*input_producer))$/.test(name)) {
      if (this.eager) this.seeds.taintTf(`tf.${name} draws random numbers the analysis does not follow`);
      else this.seeds.taintGraph(this.graph.id, `tf.${name} creates random ops the analysis does not follow`);
    }
  }

  /**
   * `tf.nn.dropout(x, rate, noise_shape, seed)` (v1: `keep_prob` second): one `random_uniform(noise_shape,
   * seed, dtype=x.dtype)` op (rate 0: only `get_seed`, TF's "dummy RNG step"), taking an op seed and a kernel run.
   */
  private dropoutSeeds(api: ApiFamily, args: Args): void {
    const x = args.pos[0] ?? args.kw.get('x');
    const seedV = args.kw.get('seed') ?? args.pos[3];
    const s = numOf(seedV);
    const seed: SeedArg = s !== undefined ? s : seedV && seedV.t !== 'none' ? 'unknown' : null;
    const rateV = args.kw.get('rate') ?? (api === 'v1' ? undefined : args.pos[1]);
    const keepV = api === 'v1' ? args.kw.get('keep_prob') ?? args.pos[1] : undefined;
    const rate = rateV && rateV.t !== 'none' ? numOf(rateV) : keepV && keepV.t !== 'none' && numOf(keepV) !== undefined ? 1 - numOf(keepV)! : undefined;
    const noiseV = args.kw.get('noise_shape') ?? args.pos[2];
    const shape = rate === 0 ? [0] : noiseV && noiseV.t !== 'none' ? shapeOf(noiseV) : x ? this.shapeOfValue(x) : null;
    const dtype = (x?.t === 'tensor' ? x.dtype : x?.t === 'var' ? this.reg.vars.get(x.v.id)?.dtype : null) ?? 'float32';
    const spec: InitializerSpec = { kind: 'random_uniform', minval: 0, maxval: 1, api: 'v1' };
    if (this.eager) this.ranEagerly(spec, shape, dtype, seed, false);
    else this.createdInGraph(spec, seed, false);
  }

  /** Python's `random` module: `seed`, the draws the analysis reproduces, and the rest (which taint it). */
  private pythonRandom(fn: string, args: Args): Value {
    const a = args.pos;
    switch (fn) {
      case 'seed': {
        const a0 = a[0] ?? args.kw.get('a');
        const s = numOf(a0);
        this.seeds.seedPython(s !== undefined ? s : a0 && a0.t !== 'none' ? 'unknown' : null, `random.seed(${s ?? (a0 ? '?' : '')})`, false);
        return NONE;
      }
      case 'Random': case 'SystemRandom': case 'getstate':
        return unknown(`random.${fn}`); // separate generators; getstate draws nothing
      case 'randint': case 'random': case 'uniform': case 'getrandbits': {
        const ns = a.map(numOf);
        if (ns.some((x) => x === undefined)) {
          this.seeds.taintPython(`random.${fn} with arguments the analysis cannot evaluate`);
          return unknown(`random.${fn}`);
        }
        const r = this.seeds.pythonCall(fn, ns as number[]);
        return r === undefined ? unknown(`random.${fn}`) : fn === 'random' || fn === 'uniform' ? float(r) : int(r);
      }
      case 'choice': {
        const seq = a[0];
        const items = seq && (seq.t === 'list' || seq.t === 'tuple') ? seq.items : seq?.t === 'str' ? [...seq.v].map(str) : undefined;
        if (!items) {
          this.seeds.taintPython('random.choice over a sequence the analysis cannot evaluate');
          return unknown('random.choice');
        }
        const i = this.seeds.pythonCall('choice', [], items.length);
        return i === undefined ? unknown('random.choice') : items[i]!;
      }
      default:
        this.seeds.taintPython(`the program calls random.${fn}, which the analysis does not reproduce`);
        return unknown(`random.${fn}`);
    }
  }

  /** Records that `spec`'s stateful op ran eagerly now (`seed`: its seed= argument). */
  private ranEagerly(spec: InitializerSpec, shape: Shape | undefined, dtype: string, seed: SeedArg, remember = true): SeedInfo {
    const n = shape && shape.every((d) => d !== null) ? (shape as number[]).reduce((a, b) => a * b, 1) : null;
    const info = this.seeds.eagerOp({ type: statefulOpType(spec.kind, spec.distribution, dtype), dtype, n, seed });
    if (spec.api === 'v2') info.stateful = true;
    if (remember) this.opSeeds.set(spec, info);
    return info;
  }

  /**
   * Records that `spec`'s stateful op was created in the current graph (`seed`: its seed= argument): TF 2
   * numbers unseeded random ops per graph when a graph seed is set; TF 1.x-era programs (`legacy`) used the
   * graph's op count instead, which stays a runtime dependency.
   */
  private createdInGraph(spec: InitializerSpec, seed: SeedArg, remember = true): SeedInfo {
    const g = this.graph;
    let info: SeedInfo;
    if (seed === 'unknown') {
      if (g.seed !== null) this.seeds.taintGraph(g.id, 'an earlier random op\'s seed= is not known statically');
      info = { graph: g.seed, op: null, dependsOnRuntime: true, note: 'this op\'s seed= is not known statically; values come from our own seeded generator with the same distribution' };
    } else if (seed !== null || g.seed === null || this.legacy) info = { graph: g.seed, op: seed };
    else if (Number.isNaN(g.seed)) {
      this.seeds.taintGraph(g.id, 'the graph seed is not known statically');
      info = { graph: g.seed, op: null };
    } else info = this.seeds.graphOp(g.id, g.seed);
    if (remember) this.opSeeds.set(spec, info);
    return info;
  }

  /** `copy` stands for the same op as `spec` (its seeds carry over). */
  private sameOp(spec: InitializerSpec, copy: InitializerSpec): InitializerSpec {
    const known = this.opSeeds.get(spec);
    if (known) this.opSeeds.set(copy, known);
    return copy;
  }

  /** True when `spec` runs TF's stateful op: v1 initializers and random tensors, TF2's `tf.random_*_initializer` without seed=. */
  private isStateful(spec: InitializerSpec): boolean {
    if (!RANDOM_KINDS.has(spec.kind) || Array.isArray(spec.seed)) return false;
    if (spec.api === 'v1') return true;
    return spec.api === 'v2' && typeof spec.seed !== 'number' && !this.kerasSeeds.has(spec);
  }

  /**
   * The seeds of a variable initialized from `spec`: those of the op that made its value (`ranAlready`:
   * a tensor), or, in eager mode, of the initializer's op run now; graph mode keeps (graph, op).
   */
  private variableSeed(spec: InitializerSpec, shape: Shape | undefined, dtype: string, ranAlready: boolean): SeedInfo {
    const known = ranAlready ? this.opSeeds.get(spec) : undefined;
    if (known) return { ...known };
    // NumPy's values carry their own stream (spec.seed, spec.draws): no TensorFlow seeds are involved
    if (spec.kind === 'numpy_random') return { graph: null, op: null };
    const op = typeof spec.seed === 'number' ? spec.seed : null;
    const stateful = this.isStateful(spec);
    // an initializer object makes a new op for each variable: its seeds are not remembered on the object
    if (!this.eager) {
      const info: SeedInfo = stateful && !ranAlready ? this.createdInGraph(spec, op, false) : { graph: this.graph.seed, op };
      return stateful && spec.api === 'v2' ? { ...info, stateful: true } : info;
    }
    if (!stateful) return { graph: this.globalSeed, op };
    if (ranAlready) {
      return { graph: this.globalSeed, op, dependsOnRuntime: true, note: 'the analysis lost track of the eager random op that made this value (its seeds and kernel state); values come from our own seeded generator' };
    }
    return this.ranEagerly(spec, shape, dtype, op, false);
  }

  /** Last word on a variable's seeds: an unknown global seed, and Keras initializers' drawn seeds. */
  private settleSeed(seed: SeedInfo, spec: InitializerSpec): void {
    if (typeof seed.graph === 'number' && Number.isNaN(seed.graph)) {
      seed.graph = null;
      seed.dependsOnRuntime = true;
      seed.note ??= 'the global seed given to set_seed is not known statically; values come from our own seeded generator with the same distribution';
    }
    const k = this.kerasSeeds.get(spec);
    if (!(k || spec.api === 'keras') || !RANDOM_KINDS.has(spec.kind) || Array.isArray(spec.seed)) return;
    if (typeof spec.seed === 'number') {
      seed.op = spec.seed;
      if (k?.drawn) seed.drawn = 'python';
      return;
    }
    let note = k?.note;
    if (note === undefined) {
      // a Keras initializer whose construction the analysis did not follow: where its seed was drawn is unknown
      this.seeds.taintPython(`a Keras ${spec.kind} initializer was created where the analysis did not follow its seed`);
      note = 'the analysis did not follow where Keras drew this initializer\'s seed; values come from our own seeded generator with the same distribution';
    }
    seed.op = null;
    seed.dependsOnRuntime = true;
    seed.note = note;
  }

  /** A Keras initializer instance just created: an unseeded random one draws `make_default_seed()` now. */
  private kerasInstance(spec: InitializerSpec, what: string, seedArg?: Value): InitializerSpec {
    if (this.kerasSeeds.has(spec)) return spec;
    if (!RANDOM_KINDS.has(spec.kind) || typeof spec.seed === 'number') {
      this.kerasSeeds.set(spec, { drawn: false });
      return spec;
    }
    if (seedArg && seedArg.t !== 'none') {
      // seed= given but not known statically: maybe None (a draw), maybe not
      this.seeds.taintPython(`the seed= of a Keras ${spec.kind} initializer is not known statically`);
      this.kerasSeeds.set(spec, { drawn: false, note: 'this initializer\'s seed= is not known statically; values come from our own seeded generator with the same distribution' });
      return spec;
    }
    const d = this.seeds.kerasSeed(what);
    if ('seed' in d) {
      spec.seed = d.seed;
      this.kerasSeeds.set(spec, { drawn: true });
    } else this.kerasSeeds.set(spec, { drawn: false, note: d.note });
    return spec;
  }

  /** Keras's `from_config(get_config())` clone: the same seed when one was given, a fresh draw otherwise. */
  kerasClone(spec: InitializerSpec, what: string): InitializerSpec {
    const k = this.kerasSeeds.get(spec);
    if (!RANDOM_KINDS.has(spec.kind) || (typeof spec.seed === 'number' && !k?.drawn)) return spec;
    if (!k && spec.api !== 'keras') return spec;
    return this.kerasInstance({ ...spec, seed: null }, what);
  }

  /**
   * `initializers.get(v or dflt)` in a Keras constructor: a string or class makes a new instance (drawing
   * when unseeded), an instance is kept (`fromConfig`: cloned, as a layer rebuilt from its config does).
   * Null when the value makes no Keras initializer the analysis models.
   */
  private kerasInitAt(v: Value | undefined, dflt: string, fromConfig: boolean, what: string): InitializerSpec | null {
    if (!v || v.t === 'none') return this.kerasInstance(this.initializerFromValue(str(dflt), 'keras'), what);
    if (v.t === 'init') return fromConfig ? this.kerasClone(v.spec, what) : v.spec;
    if (v.t === 'func' || v.t === 'partial' || v.t === 'bound' || v.t === 'tensor') return null; // called as given: no draw
    if (v.t === 'str' || v.t === 'tf') {
      const spec = this.initializerFromValue(v, 'keras');
      if (spec.kind !== 'unknown') return this.kerasInstance(spec, what);
    }
    this.seeds.taintPython(`the ${what} is not one the analysis models (it may draw a seed)`);
    return null;
  }

  /** A Keras layer's constructor: its initializers and SeedGenerator draw in Keras's order (seeds.ts). */
  private kerasConstructorDraws(l: LayerObj, fromConfig = false): void {
    this.pendingSeedGen = null;
    const steps = KERAS_CTOR_DRAWS[l.kind];
    if (!steps) {
      if (KERAS_NO_DRAWS.has(l.kind)) this.pendingSeedGen = 'none';
      else this.seeds.taintPython(`keras.layers.${l.kind} may draw seeds the analysis does not follow`);
      return;
    }
    this.pendingSeedGen = 'none';
    const c = l.config;
    const seedV = c.get('seed');
    const seedArg = seedV === undefined || seedV.t === 'none' ? null : numOf(seedV);
    for (const st of steps) {
      if ('init' in st) {
        const spec = this.kerasInitAt(c.get(st.init), st.dflt, fromConfig, `${l.kind} ${st.init.replace(/_/g, ' ')}`);
        if (spec) l.inits.set(st.init, spec);
        else l.inits.delete(st.init);
        continue;
      }
      if ('seedGen' in st && st.when) {
        const w = c.get(st.when);
        const x = w === undefined || w.t === 'none' ? st.dflt : numOf(w);
        if (x === undefined) {
          this.seeds.taintPython(`${l.kind}'s ${st.when} is not known statically (a seed is drawn when it is > 0)`);
          continue;
        }
        if (!(x > 0)) continue;
      }
      if (seedArg === undefined) {
        this.seeds.taintPython(`${l.kind}'s seed= is not known statically`);
        if ('seedGen' in st) this.pendingSeedGen = { note: `${l.kind}'s seed= is not known statically` };
        continue;
      }
      if (seedArg !== null) {
        if ('seedGen' in st) this.pendingSeedGen = { seed: seedArg };
        continue;
      }
      const d = this.seeds.kerasSeed(`${l.kind} SeedGenerator`);
      if ('seedGen' in st) this.pendingSeedGen = d;
    }
  }

  /** MultiHeadAttention.build: its Dropout sublayer (before the output projection) owns a SeedGenerator when dropout > 0. */
  mhaBuildDraws(c: Map<string, Value>, site: CallSite): void {
    const g = c.get('use_gate');
    if (g && truthy(g) !== false) this.seeds.taintPython('MultiHeadAttention(use_gate=...) builds a gate projection the analysis does not follow');
    const dv = c.get('dropout');
    const rate = dv === undefined || dv.t === 'none' ? 0 : numOf(dv);
    const sv = c.get('seed');
    if (rate === undefined || (sv !== undefined && sv.t !== 'none' && numOf(sv) === undefined)) {
      this.seeds.taintPython('MultiHeadAttention\'s dropout or seed is not known statically');
      return;
    }
    if (rate > 0) this.seedGenerator(sv, site);
  }

  // ---------- initializers ----------

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
        if (kind) return this.makeInitializer(kind, c.api === 'tf' ? (this.legacy ? 'v1' : 'v2') : c.api, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, c.name);
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

  /** `tensor[i]`: graph ops `strided_slice`; an int index drops the first dimension. */
  subscript(obj: Value, key: Value): Value | undefined {
    const shape = this.shapeOfValue(obj);
    const dtype = obj.t === 'tensor' ? obj.dtype : obj.t === 'var' ? this.reg.vars.get(obj.v.id)!.dtype : null;
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: key.t === 'int' && shape ? shape.slice(1) : null, dtype };
    if (!this.eager) out.op = this.graph.uniqueName('strided_slice');
    return out;
  }

  /**
   * Arithmetic between tensors/variables/numbers: NumPy broadcasting of the known shapes. A tensor whose
   * value is known (an initializer's) and a scalar give that value with one more elementwise step
   * (`post`), in TF's dtype rules (NumPy's for NumPy arrays). Graph mode: the op takes its name.
   */
  binop(op: string, l: Value, r: Value, opName: string | null = ARITH_OP_NAMES[op] ?? null): Value | undefined {
    const tl = l.t === 'tensor' || l.t === 'var';
    const tr = r.t === 'tensor' || r.t === 'var';
    if (!tl && !tr) return undefined;
    const sl = tl ? this.shapeOfValue(l) : r.t === 'int' || r.t === 'float' || l.t === 'int' || l.t === 'float' ? [] : null;
    const sr = tr ? this.shapeOfValue(r) : l.t === 'int' || l.t === 'float' || r.t === 'int' || r.t === 'float' ? [] : null;
    const dtype = l.t === 'tensor' ? l.dtype : l.t === 'var' ? this.reg.vars.get(l.v.id)!.dtype : r.t === 'tensor' ? r.dtype : r.t === 'var' ? this.reg.vars.get(r.v.id)!.dtype : null;
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: broadcast(sl, sr), dtype };
    const numpyOnly = (l.t !== 'tensor' || !!l.np) && (r.t !== 'tensor' || !!r.np) && l.t !== 'var' && r.t !== 'var';
    if (!this.eager && !numpyOnly && opName) this.graph.uniqueName(opName);
    const step = this.arithStep(op, l, r, numpyOnly);
    if ('init' in step) {
      out.dtype = step.dtype;
      out.init = step.init;
      if (numpyOnly) out.np = true;
    } else if (step.why) out.init = { kind: 'unknown', reason: step.why };
    return out;
  }

  /** `-x` on a tensor: its known value negated (TF's Neg, NumPy's negative). */
  unop(op: string, v: Value, opName: string | null = 'Neg'): Value | undefined {
    if (v.t !== 'tensor') return undefined;
    if (op === '+') return v;
    if (op !== '-') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
    if (!this.eager && !v.np && opName) this.graph.uniqueName(opName);
    const out: Value & { t: 'tensor' } = { t: 'tensor', shape: v.shape, dtype: v.dtype, ...(v.np ? { np: true } : {}) };
    if (v.init && v.init.kind !== 'unknown' && v.dtype && !/^(uint|bool)/.test(v.dtype)) out.init = this.withPost(v.init, v.dtype, [{ op: 'neg', by: v.np ? 'numpy' : this.eager ? 'eager' : 'graph' }]);
    else if (v.init) out.init = { kind: 'unknown', reason: v.init.kind === 'unknown' ? String(v.init.reason ?? 'value unknown') : `negating ${v.dtype} values is not followed` };
    return out;
  }

  /** `init` followed by `steps` (the values' dtype before them: `dtype`); the op's seeds carry over. */
  private withPost(init: InitializerSpec, dtype: string, steps: PostOp[]): InitializerSpec {
    const post = [...(init.post ?? []), ...steps];
    return this.sameOp(init, { ...init, post, baseDtype: init.post?.length ? init.baseDtype : dtype });
  }

  /**
   * The value of `l op r` when one side is a tensor with a known value and the other a scalar (a Python
   * number or a scalar constant tensor): its dtype and initializer with one more step; else why not (or
   * nothing to say when neither side had a known value).
   */
  private arithStep(op: string, l: Value, r: Value, numpy: boolean): { dtype: string; init: InitializerSpec } | { why: string | null } {
    const known = (v: Value): v is Value & { t: 'tensor'; init: InitializerSpec; dtype: string } => v.t === 'tensor' && !!v.init && v.init.kind !== 'unknown' && v.dtype !== null;
    const scalarOf = (v: Value): { value: number; py: 'int' | 'float' | null; dtype: string | null; np?: string } | undefined => {
      if (v.t === 'int' || v.t === 'bool') return { value: numOf(v)!, py: 'int', dtype: null, ...(v.t === 'int' && v.np ? { np: v.np } : {}) };
      if (v.t === 'float') return { value: v.v, py: 'float', dtype: null, ...(v.np ? { np: v.np } : {}) };
      if (v.t === 'tensor' && v.init && !v.init.post?.length && (v.shape?.length === 0) && v.dtype) {
        const x = v.init.kind === 'zeros' ? 0 : v.init.kind === 'ones' ? 1 : v.init.kind === 'constant' && typeof v.init.value === 'number' ? v.init.value : undefined;
        if (x !== undefined) return { value: x, py: null, dtype: v.dtype };
      }
      return undefined;
    };
    const unknownWhy = (v: Value): string | null => (v.t === 'tensor' && v.init?.kind === 'unknown' ? String(v.init.reason ?? 'value unknown') : null);
    const name = ({ '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' } as Record<string, PostOp['op']>)[op];
    let base: (Value & { t: 'tensor'; init: InitializerSpec; dtype: string }) | undefined;
    let sc: ReturnType<typeof scalarOf>;
    let left = false;
    const sr = scalarOf(r);
    const sl = scalarOf(l);
    if (known(l) && sr) { base = l; sc = sr; }
    else if (known(r) && sl) { base = r; sc = sl; left = true; }
    if (!base || !sc) {
      const why = unknownWhy(l) ?? unknownWhy(r);
      if (why) return { why };
      return { why: known(l) || known(r) ? 'arithmetic between two tensors (or with a variable) is not followed' : null };
    }
    if (!name) return { why: `the ${op} operator on a tensor's values is not followed` };
    const by: PostOp['by'] = numpy ? 'numpy' : this.eager ? 'eager' : 'graph';
    const bt = base.dtype;
    const isInt = /^u?int\d+$/.test(bt);
    if (!isInt && !isFloatDtype(bt)) return { why: `arithmetic on ${bt} values is not followed` };
    const steps: PostOp[] = [];
    let dtype = bt;
    if (sc.dtype !== null && sc.dtype !== bt) return { why: `TensorFlow raises: ${op} between ${bt} and ${sc.dtype} tensors` };
    // NumPy: a NumPy scalar (np.float64(...), np.sqrt(...)) is typed, and promotes the array (NEP 50)
    const promoted = numpy && sc.np ? npResult(bt, sc.np, isFloatDtype(bt) || sc.np.startsWith('float') || name === 'div') : undefined;
    if (promoted && promoted !== bt && !(isInt && name === 'div')) {
      steps.push({ op: 'cast', dtype: promoted, by });
      dtype = promoted;
      steps.push({ op: name, value: sc.value, ...(left && (name === 'sub' || name === 'div') ? { left: true } : {}), by });
      return { dtype, init: this.withPost(base.init, bt, steps) };
    }
    if (isInt) {
      if (!numpy && sc.py === 'float') return { why: `TensorFlow raises TypeError: Cannot convert ${sc.value} to EagerTensor of dtype ${bt}` };
      // true division of integers is done in floating point (TF: float64 for 32/64-bit ints; NumPy: float64)
      if (name === 'div' || sc.py === 'float') {
        dtype = numpy || /64|32/.test(bt) ? 'float64' : 'float32';
        steps.push({ op: 'cast', dtype, by });
      }
    }
    steps.push({ op: name, value: sc.value, ...(left && (name === 'sub' || name === 'div') ? { left: true } : {}), by });
    return { dtype, init: this.withPost(base.init, bt, steps) };
  }

  asTensor(v: Value): Value & { t: 'tensor' } {
    if (v.t === 'tensor') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
    if (v.t === 'var') { const r = this.reg.vars.get(v.v.id)!; return { t: 'tensor', shape: r.shape, dtype: r.dtype }; }
    const lit = literalTensor(v);
    return { t: 'tensor', shape: lit?.shape ?? null, dtype: lit?.dtype ?? null };
  }

  shapeOfValue(v: Value): (number | null)[] | null {
    if (v.t === 'tensor') return v.shape;
    if (v.t === 'var') return this.reg.vars.get(v.v.id)!.shape;
    return literalTensor(v)?.shape ?? null;
  }

  private resolveReshape(src: Shape, target: Shape): Shape {
    if (!target) return null;
    const idx = target.findIndex((d) => d === -1);
    if (idx < 0) return target;
    if (!src || src.some((d) => d === null)) return target.map((d) => (d === -1 ? null : d));
    const total = src.reduce<number>((a, b) => a * b!, 1);
    const known = target.reduce<number>((a, b) => (b === -1 || b === null ? a : a * b), 1);
    return target.map((d) => (d === -1 ? total / known : d));
  }

  // ---------- layers ----------


  private kerasUniquify(base: string): string {
    const n = this.kerasUids.get(base) ?? 0;
    this.kerasUids.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  }

  /** `Bidirectional(layer)`: Keras 3 rebuilds `forward_<name>` and `backward_<name>` copies from the layer's config. */
  private makeBidirectional(args: Args, site: CallSite): Value {
    const inner = args.pos[0] ?? args.kw.get('layer');
    const innerL = inner?.t === 'layer' ? this.reg.layers.get(inner.l.id) : undefined;
    const name = strOf(args.kw.get('name')) ?? this.kerasUniquify('bidirectional');
    const back = args.kw.get('backward_layer') ?? args.pos[3];
    if (back && back.t !== 'none') this.seeds.taintPython('Bidirectional(backward_layer=...) is not followed (which layers it rebuilds, drawing seeds)');
    const config = new Map<string, Value>([['merge_mode', args.kw.get('merge_mode') ?? args.pos[1] ?? str('concat')]]);
    const l: LayerObj = { id: freshId(), kind: 'Bidirectional', api: 'keras', name, config, inits: new Map(), built: false, weights: [], site };
    this.reg.layers.set(l.id, l);
    if (innerL) {
      for (const dir of ['forward', 'backward']) {
        const copy: LayerObj = { ...innerL, id: freshId(), name: `${dir}_${innerL.name}`, config: new Map(innerL.config), inits: new Map(), built: false, weights: [] };
        this.reg.layers.set(copy.id, copy);
        // Keras rebuilds each direction from the layer's config: unseeded initializers and generators draw again
        this.kerasConstructorDraws(copy, true);
        if (['LSTM', 'GRU', 'SimpleRNN'].includes(copy.kind)) this.seedGenerator(copy.config.get('seed'), site);
        this.pendingSeedGen = null;
        config.set(dir, { t: 'layer', l: { id: copy.id } });
      }
    }
    return { t: 'layer', l: { id: l.id } };
  }

  private makeKerasLayer(cls0: string, args: Args, site: CallSite, api: ApiFamily): Value {
    const cls = KERAS_LAYER_ALIASES[cls0] ?? cls0;
    if (cls === 'Bidirectional') return this.makeBidirectional(args, site);
    const config = new Map<string, Value>();
    const positional: Readonly<Record<string, readonly string[]>> = KERAS_POSITIONAL;
    (positional[cls] ?? []).forEach((k, i) => { if (args.pos[i]) config.set(k, args.pos[i]!); });
    for (const [k, v] of args.kw) config.set(k, v);
    const name = strOf(config.get('name')) ?? null;
    const l: LayerObj = { id: freshId(), kind: cls, api, name: name ?? this.kerasUniquify(snakeCase(cls)), config, inits: new Map(), built: false, weights: [], site };
    this.reg.layers.set(l.id, l);
    if (cls === 'InputLayer') {
      // `InputLayer(shape=...)` (Keras 3), `batch_shape=`, or the deprecated `input_shape=` / `batch_input_shape=`.
      const shape = config.get('shape') ?? config.get('input_shape');
      const batch = config.get('batch_shape') ?? config.get('batch_input_shape');
      const s = shape && shape.t !== 'none' ? shapeOf(shape) : null;
      const bs = s ? [numOf(config.get('batch_size')) ?? null, ...s] : batch && batch.t !== 'none' ? shapeOf(batch) : null;
      l.built = true;
      if (bs) config.set('__batch_shape', shapeValue(bs));
      return { t: 'layer', l: { id: l.id } };
    }
    this.kerasConstructorDraws(l);
    // Keras 3 layers that draw random numbers own a SeedGenerator, whose state variable exists from construction.
    const rate = numOf(config.get('rate'));
    if (ownsSeedGenerator(cls, rate)) {
      this.seedGenerator(config.get('seed'), site);
    }
    // Keras's Layer takes `input_shape=` / `input_dim=` (Embedding's input_dim is its vocabulary size).
    const inputShape = config.get('input_shape') ?? (cls === 'Embedding' ? undefined : config.get('input_dim'));
    if (inputShape && inputShape.t !== 'none') {
      const s = inputShape.t === 'int' ? [inputShape.v] : shapeOf(inputShape);
      if (s) l.config.set('__pending_input_shape', shapeValue([null, ...s]));
    }
    return { t: 'layer', l: { id: l.id } };
  }

  /** `keras.Sequential(layers)`: Keras 3 adds each layer without rebuilding, then rebuilds once. */
  private makeSequential(args: Args, site: CallSite): Value {
    const layersV = args.pos[0] ?? args.kw.get('layers');
    const items = layersV && (layersV.t === 'list' || layersV.t === 'tuple') ? [...layersV.items] : [];
    const l: LayerObj = { id: freshId(), kind: 'Sequential', api: 'keras', name: strOf(args.kw.get('name')) ?? this.kerasUniquify('sequential'), config: new Map([['layers', { t: 'list', items: [] }]]), inits: new Map(), built: false, weights: [], site };
    this.reg.layers.set(l.id, l);
    for (const item of items) this.sequentialAdd(l, item, site, false);
    if (items.length) this.sequentialRebuild(l, site);
    return { t: 'layer', l: { id: l.id } };
  }

  /**
   * `Sequential.add(layer)` as Keras 3 does it: a first layer with `input_shape=` brings an InputLayer, a
   * `keras.Input` tensor or an InputLayer sets the model's input (`__batch_shape`, kept apart from `layers`,
   * which like Keras's `model.layers` omits it); with `rebuild`, a model with a known input builds at once.
   */
  private sequentialAdd(l: LayerObj, item: Value, site: CallSite, rebuild = true): void {
    const layers = l.config.get('layers') as { items: Value[] };
    let input: Shape | undefined;
    if (item.t === 'tensor' && !item.kl?.length) input = item.shape; // keras.Input(...): its InputLayer
    else if (item.t === 'layer') {
      const il = this.reg.layers.get(item.l.id)!;
      if (il.kind === 'InputLayer') input = shapeOf(il.config.get('__batch_shape'));
      else if (!layers.items.length && !l.config.has('__batch_shape')) {
        const pending = il.config.get('__pending_input_shape');
        if (pending) l.config.set('__batch_shape', pending);
      }
    } else return; // Keras raises: only layers can be added (not followed)
    if (input !== undefined) {
      const prev = l.config.get('__batch_shape');
      if (prev) {
        this.raise(site, 'ValueError', `Sequential model '${l.name}' has already been configured to use input shape ${tensorShapeStr(shapeOf(prev))}. You cannot add a different Input layer to it.`, 'sequential-input');
        return;
      }
      // An Input after other layers sits in the middle of Keras's stack, where nothing builds from it: not followed.
      if (!layers.items.length) l.config.set('__batch_shape', input ? shapeValue(input) : unknown('shape'));
      return;
    }
    layers.items.push(item);
    l.built = false;
    if (rebuild) this.sequentialRebuild(l, site);
  }

  /** Keras's `Sequential._maybe_rebuild`: builds when the input is known (an InputLayer, or a first model with an input shape). */
  private sequentialRebuild(l: LayerObj, site: CallSite): void {
    const layers = (l.config.get('layers') as { items: Value[] }).items;
    if (!layers.length) return;
    let shape: Shape | undefined;
    const bs = l.config.get('__batch_shape');
    if (bs) shape = shapeOf(bs);
    else {
      const first = layers[0]!.t === 'layer' ? this.reg.layers.get((layers[0] as { l: { id: number } }).l.id) : undefined;
      if (first && (first.kind === 'Functional' || first.kind === 'Sequential')) {
        const s = first.config.get(first.kind === 'Functional' ? '__input_shape' : '__batch_shape');
        if (s && (first.kind === 'Functional' || first.built)) shape = shapeOf(s);
      }
      if (layers.length < 2) shape = undefined;
    }
    if (shape === undefined || !shape) return;
    this.callLayer(l, { pos: [{ t: 'tensor', shape, dtype: 'float32' }], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
  }

  private callLayer(l: LayerObj, args: Args, site: CallSite): Value {
    this.kerasScope.push(l.name ?? '?');
    try {
      const out = this.callLayerInScope(l, args, site);
      if (out.t !== 'tensor') return out;
      // Record the layer in the output's history (functional models are built from these).
      const ins = [args.pos[0], args.pos[1], args.kw.get('inputs')].flatMap((v) => (v?.t === 'list' || v?.t === 'tuple' ? v.items : v ? [v] : []));
      const kl = new Set<number>();
      for (const v of ins) if (v.t === 'tensor') for (const id of v.kl ?? []) kl.add(id);
      if (l.kind !== 'Sequential') kl.add(l.id);
      return { ...out, kl: [...kl] };
    } finally {
      this.kerasScope.pop();
    }
  }

  /** A layer's weights, with those of the layers it contains (Sequential, functional models, wrappers). */
  private layerWeights(l: LayerObj, depth = 0): Value[] {
    if (depth > 20) return [];
    const out = [...l.weights];
    const sub = l.config.get('layers');
    const kids = sub?.t === 'list' ? sub.items : [];
    for (const k of [...kids, l.config.get('forward'), l.config.get('backward')]) {
      if (k?.t === 'layer') out.push(...this.layerWeights(this.reg.layers.get(k.l.id)!, depth + 1));
    }
    for (const id of l.children ?? []) out.push(...this.layerWeights(this.reg.layers.get(id)!, depth + 1));
    return out;
  }

  /** `keras.Model(inputs, outputs)`: Keras rejects a graph in which two layers share a name. */
  private makeFunctionalModel(args: Args, site: CallSite): Value {
    const outs = args.pos[1] ?? args.kw.get('outputs');
    const tensors = outs?.t === 'list' || outs?.t === 'tuple' ? outs.items : outs ? [outs] : [];
    const counts = new Map<string, number>();
    const ids = new Set<number>();
    for (const t of tensors) if (t.t === 'tensor') for (const id of t.kl ?? []) ids.add(id);
    for (const id of ids) {
      const n = this.reg.layers.get(id)?.name;
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [n, c] of counts) {
      if (c > 1) {
        this.raise(site, 'ValueError', `The name "${n}" is used ${c} times in the model. All operation names should be unique.`, 'duplicate-layer-name');
        break;
      }
    }
    const name = strOf(args.kw.get('name')) ?? this.kerasUniquify('functional');
    const l: LayerObj = { id: freshId(), kind: 'Functional', api: 'keras', name, config: new Map(), inits: new Map(), built: true, weights: [], site, children: [...ids] };
    this.reg.layers.set(l.id, l);
    // One input / one output: their shapes (a Sequential starting with this model builds from its input shape).
    const ins = args.pos[0] ?? args.kw.get('inputs');
    const inT = ins?.t === 'list' || ins?.t === 'tuple' ? (ins.items.length === 1 ? ins.items[0] : undefined) : ins;
    if (inT?.t === 'tensor' && inT.shape) l.config.set('__input_shape', shapeValue(inT.shape));
    if (tensors.length === 1 && tensors[0]!.t === 'tensor' && tensors[0]!.shape) l.config.set('__output_shape', shapeValue(tensors[0]!.shape));
    return { t: 'layer', l: { id: l.id } };
  }

  private callLayerInScope(l: LayerObj, args: Args, site: CallSite): Value {
    const x = args.pos[0] ?? args.kw.get('inputs') ?? NONE;
    const inShape = this.shapeOfValue(x);
    if (l.kind === 'Sequential') {
      // Building from a known shape gives the model its InputLayer (Keras's Sequential.build); later adds build.
      if (inShape && !l.config.has('__batch_shape')) l.config.set('__batch_shape', shapeValue(inShape));
      let cur: Value = x.t === 'tensor' ? x : { t: 'tensor', shape: inShape, dtype: 'float32' };
      for (const item of (l.config.get('layers') as { items: Value[] }).items) {
        if (item.t === 'layer') cur = this.callLayer(this.reg.layers.get(item.l.id)!, { pos: [cur], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
        else cur = { t: 'tensor', shape: null, dtype: 'float32' };
      }
      l.built = true;
      return cur;
    }
    if (x.t === 'list' || x.t === 'tuple') {
      // Merge and attention layers take a list of tensors.
      return { t: 'tensor', shape: kerasMergeShape(l.kind, l.config, x.items.map((v) => this.shapeOfValue(v))), dtype: 'float32' };
    }
    if (l.kind === 'Functional') {
      // A functional model called on a new input: its outputs' shape (one output followed).
      const out = l.config.get('__output_shape');
      return { t: 'tensor', shape: out ? shapeOf(out) : null, dtype: 'float32' };
    }
    if (l.kind === 'Bidirectional') {
      const outs: Shape[] = [];
      for (const dir of ['forward', 'backward']) {
        const d = l.config.get(dir);
        if (d?.t === 'layer') {
          const o = this.callLayer(this.reg.layers.get(d.l.id)!, { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
          outs.push(o.t === 'tensor' ? o.shape : null);
        }
      }
      l.built = true;
      const [f, b] = outs;
      const merge = strOf(l.config.get('merge_mode')) ?? 'concat';
      if (!f || !b) return { t: 'tensor', shape: null, dtype: 'float32' };
      const last = f[f.length - 1] ?? null;
      const lastB = b[b.length - 1] ?? null;
      return { t: 'tensor', shape: merge === 'concat' ? [...f.slice(0, -1), last === null || lastB === null ? null : last + lastB] : f, dtype: 'float32' };
    }
    let valueInputDim: number | null | undefined;
    if (l.kind === 'MultiHeadAttention') {
      const v = args.pos[1] ?? args.kw.get('value');
      const vs = v ? this.shapeOfValue(v) : null;
      valueInputDim = vs && vs.length ? vs[vs.length - 1]! : null;
    }
    if (!l.built) buildLayer(this, l, inShape, site, valueInputDim);
    else {
      // Keras checks later calls against the input spec the layer was built with (last axis).
      const want = l.builtInDim;
      const got = inShape && inShape.length ? inShape[inShape.length - 1] : null;
      if (want != null && got != null && want !== got && checksInputAxis(l.kind)) {
        this.raise(site, 'ValueError', `Input 0 with name 'None' of layer '${l.name}' is incompatible with the layer: expected axis -1 of input shape to have value ${want}, but received input with shape ${tensorShapeStr(inShape)}`, 'incompatible-input');
      }
    }
    return { t: 'tensor', shape: layerOutputShape(l, inShape), dtype: 'float32' };
  }


  /** Keras 3 `SeedGenerator`: a `seed_generator[_N]/seed_generator_state` int64 [2] variable, [seed, 0]. */
  private seedGenerator(seedV: Value | undefined, site: CallSite): void {
    const gname = this.kerasUniquify('seed_generator');
    // without seed=, Keras's make_default_seed() (drawn in the constructor's order by kerasConstructorDraws)
    const pending = this.pendingSeedGen;
    this.pendingSeedGen = null;
    const given = numOf(seedV);
    const d = given !== undefined ? { seed: given } : pending === 'none' ? { note: '' } : pending ?? this.seeds.kerasSeed('SeedGenerator');
    this.addVariable({
      storeKey: null, name: [...this.kerasScope, gname, 'seed_generator_state'].join('/'), shape: [2], dtype: 'int64',
      initializer: 'seed' in d ? { kind: 'constant', value: [d.seed, 0], api: 'keras' } : { kind: 'unknown', reason: 'Keras draws this seed from Python\'s `random` when no seed is given, and the draw is not known statically', api: 'keras' },
      trainable: false, collections: ['global_variables'], scope: gname, api: 'layer', site, nameNode: null, seed: { graph: null, op: null },
    });
  }

}
