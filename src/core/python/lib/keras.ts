// Keras layers and models as Keras 3 builds them: layer construction and naming (uniquified), Sequential
// (add/pop/rebuild), functional models, Bidirectional, subclassed layers/models with add_weight, calls that build.
// Keras 2 layers and models (`k2`) take the same paths with Keras 2's naming (keras2.ts); TF1 layers: tf1*.ts.

import { unionDeps, withDeps } from './gradDeps';
import { hasUnknownPiece } from '../symbolic';
import { type LayerObj } from './types';
import { snakeCase, shapeOf } from './convert';
import { buildLayer, enableLora, kerasMergeShape, layerOutputShape, tfLayersFunctional, type LayerBuildHost } from './layerBuild';
import { PyLayerConfig } from './layerConfig';
import { callKerasRnn, callTimeDistributed, layerIn, makeBidirectional, sequentialBuildError } from './kerasWrappers';
import type { Shape } from '../../model';
import { freshId, tensorShapeStr, TfGraph } from '../../tf/graph';
import { type Args, type CallSite } from '../interp';
import { checksInputAxis, KERAS_CTOR_DRAWS, KERAS_FUNCTIONAL, KERAS_LAYER_ALIASES, KERAS_POSITIONAL, kerasRow, ownsSeedGenerator, tf1Row } from '../../layers';
import { isFloatDtype, type ApiFamily } from '../tfnames';
import { NONE, numOf, pyRepr, str, strOf, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';
import { layerOutputVague, tshapeOf } from './tensorOps';
import { type ApiEntry, bind } from './registry';
import { intSeedOf } from '../../initializers';
import { makeTf1Layer, newTf1LayerSubclass } from './tf1Layers';
import { isKeras2, Keras2Naming } from './keras2';
import { KERAS3_OPTIMIZER_CLASS } from './optimizers';
import { isTf1LayerBase, makeTf1BaseLayer, newTf1Subclass, tf1CallLayer } from './tf1Subclass';
import { canonicalize } from '../tfnames';
import { imageDataFormat } from './kerasBackend';
import { configNum, ctorChecksError, intArgError, tupleArgsError } from './kerasArgs';
import { cloneModel } from './kerasClone';
import { loadModel, saveModel } from './kerasLoad';
import { buildShapeArg, isKerasTensor, lambdaTraced, outputFromShapeMethod, ownsOutputShape } from './kerasOutputSpec';

/** `Layer.add_weight`'s signatures: Keras 2 (tf.keras / tf_keras) and Keras 3 (at most 3 positional arguments). */
const KERAS2_ADD_WEIGHT = ['name', 'shape', 'dtype', 'initializer', 'regularizer', 'trainable', 'constraint', 'use_resource'];
const KERAS3_ADD_WEIGHT = ['shape', 'initializer', 'dtype'];

export class KerasLayers {
  constructor(private readonly tf: TfLibrary) {
    this.k2 = new Keras2Naming(tf);
  }

  /** Keras 3 `uniquify` counters (global per program). */
  readonly kerasUids = new Map<string, number>();

  /** Keras 3 name-scope stack: layer/model names while building (variable paths). */
  readonly kerasScope: string[] = [];
  private readonly traceBases: number[] = []; // kerasScope's depth where each symbolic trace began (rawVariablePrefix)

  /** Keras 2's naming: per-graph unique names, TF name scopes. */
  readonly k2: Keras2Naming;

  /** A new layer/model name: Keras 2's per graph, Keras 3's per program. */
  private uniqueName(base: string, k2: boolean | undefined): string {
    return k2 ? this.k2.uniquify(base) : this.kerasUniquify(base);
  }

  /** A user class deriving from a Keras Layer/Model: the instance carries its layer identity. */
  newInstance(c: import('../values').ClassVal, args: Args, site: CallSite): Value | undefined {
    const base = this.tf.interp.libraryBase(c);
    if (!base || base.t !== 'tf' || !/keras|layers|Model|Layer|Module/.test(base.path)) return undefined;
    const given = strOf(args.kw.get('name'));
    if (/^tensorflow\.(compat\.v2\.)?Module$/.test(base.path)) {
      // tf.Module: name = name or snake_case(class name), no uniquification, given to Module.__init__ (the class's own
      // __init__ calls it through super()), which opens its name scope once
      const own = this.tf.interp.findAttrInClass(c, '__init__')?.t === 'func';
      const l: LayerObj = { id: freshId(), kind: 'Module', api: 'v2', name: snakeCase(c.name), config: new Map(), inits: new Map(), built: true, weights: [], site };
      this.tf.reg.layers.set(l.id, l);
      if (!own) this.tf.objects.moduleInit(l, given, site);
      return { t: 'instance', c, attrs: new Map<string, Value>([['__keras__', { t: 'layer', l: { id: l.id } }]]) };
    }
    if (isTf1LayerBase(base.path)) return newTf1Subclass(this.tf, c, args, site);
    const canon = canonicalize(base.path);
    // a Keras 3 optimizer's subclass without __init__: that optimizer, named auto_name(class name) (base_optimizer.py)
    const opt = canon?.api === 'keras' && !isKeras2(this.tf, base.path, canon) && this.tf.interp.findAttrInClass(c, '__init__')?.t !== 'func' ? KERAS3_OPTIMIZER_CLASS.exec(canon.name.replace(/^keras\./, '')) : null;
    if (opt) return this.tf.optim.makeKerasOptimizer(opt[1]!, args, site, c.name);
    if (canon && canon.api !== 'keras' && TF1_LAYERS.includes(canon.name) && /^layers\.[A-Z]/.test(canon.name)) return newTf1LayerSubclass(this.tf, c, canon.name.slice(7), args, site);
    // a Keras built-in layer mixed with tf.layers.Layer (`class D(tf.keras.layers.DepthwiseConv2D, tf.layers.Layer)`):
    // the MRO puts the TF1 base layer's __call__ and add_weight first, so it builds as a TF1 layer of that class
    const kcls = base.path.split('.').pop()!;
    if (canon?.api === 'keras' && hasTf1Base(c) && tf1Row(snakeCase(kcls))) return newTf1LayerSubclass(this.tf, c, kcls, args, site);
    const k2 = !!canon && isKeras2(this.tf, base.path, canon);
    // Keras 3 names the layer in Layer.__init__ (its `name` argument, else an auto name): deferred to super().__init__
    const deferred = !k2 && given === undefined && this.tf.interp.findAttrInClass(c, '__init__')?.t === 'func';
    const name = given ?? (deferred ? snakeCase(c.name) : this.uniqueName(snakeCase(c.name), k2));
    const baseCls = KERAS_LAYER_ALIASES[base.path.split('.').pop()!] ?? base.path.split('.').pop()!;
    // a subclass of a built-in Keras 3 layer (`class MyConv(layers.Conv2D)`) is that layer, configured by its super().__init__
    const builtin = /(^|\.)layers\.[A-Z]\w*$/.test(base.path) && !!kerasRow(baseCls) && baseCls !== 'Layer';
    if (KERAS_CTOR_DRAWS[baseCls] && !k2 && !builtin) this.tf.seeds.taintPython(`a subclass of keras.layers.${baseCls} draws seeds in its base constructor, which the analysis does not follow`);
    const attrs = new Map<string, Value>();
    const l: LayerObj = { id: freshId(), kind: builtin ? baseCls : 'Subclass', api: 'keras', name, config: new Map(), inits: new Map(), built: false, weights: [], site,
      className: c.name, attrs, ...(deferred ? { pendingName: true as const } : {}), ...(k2 ? { k2: true as const } : {}), ...(/Model$/.test(base.path) ? { subclassesModel: true as const } : {}) };
    this.tf.reg.layers.set(l.id, l);
    if (l.subclassesModel) this.tf.training.track(l);
    attrs.set('__keras__', { t: 'layer', l: { id: l.id } });
    // a Keras 2 subclass without its own __init__ (`class DW(keras.layers.DepthwiseConv2D, tf.layers.Layer): pass`):
    // the base layer's constructor takes the arguments
    if (builtin && k2 && this.tf.interp.findAttrInClass(c, '__init__')?.t !== 'func') this.k2BuiltinInit(l, args);
    // so does a Keras 3 one's (`class ScaledDense(layers.Dense)` overriding only `call`), with its constructor's draws
    if (builtin && !k2 && this.tf.interp.findAttrInClass(c, '__init__')?.t !== 'func') this.builtinInit(l, args, site);
    return { t: 'instance', c, attrs };
  }

  /** Calling a subclassed layer/model: under its name scope, build (once) then call. */
  callSubclassed(inst: Value & { t: 'instance' }, l: LayerObj, args: Args, site: CallSite): Value {
    if (l.kind === 'Tf1Layer') return tf1CallLayer(this.tf, inst, l, args, site);
    const own = (k: string): boolean => this.tf.interp.findAttrInClass(inst.c, k)?.t === 'func';
    if (l.kind !== 'Subclass' && !own('call') && !own('build')) return this.callLayer(l, args, site);
    // its node's inputs: every KerasTensor of the call's arguments (Node: tree.flatten((args, kwargs)), keys sorted)
    const from = producersOf([...args.pos, ...[...args.kw.keys()].sort().map((k) => args.kw.get(k))]);
    if (!l.inbound?.length && from.length) l.inbound = from;
    const out = this.callSubclassedInScope(inst, l, args, site);
    // its output carries the layer into a functional model's graph (an output the analysis lost: shape unknown)
    const kl = [...new Set([...inputLayers(args), l.id])];
    if (out.t === 'tensor') return { ...out, kl };
    if ((out.t === 'list' || out.t === 'tuple') && !l.k2) return { ...out, items: out.items.map((t) => (t.t === 'tensor' ? { ...t, kl } : t)) };
    return out.t === 'unknown' && !l.k2 ? { t: 'tensor', shape: null, dtype: null, kl } : out;
  }

  /** `super().__init__(...)` of a subclass of a built-in layer: the layer's configuration, as its constructor reads it. */
  builtinInit(l: LayerObj, args: Args, site: CallSite): void {
    (KERAS_POSITIONAL[l.kind] ?? []).forEach((k, i) => { if (args.pos[i]) l.config.set(k, args.pos[i]!); });
    for (const [k, v] of args.kw) l.config.set(k, v);
    this.tf.rng.kerasConstructorDraws(l);
    if (ownsSeedGenerator(l.kind, configNum(l.config))) this.tf.rng.seedGenerator(l.config.get('seed'), site);
    this.tf.rng.pendingSeedGen = null;
  }

  /** A Keras 2 built-in layer's constructor arguments on a subclass of it (Keras 2 draws no seeds there). */
  k2BuiltinInit(l: LayerObj, args: Args): void {
    (KERAS_POSITIONAL[l.kind] ?? []).forEach((k, i) => { if (args.pos[i]) l.config.set(k, args.pos[i]!); });
    for (const [k, v] of args.kw) l.config.set(k, v);
  }

  /** `super().build(shape)` / `super().call(x)` inside a subclass of a built-in layer. */
  builtinMethod(l: LayerObj, name: string, args: Args, site: CallSite): Value | undefined {
    if (name === 'build') {
      if (!l.weights.length) buildLayer(this.host, l, bind(args, ['input_shape']).shape('input_shape') ?? null, site);
      return NONE;
    }
    if (name === 'call') return this.callLayerInScope(l, args, site);
    if (name === 'enable_lora') return enableLora(this.host, l, args, site, (v) => this.tf.tensors.shapeOfValue(v));
    return undefined;
  }

  /** Functional layer forms: `layers.add([a, b])` is `Add()([a, b])`, `layers.concatenate(xs, axis=1)` is `Concatenate(axis=1)(xs)` (Keras 2's merge.py the same). */
  functionalMerge(fn: string, args: Args, site: CallSite, k2?: boolean): Value | undefined {
    const f = KERAS_FUNCTIONAL[fn];
    if (!f) return undefined;
    const a = bind(args, ['inputs', ...f.params]);
    const kw = new Map([...args.kw].filter(([k]) => k !== 'inputs'));
    f.params.forEach((p, i) => { if (args.pos[i + 1]) kw.set(p, args.pos[i + 1]!); });
    const layer = this.makeKerasLayer(f.cls, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site, 'keras', k2);
    if (layer.t !== 'layer') return layer;
    return this.callLayer(this.tf.reg.layers.get(layer.l.id)!, { pos: [a.get('inputs') ?? NONE], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
  }

  private callSubclassedInScope(inst: Value & { t: 'instance' }, l: LayerObj, args: Args, site: CallSite): Value {
    const x = bind(args, ['inputs']).get('inputs') ?? NONE;
    const exitK2 = l.k2 ? this.k2.enter(l.name ?? '?', site) : null;
    if (!exitK2) this.kerasScope.push(l.name ?? '?');
    const savedSite = l.site;
    l.site = site;
    try {
      const build = this.tf.interp.findAttrInClass(inst.c, 'build');
      const unbuilt = !l.built;
      if (!l.built && (l.kind === 'Subclass' || build?.t === 'func')) {
        l.built = true;
        if (build?.t === 'func') {
          const sv = buildShapeArg(this.tf, x);
          this.tf.interp.callFunction(build.f, { pos: [sv], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, inst);
        }
      } else if (!l.built && !l.k2 && x.t === 'tensor' && !kerasRow(l.kind)?.keras?.qkv && kerasRow(l.kind)?.weights?.length) {
        // a subclass of a built-in layer overriding only `call`: Layer.__call__ builds it (`_maybe_build`, the base
        // class's build on the first input's shape) before running the user's call, at the calling line
        buildLayer(this.host, l, this.tf.tensors.shapeOfValue(x), site, undefined, x.dtype, x.vague === false);
      }
      const call = this.tf.interp.findAttrInClass(inst.c, 'call');
      if (!l.k2 && call?.t === 'func' && isKerasTensor(x) && ownsOutputShape(this.tf, inst.c)) {
        // Keras 3 on KerasTensors: the output is compute_output_shape's; call is traced only to build a layer without a build
        if (unbuilt && l.kind === 'Subclass' && build?.t !== 'func') this.tracedCall(call.f, args, site, inst, true);
        return outputFromShapeMethod(this.tf, inst, l, x, site);
      }
      if (call?.t === 'func') return this.tracedCall(call.f, args, site, inst, !l.k2 && isKerasTensor(x));
      return l.kind === 'Subclass' ? unknown('call') : this.callLayerInScope(l, args, site);
    } finally {
      if (exitK2) exitK2();
      else this.kerasScope.pop();
      l.site = savedSite;
    }
  }

  /** A subclass's `call`; on KerasTensors (Keras 3's compute_output_spec) its tensors are a FuncGraph's, symbolic. */
  private tracedCall(f: Parameters<TfLibrary['interp']['callFunction']>[0], args: Args, site: CallSite, inst: Value, symbolic: boolean): Value {
    if (!symbolic) return this.tf.interp.callFunction(f, args, site, inst);
    this.tf.symbolicCalls++;
    this.traceBases.push(this.kerasScope.length);
    try { return this.tf.interp.callFunction(f, args, site, inst); } finally { this.tf.symbolicCalls--; this.traceBases.pop(); }
  }

  /** The TF name scope Keras 3's layers opened around a raw tf.Variable made in a subclass's build or call
   *  (tensorflow/core.py name_scope is tf.name_scope): their names since the innermost symbolic trace began. */
  rawVariablePrefix(): string {
    return this.kerasScope.slice(this.traceBases[this.traceBases.length - 1] ?? 0).join('/');
  }

  /**
   * `self.add_weight(...)` inside a subclassed layer: Keras 2's signature when the name comes first (TF1-era
   * code; Keras 3 raises on a positional name), else Keras 3's (shape, initializer, dtype; the rest by keyword).
   */
  addWeight(l: LayerObj, args: Args, site: CallSite): Value {
    const a = bind(args, args.pos[0]?.t === 'str' ? KERAS2_ADD_WEIGHT : KERAS3_ADD_WEIGHT);
    // Keras 3 names an unnamed weight like any object: variable, variable_1, ... (backend/common/variables.py auto_name)
    const name = a.str('name') ?? (l.k2 ? 'variable' : this.kerasUniquify('variable'));
    const shape = a.shape('shape') ?? [];
    const dtype = a.dtype('dtype') ?? 'float32';
    const initV = a.get('initializer');
    const trainable = a.bool('trainable', true) !== false;
    // Keras's add_weight: initializers.get(initializer or the dtype's default), drawn now when unseeded
    const spec = this.tf.inits.kerasInitAt(initV, isFloatDtype(dtype) ? 'glorot_uniform' : 'zeros', false, `add_weight(${name}) initializer`)
      ?? (initV && initV.t !== 'none' ? this.tf.inits.initializerFromValue(initV, 'keras')
        : this.tf.inits.makeInitializer(isFloatDtype(dtype) ? 'glorot_uniform' : 'zeros', 'keras', { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, 'default'));
    // Keras 3's add_weight opens `name_scope(self.name, caller=self)` (keras/src/layers/layer.py), deduplicated when
    // the innermost scope is already the layer's own (its build / call): called from `__init__` (or from another
    // layer's code) the weight is `<layer>/<name>` under the scopes open there
    const own = this.kerasScope[this.kerasScope.length - 1] === (l.name ?? '?');
    const path = l.k2 ? this.k2.varName(name) : [...this.kerasScope, ...(own ? [] : [l.name ?? '?']), name].join('/');
    const rec = this.tf.vars.addVariable({
      storeKey: null, name: path, shape, dtype, initializer: spec, trainable,
      collections: trainable ? ['global_variables', 'trainable_variables'] : ['global_variables'], scope: this.kerasScope.join('/'),
      api: 'layer', site, nameNode: a.node('name'), seed: { graph: this.tf.globalSeed, op: intSeedOf(spec) },
    });
    l.weights.push(this.tf.vars.varValue(rec));
    return this.tf.vars.varValue(rec);
  }

  // ---------- TF functions ----------

  /** A count the analysis lost (saves whose number is not known): the next auto-names of `base` are `base_?`. */
  loseUid(base: string): void {
    this.kerasUids.set(base, NaN);
  }

  kerasUniquify(base: string): string {
    const n = this.kerasUids.get(base) ?? 0;
    // a count the analysis lost (loseUid): the suffix is unknown
    if (Number.isNaN(n)) return `${base}_?`;
    this.kerasUids.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  }

  /**
   * `layer.__class__.from_config(layer.get_config())` for a table layer whose config the analysis holds (Bidirectional's
   * directions, clone_model): a new unbuilt layer of the same class named `name`; its unseeded initializers and its
   * SeedGenerator draw again, in the constructor's order. `at`: where the new layer is shown; `site`: the call.
   */
  remakeFromConfig(l: LayerObj, name: string, config: Map<string, Value>, at: CallSite | undefined, site: CallSite): Value {
    const copy: LayerObj = { ...l, id: freshId(), name, config, inits: new Map(), built: false, weights: [], ...(at ? { site: at } : {}) };
    this.tf.reg.layers.set(copy.id, copy);
    this.tf.rng.kerasConstructorDraws(copy, true);
    if (ownsSeedGenerator(copy.kind, configNum(config))) this.tf.rng.seedGenerator(config.get('seed'), site);
    this.tf.rng.pendingSeedGen = null;
    return { t: 'layer', l: { id: copy.id } };
  }

  /** Set while `Class.from_config(config)` constructs: Operation.from_config re-raises the constructor's error. */
  private deserializing: { cls: string; config: string } | null = null;

  /** A Keras constructor raised: TensorFlow's error at the call, and no layer. */
  private refuse(site: CallSite, type: string, message: string): Value {
    const d = this.deserializing;
    if (d) this.tf.diag.raise(site, 'TypeError', `Error when deserializing class '${d.cls}' using config=${d.config}.\n\nException encountered: ${message}`, 'layer-argument');
    else this.tf.diag.raise(site, type, message, 'layer-argument');
    return unknown('a layer Keras refuses');
  }

  /** Keras 3 `layers.<Class>.from_config(config)` on a dict known statically: the class constructed from its entries, as
   *  the row's Keras column says the class deserializes; unknown for a config or a class the analysis does not follow. */
  layerFromConfig(cls0: string, args: Args, site: CallSite, api: ApiFamily): Value {
    const cls = KERAS_LAYER_ALIASES[cls0] ?? cls0;
    const how = kerasRow(cls)?.keras ? kerasRow(cls)!.keras!.fromConfig ?? 'wrap' : 'unknown';
    const cfg = args.pos[0] ?? args.kw.get('config');
    if (how === 'unknown' || cfg?.t !== 'dict' || cfg.keys.some((k) => k.t !== 'str')) return unknown(`keras.layers.${cls}.from_config`);
    const keys = [...cfg.keys];
    const vals = [...cfg.vals];
    const at = (k: string): number => keys.findIndex((x) => x.t === 'str' && x.v === k);
    const dtype = at('dtype');
    if (dtype >= 0 && vals[dtype]!.t === 'dict') return unknown(`keras.layers.${cls}.from_config with a serialized dtype policy`);
    if (how === 'quantization') {
      const q = at('quantization_config');
      if (q >= 0 && vals[q]!.t !== 'none') return unknown(`keras.layers.${cls}.from_config with a quantization config`);
      if (q < 0) keys.push(str('quantization_config')), vals.push(NONE);
    }
    const kw = new Map<string, Value>(keys.map((k, i) => [(k as Value & { t: 'str' }).v, vals[i]!]));
    const config = pyRepr({ t: 'dict', keys, vals });
    if (how !== 'plain' && config === undefined) return unknown(`keras.layers.${cls}.from_config`);
    this.deserializing = how === 'plain' ? null : { cls, config: config! };
    try {
      return this.makeKerasLayer(cls, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site, api);
    } finally {
      this.deserializing = null;
    }
  }

  makeKerasLayer(cls0: string, args: Args, site: CallSite, api: ApiFamily, k2?: boolean): Value {
    const cls = KERAS_LAYER_ALIASES[cls0] ?? cls0;
    if (cls === 'Bidirectional') return makeBidirectional(this, this.tf, args, site);
    const config = new Map<string, Value>();
    const positional: Readonly<Record<string, readonly string[]>> = KERAS_POSITIONAL;
    (positional[cls] ?? []).forEach((k, i) => { if (args.pos[i]) config.set(k, args.pos[i]!); });
    for (const [k, v] of args.kw) config.set(k, v);
    const refused = k2 ? null : intArgError(kerasRow(cls)?.keras?.intArgs, config);
    if (refused) return this.refuse(site, 'ValueError', refused);
    // data_format=None is backend.image_data_format() (standardize_data_format): after
    // set_image_data_format('channels_first') every layer that reads it defaults to channels_first
    if (imageDataFormat(this.tf) !== 'channels_last' && (config.get('data_format') ?? NONE).t === 'none') config.set('data_format', str(imageDataFormat(this.tf)));
    // Keras 3's RNN makes a list of cells a StackedRNNCells before Layer.__init__ names the RNN
    const cells = !k2 && cls === 'RNN' ? config.get('cell') : undefined;
    if (cells && (cells.t === 'list' || cells.t === 'tuple')) {
      const stacked = this.makeKerasLayer('StackedRNNCells', { pos: [cells], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, api);
      if (stacked.t !== 'layer') return stacked;
      config.set('cell', stacked);
    }
    const name = strOf(config.get('name')) ?? null;
    const l: LayerObj = {
      id: freshId(), kind: cls, api, name: name ?? this.uniqueName(snakeCase(cls), k2), config, inits: new Map(), built: false, weights: [], site,
      ...(k2 ? { k2: true as const } : {}),
    };
    this.tf.reg.layers.set(l.id, l);
    if (cls === 'InputLayer') {
      // `InputLayer(shape=...)` (Keras 3), `batch_shape=`, or the deprecated `input_shape=` / `batch_input_shape=`.
      const shape = config.get('shape') ?? config.get('input_shape');
      const batch = config.get('batch_shape') ?? config.get('batch_input_shape');
      const s = shape && shape.t !== 'none' ? shapeOf(shape) : null;
      const bs = s ? [numOf(config.get('batch_size')) ?? null, ...s] : batch && batch.t !== 'none' ? shapeOf(batch) : null;
      l.built = true;
      if (bs) l.batchShape = bs;
      return { t: 'layer', l: { id: l.id } };
    }
    // Keras 3 constructors check some arguments after Layer.__init__ took the name, and others after their
    // initializers drew seeds (Keras 2's draw none)
    const kcol = k2 ? undefined : kerasRow(cls)?.keras;
    const early = tupleArgsError(kcol?.tuples, config) ?? ctorChecksError(kcol?.named, config);
    if (early) return this.refuse(site, early.type, early.message);
    if (!k2) this.tf.rng.kerasConstructorDraws(l);
    const late = ctorChecksError(kcol?.checks, config);
    if (late) return this.refuse(site, late.type, late.message);
    // Keras 3 layers that draw random numbers own a SeedGenerator, whose state variable exists from construction.
    if (!k2 && ownsSeedGenerator(cls, configNum(config))) {
      this.tf.rng.seedGenerator(config.get('seed'), site);
    }
    // a composite augmentation makes its sublayers now (each takes a layer name, and their SeedGenerators)
    const reader = kcol?.sublayers ? new PyLayerConfig(config, 'keras3') : undefined;
    for (const sub of kcol?.sublayers ?? []) {
      if (sub.when && !sub.when(reader!)) continue;
      const kw = new Map<string, Value>(sub.seeded ? [['seed', config.get('seed') ?? NONE]] : []);
      this.makeKerasLayer(sub.cls, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site, api);
    }
    // a constructor that builds the layer when given an argument (Embedding's weights=), in the layer's name scope
    const builds = kcol?.buildsWhenGiven ? config.get(kcol.buildsWhenGiven) : undefined;
    if (builds && builds.t !== 'none' && builds.t !== 'unknown') {
      this.kerasScope.push(l.name ?? '?');
      try { buildLayer(this.host, l, null, site); } finally { this.kerasScope.pop(); }
    }
    // Keras's Layer takes `input_shape=` / `input_dim=` (Embedding's input_dim is its vocabulary size).
    // Keras 2's Embedding always has one: `(input_length,)`, else `(None,)` (layers/embeddings.py), so a Sequential
    // starting with it builds at once
    const k2Embedding = k2 && cls === 'Embedding' ? { t: 'tuple' as const, items: [config.get('input_length') ?? NONE] } : undefined;
    const inputShape = config.get('input_shape') ?? (kerasRow(cls)?.ownsInputDim ? k2Embedding : config.get('input_dim'));
    if (inputShape && inputShape.t !== 'none') {
      const s = inputShape.t === 'int' ? [inputShape.v] : shapeOf(inputShape);
      if (s) l.pendingInputShape = [null, ...s];
    }
    return { t: 'layer', l: { id: l.id } };
  }

  /** `keras.Sequential(layers)`: Keras 3 adds each layer without rebuilding, then rebuilds once. */
  makeSequential(args: Args, site: CallSite, k2?: boolean): Value {
    const a = bind(args, ['layers', 'trainable', 'name']);
    const layersV = a.get('layers');
    const items = layersV && (layersV.t === 'list' || layersV.t === 'tuple') ? [...layersV.items] : [];
    const l: LayerObj = {
      id: freshId(), kind: 'Sequential', api: 'keras', name: a.str('name') ?? this.uniqueName('sequential', k2), config: new Map([['layers', { t: 'list', items: [] }]]),
      inits: new Map(), built: false, weights: [], site, ...(k2 ? { k2: true as const } : {}),
    };
    this.tf.reg.layers.set(l.id, l);
    this.tf.training.track(l);
    if (k2) this.k2.batchCounters(site);
    for (const item of items) this.sequentialAdd(l, item, site, false);
    if (items.length) this.sequentialRebuild(l, site);
    return { t: 'layer', l: { id: l.id } };
  }

  /**
   * `Sequential.add(layer)` as Keras 3 does it: a first layer with `input_shape=` brings an InputLayer, a
   * `keras.Input` tensor or an InputLayer sets the model's input (`batchShape`, kept apart from `layers`,
   * which like Keras's `model.layers` omits it); with `rebuild`, a model with a known input builds at once.
   */
  sequentialAdd(l: LayerObj, item: Value, site: CallSite, rebuild = true): void {
    const layers = l.config.get('layers') as { items: Value[] };
    let input: Shape | undefined;
    if (item.t === 'tensor' && !item.kl?.length) input = item.shape; // keras.Input(...): its InputLayer
    else if (item.t === 'layer') {
      const il = this.tf.reg.layers.get(item.l.id)!;
      if (il.kind === 'InputLayer') input = il.batchShape ?? null;
      else if (!layers.items.length && l.batchShape === undefined && il.pendingInputShape !== undefined) {
        l.batchShape = il.pendingInputShape;
        if (!l.k2) this.kerasUniquify('input_layer'); // Sequential.add makes the first layer's InputLayer
      }
    } else if (item.t !== 'instance' || item.attrs.get('__keras__')?.t !== 'layer') return; // Keras raises: only layers can be added (not followed)
    if (item.t === 'layer' && this.duplicateInSequential(layers.items, item.l.id, site)) return;
    if (input !== undefined) {
      const prev = l.batchShape;
      if (prev !== undefined) {
        this.tf.diag.raise(site, 'ValueError', `Sequential model '${l.name}' has already been configured to use input shape ${tensorShapeStr(prev)}. You cannot add a different Input layer to it.`, 'sequential-input');
        return;
      }
      // An Input after other layers sits in the middle of Keras's stack, where nothing builds from it: not followed.
      if (!layers.items.length) l.batchShape = input;
      return;
    }
    layers.items.push(item);
    l.built = false;
    if (rebuild) this.sequentialRebuild(l, site);
  }

  /** Sequential.add's `_is_layer_name_unique` check (keras/src/models/sequential.py): raises on a taken name. */
  private duplicateInSequential(items: readonly Value[], id: number, site: CallSite): boolean {
    const name = this.tf.reg.layers.get(id)?.name;
    if (!name || hasUnknownPiece(name)) return false;
    const taken = items.some((v) => v.t === 'layer' && v.l.id !== id && this.tf.reg.layers.get(v.l.id)?.name === name);
    if (taken) {
      this.tf.diag.raise(site, 'ValueError', `All layers added to a Sequential model should have unique names. Name '${name}' is already the name of a layer in this model. Update the \`name\` argument to pass a unique name.`, 'duplicate-layer-name');
    }
    return taken;
  }

  /** Keras's `Sequential._maybe_rebuild`: builds when the input is known (an InputLayer, or a first model with an input shape). */
  sequentialRebuild(l: LayerObj, site: CallSite): void {
    const layers = (l.config.get('layers') as { items: Value[] }).items;
    if (!layers.length) return;
    let shape: Shape | undefined;
    if (l.batchShape !== undefined) shape = l.batchShape;
    else {
      const first = layers[0]!.t === 'layer' ? this.tf.reg.layers.get((layers[0] as { l: { id: number } }).l.id) : undefined;
      if (first && (first.kind === 'Functional' || first.kind === 'Sequential')) {
        const s = first.kind === 'Functional' ? first.inputShape : first.batchShape;
        if (s !== undefined && (first.kind === 'Functional' || first.built)) shape = s;
      }
      if (layers.length < 2) shape = undefined;
    }
    if (shape === undefined || !shape) return;
    const input: Args = { pos: [{ t: 'tensor', shape, dtype: 'float32' }], kw: new Map(), posNodes: [null], kwNodes: new Map() };
    // Keras 2 builds a model with a known input as a graph network: its layers outside the model's name scope
    if (l.k2) this.callLayerInScope(l, input, site);
    else this.callLayer(l, input, site);
  }

  callLayer(l: LayerObj, args: Args, site: CallSite): Value {
    if (l.kind === 'Tf1Layer') return tf1CallLayer(this.tf, { t: 'layer', l: { id: l.id } }, l, args, site);
    // Keras 2: the layer's TF name scope on each call (an eager Sequential builds its graph network outside it)
    const exitK2 = !l.k2 ? null : l.kind === 'Sequential' && this.tf.eager ? () => undefined : this.k2.enter(l.name ?? '?', site);
    if (!exitK2) this.kerasScope.push(l.name ?? '?');
    try {
      const from = producersOf([args.pos[0], args.kw.get('inputs'), args.kw.get('initial_state')]);
      if (!l.inbound?.length && from.length) l.inbound = from;
      const out = this.callLayerInScope(l, args, site);
      if (out.t !== 'tensor' && out.t !== 'list') return out;
      // Record the layer in the output's history (functional models are built from these).
      const ins = [args.pos[0], args.pos[1], args.kw.get('inputs'), args.kw.get('initial_state')].flatMap((v) => (v?.t === 'list' || v?.t === 'tuple' ? v.items : v ? [v] : []));
      const kl = new Set<number>();
      for (const v of ins) if (v.t === 'tensor') for (const id of v.kl ?? []) kl.add(id);
      kl.add(l.id);
      // gradients reach its inputs' variables and its weights (lib/gradDeps.ts), when all are followed
      const wdeps = unionDeps(this.layerWeights(l));
      const deps = wdeps && unionDeps(ins, wdeps);
      if (out.t === 'list') return { ...out, items: out.items.map((t) => (t.t === 'tensor' ? withDeps({ ...t, kl: [...kl] }, deps) as Value : t)) };
      return withDeps({ ...out, kl: [...kl] }, deps);
    } finally {
      if (exitK2) exitK2();
      else this.kerasScope.pop();
    }
  }

  /** A layer's weights, with those of the layers it contains (Sequential, functional models, wrappers). */
  layerWeights(l: LayerObj, depth = 0): Value[] {
    if (depth > 20) return [];
    const out = [...l.weights];
    const sub = l.config.get('layers');
    const kids = sub?.t === 'list' ? sub.items : [];
    for (const k of [...kids, l.config.get('forward'), l.config.get('backward')]) {
      if (k?.t === 'layer') out.push(...this.layerWeights(this.tf.reg.layers.get(k.l.id)!, depth + 1));
    }
    for (const id of l.children ?? []) out.push(...this.layerWeights(this.tf.reg.layers.get(id)!, depth + 1));
    return out;
  }

  /** `keras.Model(inputs, outputs)`: Keras rejects a graph in which two layers share a name. */
  makeFunctionalModel(args: Args, site: CallSite, k2?: boolean): Value {
    const a = bind(args, ['inputs', 'outputs', 'name']);
    const outs = a.get('outputs');
    const tensors = outs?.t === 'list' || outs?.t === 'tuple' ? outs.items : outs ? [outs] : [];
    const counts = new Map<string, number>();
    const ids = new Set<number>();
    for (const t of tensors) if (t.t === 'tensor') for (const id of t.kl ?? []) ids.add(id);
    for (const id of ids) {
      const n = this.tf.reg.layers.get(id)?.name;
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [n, c] of counts) {
      if (c > 1) {
        this.tf.diag.raise(site, 'ValueError', `The name "${n}" is used ${c} times in the model. All operation names should be unique.`, 'duplicate-layer-name');
        break;
      }
    }
    // Keras 2 names a functional model `model` (and makes its batch counters eagerly)
    const name = a.str('name') ?? (k2 ? this.k2.uniquify('model') : this.kerasUniquify('functional'));
    if (k2) this.k2.batchCounters(site);
    const l: LayerObj = {
      id: freshId(), kind: 'Functional', api: 'keras', name, config: new Map(), inits: new Map(), built: true, weights: [], site, children: [...ids],
      ...(k2 ? { k2: true as const } : {}),
    };
    this.tf.reg.layers.set(l.id, l);
    const inputs = a.get('inputs');
    l.outputProducers = producersOf(tensors);
    if (outs?.t === 'list' || outs?.t === 'tuple') l.outputStructure = outs.t;
    l.inputNames = (inputs?.t === 'list' || inputs?.t === 'tuple' ? inputs.items : inputs ? [inputs] : []).flatMap((t) => (t.t === 'tensor' && t.kinput ? [t.kinput] : []));
    this.tf.training.track(l);
    // One input / one output: their shapes (a Sequential starting with this model builds from its input shape).
    const ins = a.get('inputs');
    const inT = ins?.t === 'list' || ins?.t === 'tuple' ? (ins.items.length === 1 ? ins.items[0] : undefined) : ins;
    if (inT?.t === 'tensor' && inT.shape) l.inputShape = inT.shape;
    if (tensors.length === 1 && tensors[0]!.t === 'tensor' && tensors[0]!.shape) l.outputShape = tensors[0]!.shape;
    if (tensors.length > 1) l.outputShapes = tensors.map((t) => (t.t === 'tensor' ? t.shape : null));
    return { t: 'layer', l: { id: l.id } };
  }

  /** Calls a layer a container holds on one input (a subclass instance through its own `call`); undefined: not a layer. */
  callHeld(item: Value | undefined, x: Value, site: CallSite): Value | undefined {
    const held = layerIn(this.tf, item);
    if (!held || !item) return undefined;
    const args: Args = { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() };
    return item.t === 'instance' ? this.callSubclassed(item, held, args, site) : this.callLayer(held, args, site);
  }

  /** A Sequential called (or built): its layers in order, building it on a known first shape as Keras 3 does. */
  private callSequentialInScope(l: LayerObj, x: Value, inShape: Shape, site: CallSite): Value {
    const empty = !l.k2 && !(l.config.get('layers') as { items: Value[] }).items.length ? sequentialBuildError(l, undefined) : null;
    if (empty) {
      this.tf.diag.raise(site, 'ValueError', empty, 'keras-build');
      return unknown();
    }
    // Building from a known shape gives the model its InputLayer (Keras's Sequential.build); later adds build.
    const building = !l.built && !l.k2 && !!inShape;
    if (inShape && l.batchShape === undefined) {
      l.batchShape = inShape;
      if (building) this.kerasUniquify('input_layer');
    }
    let cur: Value = x.t === 'tensor' ? x : { t: 'tensor', shape: inShape, dtype: 'float32' };
    for (const item of (l.config.get('layers') as { items: Value[] }).items) {
      cur = this.callHeld(item, cur, site) ?? { t: 'tensor', shape: null, dtype: 'float32' };
    }
    l.built = true;
    // Keras 3's Sequential.build ends by making its Functional (named like any functional model)
    if (building) this.kerasUniquify('functional');
    // The model's own scope stands at the Sequential(...) call (its layers' weights at their own lines).
    const path = this.kerasScope.join('/');
    if (path && !this.tf.scopes.has(path) && this.layerWeights(l).length > 0) this.tf.scoping.recordScope(path, 'model', site, null);
    return cur;
  }

  callLayerInScope(l: LayerObj, args: Args, site: CallSite): Value {
    const first = kerasRow(l.kind)?.keras?.qkv ? 'query' : 'inputs';
    const x = bind(args, [first]).get(first) ?? NONE;
    const inShape = this.tf.tensors.shapeOfValue(x);
    if (l.kind === 'Sequential') return this.callSequentialInScope(l, x, inShape, site);
    if (l.kind === 'Lambda') {
      const traced = lambdaTraced(this.tf, l, x, site, l.k2);
      if (traced) return traced;
    }
    if (x.t === 'list' || x.t === 'tuple') {
      // Merge and attention layers take a list of tensors; attention layers build on the query's shape.
      const shapes = x.items.map((v) => this.tf.tensors.shapeOfValue(v));
      if (!l.built && kerasRow(l.kind)?.weights?.length) buildLayer(this.host, l, shapes[0] ?? null, site);
      return { t: 'tensor', shape: kerasMergeShape(l.kind, l.config, shapes, l.k2), dtype: 'float32' };
    }
    if (l.kind === 'Functional') {
      // A functional model called on a new input: its output's shape, or the list of its outputs' shapes
      if (l.outputShapes) return { t: 'list', items: l.outputShapes.map((shape): Value => ({ t: 'tensor', shape, dtype: 'float32' })) };
      return { t: 'tensor', shape: l.outputShape ?? null, dtype: 'float32' };
    }
    if (l.kind === 'TimeDistributed' && !l.k2) return callTimeDistributed(this, this.tf, l, x, inShape, site);
    if ((l.kind === 'RNN' || l.kind === 'StackedRNNCells') && !l.k2) return callKerasRnn(this, this.tf, l, inShape, site);
    if (l.kind === 'Bidirectional') {
      const outs: Shape[] = [];
      for (const dir of ['forward', 'backward']) {
        const d = l.config.get(dir);
        if (d?.t === 'layer') {
          const o = this.callLayer(this.tf.reg.layers.get(d.l.id)!, { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
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
    let others: { valueShape?: Shape; keyShape?: Shape } | undefined;
    if (kerasRow(l.kind)?.keras?.qkv) {
      // an attention layer's call(query, value, key=None, ...): Keras builds it on the three inputs' shapes
      const a = bind(args, ['query', 'value', 'key']);
      const shapeOf = (k: string): Shape | undefined => {
        const v = a.get(k);
        return v === undefined || v.t === 'none' ? undefined : this.tf.tensors.shapeOfValue(v);
      };
      others = { valueShape: shapeOf('value') ?? null, ...(shapeOf('key') === undefined ? {} : { keyShape: shapeOf('key') }) };
    }
    if (!l.built) buildLayer(this.host, l, inShape, site, others, x.t === 'tensor' ? x.dtype : null, x.t === 'tensor' && x.vague === false);
    else {
      // Keras checks later calls against the input spec the layer was built with (last axis).
      const want = l.builtInDim;
      const got = inShape && inShape.length ? inShape[inShape.length - 1] : null;
      if (want != null && got != null && want !== got && checksInputAxis(l.kind)) {
        this.tf.diag.raise(site, 'ValueError', `Input 0 with name 'None' of layer '${l.name}' is incompatible with the layer: expected axis -1 of input shape to have value ${want}, but received input with shape ${tensorShapeStr(inShape)}`, 'incompatible-input');
      }
    }
    const outShape = layerOutputShape(l, inShape);
    const out: Value = { t: 'tensor', shape: outShape, dtype: 'float32', vague: layerOutputVague(tshapeOf(this.tf, x), outShape) };
    const states = kerasRow(l.kind)?.keras?.states;
    if (!states || l.config.get('return_state')?.t !== 'bool' || !(l.config.get('return_state') as { v: boolean }).v) return out;
    // return_state=True: [output, *states], each state shaped like the last step's output
    const last = layerOutputShape({ ...l, config: new Map([...l.config, ['return_sequences', { t: 'bool', v: false }]]) }, inShape);
    return { t: 'list', items: [out, ...Array.from({ length: states }, (): Value => ({ t: 'tensor', shape: last, dtype: 'float32' }))] };
  }

  /** What building a layer (lib/layerBuild.ts) needs, over the library's modules. */
  get host(): LayerBuildHost {
    const tf = this.tf;
    return {
      kerasScope: this.kerasScope,
      globalSeed: tf.globalSeed,
      initializerFromValue: (v, api) => tf.inits.initializerFromValue(v, api),
      makeInitializer: (kind, api, args, calledName) => tf.inits.makeInitializer(kind, api, args, calledName),
      addVariable: (o) => tf.vars.addVariable(o),
      varValue: (v) => tf.vars.varValue(v),
      kerasClone: (spec, what) => tf.inits.kerasClone(spec, what),
      kerasBuildInit: (v, dflt, what) => tf.inits.kerasInitAt(v, dflt, false, what) ?? { kind: 'unknown', reason: `the ${what} is not one the analysis models`, api: 'keras' },
      setTrainable: (v, on) => {
        const r = v.t === 'var' ? tf.reg.vars.get(v.v.id) : undefined;
        if (!r) return;
        r.trainable = on;
        r.collections = on ? [...new Set([...r.collections, 'trainable_variables'])] : r.collections.filter((c) => c !== 'trainable_variables');
      },
      mhaBuildDraws: (c, site, k2) => {
        // the attention layers' build makes a Softmax and a Dropout layer: Keras 3 names them (their uids)
        if (!k2) for (const n of ['softmax', 'dropout']) this.kerasUniquify(n);
        tf.rng.mhaBuildDraws(c, site);
      },
      shapeOfValue: (v) => tf.tensors.shapeOfValue(v),
      reuseOf: (v) => tf.scoping.reuseOf(v),
      variableScope: (args, site, opScope) => tf.scoping.variableScope(args, site, opScope),
      getVariable: (args, site, local) => tf.vars.getVariable(args, site, local),
      raise: (site, type, message, code) => tf.diag.raise(site, type, message, code),
      note: (site, code, message) => tf.diag.warn(site, code, message, 'info'),
      keras2: this.k2,
    };
  }
}

/** What produced each tensor a call takes (its inputs, then `initial_state`): a layer's id, or a `keras.Input`'s name. */
export function producersOf(vals: (Value | undefined)[]): (number | string)[] {
  const out: (number | string)[] = [];
  const visit = (v: Value | undefined, d: number): void => {
    if (!v || d > 4) return;
    if (v.t === 'list' || v.t === 'tuple') for (const x of v.items) visit(x, d + 1);
    else if (v.t === 'tensor' && v.kl?.length) out.push(v.kl[v.kl.length - 1]!);
    else if (v.t === 'tensor' && v.kinput) out.push(v.kinput);
  };
  for (const v of vals) visit(v, 0);
  return out;
}

/** The layers whose outputs a call's inputs carry (a functional model's graph). */
function inputLayers(args: Args): number[] {
  const ins = [...args.pos, ...args.kw.values()].flatMap((v) => (v?.t === 'list' || v?.t === 'tuple' ? v.items : v ? [v] : []));
  return ins.flatMap((v) => (v.t === 'tensor' ? v.kl ?? [] : []));
}

const TF1_LAYERS = ['layers.dense', 'layers.conv1d', 'layers.conv2d', 'layers.conv3d', 'layers.conv2d_transpose', 'layers.conv3d_transpose',
  'layers.separable_conv1d', 'layers.separable_conv2d', 'layers.batch_normalization', 'layers.dropout', 'layers.flatten', 'layers.Flatten',
  'layers.Dense', 'layers.Conv1D', 'layers.Conv2D', 'layers.Conv3D', 'layers.Conv2DTranspose', 'layers.Conv3DTranspose',
  'layers.SeparableConv1D', 'layers.SeparableConv2D', 'layers.BatchNormalization', 'layers.Dropout',
  ...[1, 2, 3].flatMap((r) => [`max_pooling${r}d`, `average_pooling${r}d`, `MaxPooling${r}D`, `AveragePooling${r}D`, `MaxPool${r}D`, `AveragePool${r}D`].map((n) => `layers.${n}`))];

/**
 * TF 2.16+ ships Keras 3: `tf.compat.v1.layers.*` and the TF1 RNN cells raise on access. That is TensorFlow's
 * error only when the program is known to target TF 2.16+ with Keras 3 (the user's setting or a pin); when
 * that is merely the default assumption, the code evidently targets an older TensorFlow: say so, analyse on.
 * Returns the error's value, or undefined to go on.
 */
export function removedInKeras3(tf: TfLibrary, site: CallSite, name: string): Value | undefined {
  const short = name.split('.').pop()!;
  if (tf.target.target !== 'keras3') return undefined;
  if (tf.target.source !== 'default') {
    tf.diag.raise(site, 'AttributeError', `\`${short}\` is not available with Keras 3.`, 'removed-api');
    return unknown();
  }
  tf.diag.warn(site, 'needs-older-tf', `\`${short}\` needs TensorFlow ≤ 2.15 or tf_keras (with Keras 3 it raises AttributeError); analysed as TF 2.15 code.`);
  return undefined;
}

/**
 * TF ≥ 2.16 loads `tensorflow.python.layers.normalization` from tf_keras (a LazyLoader): without it, using the TF1
 * BatchNormalization raises ModuleNotFoundError. TensorFlow's error when the target is known to be TF 2.16+ with
 * Keras 3; a warning when that is only the default assumption.
 */
function needsTfKeras(tf: TfLibrary, site: CallSite, name: string): Value | undefined {
  if (tf.target.target !== 'keras3') return undefined;
  if (tf.target.source !== 'default') {
    tf.diag.raise(site, 'ModuleNotFoundError', "No module named 'tf_keras'", 'removed-api');
    return unknown();
  }
  tf.diag.warn(site, 'needs-older-tf', `\`${name.split('.').pop()!}\` of tensorflow.python.layers.normalization needs TensorFlow ≤ 2.15 or tf_keras (TF 2.16+ loads it from tf_keras); analysed as TF 2.15 code.`);
  return undefined;
}

export const KERAS_API: readonly ApiEntry[] = [
  {
    // `tf.keras.layers.Dense` (root 'keras') is a Keras class: declined here, made by the Keras layer rule
    names: TF1_LAYERS, params: [],
    impl: (tf, a, site, c) => {
      if (c.root === 'keras') return undefined;
      const raised = c.root === 'v1' && !tf.legacy && !c.frozen ? removedInKeras3(tf, site, c.name) : c.fromTfKeras ? needsTfKeras(tf, site, c.name) : undefined;
      if (raised) return raised;
      const cls = c.name.split('.').pop()!;
      // the class form makes a layer object that builds when called; the function form builds at once
      if (/^[A-Z]/.test(cls)) return makeTf1Layer(tf, cls, a.raw, site);
      return tfLayersFunctional(tf.keras.host, c.name, a.raw, site);
    },
  },
];

/** TF1's base layer itself, `tf.layers.Layer(name=...)` (its subclasses: KerasLayers.newInstance). */
export const TF1_BASE_LAYER_API: readonly ApiEntry[] = [{
  names: ['layers.Layer'], params: [],
  impl: (tf, a, site, c) => {
    if (c.root === 'keras') return undefined;
    const raised = c.root === 'v1' && !tf.legacy && !c.frozen ? removedInKeras3(tf, site, c.name) : undefined;
    if (raised) return raised;
    return { t: 'layer', l: { id: makeTf1BaseLayer(tf, 'Layer', a.raw, site).id } };
  },
}];

/** Keras classes below the `keras` root (`keras.Sequential`, `tf.keras.Model`); layers and optimizers go by rule. */
export const KERAS_CLASSES_API: readonly ApiEntry[] = [
  {
    // Keras 2 (backend.clear_session: reset_uids, and reset_default_graph in graph mode) and Keras 3
    // (global_state.clear_session) start layer names again
    names: ['backend.clear_session', 'utils.clear_session'], params: [],
    impl: (tf, _a, _site, c) => {
      if (c.keras2) tf.keras.k2.clear();
      else tf.keras.kerasUids.clear();
      if (c.keras2 && !tf.eager) tf.defaultGraph = new TfGraph();
      return NONE;
    },
  },
  {
    // Keras 3's initializers.get (keras/src/initializers/__init__.py): None stays None; a string or a
    // {"class_name", "config"} dict is deserialized into a new instance (an unseeded random one draws its seed now);
    // a class is instantiated; an instance or a function is returned as it is. A tensor becomes a function of
    // Keras's own (not modelled: unknown).
    names: ['initializers.get'], params: ['identifier'],
    impl: (tf, a, _site, c) => {
      const v = a.get('identifier');
      if (c.keras2 || !v) return undefined;
      if (v.t === 'none' || v.t === 'init' || v.t === 'func' || v.t === 'partial' || v.t === 'bound') return v;
      const spec = v.t === 'tensor' ? null : tf.inits.kerasInitAt(v, 'glorot_uniform', false, 'initializer');
      return spec ? { t: 'init', spec } : unknown('keras.initializers.get');
    },
  },
  { names: ['callbacks.ModelCheckpoint'], params: [], impl: (tf, a, _site, c) => (c.keras2 ? undefined : tf.saving.makeCheckpoint(a.raw)) },
  // (keras.src's own module paths too, as the installed Keras sources followed as source import them)
  { names: ['Sequential', 'models.Sequential', 'models.sequential.Sequential'], params: [], impl: (tf, a, site, c) => tf.keras.makeSequential(a.raw, site, c.keras2) },
  { names: ['models.clone_model', 'models.cloning.clone_model'], params: [], impl: (tf, a, site, c) => (c.keras2 ? undefined : cloneModel(tf, a.raw, site)) },
  { names: ['models.load_model', 'saving.load_model', 'saving.saving_api.load_model'], params: [], impl: (tf, a, site, c) => loadModel(tf, a.raw, site, c.keras2) },
  { names: ['models.save_model', 'saving.save_model', 'saving.saving_api.save_model'], params: [], impl: (tf, a, site, c) => saveModel(tf, a.raw, site, c.keras2) },
  { names: ['Model', 'models.Model', 'models.model.Model', 'models.Functional', 'models.functional.Functional'], params: [], impl: (tf, a, site, c) => tf.keras.makeFunctionalModel(a.raw, site, c.keras2) },
];

/** Whether one of `c`'s bases (at any depth) is TF1's base layer `tf.layers.Layer`. */
function hasTf1Base(c: import('../values').ClassVal, depth = 0): boolean {
  return depth < 20 && c.bases.some((b) => (b.t === 'tf' ? isTf1LayerBase(b.path) : b.t === 'class' && hasTf1Base(b.c, depth + 1)));
}
