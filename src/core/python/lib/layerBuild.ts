// Building layers from the layer table (src/core/layers): the weights a Keras 3 layer creates when it builds
// (names under the Keras name-scope stack, initializers from the constructor, the config or Keras's defaults)
// and its output shape, and TF1's functional layers (`tf.compat.v1.layers.dense(...)`: get_variable under the
// layer's variable scope). The rows say what; this file makes the variables. The library is `LayerBuildHost`.

import type { SyntaxNode as Node } from '../ast';
import type { InitializerSpec, SeedInfo, Shape } from '../../model';
import type { Reuse, VarRecord } from '../../tf/graph';
import { loc, type Args, type CallSite } from '../interp';
import { channels, kerasRow, last, loraConstraintError, planBuild, planMerge, planOutput, tf1Row, unsupported, type LayerRow, type PlannedInit, type PlannedStep, type SpecialInit } from '../../layers';
import { isFloatDtype, type ApiFamily } from '../tfnames';
import { bool, int, NONE, pyStr, str, strOf, truthy, unknown, type Value } from '../values';
import { dtypeOf } from './convert';
import { PyLayerConfig } from './layerConfig';
import type { LayerObj } from './types';
import { intSeedOf } from '../../initializers';
import { initializerShapeError } from './initializers';
import { layerOutputVague } from './tensorOps';
import { symbolicWeightDims } from './layerSymbols';
import { bind } from './registry';
import { FROM_LAYER_INPUT } from '../symbolic';
import { unionDeps, withDeps } from './gradDeps';

/** A variable to create, as the library's `addVariable` takes it. */
export interface NewVariable {
  storeKey: string | null; name: string; shape: Shape; dtype: string; initializer: InitializerSpec; trainable: boolean;
  collections: string[]; scope: string; api: string; site: CallSite; nameNode: Node | null;
  seed: SeedInfo; partition?: { index: number; of: number; fullName: string };
  /** The shape argument as the program gave it (its symbolic dims are kept on the variable, VariableInfo.symbolic). */
  shapeArg?: Value;
  shapeNode?: Node | null;
  /** Values the shape was computed from otherwise (a layer's config): their symbols explain its unknown dims. */
  dependsOn?: Iterable<Value>;
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
  /** `initializers.get(v or dflt)` while building (Keras 3's `add_weight(initializer="he_uniform")`): an unseeded one draws. */
  kerasBuildInit(v: Value | undefined, dflt: string, what: string): InitializerSpec;
  /** A variable's trainable flag (and its trainable_variables collection) set after it was made. */
  setTrainable(v: Value, on: boolean): void;
  /** An attention layer's seed draws made while it builds (after the value sublayer). */
  mhaBuildDraws(c: Map<string, Value>, site: CallSite, keras2: boolean): void;
  shapeOfValue(v: Value): Shape;
  reuseOf(v: Value | undefined): Reuse | null;
  variableScope(args: Args, site: CallSite, opScope: boolean): Value;
  getVariable(args: Args, site: CallSite, local: boolean): Value;
  /** TensorFlow raises here (diagnostics.ts). */
  raise(site: CallSite, type: string, message: string, code: string): void;
  /** An analysis-limit message at the call (info). */
  note(site: CallSite, code: string, message: string): void;
  /** Keras 2's naming (lib/keras2.ts), for layers with `k2`. */
  readonly keras2: Pick<import('./keras2').Keras2Naming, 'varName' | 'enter' | 'layerDtype' | 'uniquify'>;
}

const NO_ARGS = (): Args => ({ pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() });

/** A TF1 functional layer's config: keywords (contrib spellings mapped to Keras's), positional parameters after `inputs`. */
function tf1Config(row: LayerRow | undefined, args: Args): Map<string, Value> {
  const m = new Map<string, Value>();
  for (const [k, v] of args.kw) {
    const key = row?.tf1?.aliases?.[k] ?? k;
    if (key === k || !m.has(key)) m.set(key, v);
  }
  (row?.tf1?.params ?? []).forEach((k, i) => {
    const v = args.pos[i + 1];
    if (v) m.set(k, v);
  });
  return m;
}

