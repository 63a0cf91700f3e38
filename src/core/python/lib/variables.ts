// Variables and sharing: `get_variable` (reuse rules, custom getters, partitioners, TF's errors), `tf.Variable`,
// creation of every VarRecord (seeds settled, collections, 'created after the initializer' warnings).

import { hasUnknownPiece, renderSym, symbolicInfo } from '../symbolic';
import type { SyntaxNode as Node } from '../ast';
import { padConstant, tooManyConstants, tensorRepr, isLiteral, literalAsTensor, containsUnknown, shapeOf, shapeValue, dtypeOf, collectionsList, partitionerOf, fullShapeOfParts } from './convert';
import { type NewVariable } from './layerBuild';
import { initializerShapeError, integerDtypeError } from './initializers';
import type { SeedInfo } from '../../model';
import type { InitializerSpec, Shape } from '../../model';
import { throughCreators, creatorScope } from './creators';
import { badConstraint, needsNoArguments, notCallable, refVariableShape, trainableOf } from './variableArgs';
import { partitionedGet, partitionInfoError, sliceDimAndCount, type Slicing } from './partitioned';
import { freshId, invalidScopeName, shapesCompatible, tensorShapeStr, type Partitioner, type Reuse, type VarRecord, type VarScope } from '../../tf/graph';
import { loc, type Args, type CallSite } from '../interp';
import { isFloatDtype, isIntOrBoolDtype } from '../tfnames';
import { bool, NONE, pyRepr, str, strOf, unknown, type Value, handle } from '../values';
import type { TfLibrary } from '../tflib';
import { type ApiEntry, type BoundArgs, bind } from './registry';
import { intSeedOf, opSeedOf } from '../../initializers';

/** `get_variable`'s signature (TF 1.15 / compat.v1). */
const GET_VARIABLE_PARAMS = ['name', 'shape', 'dtype', 'initializer', 'regularizer', 'trainable', 'collections', 'caching_device',
  'partitioner', 'validate_shape', 'use_resource', 'custom_getter', 'constraint', 'synchronization', 'aggregation'];

/** `tf.Variable`'s signatures: TF 1.x (`tf.compat.v1.Variable`) and TF 2.x. */
const VARIABLE_V1_PARAMS = ['initial_value', 'trainable', 'collections', 'validate_shape', 'caching_device', 'name', 'variable_def', 'dtype',
  'expected_shape', 'import_scope', 'constraint', 'use_resource', 'synchronization', 'aggregation', 'shape'];
const VARIABLE_V2_PARAMS = ['initial_value', 'trainable', 'validate_shape', 'caching_device', 'name', 'variable_def', 'dtype', 'import_scope',
  'constraint', 'synchronization', 'aggregation', 'shape'];
const RESOURCE_VARIABLE_PARAMS = ['initial_value', 'trainable', 'collections', 'validate_shape', 'caching_device', 'name', 'dtype',
  'variable_def', 'import_scope', 'constraint', 'distribute_strategy', 'synchronization', 'aggregation', 'shape'];

/** A `get_variable` call as it is resolved step by step. */
interface VarRequest {
  a: BoundArgs;
  local: boolean;
  scope: VarScope;
  nameNode: Node | null;
  fullName: string;
  reuse: Reuse;
  dtype: string | null;
  shapeArg: Value | undefined;
  shape: Shape | undefined;
  init: InitializerSpec | null;
  /** The initial value is a tensor or literal (its shape and dtype are the variable's). */
  fromValue: boolean;
  /** No initializer anywhere: TF's silent glorot_uniform. */
  defaulted: boolean;
  trainable: boolean;
  collections: string[];
  partitioner: Partitioner | null;
  useResource: boolean;
  /** The partitioner's result when new parts are created (partitioned.ts). */
  slicing?: Slicing;
}

/** The shape of a partitioned variable's first (largest) part: the sliced dim divided as createPartitioned does. */
function firstPartShape(shape: (number | null)[], slicing: Slicing): (number | null)[] {
  const { axis, n } = sliceDimAndCount(slicing);
  const dim = shape[axis];
  if (dim === null || dim === undefined || n < 1) return shape;
  const s = [...shape];
  s[axis] = Math.floor(dim / n) + (dim % n > 0 ? 1 : 0);
  return s;
}

export class Variables {
  constructor(private readonly tf: TfLibrary) {}

  readonly refVars = new Set<number>();

  /**
   * `get_variable`. With `direct`, this is the true getter a custom getter calls: the name is already
   * the full name and `reuse` comes from the caller.
   */
  getVariable(args: Args, site: CallSite, local: boolean, direct?: { reuse: Reuse }): Value {
    const scope = this.tf.graph.currentScope;
    if (!direct) {
      // VariableScope.get_variable: the call's custom_getter, else the scope's; _VariableStore checks it is callable
      const own = bind(args, GET_VARIABLE_PARAMS).get('custom_getter');
      const getter = own && own.t !== 'none' ? own : scope.customGetter as Value | undefined;
      if (getter && notCallable(this.tf, getter, site)) return unknown();
      if (getter) return this.viaCustomGetter(args, site, local, scope, getter);
    }
    const req = this.request(bind(args, GET_VARIABLE_PARAMS), site, local, direct);
    if (!req || !this.initialValue(req, site)) return unknown();
    const settled = partitionedGet(this.tf, req, site);
    if (settled) return settled;
    if (!this.tf.eager && !req.slicing) {
      const shared = this.share(req, site);
      if (shared) return shared;
    }
    if (!req.init && !this.defaultInitializer(req, site)) return unknown();
    if (!req.fromValue && !this.tf.lenient && !this.shapeDefined(req, site)) return unknown();
    return this.create(req, site);
  }

