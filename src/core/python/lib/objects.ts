// Attributes and methods of TF objects: scope objects, variables, tensors, dtypes, layers, optimizers, graphs,
// argparse namespaces; module attributes of `tf.*` (dtypes, GraphKeys).

import { tf1AddWeight, tf1BaseInit, tf1CallLayer } from './tf1Subclass';
import { assignShapeMismatch, callWrappedGetter } from './variableArgs';
import { callCreatorBase } from './creators';
import { threadMethod } from './threads';
import { flatten, reshapeFlat, enterEagerNs, shapeOf, partitionerOf, numpyDtypeOf } from './convert';
import { buildLayer, computeOutputShape, shapeArgs } from './layerBuild';
import { rnnOutputShape, sequentialBuildError } from './kerasWrappers';
import { freshId, type Reuse, TfGraph } from '../../tf/graph';
import { type Args, type CallSite } from '../interp';
import { canonicalize, DTYPES, isFloatDtype, normalizeDtype } from '../tfnames';
import { bool, float, int, NONE, str, strOf, unknown, type Value, type Handle } from '../values';
import type { TfLibrary } from '../tflib';
import { bind } from './registry';
import { datasetMethod } from './datasets';
import type { LayerObj } from './types';
import { configOf } from './kerasLoad';
import { kerasRow } from '../../layers';
import { buildTf1Layer, callTf1Layer, countTf1Params, tf1SubclassInit } from './tf1Layers';
import { shapeArgOf, staticShapeValue, tshapeOf } from './tensorOps';
import { transposeRule } from '../../tf/shapeRules';
import { rnnCellAttr, rnnCellMethod } from './rnnCells';
import { tf1OptimizerAttr, tf1OptimizerMethod } from './tf1OptimizerBase';

/** Keras base-class methods a subclass reaches through `super()` (its own compile/build/call override calling the base's). */
const SUPER_METHODS = new Set(['compile', 'build', 'call', 'fit', 'train_step', 'add_weight']);


/** absl's FlagValues methods a program calls on FLAGS (not flags): FLAGS(argv), FLAGS.mark_as_parsed(), ... */
const FLAGVALUES_METHODS = new Set(['mark_as_parsed', 'is_parsed', 'unparse_flags', 'flag_values_dict', 'get_flag_value', 'set_default',
  'append_flags_into_file', 'read_flags_from_files', 'flags_by_module_dict', 'key_flags_by_module_dict', 'main_module_help', 'module_help',
  'get_help', 'find_module_defining_flag', 'remove_flag_values', 'append_flag_values', 'register_flag_by_module', 'get_key_flags_for_module',
  'write_help_in_xml_format', 'validate_all_flags', '__call__', '__getitem__', '__contains__', '__iter__', '__len__', '__setattr__', '__delattr__']);

export class TfObjects {
  constructor(private readonly tf: TfLibrary) {}

  getattr(obj: Value, name: string, site: CallSite): Value | undefined {
    switch (obj.t) {
      case 'tf': return obj.h ? this.handleAttr(obj, obj.h, name, site) : this.tfAttr(obj.path, name, site);
      case 'scope': return this.scopeAttr(obj, name);
      case 'var': return this.varAttr(obj, name);
      case 'tfmethod': {
        if (obj.name === 'op' && obj.self.t === 'var') {
          const v = this.tf.reg.vars.get(obj.self.v.id)!;
          if (name === 'name') return str(v.name);
        }
        return unknown();
      }
      case 'tensor':
        if (name === 'shape') return staticShapeValue(tshapeOf(this.tf, obj), obj.np === true);
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
      case 'layer': return this.layerAttr(obj, name, site);
      case 'instance': return this.instanceAttr(obj, name, site);
      // `super().__init__(...)` of a Keras Model subclass: Keras 2 makes the model's batch counters there
      case 'super':
        if (obj.self.t === 'instance' && !obj.self.attrs.has('__keras__')) {
          const base = tf1OptimizerAttr(this.tf, obj.self, name);
          if (base) return base;
        }
        return (name === '__init__' || SUPER_METHODS.has(name)) && obj.self.t === 'instance' && (obj.self.attrs.has('__keras__') || (name === '__init__' && obj.self.attrs.has('__tf1sub__'))) ? { t: 'tfmethod', self: obj.self, name } : undefined;
      // a context manager entered or exited by explicit calls (`scope.__enter__()`)
      case 'ctx': return name === '__enter__' || name === '__exit__' ? { t: 'tfmethod', self: obj, name } : undefined;
      case 'init': {
        // the initializer's own arguments, as Keras / TF expose them (`init.stddev`, `init.mode`, ...)
        const args: Record<string, unknown> = { ...obj.spec };
        const v = name === 'kind' || name === 'api' ? undefined : args[name];
        if (typeof v === 'number') return float(v);
        if (typeof v === 'string') return str(v);
        return { t: 'tfmethod', self: obj, name };
      }
      default:
        return undefined;
    }
  }