/**
 * The ValueError a TF1 (Keras 2) layer constructor raises for its arguments, in its words, or null: Keras 2's
 * conv_utils `normalize_tuple` (an int or `rank` ints for kernel_size / strides / dilation_rate / pool_size)
 * and `normalize_data_format`, in the order Conv.__init__ / Pooling.__init__ call them. Unknown values pass.
 */
/** The same for a TF1 layer class constructed with `args` (its positional parameters come first: no inputs). */
export function tf1ConstructorError(fn: string, args: Args): string | null {
  return tf1ArgumentError(fn, tf1Config(tf1Row(fn), { ...args, pos: [NONE, ...args.pos] }));
}

function tf1ArgumentError(fn: string, config: ReadonlyMap<string, Value>): string | null {
  const rank = Number(/(\d)d(?:_transpose)?$/.exec(fn)?.[1] ?? 0);
  if (!rank) return null;
  const pool = /pool/.test(fn);
  // TF1's pooling classes refuse strides=None before Keras 2's Pooling does anything (legacy_tf_layers/pooling.py)
  if (pool && config.get('strides')?.t === 'none') return 'Argument `strides` must not be None.';
  const keys = pool ? ['pool_size', 'strides'] : ['kernel_size', 'strides'];
  for (const key of keys) {
    const v = config.get(key);
    if (!v || v.t === 'int' || v.t === 'unknown') continue;
    const items = v.t === 'list' || v.t === 'tuple' ? v.items : null;
    if (items && items.some((x) => x.t === 'unknown')) continue;
    if (!items || items.length !== rank) return `The \`${key}\` argument must be a tuple of ${rank} integers. Received: ${pyStr(v) ?? '?'}`;
  }
  const df = config.get('data_format');
  if (df?.t === 'str' && !['channels_first', 'channels_last'].includes(df.v.toLowerCase())) {
    return `The \`data_format\` argument must be one of "channels_first", "channels_last". Received: ${df.v}`;
  }
  return null;
}

/**
 * Keras 2's build refuses an input whose needed dim (the last one for Dense, the channel axis for convolutions)
 * is None: its message, or null. Only for an input whose None dims are known to be None (`noneDims`); an unknown
 * rank raises Dense's ValueError (convolutions then fail otherwise: not modelled), a rank-1 input Dense's input spec.
 */
function tf1UndefinedInput(row: LayerRow, c: PyLayerConfig, inputs: Value, inShape: Shape): string | null {
  const need = row.tf1?.needs;
  if (!need || inputs.t !== 'tensor' || !inputs.noneDims) return null;
  if (!inShape) return need.dim === 'last' ? need.message : null;
  if (inShape.length < 2) return null;
  const d = need.dim === 'last' ? last(inShape) : channels(c, inShape);
  return d === null ? need.message.replace('{shape}', `(${inShape.map((x) => x ?? 'None').join(', ')})`) : null;
}

/** `tf.compat.v1.layers.dense(inputs, units, ...)` and friends (TF1 layers: get_variable under a layer scope). */
/**
 * The output shape of a built TF1 layer called again (`layer(x2)`; `args`: its constructor's): its row's output rule on the new input, when the
 * input meets the weights it built (the same known channel dimension and, beyond Dense, the same rank); else unknown
 * (TensorFlow's input_spec would refuse a mismatch, which is not modelled here).
 */
export function tf1CallAgainShape(fn: string, args: Args, inShape: Shape, builtOn: Shape): Shape {
  const row = tf1Row(fn);
  if (!row || !inShape || !builtOn) return null;
  const c = new PyLayerConfig(tf1Config(row, { ...args, pos: [NONE, ...args.pos] }), 'tf1');
  const first = strOf(args.kw.get('data_format') ?? NONE) === 'channels_first';
  const axis = (s: readonly (number | null)[]) => (first && fn !== 'dense' ? s[1] : s[s.length - 1]);
  const ch = axis(inShape);
  if (ch === null || ch === undefined || ch !== axis(builtOn)) return null;
  if (fn !== 'dense' && inShape.length !== builtOn.length) return null;
  return planOutput(row, c, inShape);
}