  /** The request's name, scope, reuse, dtype and shape; null when TF raises on them. */
  private request(a: BoundArgs, site: CallSite, local: boolean, direct?: { reuse: Reuse }): VarRequest | null {
    const g = this.tf.graph;
    const scope = g.currentScope;
    const nameV = a.get('name');
    const nameNode = a.node('name');
    let name = strOf(nameV);
    if (nameV?.t === 'str' && nameV.partial) {
      this.tf.diag.warn(site, 'partial-name', `Part of this variable's name cannot be evaluated statically; it is shown as "${name}".`, 'info', undefined, nameNode ?? undefined);
    }
    if (name === undefined && nameV?.t === 'unknown' && nameV.sym) name = `{${renderSym(nameV.sym)}}`;
    if (name === undefined) {
      this.tf.diag.warn(site, 'unknown-name', 'The variable name cannot be evaluated statically; it is shown as "?".', 'info', undefined, nameNode ?? undefined);
      name = '?';
    }
    const shapeArg = a.get('shape');
    if (!this.tf.eager && shapeArg && (shapeArg.t === 'list' || shapeArg.t === 'tuple')) {
      const dimT = shapeArg.items.find((d) => d.t === 'tensor' && d.op && !d.guess);
      if (dimT && dimT.t === 'tensor') {
        this.tf.diag.raise(site, 'TypeError', `Dimension value must be integer or None or have an __index__ method, got value '${tensorRepr(dimT)}' with type '<class 'tensorflow.python.framework.ops.SymbolicTensor'>'`, 'tensor-dimension');
        return null;
      }
    }
    const useResourceArg = a.get('use_resource');
    const trainableArg = a.get('trainable');
    let collections = collectionsList(a.get('collections'));
    // get_local_variable ignores its trainable= (passes trainable=False) and appends LOCAL_VARIABLES to collections=
    const trainable = local ? false : trainableOf(trainableArg, a.get('synchronization'));
    if (local) collections = [...(collections ?? []).filter((c) => c !== 'local_variables'), 'local_variables'];
    else if (!collections) collections = ['global_variables'];
    if (trainable && !local && !collections.includes('trainable_variables')) collections = [...collections, 'trainable_variables'];
    return {
      a, local, scope, nameNode, fullName: direct || !scope.name ? name : `${scope.name}/${name}`,
      reuse: this.tf.eager ? false : direct ? direct.reuse : scope.reuse,
      dtype: a.dtype('dtype'), shapeArg, shape: shapeArg === undefined || shapeArg.t === 'none' ? undefined : shapeOf(shapeArg),
      init: null, fromValue: false, defaulted: false, trainable, collections,
      partitioner: a.given('partitioner') ? partitionerOf(a.get('partitioner')) : scope.partitioner,
      useResource: useResourceArg && useResourceArg.t === 'bool' ? useResourceArg.v : scope.useResource ?? this.tf.useResourceDefault,
    };
  }

  /** The initializer argument (or the scope's initial value): a value fixes shape and dtype. False when TF raises. */
  private initialValue(req: VarRequest, site: CallSite): boolean {
    const initArg = req.a.get('initializer');
    const { scope } = req;
    if (initArg?.t === 'dict') {
      const r = pyRepr(initArg) ?? '{...}';
      this.tf.diag.raise(site, 'TypeError', `Failed to convert elements of ${r} to Tensor. Consider casting elements to a supported type. See https://www.tensorflow.org/api_docs/python/tf/dtypes for supported TF dtypes.`, 'bad-initializer');
      return false;
    }
    const value = initArg && (initArg.t === 'tensor' || isLiteral(initArg)) ? (initArg.t === 'tensor' ? initArg : literalAsTensor(initArg))
      : initArg && req.shape === undefined && needsNoArguments(initArg) ? this.noArgumentInitializer(initArg, req, site) : undefined;
    if (value && req.dtype && value.dtype && value.dtype !== req.dtype) {
      this.tf.diag.raise(site, 'ValueError', `Initializer type '<dtype: '${value.dtype}'>' and explicit dtype '<dtype: '${req.dtype}'>' don't match.`, 'dtype-mismatch');
      return false;
    }
    const scopeValue = (!initArg || initArg.t === 'none') && scope.initializerValue && scope.initializer ? scope.initializerValue : undefined;
    const fixed = scopeValue ?? value;
    if (fixed) {
      if (req.shape !== undefined) {
        this.tf.diag.raise(site, 'ValueError', 'If initializer is a constant, do not specify shape.', 'constant-initializer-with-shape');
        return false;
      }
      req.fromValue = true;
      req.shape = fixed.shape;
      req.dtype ??= fixed.dtype ?? 'float32';
      req.init = scopeValue ? scope.initializer : value!.init ?? { kind: 'unknown', reason: 'initial value not understood' };
    } else if (initArg && initArg.t !== 'none') req.init = this.initializerCall(initArg, req, site);
    req.dtype ??= scope.dtype ?? 'float32';
    return true;
  }