  /** A VariableScope object's attributes. */
  private scopeAttr(obj: Value & { t: 'scope' }, name: string): Value {
    const s = this.tf.reg.scopes.get(obj.s.id)!;
    switch (name) {
      case 'name': return str(s.name);
      case 'original_name_scope': return str(s.originalNameScope);
      case 'reuse': return s.reuse === 'auto' ? { t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' } : bool(s.reuse);
      case 'initializer': return s.initializer ? { t: 'init', spec: s.initializer } : NONE;
      case 'dtype': return { t: 'dtype', name: s.dtype ?? 'float32' };
      default: return { t: 'tfmethod', self: obj, name };
    }
  }

  /** A variable's attributes (`name` with `:0`, shape, dtype, ...). */
  private varAttr(obj: Value & { t: 'var' }, name: string): Value {
    const v = this.tf.reg.vars.get(obj.v.id)!;
    switch (name) {
      case 'name': return str(`${v.name}:0`);
      case 'op': return { t: 'tfmethod', self: obj, name: 'op' };
      case 'shape': return staticShapeValue(tshapeOf(this.tf, obj));
      case 'dtype': return { t: 'dtype', name: v.dtype };
      case 'trainable': return bool(v.trainable);
      case 'initial_value': case 'initialized_value': case 'value': case 'read_value':
        return name === 'initial_value' ? { t: 'tensor', shape: v.shape, dtype: v.dtype } : { t: 'tfmethod', self: obj, name };
      default: return { t: 'tfmethod', self: obj, name };
    }
  }

  /** A Keras layer's or model's attributes: weights, kernel/bias, config values. */
  private layerAttr(obj: Value & { t: 'layer' }, name: string, site: CallSite): Value {
    const l = this.tf.reg.layers.get(obj.l.id)!;
    if (name === 'name_scope' && l.kind === 'Module') return this.moduleScope(l, site);
    if (name === 'name') return l.name ? str(l.name) : unknown();
    if (name === 'weights' || name === 'variables' || name === 'trainable_weights' || name === 'trainable_variables') {
      const all = this.tf.keras.layerWeights(l);
      return { t: 'list', items: name.startsWith('trainable') ? all.filter((w) => w.t === 'var' && this.tf.reg.vars.get(w.v.id)!.trainable) : all };
    }
    if (name === 'kernel') return l.weights[0] ?? unknown();
    if (name === 'bias') return l.weights[1] ?? unknown();
    if (name === 'layers' && l.kind === 'Functional' && !l.k2) {
      // Functional.layers in Keras's order; an InputLayer (no weights) stays an opaque item; a subclassed layer's
      // instance is not at hand, so a model holding one keeps `layers` unknown
      const order = this.tf.training.functionalOrder(l);
      if (order && order.every((x) => typeof x === 'string' || this.tf.reg.layers.get(x)?.kind !== 'Subclass')) {
        return { t: 'list', items: order.map((x): Value => (typeof x === 'string' ? unknown('an InputLayer') : { t: 'layer', l: { id: x } })) };
      }
      return unknown('the layers of a functional model whose graph the analysis did not record');
    }
    const cfg = l.config.get(name);
    if (cfg) return cfg;
    return { t: 'tfmethod', self: obj, name };
  }

  /**
   * A subclassed Keras layer's or model's weights: its own, then those of the layers and models its attributes hold,
   * in assignment order (Keras 3's Layer.weights walks self._layers, filled by attribute tracking: a VAE's
   * `self.encoder = encoder`, a functional model built outside it, whose paths lack the VAE's name), then anything
   * else built under its name.
   */
  private subclassWeights(obj: Value & { t: 'instance' }, l: LayerObj, depth: number): Value[] {
    if (l.kind === 'Module') return this.moduleVariables(obj, depth);
    const all = [...l.weights];
    const seen = new Set(all.map((w) => (w.t === 'var' ? w.v.id : -1)));
    const add = (ws: readonly Value[]): void => { for (const w of ws) if (w.t === 'var' && !seen.has(w.v.id)) { seen.add(w.v.id); all.push(w); } };
    const visit = (v: Value, d: number): void => {
      if (v.t === 'layer') add(this.tf.keras.layerWeights(this.tf.reg.layers.get(v.l.id)!));
      else if (v.t === 'instance' && v !== obj && depth < 8) {
        const k = v.attrs.get('__keras__');
        if (k?.t === 'layer') add(this.subclassWeights(v, this.tf.reg.layers.get(k.l.id)!, depth + 1));
      } else if ((v.t === 'list' || v.t === 'tuple') && d < 4) for (const x of v.items) visit(x, d + 1);
    };
    for (const [k, v] of obj.attrs) if (!k.startsWith('__')) visit(v, 0);
    const prefix = `${l.name}/`;
    add(this.tf.variables.filter((v) => v.name.startsWith(prefix)).map((v) => this.tf.vars.varValue(v)));
    return all;
  }

  /**
   * tf.Module.variables (module.py _flatten): its attributes in name order, depth first: tf.Variables, and what nested
   * modules hold. A Keras 3 layer is no tf.Module (its variables are not the module's); a Keras 2 or TF1 layer is.
   */
  private moduleVariables(obj: Value & { t: 'instance' }, depth: number): Value[] {
    const all: Value[] = [];
    const seen = new Set<number>();
    const add = (ws: readonly Value[]): void => { for (const w of ws) if (w.t === 'var' && !seen.has(w.v.id)) { seen.add(w.v.id); all.push(w); } };
    const visit = (v: Value, d: number): void => {
      if (v.t === 'var') add([v]);
      else if (v.t === 'layer') {
        const x = this.tf.reg.layers.get(v.l.id)!;
        if (x.k2 || x.kind === 'Tf1Layer') add(this.tf.keras.layerWeights(x));
      } else if (v.t === 'instance' && v !== obj && depth < 8) {
        const k = v.attrs.get('__keras__');
        const x = k?.t === 'layer' ? this.tf.reg.layers.get(k.l.id) : undefined;
        if (x && (x.kind === 'Module' || x.k2)) add(this.subclassWeights(v, x, depth + 1));
      } else if ((v.t === 'list' || v.t === 'tuple') && d < 4) for (const i of v.items) visit(i, d + 1);
      else if (v.t === 'dict' && d < 4) for (const i of v.vals) visit(i, d + 1);
    };
    for (const k of [...obj.attrs.keys()].filter((n) => !n.startsWith('__')).sort()) visit(obj.attrs.get(k)!, 0);
    return all;
  }

  /** `tf.Module(name=None)`: a plain module (its own class's snake-cased name), its scope opened once now. */
  newModule(name: string | undefined, site: CallSite): Value {
    const l: LayerObj = { id: freshId(), kind: 'Module', api: 'v2', name: 'module', config: new Map(), inits: new Map(), built: true, weights: [], site };
    this.tf.reg.layers.set(l.id, l);
    this.moduleInit(l, name, site);
    return { t: 'layer', l: { id: l.id } };
  }

  /** tf.Module.__init__: its name (else the class's, already set) and the name scope it opens once, kept. */
  moduleInit(l: LayerObj, given: string | undefined, site: CallSite): void {
    if (given !== undefined) l.name = given;
    const g = this.tf.graph;
    const exit = this.tf.eager ? enterEagerNs(g, l.name ?? '') : this.tf.scoping.enterNs(g, l.name, site).restore;
    l.config.set('__ns__', str(g.nameStack));
    exit();
  }

  /** A tf.Module's `name_scope`: the scope its constructor opened (graph mode: made unique then), re-entered. */
  private moduleScope(l: LayerObj, site: CallSite): Value {
    const g = this.tf.graph;
    let restore: (() => void) | null = null;
    const fixed = strOf(l.config.get('__ns__'));
    return { t: 'ctx', ctx: {
      enter: () => {
        if (fixed !== undefined) restore = enterEagerNs(g, `${fixed}/`);
        else if (this.tf.eager) restore = enterEagerNs(g, l.name ?? '');
        else restore = this.tf.scoping.enterNs(g, l.name, site).restore;
        return str(`${g.nameStack}/`);
      },
      exit: () => (restore as (() => void) | null)?.(),
    } };
  }

  /** A subclassed Keras layer/model or tf.Module: weights of everything built under its name, `name_scope`. */
  private instanceAttr(obj: Value & { t: 'instance' }, name: string, site: CallSite): Value | undefined {
    if (this.tf.hparams.isHParams(obj)) return this.tf.hparams.attr(obj, name);
    // a subclass of a concrete TF1 layer: what the class does not define is the layer's (`apply`, `build`)
    const t1 = obj.attrs.get('__tf1layer__');
    if (t1) return this.getattr(t1, name, site);
    const k = obj.attrs.get('__keras__');
    if (k?.t !== 'layer') return tf1OptimizerAttr(this.tf, obj, name);
    const l = this.tf.reg.layers.get(k.l.id)!;
    if (name === 'name') return str(l.name ?? '');
    if (name === 'weights' || name === 'variables' || name === 'trainable_weights' || name === 'trainable_variables') {
      const all = this.subclassWeights(obj, l, 0);
      return { t: 'list', items: name.startsWith('trainable') ? all.filter((w) => w.t === 'var' && this.tf.reg.vars.get(w.v.id)!.trainable) : all };
    }
    if (name === 'name_scope' && l.kind === 'Module') return this.moduleScope(l, site);
    return { t: 'tfmethod', self: obj, name };
  }

  /** An argparse namespace's attributes are the parser's defaults; other handles have methods. */
  handleAttr(self: Value, h: Handle, name: string, site?: CallSite): Value {
    if (h.kind === 'namespace') {
      // a value given on the command line: the user's, else the parser's default
      const supplied = this.tf.configs.supplied.get(name);
      if (supplied) return supplied;
      const dflt = this.tf.std.parsers.get(h.id)?.get(name);
      if (dflt?.t === 'none' && site) return this.tf.configs.fromOutside(name, dflt, site.node, site.file, `the command-line argument --${name} has no default`);
      return dflt ?? unknown(`argument ${name}`);
    }
    if (h.kind === 'file' && name === 'name' && h.path !== null) return str(h.path);
    if (h.kind === 'rnncell') return rnnCellAttr(this.tf, h.id, name) ?? { t: 'tfmethod', self, name };
    return { t: 'tfmethod', self, name };
  }

  tfAttr(path: string, name: string, site?: CallSite): Value {
    if (path === 'sys' && name === 'argv' && this.tf.std.argv) return this.tf.std.argv;
    if (/(^|\.)(flags|absl\.flags)\.FLAGS$/.test(path) || path === 'absl.flags.FLAGS') {
      const v = this.tf.std.flagValues.get(name);
      // a flag given on the command line: the user's value, else its default (a default of None: noted missing)
      const supplied = v ? this.tf.configs.supplied.get(name) : undefined;
      if (supplied) return supplied;
      if (v?.t === 'none' && site) return this.tf.configs.fromOutside(name, v, site.node, site.file, `the flag --${name} has no default`);
      if (v) return v;
      // a flag no DEFINE_* the analysis saw declares (one of a module it does not follow, or none: absl raises
      // AttributeError): the user may supply it; else it stays an object of the flags module (`FLAGS.x == 'lars'`
      // is False, as for a flag that is not there)
      if (!v && !name.startsWith('_') && !FLAGVALUES_METHODS.has(name)) {
        const given = this.tf.configs.supplied.get(name);
        if (given) return given;
      }
    }
    if (path === 'six' || path === 'six.moves') {
      const t = path === 'six' ? this.tf.configs.sixAttr(name) : this.tf.configs.sixMovesAttr(name);
      if (t) return t;
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

  /** Methods of library-made objects: argparse parsers, NumPy generators, optimizers, the true getter, graphs. */
  handleMethod(self: Value, h: Handle, name: string, args: Args, site: CallSite): Value {
    switch (h.kind) {
      case 'argparse': return this.tf.std.argparseMethod(h.id, name, args);
      case 'file': return this.tf.configs.fileMethod(self, h, name);
      case 'dataset': return datasetMethod(this.tf, h.element, name, args, site);
      case 'nprandom': {
        const st = this.tf.numpy.numpyStreams.get(h.id);
        return st ? this.tf.numpy.numpyRandom(st, name, args, 'a RandomState') : unknown();
      }
      case 'nprng': {
        const a = bind(args, name === 'standard_normal' || name === 'random' ? ['size'] : ['a', 'b', 'size']);
        const reason = 'np.random.default_rng (PCG64 and its ziggurat normals) is not reproduced; seed the legacy np.random / RandomState instead';
        return this.tf.numpy.numpyArrayOf(name === 'integers' ? 'int64' : 'float64', this.tf.numpy.numpySize(a.get('size')), { kind: 'unknown', reason });
      }
      case 'tape': {
        // gradients have the structure of the sources: one tensor shaped like each variable
        const grad = (v: Value, d: number): Value => (v.t === 'var' ? { t: 'tensor', shape: this.tf.reg.vars.get(v.v.id)!.shape, dtype: this.tf.reg.vars.get(v.v.id)!.dtype }
          : (v.t === 'list' || v.t === 'tuple') && d < 4 ? { ...v, items: v.items.map((x) => grad(x, d + 1)) } : unknown('gradient'));
        return name === 'gradient' ? grad(bind(args, ['target', 'sources']).get('sources') ?? NONE, 0) : unknown(`tape.${name}`);
      }
      case 'optimizer': {
        const o = this.tf.optim.optimizers.get(h.id);
        return o ? this.tf.optim.optimizerMethod(o, name, args, site) : unknown();
      }
      case 'truegetter': {
        const kwReuse = args.kw.get('reuse');
        const reuse: Reuse = kwReuse ? (this.tf.scoping.reuseOf(kwReuse) ?? false) : h.reuse;
        const kw = new Map(args.kw);
        kw.delete('reuse');
        kw.delete('getter');
        return this.tf.vars.getVariable({ ...args, kw }, site, h.local, { reuse });
      }
      case 'saver': return this.tf.ckpt.saverMethod(h.id, name, args, site);
      case 'rematch': return this.tf.std.matchMethod(h.id, name, args);
      case 'rnncell':
        return rnnCellMethod(this.tf, h.id, name, args, site);
      case 'wrappedgetter': return callWrappedGetter(this.tf, h, args, site);
      case 'creatorbase': return callCreatorBase(this.tf, h.id, args, site);
      case 'thread': return threadMethod(this.tf, h, name, site);
      case 'tf1layer':
        if (name === 'build') return buildTf1Layer(this.tf, h.id, args, site);
        if (name === 'count_params') return countTf1Params(this.tf, h.id, site);
        return name === 'apply' || name === '__call__' || name === 'call' ? callTf1Layer(this.tf, h.id, args, site) : unknown(`TF1 layer .${name}`);
      case 'graph': {
        const g = this.tf.scoping.graphs.get(h.id);
        return g && name === 'as_default' ? this.graphAsDefault(self, g) : unknown();
      }
      default: return unknown();
    }
  }

  /** `with g.as_default():` — leaving the block restores whatever mode the program was in (eager or graph). */
  private graphAsDefault(self: Value, g: TfGraph): Value {
    const modeBefore: boolean[] = [];
    const tf = this.tf;
    return {
      t: 'ctx',
      ctx: {
        enter: () => {
          tf.graphStack.push(g);
          modeBefore.push(tf.eager);
          if (!tf.forced) {
            tf.eager = false;
            tf.sawGraphMode = true;
          }
          return self;
        },
        exit: () => {
          tf.graphStack.pop();
          const before = modeBefore.pop();
          if (!tf.forced && before !== undefined) tf.eager = before;
        },
      },
    };
  }

  /** Methods of a user subclass of a Keras or TF1 layer (`self.add_weight`, `super().__init__`, `layer.apply`). */
  private instanceMethod(self: Value & { t: 'instance' }, name: string, args: Args, site: CallSite): Value {
    // a subclass of TF1's tf.train.Optimizer: the base class's methods (tf1OptimizerBase.ts)
    if (name.startsWith('optimizer.')) return tf1OptimizerMethod(this.tf, self, name.slice('optimizer.'.length), args, site);
    const k = self.attrs.get('__keras__');
    const l = k?.t === 'layer' ? this.tf.reg.layers.get(k.l.id) : undefined;
    if (!l) return unknown();
    if (l.kind === 'Tf1Layer') return this.tf1LayerMethod(self, l, name, args, site);
    if (name === 'add_weight' || name === 'add_variable') return this.tf.keras.addWeight(l, args, site);
    if (name === '__init__' && l.kind === 'Module') {
      // tf.Module.__init__(name=None): the name (else the class's, snake-cased) and its name scope, opened once here
      // (so fixed inside whatever scope the module is made in; graph mode makes it unique)
      this.moduleInit(l, strOf(bind(args, ['name']).get('name')), site);
      return NONE;
    }
    if (name === '__init__') {
      // Keras 2 makes a Model's batch counters in Model.__init__
      if (l.k2 && l.subclassesModel && !l.built) this.tf.keras.k2.batchCounters(site);
      if (l.pendingName) {
        delete l.pendingName;
        l.name = strOf(args.kw.get('name')) ?? this.tf.keras.kerasUniquify(l.name ?? '?');
      }
      if (l.kind !== 'Subclass') {
        if (l.k2) this.tf.keras.k2BuiltinInit(l, args);
        else this.tf.keras.builtinInit(l, args, site);
      }
      return NONE;
    }
    if (l.kind !== 'Subclass') {
      const r = this.tf.keras.builtinMethod(l, name, args, site);
      if (r) return r;
    }
    if (l.subclassesModel && !l.k2) {
      // Keras 3.15's Model.build(shape) of a subclass without its own build only marks it built (Layer.build)
      if (name === 'build') { l.built = true; return NONE; }
      return this.modelMethod(l, self, name, args, site) ?? unknown();
    }
    return unknown();
  }

  /**
   * Keras 3's Model.get_layer(name=None, index=None) of a functional or Sequential model: the first of its `layers`
   * with that name, or the one at that index (functional: Keras's order, InputLayers included); unknown when the
   * analysis cannot hold the answer (a subclassed layer's instance, an order it did not record).
   */
  private getLayer(l: LayerObj, args: Args): Value {
    const a = bind(args, ['name', 'index']);
    const ids: (number | string)[] | undefined = l.kind === 'Functional' ? this.tf.training.functionalOrder(l)
      : (l.config.get('layers') as { items: Value[] } | undefined)?.items.map((x) => (x.t === 'layer' ? x.l.id : '?'));
    if (!ids) return unknown('get_layer');
    const index = a.num('index');
    const nm = a.str('name');
    const hit = nm !== undefined ? ids.find((x) => (typeof x === 'number' ? this.tf.reg.layers.get(x)?.name : x) === nm) : index !== undefined ? ids[index] : undefined;
    if (typeof hit !== 'number' || this.tf.reg.layers.get(hit)?.kind === 'Subclass') return unknown('get_layer');
    return { t: 'layer', l: { id: hit } };
  }

  /** Keras 3 model methods of every kind of model: compile, fit/evaluate/predict and their *_on_batch forms, count_params. */
  private modelMethod(l: LayerObj, self: Value, name: string, args: Args, site: CallSite): Value | undefined {
    if (name === 'get_layer' && (l.kind === 'Functional' || l.kind === 'Sequential')) return this.getLayer(l, args);
    if (name === 'compile') return this.tf.training.compile(l, self, args, site);
    if (/^(fit|evaluate|predict|train_on_batch|test_on_batch|predict_on_batch)$/.test(name)) return this.tf.training.step(l, self, name, args, site);
    if (name === 'count_params') {
      const ws = this.tf.training.modelWeights(l);
      const n = ws.every((w) => w.shape && w.shape.every((d) => d !== null)) ? ws.reduce((p, w) => p + (w.shape as number[]).reduce((a, d) => a * d, 1), 0) : null;
      return n === null ? unknown('count_params') : { t: 'int', v: n };
    }
    if (name === 'summary') return NONE;
    if (name === 'save' || name === 'save_weights' || name === 'load_weights') {
      const path = bind(args, ['filepath']).str('filepath');
      if (name === 'save') this.tf.saving.saveModel(l, path);
      this.tf.saving.walk(l, this.tf.training.optimizerOf(l), path, site);
      return NONE;
    }
    return undefined;
  }

  /** model.build(shape) / layer.build(shape): builds under the layer's name, like a call would. */
  private layerBuildMethod(l: LayerObj, args: Args, site: CallSite): Value {
    const { input, others, literal } = shapeArgs(l, args);
    if (l.kind === 'Sequential' && !l.k2) {
      const refused = sequentialBuildError(l, literal ? input : undefined);
      if (refused) {
        this.tf.diag.raise(site, 'ValueError', refused, 'keras-build');
        return NONE;
      }
    }
    if (l.kind === 'Sequential' || l.kind === 'Bidirectional' || (['TimeDistributed', 'RNN', 'StackedRNNCells'].includes(l.kind) && !l.k2)) {
      // containers and wrappers build what they hold under their name, as their first call does
      this.tf.keras.callLayer(l, { pos: [{ t: 'tensor', shape: input, dtype: 'float32' }], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
    } else if (l.k2) {
      // Keras 2: build() outside __call__ opens no name scope (weights named `kernel` in the current scope)
      if (!l.built) buildLayer(this.tf.keras.host, l, input, site);
    } else if (!l.built) {
      this.tf.keras.kerasScope.push(l.name ?? '?');
      try { buildLayer(this.tf.keras.host, l, input, site, others, undefined, literal); } finally { this.tf.keras.kerasScope.pop(); }
    }
    return NONE;
  }

  /** TF1's base layer: add_weight as get_variable in its scope; apply/__call__ build and call; the base constructor. */
  private tf1LayerMethod(self: Value, l: LayerObj, name: string, args: Args, site: CallSite): Value {
    if (name === 'add_weight' || name === 'add_variable') return tf1AddWeight(this.tf, l, args, site);
    if (name === 'apply' || name === '__call__') return tf1CallLayer(this.tf, self, l, args, site);
    if (name === '__init__') {
      tf1BaseInit(this.tf, l, args);
      return NONE;
    }
    return unknown();
  }

  callMethod(self: Value, name: string, args: Args, site: CallSite): Value {
    if (self.t === 'tf' && self.h) return this.handleMethod(self, self.h, name, args, site);
    if (self.t === 'ctx') return contextMethod(self, name, site);
    if (self.t === 'scope') {
      const s = this.tf.reg.scopes.get(self.s.id)!;
      switch (name) {
        case 'reuse_variables':
          s.reuse = true;
          return NONE;
        case 'set_initializer': s.initializer = this.tf.inits.initializerFromValue(bind(args, ['initializer']).get('initializer') ?? NONE, 'v1'); return NONE;
        case 'set_dtype': s.dtype = bind(args, ['dtype']).dtype('dtype') ?? s.dtype; return NONE;
        case 'set_partitioner': s.partitioner = partitionerOf(bind(args, ['partitioner']).get('partitioner')); return NONE;
        case 'get_variable': return this.tf.vars.getVariable({ ...args, pos: args.pos.slice(1), posNodes: args.posNodes.slice(1) }, site, false);
        default: return unknown();
      }
    }
    if (self.t === 'var') {
      const v = this.tf.reg.vars.get(self.v.id)!;
      if (name === 'get_shape') return staticShapeValue(tshapeOf(this.tf, self));
      if (name === 'assign' && this.tf.eager && assignShapeMismatch(this.tf, v, args, site)) return unknown();
      if (name === 'assign' || name === 'assign_add' || name === 'read_value' || name === 'value' || name === 'initialized_value') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
      return unknown();
    }
    if (self.t === 'tensor') return this.tensorMethod(self, name, args);
    if (self.t === 'instance') {
      if (this.tf.hparams.isHParams(self) && name.startsWith('hparams.')) return this.tf.hparams.callMethod(self, name.slice(8), args, site);
      if (name === '__init__' && self.attrs.has('__tf1sub__')) return tf1SubclassInit(this.tf, self, args, site);
      return this.instanceMethod(self, name, args, site);
    }
    if (self.t === 'layer') {
      const l = this.tf.reg.layers.get(self.l.id)!;
      if (l.kind === 'Tf1Layer') return this.tf1LayerMethod(self, l, name, args, site);
      if (name === 'build') return this.layerBuildMethod(l, args, site);
      if (name === 'enable_lora') return this.tf.keras.builtinMethod(l, name, args, site) ?? unknown();
      if (name === 'compute_output_shape' && l.kind !== 'Subclass' && !l.k2) {
        return computeOutputShape(this.tf.keras.host, l, args, site, l.kind === 'RNN' ? (r, x) => rnnOutputShape(this.tf, r, x) : undefined);
      }
      if (name === 'adapt') {
        // a preprocessing layer's adapt(data) builds it on the data's shape first (Normalization's statistics)
        if (!l.built && !l.k2) {
          this.tf.keras.kerasScope.push(l.name ?? '?');
          try { buildLayer(this.tf.keras.host, l, this.tf.tensors.shapeOfValue(bind(args, ['data']).get('data') ?? NONE), site); } finally { this.tf.keras.kerasScope.pop(); }
        }
        return NONE;
      }
      if (name === 'add' && l.kind === 'Sequential') {
        const a = bind(args, ['layer', 'rebuild']);
        const layer = a.get('layer');
        const rebuild = a.bool('rebuild', true) !== false;
        if (layer) this.tf.keras.sequentialAdd(l, layer, site, rebuild);
        return NONE;
      }
      if (name === 'pop' && l.kind === 'Sequential') {
        // Removes the last layer (its variables stay, as in Keras) and rebuilds: nothing new is created.
        const layers = (l.config.get('layers') as { items: Value[] }).items;
        const last = layers.pop();
        l.built = false;
        if (bind(args, ['rebuild']).bool('rebuild', true) !== false) this.tf.keras.sequentialRebuild(l, site);
        return last ?? unknown('pop');
      }
      if (name === 'get_config' && !l.k2 && !l.attrs && kerasRow(l.kind)?.keras && kerasRow(l.kind)!.keras!.fromConfig !== 'unknown' && !['Sequential', 'Functional', 'Bidirectional'].includes(l.kind)) {
        // a table layer's config as its constructor took it (initializer objects kept as objects; from_config takes both)
        const c = configOf(l);
        return { t: 'dict', keys: [...c.keys()].map((k) => str(k)), vals: [...c.values()] };
      }
      if (name === 'load_weights') return this.tf.saving.loadWeights(l, args, site);
      if ((l.kind === 'Sequential' || l.kind === 'Functional') && !l.k2) return this.modelMethod(l, self, name, args, site) ?? unknown();
      // Keras 2's compile and training steps (lib/keras2Training.ts)
      if ((l.kind === 'Sequential' || l.kind === 'Functional') && name === 'compile') return this.tf.training2.compile(l, args, site);
      if ((l.kind === 'Sequential' || l.kind === 'Functional') && /^(fit|evaluate|predict|train_on_batch|test_on_batch|predict_on_batch)$/.test(name)) return this.tf.training2.step(l, self, name, args, site);
      return unknown();
    }
    return unknown();
  }


  /** Methods of a tensor: `get_shape`, `set_shape`, NumPy's `reshape` and `astype` on constants. */
  private tensorMethod(self: Value & { t: 'tensor' }, name: string, args: Args): Value {
    if (name === 'get_shape') return staticShapeValue(tshapeOf(this.tf, self));
    if (name === 'set_shape') return this.setShape(self, args);
    if (name === 'reshape') {
      const target = shapeOf(args.pos.length === 1 ? args.pos[0] : { t: 'tuple', items: args.pos });
      const shape = this.tf.tensors.resolveReshape(self.shape, target);
      const init = self.init?.kind === 'constant' && Array.isArray(self.init.value) && shape && shape.every((d) => d !== null)
        ? { ...self.init, value: reshapeFlat(flatten(self.init.value), shape as number[]) } : self.init;
      return { t: 'tensor', shape, dtype: self.dtype, ...(init ? { init } : {}), ...(self.np ? { np: true as const } : {}) };
    }
    if (self.np && name === 'transpose') {
      // ndarray.transpose(*axes): a tuple/list, the axes as arguments, or none (reversed)
      const given = args.pos.length === 1 && (args.pos[0]!.t === 'list' || args.pos[0]!.t === 'tuple') ? (args.pos[0] as { items: Value[] }).items : args.pos;
      const perm = given.length === 0 ? null : given.every((v) => v.t === 'int') ? given.map((v) => (v as { v: number }).v) : undefined;
      if (perm === undefined || args.kw.size) return unknown('ndarray.transpose');
      const s = transposeRule(tshapeOf(this.tf, self), perm);
      return s.dims && !s.vague ? this.tf.numpy.numpyArrayOf(self.dtype ?? 'float64', s.dims, { kind: 'unknown', reason: 'ndarray.transpose' }) : unknown('ndarray.transpose');
    }
    if (self.np && /^(sum|mean|max|min|prod|std|var)$/.test(name) && self.dtype !== 'bool') {
      // ndarray reductions are np.<name>(self, ...) (a bool array's sum/prod is int64: not here)
      return this.tf.numpy.numpyReduce(name, { ...args, pos: [self, ...args.pos], posNodes: [null, ...args.posNodes] }) ?? unknown(`ndarray.${name}`);
    }
    if (name === 'astype') {
      const want = numpyDtypeOf(bind(args, ['dtype']).get('dtype'));
      if (!want || want === self.dtype) return self;
      const init = self.init && self.dtype && self.init.kind !== 'unknown' ? this.tf.tensors.withPost(self.init, self.dtype, [{ op: 'cast', dtype: want, by: 'numpy' }]) : self.init;
      return { ...self, dtype: want, ...(init ? { init } : {}) };
    }
    return unknown();
  }

  /** `t.set_shape(shape)`: merges the given shape into the tensor's own (the tensor object is shared, as in Python). */
  private setShape(self: Value & { t: 'tensor' }, args: Args): Value {
    const want = shapeArgOf(bind(args, ['shape']).get('shape'));
    if (want.dims && (!self.shape || self.shape.length === want.dims.length)) {
      const own = tshapeOf(this.tf, self);
      self.shape = want.dims.map((d, i) => d ?? own.dims?.[i] ?? null);
      self.vague = want.vague || (own.vague && self.shape.some((d) => d === null));
    }
    return NONE;
  }

  // ---------- scopes ----------
}

/** `cm.__enter__()` / `cm.__exit__(...)` called explicitly (TF's `__exit__` returns None: nothing is suppressed). */
function contextMethod(self: Value & { t: 'ctx' }, name: string, site: CallSite): Value {
  if (name === '__enter__') return self.ctx.enter();
  if (name !== '__exit__') return unknown(`context manager .${name}`);
  self.ctx.exit(site);
  return NONE;
}