export function tfLayersFunctional(host: LayerBuildHost, name: string, args: Args, site: CallSite, classForm = false, scopeBase?: string): Value {
  const inputs = args.pos[0] ?? args.kw.get('inputs') ?? NONE;
  const inShape = host.shapeOfValue(inputs);
  const fn = name.split('.').pop()!;
  const row = tf1Row(fn);
  const config = tf1Config(row, args);
  const bad = tf1ArgumentError(fn, config);
  if (bad) {
    host.raise(site, 'ValueError', bad, 'layer-argument');
    return unknown('a layer TensorFlow refuses');
  }
  const nameV = args.kw.get('name') ?? args.kw.get('scope');
  const layerName = strOf(nameV) ?? null;
  // The functional forms construct their layer (`Dense(..., name=name, _scope=name)`, legacy_tf_layers/core.py):
  // an unnamed one (or one given a VariableScope) names itself by base.py `_init_set_name`, taking
  // `unique_object_name(to_snake_case(class), zero_based=False)` from Keras 2's per-graph counters (keras2.ts), so
  // later Keras 2 layers and TF1 layer objects count past it. The class form took its name when constructed.
  if (!classForm && (nameV === undefined || nameV.t === 'none' || nameV.t === 'scope')) host.keras2.uniquify(fn, true);
  const reuse = host.reuseOf(args.kw.get('reuse'));
  const base = scopeBase ?? row?.tf1?.scope ?? fn.toLowerCase();
  const trainable = truthy(args.kw.get('trainable') ?? bool(true)) !== false;
  const dtype = inputs.t === 'tensor' && inputs.dtype && isFloatDtype(inputs.dtype) ? inputs.dtype : 'float32';
  const mkArgs = (n: string, shape: Shape, init: Value | undefined, train: boolean, syms?: (Value | undefined)[]): Args => {
    // A dimension the analysis could not follow (an unknown `units`, an input of unknown width) is unknown to
    // it, not None in TensorFlow: no "shape should be fully defined" error for it (a symbolic option stays its symbol).
    const shapeV = shape ? { t: 'list' as const, items: shape.map((d, i): Value => (d === null ? syms?.[i] ?? unknown(FROM_LAYER_INPUT) : int(d))) } : unknown(FROM_LAYER_INPUT);
    const kw = new Map<string, Value>([['shape', shapeV], ['dtype', { t: 'dtype', name: dtype }], ['trainable', bool(train)]]);
    if (init && init.t !== 'none') kw.set('initializer', init);
    return { pos: [str(n)], kw, posNodes: [null], kwNodes: new Map() };
  };
  // The layer's variable scope: `variable_scope(name)` when reusing, else `variable_scope(None, default_name=name or base)`.
  // A VariableScope as the name: the layer's scope is that scope itself (legacy_tf_layers/base.py, _init_set_name).
  // The functional forms pass `_scope=name` (TF 1.15 layers/core.py, convolutional.py, ...): a named one opens
  // `variable_scope(name)` as it is, not made unique, inheriting the enclosing reuse (AUTO_REUSE shares it).
  const scopeArgs: Args = nameV?.t === 'scope'
    ? { pos: [nameV], kw: new Map(reuse ? [['reuse', bool(true)]] : []), posNodes: [null], kwNodes: new Map() }
    : reuse && layerName
    ? { pos: [str(layerName)], kw: new Map([['reuse', bool(true)]]), posNodes: [null], kwNodes: new Map() }
    : layerName && !classForm
    ? { pos: [str(layerName)], kw: new Map(), posNodes: [null], kwNodes: new Map() }
    : { pos: [NONE, str(layerName ?? base)], kw: new Map(), posNodes: [null, null], kwNodes: new Map() };
  const ctx = host.variableScope(scopeArgs, site, false) as Value & { t: 'ctx' };
  ctx.ctx.enter();
  let out: Value = { t: 'tensor', shape: null, dtype };
  try {
    const c = new PyLayerConfig(config, 'tf1');
    const undefinedDim = row ? tf1UndefinedInput(row, c, inputs, inShape) : null;
    if (undefinedDim) {
      // raised in build, inside the layer's scope: the layer took its unique name all the same
      host.raise(site, 'ValueError', undefinedDim, 'layer-input');
      out = unknown('a layer TensorFlow refuses');
    } else if (row) {
      const syms = symbolicWeightDims(row, config, 'tf1', inShape);
      let w = 0;
      const made: Value[] = [];
      for (const s of planBuild(row, c, inShape)) {
        if (s.step !== 'weight') continue;
        const dimSyms = syms?.[w++];
        // A given initializer (None: the variable scope's); else the row's TF1 default (null: the scope's).
        const given = s.init.key !== null ? config.get(s.init.key) : undefined;
        const init: Value | undefined = given ?? (s.init.dflt !== null ? { t: 'init', spec: host.makeInitializer(s.init.dflt, 'v1', NO_ARGS(), s.init.dflt) } : undefined);
        made.push(host.getVariable(mkArgs(s.name, s.shape, init, s.frozen ? false : trainable, dimSyms), site, false));
      }
      const shape = planOutput(row, c, inShape);
      const inVague = inputs.t === 'tensor' && inputs.vague !== undefined ? inputs.vague : !inShape || inShape.some((d) => d === null);
      // its output has gradients to its input's variables and to the weights it made (or reused under reuse)
      out = withDeps({ t: 'tensor', shape, dtype, vague: layerOutputVague({ dims: inShape, vague: inVague }, shape) }, unionDeps([inputs, ...made]));
    }
  } finally {
    ctx.ctx.exit();
  }
  return out;
}