  /**
   * `_get_single_variable` without a shape: a callable that needs no arguments is the variable's initial value
   * (TF calls it with no arguments; the variable takes its value's shape and dtype, not get_variable's dtype).
   */
  private noArgumentInitializer(fn: Value, req: VarRequest, site: CallSite): { shape: Shape; dtype: string | null; init?: InitializerSpec } {
    const g = this.tf.graph;
    const saved = g.nameStack;
    g.nameStack = `${req.fullName}/Initializer`;
    let r: Value;
    try {
      r = this.tf.interp.call(fn, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, site);
    } finally {
      g.nameStack = saved;
    }
    req.dtype = null;
    if (r.t === 'tensor') return r;
    if (isLiteral(r)) return literalAsTensor(r);
    return { shape: null, dtype: null, init: { kind: 'unknown', reason: 'initializer function value not understood' } };
  }

  /** An initializer object, or a user function TF calls as initializer(shape, dtype=dtype, partition_info=None). */
  private initializerCall(initArg: Value, req: VarRequest, site: CallSite): InitializerSpec {
    const { shape } = req;
    if ((initArg.t === 'func' || initArg.t === 'partial' || initArg.t === 'bound') && shape && shape.every((d) => d !== null)) {
      const kw = new Map<string, Value>([['dtype', { t: 'dtype', name: req.dtype ?? req.scope.dtype ?? 'float32' }]]);
      const r = this.tf.interp.call(initArg, { pos: [shapeValue(shape)], kw, posNodes: [null], kwNodes: new Map() }, site);
      return r.t === 'tensor' && r.init ? this.tf.rng.sameOp(r.init, { ...r.init, note: 'custom initializer function' }) : { kind: 'unknown', reason: 'custom initializer function', api: 'v1' };
    }
    return this.tf.inits.initializerFromValue(initArg, 'v1');
  }

  /** Graph mode: an existing variable of that name is shared, or TF raises (no reuse, shape or dtype mismatch, missing). */
  private share(req: VarRequest, site: CallSite): Value | undefined {
    const g = this.tf.graph;
    const { fullName, scope, shape, dtype } = req;
    const existing = g.store.get(fullName);
    const existingParts = g.partitioned.get(fullName);
    if (existing || existingParts) {
      if (req.reuse === false && !this.tf.lenient) {
        this.tf.diag.raise(site, 'ValueError',
          `Variable ${fullName} already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?`,
          'duplicate-variable', this.tf.fixes.reuseFixes(site, scope));
        return existing ? this.varValue(existing) : unknown();
      }
      const found = existing ?? existingParts![0]!;
      const foundShape = existing ? existing.shape : found.partition ? fullShapeOfParts(existingParts!) : found.shape;
      if (shape !== undefined && !shapesCompatible(shape, foundShape)) {
        this.tf.diag.raise(site, 'ValueError',
          `Trying to share variable ${fullName}, but specified shape ${tensorShapeStr(shape)} and found shape ${tensorShapeStr(foundShape)}.`,
          'shape-mismatch');
        return this.varValue(found);
      }
      if (dtype !== found.dtype) {
        this.tf.diag.raise(site, 'ValueError',
          `Trying to share variable ${fullName}, but specified dtype ${dtype} and found dtype ${found.dtype}${this.refVars.has(found.id) ? '_ref' : ''}.`, 'dtype-mismatch');
      }
      return this.varValue(found);
    }
    if (req.reuse === true && !this.tf.lenient) {
      this.tf.diag.raise(site, 'ValueError',
        `Variable ${fullName} does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?`,
        'missing-variable', this.tf.fixes.autoReuseFixes(site, scope));
      return unknown();
    }
    return undefined;
  }

  /** No initializer: the scope's, else glorot_uniform for floats and zeros for ints; TF raises for other dtypes. */
  private defaultInitializer(req: VarRequest, site: CallSite): boolean {
    const dtype = req.dtype!;
    if (req.scope.initializer) req.init = req.scope.initializer;
    else if (isFloatDtype(dtype)) {
      req.init = { kind: 'glorot_uniform', scale: 1, mode: 'fan_avg', distribution: 'uniform', seed: null, api: 'v1', defaulted: true };
      req.defaulted = true;
    } else if (isIntOrBoolDtype(dtype)) {
      req.init = { kind: 'zeros', api: 'v1', defaulted: true };
    } else {
      this.tf.diag.raise(site, 'ValueError', `An initializer for variable ${req.fullName} of ${dtype} is required`, 'initializer-required');
      return false;
    }
    return true;
  }