/** The output shape of the Keras 3 layer `kind` on one input (the table's rule; null: unknown). */
export function kerasOutputShape(kind: string, config: ReadonlyMap<string, Value>, inShape: Shape, keras2 = false): Shape {
  return planOutput(kerasRow(kind), new PyLayerConfig(config, keras2 ? 'keras2' : 'keras3'), inShape);
}

/** The output shape of a Keras 3 layer called on a list of inputs (merge and attention layers). */
export function kerasMergeShape(kind: string, config: ReadonlyMap<string, Value>, shapes: Shape[], keras2 = false): Shape {
  return planMerge(kerasRow(kind), new PyLayerConfig(config, keras2 ? 'keras2' : 'keras3'), shapes);
}

/** What a layer returns for one input: Keras's rule for its class, unknown for a class without one. */
export function layerOutputShape(l: LayerObj, inShape: Shape): Shape {
  return kerasOutputShape(l.kind, l.config, inShape, l.k2);
}

/**
 * Keras's unit_forget_bias: the bias initializer's values for a quarter, ones for the forget gate's, the
 * initializer again for the other half. Exact for a constant bias initializer (zeros, ones, a scalar constant);
 * three random draws concatenated are not modelled (unknown, never guessed).
 */
function specialInit(host: LayerBuildHost, s: SpecialInit, base: InitializerSpec, k2: boolean, what: string): InitializerSpec {
  if (s.kind !== 'unit_forget_bias') {
    // Keras 3 clones the initializer (keras/src/layers/normalization/batch_normalization.py, _clone_initializer);
    // Keras 2 calls the same one again
    const made = k2 ? base : host.kerasClone(base, what);
    if (s.kind === 'clone') return made;
    const c = made.kind === 'zeros' ? 0 : made.kind === 'ones' ? 1 : made.kind === 'constant' && typeof made.value === 'number' ? made.value : null;
    if (c === null) return { kind: 'unknown', reason: `the square root of the ${made.display ?? made.kind} initializer's values: not modelled`, api: 'keras' };
    return { kind: 'constant', value: Math.fround(Math.sqrt(c)), api: 'keras', note: 'sqrt of the moving_variance initializer' };
  }
  const bias = base;
  const u = s.units ?? 0;
  const c = bias.kind === 'zeros' ? 0 : bias.kind === 'ones' ? 1 : bias.kind === 'constant' && typeof bias.value === 'number' ? bias.value : null;
  if (c === null) return { kind: 'unknown', reason: `unit_forget_bias: the bias initializer (${bias.display ?? bias.kind}) drawn for three of the four gates, ones for the forget gate's: not modelled`, api: 'keras' };
  const value = Array.from({ length: 4 * u }, (_x, i) => (i >= u && i < 2 * u ? 1 : c));
  return { kind: 'constant', value, api: 'keras', note: 'unit_forget_bias' };
}

/** The variable dtype of a Keras mixed-precision policy name, or null for any other name. */
function policyVariableDtype(name: string | undefined): string | null {
  return name === 'mixed_float16' || name === 'mixed_bfloat16' ? 'float32' : null;
}

/** One weight of a layer's build: named `<layer>/<weight>` (Keras 3) or by Keras 2's naming, on `l.weights`. */
function addLayerWeight(
  host: LayerBuildHost, l: LayerObj, s: PlannedStep & { step: 'weight' }, spec: InitializerSpec,
  o: { trainable: boolean; dtype: string; site: CallSite; dimSyms?: (Value | undefined)[]; deps: Iterable<Value> },
): void {
  const bad = initializerShapeError(spec, s.shape, true);
  if (bad) host.raise(o.site, 'ValueError', bad, 'initializer-shape');
  // Keras 2's add_weight gives the variable its own trainable flag; the layer's only sorts its weight lists
  const train = s.frozen ? false : l.k2 ? true : o.trainable;
  const rec = host.addVariable({
    storeKey: null, name: l.k2 ? host.keras2.varName(s.name) : [...host.kerasScope, s.name].join('/'), shape: s.shape, dtype: s.dtype ?? o.dtype, initializer: spec, trainable: train,
    collections: train ? ['global_variables', 'trainable_variables'] : ['global_variables'], scope: host.kerasScope.join('/'), api: 'layer',
    site: o.site, nameNode: null, seed: { graph: host.globalSeed, op: intSeedOf(spec) }, dependsOn: o.deps,
    ...(o.dimSyms?.some((d) => d) ? { shapeArg: { t: 'list', items: (s.shape ?? []).map((d, i) => (d === null ? o.dimSyms![i] ?? unknown() : int(d))) } } : {}),
  });
  if (l.site.node !== o.site.node) rec.layerLocation = loc(l.site.node, l.site.file);
  rec.layerClass = l.kind;
  if (!s.untracked) l.weights.push(host.varValue(rec));
}

/**
 * Keras layer build: weights named `<layer>/<weight>` (Keras 3 paths) in the table's order, initializers as
 * the constructor made them (`l.inits`), else from the config, else Keras's defaults. `others`: an attention layer's
 * value and key input shapes (its key/value kernels are sized by them).
 */