  /** An initializer that is not a value needs a fully defined shape (TF's two messages). */
  private shapeDefined(req: VarRequest, site: CallSite): boolean {
    const { shape } = req;
    if (shape !== undefined && shape !== null && !shape.some((d) => d === null)) return true;
    const notValid = 'The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*\' and `shape` should be fully defined.';
    if (shape === undefined && !this.tf.eager) {
      const message = req.defaulted ? `Variable ${req.fullName} did not get an initializer, so its \`shape\` argument must be specified.` : notValid;
      this.tf.diag.raise(site, 'ValueError', message, 'shape-not-defined');
      return false;
    }
    // a null dim from TF's None only: an unknown or an object the analysis does not model as a number (an attribute
    // of a library module, e.g. a flag no DEFINE_* declares, which absl would refuse before) raises nothing here
    if (shape && shape.some((d) => d === null) && !(req.shapeArg && (containsUnknown(req.shapeArg) || containsOpaque(req.shapeArg)))) {
      this.tf.diag.raise(site, 'ValueError', notValid, 'shape-not-defined');
      return false;
    }
    return true;
  }

  /** Creates the variable (or its partitions) under its unique op name and stores it for sharing. */
  private create(req: VarRequest, site: CallSite): Value {
    const g = this.tf.graph;
    const { fullName, scope, local, nameNode, trainable, collections } = req;
    let { shape } = req;
    const dtype = req.dtype!;
    let initSpec = req.init!;
    if (initSpec.note === 'uniform_unit_scaling_initializer' && shape && shape.every((d) => d !== null)) {
      // limit = sqrt(3 / prod(shape[:-1])) * factor: exact uniform bounds once the shape is known.
      const inputSize = (shape as number[]).slice(0, -1).reduce((a, b) => a * b, 1);
      const factorSq = initSpec.kind === 'variance_scaling' ? (initSpec.scale ?? 1) : null;
      const limit = factorSq === null ? null : Math.sqrt(3 / Math.max(1, inputSize)) * Math.sqrt(factorSq);
      initSpec = { kind: 'random_uniform', minval: limit === null ? null : -limit, maxval: limit, seed: opSeedOf(initSpec), api: 'v1', note: 'uniform_unit_scaling_initializer' };
    }
    if (!this.tf.eager && !req.useResource) {
      // _get_single_variable makes a RefVariable: TF's validate_shape rules apply to it
      const refShape = refVariableShape(this.tf, req.a.get('validate_shape'), req.fromValue ? req.a.get('initializer') : undefined, false, site);
      if (refShape === false) return unknown();
      if (refShape === null) shape = null;
    }
    // A partitioned variable runs the initializer once per part, with the part's shape (the first part is the
    // largest): TF1's constant_initializer pads or refuses its list against that shape, not the full one.
    const firstPart = req.slicing && shape ? firstPartShape(shape, req.slicing) : shape;
    const tooMany = tooManyConstants(initSpec, firstPart) ?? initializerShapeError(initSpec, firstPart, false);
    if (tooMany) {
      this.tf.diag.raise(site, 'ValueError', tooMany, 'initializer-shape');
      return unknown();
    }
    const badDtype = integerDtypeError(initSpec, dtype, shape);
    if (badDtype) {
      this.tf.diag.raise(site, badDtype.type, badDtype.message, 'initializer-dtype');
      return unknown();
    }
    const seed = this.tf.rng.variableSeed(initSpec, shape, dtype, req.fromValue || initSpec.note === 'custom initializer function');
    if (req.slicing && shape) {
      return this.createPartitioned(fullName, shape, dtype, initSpec, trainable, collections, req.slicing, site, nameNode, seed, scope);
    }
    initSpec = padConstant(initSpec, shape);
    if (!this.tf.eager && !hasUnknownPiece(fullName)) {
      const bad = invalidScopeName(fullName, false);
      if (bad) {
        this.tf.diag.raise(site, 'ValueError', bad, 'invalid-name');
        return unknown();
      }
    }
    // _get_single_variable constructs a VariableV1: the graph's variable creators see it (and may rename it)
    const make = (kw: Map<string, Value>, at: CallSite): Value => {
      const opName = strOf(kw.get('name')) ?? fullName;
      // a creator may change trainable: VariableV1 adds TRAINABLE_VARIABLES to the collections when it is set
      const isTrainable = kw.has('trainable') ? trainableOf(kw.get('trainable'), kw.get('synchronization')) : trainable;
      const colls = isTrainable === trainable ? collections : isTrainable ? [...collections, 'trainable_variables'] : collections.filter((c) => c !== 'trainable_variables');
      const rec = this.addVariable({
        storeKey: this.tf.eager ? null : fullName, name: this.tf.eager ? opName : g.uniqueRootName(opName), shape: shape ?? null, dtype,
        initializer: initSpec, trainable: isTrainable, collections: colls, scope: scope.name, api: local ? 'get_local_variable' : 'get_variable', site: at, nameNode, seed,
        shapeArg: req.shapeArg, shapeNode: req.a.node('shape'),
      });
      if (!this.tf.eager) g.store.set(fullName, rec);
      return this.varValue(rec);
    };
    const given = new Map<string, Value>([['initial_value', unknown('initializer')], ['name', str(fullName)], ['trainable', bool(trainable)],
      ['dtype', { t: 'dtype', name: dtype }], ['shape', shapeValue(shape ?? null)], ['use_resource', bool(req.useResource)]]);
    for (const k of ['collections', 'caching_device', 'validate_shape', 'constraint', 'synchronization', 'aggregation']) if (req.a.get(k)) given.set(k, req.a.get(k)!);
    const made = throughCreators(this.tf, true, given, site, make) ?? make(new Map(), site);
    if (made.t !== 'var') return made;
    const rec = this.tf.reg.vars.get(made.v.id)!;
    if (!this.tf.eager && !req.useResource) this.refVars.add(rec.id);
    if (req.defaulted) {
      this.tf.diag.warn(site, 'default-initializer',
        `${fullName} has no initializer: TensorFlow silently uses glorot_uniform (uniform within ±sqrt(6 / (fan_in + fan_out))).`, 'info');
    }
    return this.varValue(rec);
  }