export function buildLayer(host: LayerBuildHost, l: LayerObj, inShape: Shape, site: CallSite, others?: { valueShape?: Shape; keyShape?: Shape }, inDtype?: string | null, definite?: boolean): void {
  l.built = true;
  l.builtInDim = last(inShape);
  l.buildArgs = { input: inShape, ...(others ? { others } : {}), ...(inDtype !== undefined ? { inDtype } : {}) };
  const row = kerasRow(l.kind);
  if (!row) return;
  const c = l.config;
  const reader = new PyLayerConfig(c, l.k2 ? 'keras2' : 'keras3');
  const steps = planBuild(row, reader, inShape, { ...others, ...(definite ? { definite } : {}) });
  // what the build could not decide is said, never silently assumed
  if (unsupported(row, reader)) {
    const which = c.has('lora_rank') ? ' (`lora_rank`)' : '';
    host.note(site, 'unknown-option', `Which weights this ${l.kind} makes depends on an option${which} the analysis cannot decide without running the program; its weights are not shown.`);
  }
  for (const [key, dflt] of reader.assumed) {
    host.note(site, 'unknown-option', `\`${key}\` of this ${l.kind} cannot be decided without running the program; the analysis assumes ${dflt ? 'True' : 'False'}, Keras's default.`);
  }
  const resolve = (p: PlannedInit): InitializerSpec => {
    // not configurable: Keras 3's add_weight makes the named initializer now (Keras 2's unseeded ones draw nothing)
    if (p.key === null && !l.k2 && p.dflt !== null) return host.kerasBuildInit(undefined, p.dflt, `${l.kind} weight initializer`);
    const made = p.key !== null ? l.inits.get(p.key) : undefined;
    if (made) return made;
    const v = p.key !== null ? c.get(p.key) : undefined;
    return v && v.t !== 'none' ? host.initializerFromValue(v, 'keras') : host.makeInitializer(p.dflt!, 'keras', NO_ARGS(), p.dflt!);
  };
  const trainable = truthy(c.get('trainable') ?? bool(true)) !== false;
  // a dtype policy name: "mixed_float16" / "mixed_bfloat16" compute in 16 bits, keep variables in float32
  // (keras/src/dtype_policies/dtype_policy.py, DTypePolicy._parse_name)
  const given = policyVariableDtype(strOf(c.get('dtype'))) ?? dtypeOf(c.get('dtype'));
  // Keras 2 under v1 behaviour takes a floating first input's dtype
  const dtype = l.k2 ? host.keras2.layerDtype(given, inDtype) : given ?? 'float32';
  const exits: (() => void)[] = [];
  const syms = symbolicWeightDims(row, c, l.k2 ? 'keras2' : 'keras3', inShape);
  let w = 0;
  const add = (s: PlannedStep & { step: 'weight' }, spec: InitializerSpec): void => {
    addLayerWeight(host, l, s, spec, { trainable, dtype, site, dimSyms: syms?.[w++], deps: c.values() });
    if (s.name.startsWith('lora_')) l.loraEnabled = true;
  };
  let clones = new Map<string | null, InitializerSpec>();
  let open = 0;
  try {
    for (const s of steps) {
      if (s.step === 'enter') {
        if (l.k2) exits.push(host.keras2.enter(l.k2CellScope ?? s.scope, site));
        else host.kerasScope.push(s.scope);
        open++;
        // Keras builds a sublayer from the parent's config: its initializers are clones (unseeded ones draw again).
        clones = new Map(s.clone.map((p) => [p.key, host.kerasClone(resolve(p), `${s.scope} ${(p.key ?? '').replace(/_/g, ' ')}`)]));
      } else if (s.step === 'exit') {
        if (l.k2) exits.pop()!();
        else host.kerasScope.pop();
        open--;
        clones = new Map();
      } else if (s.step === 'hook') {
        if (s.hook === 'mha_dropout') host.mhaBuildDraws(c, site, !!l.k2);
      } else if (s.step === 'raise') {
        host.raise(site, s.type, s.message, 'layer-argument');
      } else {
        const plain = clones.get(s.init.key) ?? resolve(s.init);
        const spec = s.special ? specialInit(host, s.special, plain, !!l.k2, `${l.kind} ${s.name} initializer`) : plain;
        const [fi, fo] = s.fans ?? [null, null];
        add(s, fi !== null && fo !== null ? { ...spec, fanShape: [fi, fo] } : spec);
      }
    }
  } finally {
    for (; open > 0; open--) {
      if (l.k2) exits.pop()!();
      else host.kerasScope.pop();
    }
  }
}

/**
 * Keras 3's `layer.enable_lora(rank, lora_alpha=None, a_initializer="he_uniform", b_initializer="zeros")` on a layer whose
 * row has LoRA (Dense, Conv1D-3D, Embedding): Keras's checks in its order (a constraint, not built, already enabled), then
 * `<prefix>_a` (the kernel's dims but the last, rank) and `<prefix>_b` (rank, the kernel's last dim), float32, initializers
 * made now, and the kernel frozen (keras/src/layers/core/dense.py, convolutional/base_conv.py, core/embedding.py).
 */
export function enableLora(host: LayerBuildHost, l: LayerObj, args: Args, site: CallSite, shapeOf: (v: Value) => Shape): Value {
  const lora = kerasRow(l.kind)?.lora;
  if (!lora || l.k2) return unknown('enable_lora');
  const a = bind(args, ['rank', 'lora_alpha', 'a_initializer', 'b_initializer']);
  if (l.config.get(lora.constraint) && l.config.get(lora.constraint)!.t !== 'none') {
    host.raise(site, 'ValueError', loraConstraintError(lora), 'layer-argument');
    return NONE;
  }
  if (!l.built) {
    host.raise(site, 'ValueError', 'Cannot enable lora on a layer that isn\'t yet built.', 'layer-argument');
    return NONE;
  }
  if (l.loraEnabled) {
    host.raise(site, 'ValueError', 'lora is already enabled. This can only be done once per layer.', 'layer-argument');
    return NONE;
  }
  const kernel = l.weights[0];
  const k = kernel ? shapeOf(kernel) : null;
  const r = a.get('rank');
  const rank = r?.t === 'int' ? r.v : null;
  if (!kernel || !k || k.length === 0) return unknown('enable_lora');
  const what = `${l.kind} LoRA initializer`;
  const specA = host.kerasBuildInit(a.get('a_initializer'), 'he_uniform', what);
  const specB = host.kerasBuildInit(a.get('b_initializer'), 'zeros', what);
  host.kerasScope.push(l.name ?? '?');
  try {
    const o = { trainable: truthy(l.config.get('trainable') ?? bool(true)) !== false, dtype: 'float32', site, deps: l.config.values() };
    const weight = (name: string, shape: Shape): PlannedStep & { step: 'weight' } => ({ step: 'weight', name, shape, init: { key: null, dflt: null }, frozen: false, dtype: 'float32', special: null, fans: null });
    addLayerWeight(host, l, weight(`${lora.prefix}_a`, [...k.slice(0, -1), rank]), specA, o);
    addLayerWeight(host, l, weight(`${lora.prefix}_b`, [rank, k[k.length - 1]!]), specB, o);
  } finally {
    host.kerasScope.pop();
  }
  host.setTrainable(kernel, false);
  l.loraEnabled = true;
  return NONE;
}

/** A literal shape (a tuple or list of ints and None): its None dims are TensorFlow's own, not ones the analysis lost. */
export function isLiteralShape(v: Value | undefined): boolean {
  return (v?.t === 'tuple' || v?.t === 'list') && v.items.every((d) => d.t === 'int' || d.t === 'none');
}

/**
 * The shapes a Keras 3 `build(...)` or `compute_output_shape(...)` call gives: `input_shape`, or an attention layer's
 * (query_shape, value_shape, key_shape=None) with the value and key (the key only when given) as `others`;
 * `literal`: the first is written as a literal shape.
 */
export function shapeArgs(l: LayerObj, args: Args): { input: Shape; others?: { valueShape: Shape; keyShape?: Shape }; literal: boolean } {
  if (!kerasRow(l.kind)?.keras?.qkv) {
    const b = bind(args, ['input_shape']);
    return { input: b.shape('input_shape'), literal: isLiteralShape(b.get('input_shape')) };
  }
  const b = bind(args, ['query_shape', 'value_shape', 'key_shape']);
  const key = b.get('key_shape');
  const others = { valueShape: b.shape('value_shape'), ...(key && key.t !== 'none' ? { keyShape: b.shape('key_shape') } : {}) };
  return { input: b.shape('query_shape'), others, literal: isLiteralShape(b.get('query_shape')) };
}

/**
 * `layer.compute_output_shape(...)` of a Keras layer: the output rule's shape as a tuple (None for TensorFlow's own
 * None dims of a literal shape, unknown for dims the analysis lost). An attention layer's takes (query_shape,
 * value_shape, key_shape=None) and makes its row's checks first. `rule`: the output shape (the layer table's, or
 * a container's own: the RNN's).
 */
export function computeOutputShape(host: LayerBuildHost, l: LayerObj, args: Args, site: CallSite, rule: (l: LayerObj, x: Shape) => Shape = layerOutputShape): Value {
  const { input, others, literal } = shapeArgs(l, args);
  for (const check of (others && kerasRow(l.kind)?.keras?.qkv?.checks) || []) {
    const e = check(input, others!.valueShape, others!.keyShape === undefined ? others!.valueShape : others!.keyShape);
    if (e) {
      host.raise(site, e.type, e.message, 'layer-argument');
      return unknown();
    }
  }
  const out = rule(l, input);
  if (!out) return unknown(`the output shape of ${l.kind} is not known statically`);
  return { t: 'tuple', items: out.map((d) => (d !== null ? int(d) : literal ? NONE : unknown('a dim of the output shape is not known statically'))) };
}