  /** TF calls `custom_getter(getter=true_getter, name=full_name, shape=..., dtype=..., initializer=..., ...)`. */
  viaCustomGetter(args: Args, site: CallSite, local: boolean, scope: VarScope, getter: Value): Value {
    const a = bind(args, GET_VARIABLE_PARAMS);
    const name = a.str('name') ?? '?';
    const kw = new Map<string, Value>();
    const reuse = scope.reuse;
    kw.set('getter', { t: 'tfmethod', self: handle({ kind: 'truegetter', local, reuse }), name: 'call' });
    kw.set('name', str(scope.name ? `${scope.name}/${name}` : name));
    kw.set('shape', a.get('shape') ?? NONE);
    kw.set('dtype', a.get('dtype') ?? { t: 'dtype', name: scope.dtype ?? 'float32' });
    kw.set('initializer', a.get('initializer') ?? (scope.initializer ? { t: 'init', spec: scope.initializer } : NONE));
    for (const k of ['trainable', 'collections', 'partitioner', 'regularizer', 'caching_device', 'validate_shape', 'use_resource', 'constraint', 'synchronization', 'aggregation']) {
      const v = a.get(k);
      if (v) kw.set(k, v);
    }
    kw.set('reuse', reuse === 'auto' ? { t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' } : bool(reuse === true));
    return this.tf.interp.call(getter, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
  }

  createPartitioned(
    fullName: string, shape: (number | null)[], dtype: string, init: InitializerSpec, trainable: boolean, collections: string[],
    slicing: Slicing, site: CallSite, nameNode: Node | null, seed: SeedInfo, scope: VarScope,
  ): Value {
    const { axis, n } = sliceDimAndCount(slicing);
    const dim = shape[axis] ?? 0;
    const base = Math.floor(dim / n);
    const extra = dim % n;
    const parts: VarRecord[] = [];
    const g = this.tf.graph;
    // Variance-scaling initializers see the full shape (`partition_info.full_shape`) when computing fans.
    const partInit: InitializerSpec = { ...init, fanShape: shape };
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const s = [...shape];
      s[axis] = base + (i < extra ? 1 : 0);
      const bad = partitionInfoError(shape as number[], axis, offset);
      if (bad) {
        this.tf.diag.raise(site, 'ValueError', bad, 'partition-offset');
        return unknown();
      }
      offset += s[axis]!;
      const partName = `${fullName}/part_${i}`;
      // each part runs the initializer: an unseeded one takes the graph's next op number
      const partSeed = i > 0 && seed.drawn === 'graph' && seed.graph !== null ? this.tf.seeds.graphOp(g.id, seed.graph) : seed;
      const rec = this.addVariable({
        storeKey: partName, name: partName, shape: s, dtype, initializer: padConstant(partInit, s), trainable, collections, scope: scope.name,
        api: 'get_variable', site, nameNode, seed: partSeed, partition: { index: i, of: n, fullName },
      });
      if (!this.tf.eager) {
        g.store.set(partName, rec);
        g.markUsed(partName);
      }
      parts.push(rec);
    }
    if (!this.tf.eager) {
      g.partitioned.set(fullName, parts);
      g.partitionInfo.set(fullName, { shape, slicing });
    }
    return { t: 'tensor', shape, dtype };
  }

  addVariable(o: NewVariable): VarRecord {
    // a Keras layer or add_weight calls a TF (stateful) initializer object now: its op runs (eager) or is created
    const stateful = o.api === 'layer' && this.tf.rng.isStateful(o.initializer);
    const op = intSeedOf(o.initializer);
    const seed: SeedInfo = !stateful ? { ...o.seed }
      : this.tf.eager ? this.tf.rng.ranEagerly(o.initializer, o.shape, o.dtype, op, false) : this.tf.rng.createdInGraph(o.initializer, op, false);
    this.tf.rng.settleSeed(seed, o.initializer);
    if (!this.tf.eager && seed.graph !== null && seed.op === null) seed.dependsOnRuntime = true;
    const rec: VarRecord = {
      id: freshId(), storeKey: o.storeKey, name: o.name, shape: o.shape, dtype: o.dtype, initializer: o.initializer,
      trainable: o.trainable, collections: o.collections, location: loc(o.site.node, o.site.file), scope: o.scope, api: o.api,
      order: this.tf.variables.length, seed,
    };
    if (o.nameNode && (o.nameNode.type === 'string' || o.nameNode.type === 'concatenated_string')) rec.nameLocation = loc(o.nameNode, o.site.file);
    if (o.site.binding) rec.binding = o.site.binding;
    if (o.partition) rec.partition = o.partition;
    const symbolic = symbolicInfo(this.tf.interp.symbols, o.name, o.shape, { shapeArg: o.shapeArg, shapeNode: o.shapeNode, file: o.site.file, dependsOn: o.dependsOn, at: o.site.node });
    if (symbolic) rec.symbolic = symbolic;
    const g = this.tf.graph;
    if (!this.tf.eager && g.initOpLocation && !o.collections.includes('local_variables')) {
      rec.createdAfterInitOp = true;
      const init = g.initOpLocation;
      this.tf.diag.warn(o.site, 'created-after-initializer',
        `${o.name} is created after global_variables_initializer() (line ${init.line}): running that op does not initialize it.`,
        'warning', this.tf.fixes.moveInitFixes(o.site, init));
    }
    this.tf.variables.push(rec);
    this.tf.reg.vars.set(rec.id, rec);
    return rec;
  }

  varValue(v: VarRecord): Value {
    return { t: 'var', v: { id: v.id } };
  }

  /** `tf.Variable(...)`: TF1's signature (with `collections`) under v1, TF2's otherwise. */
  tfVariable(args: Args, site: CallSite, params: readonly string[] = VARIABLE_V2_PARAMS, viaCreators = false): Value {
    const a = bind(args, params);
    if (!viaCreators) {
      // VariableMetaclass._variable_call: the graph's variable creators, innermost first, down to the default creator
      const given = new Map<string, Value>();
      for (const k of params) if (a.get(k)) given.set(k, a.get(k)!);
      const r = throughCreators(this.tf, params !== VARIABLE_V2_PARAMS, given, site,
        (kw, at) => this.tfVariable({ pos: [], kw, posNodes: [], kwNodes: new Map() }, at, params, true));
      if (r) return r;
    }
    const iv = a.get('initial_value');
    const trainableArg = a.get('trainable');
    const nameV = a.get('name');
    const nameNode = a.node('name');
    const dtypeArg = a.get('dtype');
    const shapeArg = a.get('shape');
    const collectionsArg = a.get('collections');
    const g = this.tf.graph;
    const trainable = trainableOf(trainableArg, a.get('synchronization'));
    const ur = a.get('use_resource');
    const ref = !this.tf.eager && params === VARIABLE_V1_PARAMS && !(ur?.t === 'bool' ? ur.v : g.currentScope.useResource ?? this.tf.useResourceDefault);
    if (badConstraint(this.tf, a.get('constraint'), site, ref)) return unknown();
    const base = strOf(nameV) ?? (nameV && nameV.t !== 'none' ? '?' : 'Variable');
    let name: string;
    if (this.tf.eager) {
      // inside a Keras 3 layer's build or call, its name scopes come first
      const stack = [this.tf.keras.rawVariablePrefix(), g.nameStack].filter((s) => s).join('/');
      name = stack ? `${stack}/${base}` : base;
    } else {
      const bad = hasUnknownPiece(base) ? null : invalidScopeName(base, g.nameStack !== '');
      if (bad) {
        this.tf.diag.raise(site, 'ValueError', bad, 'invalid-name');
        return unknown();
      }
      name = g.uniqueName(base);
      g.markUsed(name);
    }
    if (ref && iv?.t === 'tensor' && this.tf.controlFlowTensors.has(iv)) {
      // RefVariable._init_from_args: the initial value's op has a control-flow context
      this.tf.diag.raise(site, 'ValueError', `Initializer for variable ${name}/ is from inside a control-flow construct, such as a loop or conditional. When creating a variable inside a loop or conditional, use a lambda as the initializer.`, 'initializer-in-control-flow');
      return unknown();
    }
    let value = iv;
    if (value && (value.t === 'func' || value.t === 'partial' || value.t === 'bound')) {
      // A callable initial value runs inside `<name>/Initializer` (its ops do not take top-level names).
      const saved = g.nameStack;
      g.nameStack = `${name}/Initializer`;
      try {
        value = this.tf.interp.call(value, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, site);
      } finally {
        g.nameStack = saved;
      }
    }
    let t: { shape: Shape; dtype: string | null; init?: InitializerSpec };
    if (!value) t = { shape: null, dtype: null, init: { kind: 'unknown', reason: 'no initial value' } };
    else if (value.t === 'tensor') t = value;
    else if (value.t === 'var') { const src = this.tf.reg.vars.get(value.v.id)!; t = { shape: src.shape, dtype: src.dtype, init: { kind: 'unknown', reason: `copied from ${src.name}` } }; }
    else if (isLiteral(value)) t = literalAsTensor(value);
    else t = { shape: null, dtype: null, init: { kind: 'unknown', reason: 'initial value not understood' } };
    const dtype = dtypeOf(dtypeArg) ?? t.dtype ?? 'float32';
    if (!this.tf.eager && value?.t === 'tensor' && value.op && value.dtype && dtypeOf(dtypeArg) && dtype !== value.dtype) {
      // ResourceVariable._init_from_args converts the initial value with convert_to_tensor(dtype=...): no casting
      this.tf.diag.raise(site, 'ValueError', `initial_value: Tensor conversion requested dtype ${dtype} for Tensor with dtype ${value.dtype}: ${tensorRepr(value)}`, 'variable-dtype-conversion');
      return unknown();
    }
    const refShape = ref ? refVariableShape(this.tf, a.get('validate_shape'), value, shapeArg !== undefined && shapeArg.t !== 'none', site) : undefined;
    if (refShape === false) return unknown();
    const shape = refShape === null ? null : shapeArg ? shapeOf(shapeArg) : t.shape;
    let collections = collectionsList(collectionsArg) ?? ['global_variables'];
    if (trainable && !collections.includes('trainable_variables')) collections = [...collections, 'trainable_variables'];
    const initSpec = t.init ?? { kind: 'unknown', reason: 'initial value not understood' };
    const rec = this.addVariable({
      storeKey: null, name, shape, dtype, initializer: initSpec, trainable, collections, scope: g.currentScope.name,
      api: 'Variable', site, nameNode, seed: this.tf.rng.variableSeed(initSpec, shape, dtype, true),
    });
    return this.varValue(rec);
  }

  // ---------- training: optimizers, moving averages, metrics ----------

  /** The variables an optimizer's update touches: var_list, or the graph's trainable variables. */
  /** A collection name or a list of names (`add_to_collections`), as strings; unknown ones undefined. */
  stringsOf(v: Value | undefined): (string | undefined)[] {
    return v && (v.t === 'list' || v.t === 'tuple') ? v.items.map((x) => strOf(x)) : [strOf(v)];
  }

  varListOf(v: Value | undefined): VarRecord[] {
    if (v && (v.t === 'list' || v.t === 'tuple')) {
      // a (gradient, variable) pair may be any 2-sequence: `[[g, v] for g, v in ...]` (optimizer.py unpacks each)
      const pair = (x: Value): boolean => (x.t === 'tuple' || x.t === 'list') && x.items.length === 2 && x.items[1]?.t === 'var';
      return v.items.flatMap((x) => (x.t === 'var' ? [this.tf.reg.vars.get(x.v.id)!] : pair(x) ? [this.tf.reg.vars.get((x as { items: { v: { id: number } }[] }).items[1]!.v.id)!] : []));
    }
    const g = this.tf.graph;
    return this.tf.variables.filter((r) => r.trainable && r.collections.includes('trainable_variables') && (this.tf.eager || [...g.store.values()].includes(r) || r.storeKey === null));
  }
}

/** `tf.train.get_or_create_global_step()` and friends: one int64 `global_step` per graph (or program, eagerly). */
function globalStep(tf: TfLibrary, site: CallSite, create: boolean): Value {
  const g = tf.graph;
  const existing = tf.variables.find((v) => v.api === 'global_step' && (tf.eager || g.store.get('global_step') === v));
  if (existing) return tf.vars.varValue(existing);
  if (!tf.eager) {
    // training_util.get_global_step (TF 1.15): with nothing in the GLOBAL_STEP collection, the graph's tensor
    // `global_step:0` (a `tf.Variable(0, name='global_step')`), which assert_global_step wants an integer scalar
    const named = tf.variables.find((v) => v.name === 'global_step' && (v.storeKey === null || [...g.store.values()].includes(v)));
    if (named) return /^u?int/.test(named.dtype ?? '') && named.shape?.length === 0 ? tf.vars.varValue(named) : unknown('a `global_step` TensorFlow would check');
  }
  if (!create) return NONE;
  const rec = tf.vars.addVariable({
    storeKey: 'global_step', name: tf.eager ? 'global_step' : g.uniqueName('global_step'), shape: [], dtype: 'int64',
    initializer: { kind: 'zeros', api: 'v1' }, trainable: false, collections: ['global_variables', 'global_step'], scope: '',
    api: 'global_step', site, nameNode: null, seed: { graph: g.seed, op: null },
  });
  if (!tf.eager) g.store.set('global_step', rec);
  return tf.vars.varValue(rec);
}

/** `get_collection(key, scope)` and the collection shortcuts: the variables created so far, filtered by scope. */
function collection(tf: TfLibrary, a: BoundArgs, name: string): Value {
  const scope = a.str('scope');
  const key = a.str('key');
  const coll = name === 'trainable_variables' ? 'trainable_variables' : name === 'local_variables' ? 'local_variables'
    : name === 'get_collection' ? (key === 'variables' ? 'global_variables' : key ?? '') : 'global_variables';
  const items = tf.variables.filter((v) => v.collections.includes(coll) && (!scope || new RegExp(`^${scope}`).test(v.name)));
  return { t: 'list', items: items.map((v) => ({ t: 'var', v: { id: v.id } }) as Value) };
}

/**
 * `add_to_collection(name, value)` / `add_to_collections(names, value)`: a variable put in a collection of that
 * name (Graph.add_to_collection appends; TF 1.15 ops.py); later get_collection(name) returns it. Other values
 * (losses, tensors) are not tracked.
 */
function addToCollection(tf: TfLibrary, a: BoundArgs, many: boolean): Value {
  const v = a.get('value');
  if (tf.eager || v?.t !== 'var') return NONE;
  const keys = many ? tf.vars.stringsOf(a.get('names')) : [a.str('name')];
  const rec = tf.reg.vars.get(v.v.id)!;
  for (const k of keys) if (k !== undefined && !rec.collections.includes(k)) rec.collections = [...rec.collections, k];
  return NONE;
}

export const VARIABLES_API: readonly ApiEntry[] = [
  { names: ['add_to_collection'], params: ['name', 'value'], impl: (tf, a) => addToCollection(tf, a, false) },
  { names: ['add_to_collections'], params: ['names', 'value'], impl: (tf, a) => addToCollection(tf, a, true) },
  { names: ['get_variable', 'get_local_variable'], params: [], impl: (tf, a, site, c) => tf.vars.getVariable(a.raw, site, c.name === 'get_local_variable') },
  {
    names: ['Variable', 'Variable.__init__'], params: [],
    impl: (tf, a, site, c) => tf.vars.tfVariable(a.raw, site, c.api === 'v1' ? VARIABLE_V1_PARAMS : VARIABLE_V2_PARAMS),
  },
  { names: ['variable_creator_scope'], params: [], impl: (tf, a, site) => creatorScope(tf, a.raw, site) },
  { names: ['Module', 'compat.v2.Module'], params: ['name'], impl: (tf, a, site) => tf.objects.newModule(a.str('name'), site) },
  { names: ['VariableV1'], params: [], impl: (tf, a, site) => tf.vars.tfVariable(a.raw, site, VARIABLE_V1_PARAMS) },
  { names: ['ResourceVariable'], params: [], impl: (tf, a, site) => tf.vars.tfVariable(a.raw, site, RESOURCE_VARIABLE_PARAMS) },
  {
    // tf.contrib.framework's are the same functions (deprecated aliases in contrib/framework/python/ops/variables.py)
    names: ['train.get_or_create_global_step', 'train.create_global_step', 'train.get_global_step',
      'contrib.framework.get_or_create_global_step', 'contrib.framework.create_global_step', 'contrib.framework.get_global_step'], params: [],
    impl: (tf, _a, site, c) => globalStep(tf, site, !c.name.endsWith('.get_global_step')),
  },
  { names: ['get_collection'], params: ['key', 'scope'], impl: (tf, a, _s, c) => collection(tf, a, c.name) },
  {
    names: ['global_variables', 'trainable_variables', 'local_variables', 'all_variables', 'compat.v1.global_variables'],
    params: ['scope'], impl: (tf, a, _s, c) => collection(tf, a, c.name),
  },
  {
    names: ['global_variables_initializer', 'initialize_all_variables'], params: [],
    impl: (tf, _a, site) => {
      if (!tf.eager && !tf.graph.initOpLocation) tf.graph.initOpLocation = loc(site.node, site.file);
      return { t: 'tensor', shape: null, dtype: null };
    },
  },
  {
    names: ['fixed_size_partitioner'], params: ['num_shards', 'axis'],
    impl: (_tf, a) => handle({ kind: 'partitioner', p: { kind: 'fixed_size', numShards: a.num('num_shards') ?? NaN, axis: a.num('axis') ?? 0 } }),
  },
  {
    names: ['min_max_variable_partitioner'], params: ['max_partitions', 'axis', 'min_slice_size', 'bytes_per_string_element'],
    impl: (_tf, a) => handle({ kind: 'partitioner', p: { kind: 'min_max', maxPartitions: a.num('max_partitions') ?? 1, axis: a.num('axis') ?? 0, minSliceSize: a.num('min_slice_size') ?? 256 * 1024 } }),
  },
  {
    names: ['variable_axis_size_partitioner'], params: ['max_shard_bytes', 'axis', 'bytes_per_string_element', 'max_shards'],
    impl: (_tf, a) => handle({ kind: 'partitioner', p: { kind: 'axis_size', maxShardBytes: a.num('max_shard_bytes') ?? 1, axis: a.num('axis') ?? 0, maxShards: a.num('max_shards') || null } }),
  },
];

/** A library object that is not a value the analysis models (no handle: `tf.app.flags.FLAGS.x` of an undeclared flag). */
function containsOpaque(v: Value): boolean {
  if (v.t === 'tf' && !v.h) return true;
  return (v.t === 'list' || v.t === 'tuple') && v.items.some(containsOpaque);
}
