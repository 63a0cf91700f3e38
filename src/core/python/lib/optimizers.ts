// Optimizers and training state: TF1 optimizers' slots and non-slot variables, ExponentialMovingAverage,
// Keras optimizers' variables, tf.metrics local variables.

import { backpropagatable, depsOf } from './gradDeps';
import { type OptimizerObj } from './types';
import { snakeCase } from './convert';
import type { InitializerSpec, Shape } from '../../model';
import { freshId, type VarRecord } from '../../tf/graph';
import { type Args, type CallSite } from '../interp';
import { NONE, numOf, str, unknown, type Value, handle } from '../values';
import type { TfLibrary } from '../tflib';
import { type ApiEntry, bind } from './registry';

/**
 * A Keras 3 slot's prefix (add_variable_from_reference): a Keras variable's path with "/" as "_"; a plain tf.Variable
 * has no path, so its TF name (`scale:0`) with "/" and ":" as "_".
 */
function slotBase(v: VarRecord): string {
  return v.api === 'Variable' ? `${v.name}:0`.replace(/[/:]/g, '_') : v.name.replace(/\//g, '_');
}

/** Keras 3 optimizers' leading parameters (the rest are keyword arguments in practice). */
/** The Keras 3 optimizer classes the analysis makes (below the keras root). */
export const KERAS3_OPTIMIZER_CLASS = /^optimizers\.(SGD|Adam|AdamW|RMSprop|Adagrad|Adadelta|Adamax|Nadam|Ftrl|Lion|Lamb|Adafactor)$/;

const KERAS_OPTIMIZER_PARAMS: Readonly<Record<string, readonly string[]>> = {
  SGD: ['learning_rate', 'momentum', 'nesterov'],
  Adam: ['learning_rate', 'beta_1', 'beta_2', 'epsilon', 'amsgrad'],
  AdamW: ['learning_rate', 'weight_decay', 'beta_1', 'beta_2', 'epsilon', 'amsgrad'],
  RMSprop: ['learning_rate', 'rho', 'momentum', 'epsilon', 'centered'],
  Adagrad: ['learning_rate', 'initial_accumulator_value', 'epsilon'],
  Adadelta: ['learning_rate', 'rho', 'epsilon'],
  Adamax: ['learning_rate', 'beta_1', 'beta_2', 'epsilon'],
  Nadam: ['learning_rate', 'beta_1', 'beta_2', 'epsilon'],
  Ftrl: ['learning_rate', 'learning_rate_power', 'initial_accumulator_value', 'l1_regularization_strength', 'l2_regularization_strength'],
  Lion: ['learning_rate', 'beta_1', 'beta_2'],
  Lamb: ['learning_rate', 'beta_1', 'beta_2', 'epsilon'],
  Adafactor: ['learning_rate', 'beta_2_decay', 'epsilon_1', 'epsilon_2', 'clip_threshold', 'relative_step'],
};

/** Keras 3 optimizer methods that build the slots, and the parameter holding the variables. */
const KERAS_OPTIMIZER_METHODS: Readonly<Record<string, { params: readonly string[]; vars: string }>> = {
  build: { params: ['var_list'], vars: 'var_list' },
  apply_gradients: { params: ['grads_and_vars'], vars: 'grads_and_vars' },
  apply: { params: ['grads', 'trainable_variables'], vars: 'trainable_variables' },
  minimize: { params: ['loss', 'var_list'], vars: 'var_list' },
};

/** TF1's `tf.compat.v1.train.*Optimizer` signatures. */
const TF1_OPTIMIZER_PARAMS: Readonly<Record<string, readonly string[]>> = {
  GradientDescent: ['learning_rate', 'use_locking', 'name'],
  Momentum: ['learning_rate', 'momentum', 'use_locking', 'name', 'use_nesterov'],
  Adam: ['learning_rate', 'beta1', 'beta2', 'epsilon', 'use_locking', 'name'],
  RMSProp: ['learning_rate', 'decay', 'momentum', 'epsilon', 'use_locking', 'centered', 'name'],
  Adagrad: ['learning_rate', 'initial_accumulator_value', 'use_locking', 'name'],
  Adadelta: ['learning_rate', 'rho', 'epsilon', 'use_locking', 'name'],
  Ftrl: ['learning_rate', 'learning_rate_power', 'initial_accumulator_value', 'l1_regularization_strength', 'l2_regularization_strength',
    'use_locking', 'name'],
  ProximalGradientDescent: ['learning_rate', 'l1_regularization_strength', 'l2_regularization_strength', 'use_locking', 'name'],
};

/** TF1's `tf.compat.v1.metrics.*` signatures. */
const LABELED = ['labels', 'predictions', 'weights', 'metrics_collections', 'updates_collections', 'name'];
const TF1_METRIC_PARAMS: Readonly<Record<string, readonly string[]>> = {
  mean: ['values', 'weights', 'metrics_collections', 'updates_collections', 'name'],
  accuracy: LABELED, mean_squared_error: LABELED, mean_absolute_error: LABELED, root_mean_squared_error: LABELED,
  precision: LABELED, recall: LABELED,
  auc: ['labels', 'predictions', 'weights', 'num_thresholds', 'metrics_collections', 'updates_collections', 'curve', 'name'],
};

/** apply_gradients' pairs without those whose gradient is None (optimizer.py: `var_list = [v for g, v in ... if g is not None]`). */
function withGradients(gv: Value | undefined): Value | undefined {
  if (gv?.t !== 'list' && gv?.t !== 'tuple') return gv;
  return { ...gv, items: gv.items.filter((p) => !((p.t === 'tuple' || p.t === 'list') && p.items[0]?.t === 'none')) };
}

export class Optimizers {
  constructor(private readonly tf: TfLibrary) {}

  readonly optimizers = new Map<number, OptimizerObj>();

  /** Keras 3 optimizer: `<name>/iteration` and `<name>/learning_rate` at construction. */
  makeKerasOptimizer(cls: string, args: Args, site: CallSite, className = cls): Value {
    const a = bind(args, KERAS_OPTIMIZER_PARAMS[cls] ?? ['learning_rate']);
    const name = a.str('name') ?? this.tf.keras.kerasUniquify(snakeCase(className));
    const defaults: Record<string, number> = { SGD: 0.01 };
    const lrV = a.get('learning_rate');
    const lr = lrV === undefined ? defaults[cls] ?? 0.001 : numOf(lrV);
    const add = (n: string, dtype: string, init: InitializerSpec, shape: Shape = []): VarRecord => this.tf.vars.addVariable({
      storeKey: null, name: `${name}/${n}`, shape, dtype, initializer: init, trainable: false, collections: ['global_variables'],
      scope: name, api: 'optimizer', site, nameNode: null, seed: { graph: null, op: null },
    });
    add('iteration', 'int64', { kind: 'zeros', api: 'keras' });
    if (lr !== undefined) add('learning_rate', 'float32', { kind: 'constant', value: lr, api: 'keras' });
    const id = freshId();
    this.optimizers.set(id, { kind: `keras:${cls}`, name, a, nonSlot: new Map() });
    return handle({ kind: 'optimizer', id });
  }

  /**
   * Keras 3 optimizer slots, created once by build/apply/apply_gradients/minimize: `<opt>/<path_with_underscores>_<slot>`.
   * `apply` (and so fit) builds inside the optimizer's name scope, a direct `build` outside it (`inScope` overrides).
   */
  kerasOptimizerMethod(o: OptimizerObj, method: string, args: Args, site: CallSite, inScope = method !== 'build'): Value {
    let vars: VarRecord[] = [];
    const arg = KERAS_OPTIMIZER_METHODS[method];
    if (!arg) return unknown();
    vars = this.tf.vars.varListOf(bind(args, arg.params).get(arg.vars));
    if (o.nonSlot.has('built') || vars.length === 0) return unknown();
    o.nonSlot.set('built', true);
    const cls = o.kind.slice('keras:'.length);
    const num = (k: string, d: number): number => o.a.num(k) ?? d;
    const zeros: InitializerSpec = { kind: 'zeros', api: 'keras' };
    const slot = (v: VarRecord, n: string, init: InitializerSpec): void => {
      this.tf.vars.addVariable({
        storeKey: null, name: `${o.name}/${slotBase(v)}_${n}`, shape: v.shape, dtype: v.dtype, initializer: init, trainable: false,
        collections: ['global_variables'], scope: o.name, api: 'slot', site, nameNode: null, seed: { graph: null, op: null },
      });
    };
    const perVar = (names: [string, InitializerSpec][]): void => { for (const v of vars) for (const [n, i] of names) slot(v, n, i); };
    // BaseOptimizer.build, which each class's build calls first: the EMA's averages, the gradient accumulators
    if (o.a.bool('use_ema', false) === true) perVar([['average', zeros]]);
    const accumulate = o.a.get('gradient_accumulation_steps');
    if (accumulate && accumulate.t !== 'none') perVar([['gradient_accumulator', zeros]]);
    switch (cls) {
      case 'SGD': if (num('momentum', 0) > 0) perVar([['momentum', zeros]]); break;
      case 'Adam': case 'AdamW': case 'Nadam':
        perVar([['momentum', zeros], ['velocity', zeros]]);
        if (o.a.bool('amsgrad', false) === true && cls !== 'Nadam') perVar([['velocity_hat', zeros]]);
        if (cls === 'Nadam') {
          // Nadam.build's `_u_product = backend.Variable(1.0, dtype=var_list[0].dtype)`: unnamed, so auto-named (in the
          // optimizer's name scope only when apply builds)
          const n = this.tf.keras.kerasUniquify('variable');
          this.tf.vars.addVariable({
            storeKey: null, name: inScope ? `${o.name}/${n}` : n, shape: [], dtype: vars[0]!.dtype,
            initializer: { kind: 'constant', value: 1, api: 'keras' }, trainable: true, collections: ['global_variables', 'trainable_variables'],
            scope: o.name, api: 'optimizer', site, nameNode: null, seed: { graph: null, op: null },
          });
        }
        break;
      case 'Adamax': perVar([['momentum', zeros], ['norm', zeros]]); break;
      case 'RMSprop':
        perVar([['velocity', zeros]]);
        if (num('momentum', 0) > 0) perVar([['momentum', zeros]]);
        if (o.a.bool('centered', false) === true) perVar([['average_gradient', zeros]]);
        break;
      case 'Adagrad': perVar([['accumulator', { kind: 'constant', value: num('initial_accumulator_value', 0.1), api: 'keras' }]]); break;
      case 'Adadelta': perVar([['accumulated_grad', zeros], ['accumulated_delta_var', zeros]]); break;
      case 'Ftrl': perVar([['accumulator', { kind: 'constant', value: num('initial_accumulator_value', 0.1), api: 'keras' }], ['linear', zeros]]); break;
      case 'Lion': perVar([['momentum', zeros]]); break;
      case 'Lamb': perVar([['momentum', zeros], ['velocity', zeros]]); break;
      case 'Adafactor':
        // per variable: the factored second moments (a row and a column one, named as the variable, in the optimizer's
        // scope), or for a variable of rank < 2 two unused int32 scalars `backend.Variable(0, name=var.name)` (in the
        // scope only when apply builds); then its velocity
        for (const v of vars) {
          const own = v.name.slice(v.name.lastIndexOf('/') + 1);
          const add = (name: string, shape: Shape, dtype: string, init: InitializerSpec): void => {
            this.tf.vars.addVariable({
              storeKey: null, name, shape, dtype, initializer: init, trainable: false, collections: ['global_variables'],
              scope: o.name, api: 'slot', site, nameNode: null, seed: { graph: null, op: null },
            });
          };
          if (v.shape === null) add(`${o.name}/${own}`, null, v.dtype, zeros);
          else if (v.shape.length < 2) {
            for (let i = 0; i < 2; i++) add(inScope ? `${o.name}/${own}` : own, [], 'int32', { kind: 'constant', value: 0, api: 'keras' });
          } else {
            add(`${o.name}/${own}`, v.shape.slice(0, -1), v.dtype, zeros);
            add(`${o.name}/${own}`, [...v.shape.slice(0, -2), v.shape[v.shape.length - 1]!], v.dtype, zeros);
          }
          slot(v, 'velocity', zeros);
        }
        break;
      default: break;
    }
    return unknown();
  }

  /**
   * The variables a TF1 `minimize` updates (optimizer.py): compute_gradients over `var_list` (else the trainable
   * variables), raising "No variables to optimize." for none; apply_gradients gets only those with a gradient, the
   * loss's dependences when followed (lib/gradDeps.ts; else every one). None with a gradient: TF raises a ValueError
   * naming the variables and the loss tensor, whose text is not reproduced (nothing is created).
   */
  private minimizeVars(args: Args, site: CallSite): VarRecord[] | undefined {
    const a = bind(args, ['loss', 'global_step', 'var_list']);
    const given = a.get('var_list');
    const all = this.tf.vars.varListOf(given);
    const listed = given && given.t !== 'none' ? (given.t === 'list' || given.t === 'tuple' ? given.items.length : -1) : all.length;
    if (listed === 0) {
      this.tf.diag.raise(site, 'ValueError', 'No variables to optimize.', 'no-variables');
      return undefined;
    }
    const deps = depsOf(a.get('loss'));
    // an integer variable (a trainable `tf.Variable(0)` step counter) never has a gradient (gradients_util
    // `_IsBackpropagatable`), whatever the loss depends on
    return all.filter((v) => backpropagatable(v.dtype) && (!deps || deps.includes(v.id)));
  }

  optimizerMethod(o: OptimizerObj, method: string, args: Args, site: CallSite): Value {
    if (o.kind.startsWith('keras:')) return this.kerasOptimizerMethod(o, method, args, site);
    if (o.kind === 'EMA') return this.emaMethod(o, method, args, site);
    if (method === 'compute_gradients') {
      // a pair for every variable, its gradient None where the loss does not reach it (optimizer.py)
      const b = bind(args, ['loss', 'var_list']);
      const deps = depsOf(b.get('loss'));
      const grad = (v: VarRecord): Value => (backpropagatable(v.dtype) && (!deps || deps.includes(v.id)) ? { t: 'tensor', shape: v.shape, dtype: v.dtype } : NONE);
      return { t: 'list', items: this.tf.vars.varListOf(b.get('var_list')).map((v) => ({ t: 'tuple', items: [grad(v), this.tf.vars.varValue(v)] }) as Value) };
    }
    if (method !== 'minimize' && method !== 'apply_gradients') return unknown();
    const vars = method === 'minimize' ? this.minimizeVars(args, site) : this.tf.vars.varListOf(withGradients(bind(args, ['grads_and_vars']).get('grads_and_vars')));
    if (!vars || vars.length === 0) return unknown();
    this.tf1State(o, vars, site);
    return { t: 'tensor', shape: null, dtype: null };
  }

  /** A TF1 optimizer's non-slot variables (once per graph) and slots (once per slot name and variable). */
  private tf1State(o: OptimizerObj, vars: VarRecord[], site: CallSite): void {
    const g = this.tf.graph;
    const num = (k: string, d: number): number => o.a.num(k) ?? d;
    const nonSlot = (n: string, value: number): void => {
      if (o.nonSlot.has(`${n}#${g.id}`)) return;
      o.nonSlot.set(`${n}#${g.id}`, true);
      const name = this.tf.eager ? n : g.uniqueName(n);
      this.tf.vars.addVariable({
        storeKey: null, name, shape: [], dtype: vars[0]!.dtype, initializer: { kind: 'constant', value: value, api: 'v1' }, trainable: false,
        collections: ['global_variables'], scope: g.currentScope.name, api: 'optimizer', site, nameNode: null, seed: { graph: g.seed, op: null },
      });
    };
    const zeros: InitializerSpec = { kind: 'zeros', api: 'v1' };
    // optimizer.py `_zeros_slot` / `_get_or_make_slot`: a slot is made once per (slot name, variable) and optimizer
    // object; a later minimize/apply_gradients of the same object over that variable reuses it
    const slot = (v: VarRecord, slotName: string, init: InitializerSpec): void => {
      const key = `slot:${slotName}#${v.id}`;
      if (o.nonSlot.has(key)) return;
      o.nonSlot.set(key, true);
      this.createSlot(v, o.name, init, site);
    };
    switch (o.kind) {
      case 'Adam':
        nonSlot('beta1_power', num('beta1', 0.9));
        nonSlot('beta2_power', num('beta2', 0.999));
        for (const v of vars) { slot(v, 'm', zeros); slot(v, 'v', zeros); }
        break;
      case 'Momentum':
        for (const v of vars) slot(v, 'momentum', zeros);
        break;
      case 'RMSProp': {
        const centered = o.a.bool('centered', false) === true;
        for (const v of vars) {
          slot(v, 'rms', { kind: 'ones', api: 'v1' });
          if (centered) slot(v, 'mg', zeros);
          slot(v, 'momentum', zeros);
        }
        break;
      }
      case 'Adagrad': {
        const init = num('initial_accumulator_value', 0.1);
        for (const v of vars) slot(v, 'accumulator', { kind: 'constant', value: init, api: 'v1' });
        break;
      }
      case 'Adadelta':
        for (const v of vars) { slot(v, 'accum', zeros); slot(v, 'accum_update', zeros); }
        break;
      case 'Ftrl': {
        const init = num('initial_accumulator_value', 0.1);
        for (const v of vars) { slot(v, 'accum', { kind: 'constant', value: init, api: 'v1' }); slot(v, 'linear', zeros); }
        break;
      }
      default:
        break;
    }
  }

  /** `slot_creator.create_slot`: `variable_scope(None, default_name=<var>/<name>)`, so repeats get `_1`. */
  /** `tf.train.ExponentialMovingAverage`'s apply and average_name. */
  private emaMethod(o: OptimizerObj, method: string, args: Args, site: CallSite): Value {
    if (method === 'apply') {
      // moving_averages.py apply(): each item's average in order, a variable's starting equal to it (and listed in
      // MOVING_AVERAGE_VARIABLES), a tensor's a zeros slot named after its op (create_zeros_slot); then, with
      // zero_debias, each tensor average's `biased` and `local_step` (assign_moving_average's _zero_debias)
      const list = bind(args, ['var_list']).get('var_list');
      const items = list?.t === 'list' || list?.t === 'tuple' ? list.items : list ? [list] : [];
      const debiased: VarRecord[] = [];
      for (const item of items) {
        const v = item.t === 'var' ? this.tf.reg.vars.get(item.v.id) : undefined;
        if (v) {
          if (!v.collections.includes('moving_average_variables')) v.collections.push('moving_average_variables');
          this.createSlot(v, o.name, { kind: 'unknown', reason: `starts equal to ${v.name}`, api: 'v1' }, site);
        } else if (item.t === 'tensor' && item.op && item.dtype && /^(float16|float32|float64|bfloat16)$/.test(item.dtype) && !this.tf.eager) {
          const known = item.shape !== null && item.shape.every((d) => d !== null);
          const init: InitializerSpec = known ? { kind: 'zeros', api: 'v1' } : { kind: 'unknown', reason: `zeros of ${item.op}'s dynamic shape`, api: 'v1' };
          const avg = this.createSlotNamed(item.op, known ? item.shape : null, item.dtype, o.name, init, site);
          if (o.a.bool('zero_debias', false) === true) debiased.push(avg);
        }
      }
      for (const avg of debiased) {
        for (const [n, shape] of [['biased', avg.shape], ['local_step', []]] as [string, Shape][]) {
          this.tf.vars.addVariable({
            storeKey: null, name: `${avg.name}/${n}`, shape, dtype: avg.dtype, initializer: { kind: 'zeros', api: 'v1' }, trainable: false,
            collections: ['global_variables'], scope: avg.name, api: 'slot', site, nameNode: null, seed: { graph: this.tf.graph.seed, op: null },
          });
        }
      }
      return { t: 'tensor', shape: null, dtype: null };
    }
    if (method === 'average_name') {
      const v = bind(args, ['var']).get('var');
      return v?.t === 'var' ? str(`${this.tf.reg.vars.get(v.v.id)!.name}/${o.name}`) : unknown();
    }
    return unknown();
  
  }

  createSlot(primary: VarRecord, name: string, init: InitializerSpec, site: CallSite): VarRecord {
    return this.createSlotNamed(primary.name, primary.shape, primary.dtype, name, init, site);
  }

  /** slot_creator's slot of a primary (a variable, or a tensor by its op's name): `<primary>/<name>`, its scope unique. */
  createSlotNamed(primaryName: string, shape: Shape, dtype: string, name: string, init: InitializerSpec, site: CallSite): VarRecord {
    const g = this.tf.graph;
    const prefix = `${primaryName}/${name}`;
    const cur = g.currentScope.name;
    const unique = g.uniqueVariableScope(prefix);
    const full = cur ? `${cur}/${unique}` : unique;
    g.openVariableScope(full);
    g.closeVariableSubscopes(full);
    const opName = this.tf.eager ? full : g.uniqueRootName(full);
    const rec = this.tf.vars.addVariable({
      storeKey: `${full}/`, name: opName, shape, dtype, initializer: init, trainable: false,
      collections: ['global_variables'], scope: full, api: 'slot', site, nameNode: null, seed: { graph: g.seed, op: null },
    });
    if (!this.tf.eager) g.store.set(`${full}/`, rec);
    return rec;
  }

  /** `tf.metrics.*`: local, non-trainable `total`/`count`-style variables under the metric's scope. */
  metric(kind: string, args: Args, site: CallSite): Value {
    const a = bind(args, TF1_METRIC_PARAMS[kind] ?? []);
    const nameArg = a.get('name');
    const dflt = kind;
    const scoped = (name: Value | undefined, d: string, body: () => void): void => {
      const ctx = this.tf.scoping.variableScope({ pos: [name ?? NONE, str(d)], kw: new Map(), posNodes: [null, null], kwNodes: new Map() }, site, false) as Value & { t: 'ctx' };
      ctx.ctx.enter();
      try { body(); } finally { ctx.ctx.exit(); }
    };
    const local = (n: string, shape: number[]): void => {
      const g = this.tf.graph;
      const opName = this.tf.eager ? (g.nameStack ? `${g.nameStack}/${n}` : n) : g.uniqueName(n);
      this.tf.vars.addVariable({
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
        const n = a.num('num_thresholds') ?? 200;
        scoped(nameArg, dflt, () => { for (const k of ['true_positives', 'false_negatives', 'true_negatives', 'false_positives']) local(k, [n]); });
        break;
      }
      default:
        break;
    }
    return { t: 'tuple', items: [{ t: 'tensor', shape: [], dtype: 'float32' }, { t: 'tensor', shape: [], dtype: 'float32' }] };
  }

  // ---------- quick fixes ----------
}


export const OPTIMIZERS_API: readonly ApiEntry[] = [
  {
    // their slots are created by minimize/apply_gradients (optimizerMethod), from the arguments kept here
    names: Object.keys(TF1_OPTIMIZER_PARAMS).map((k) => `train.${k}Optimizer`), params: [],
    impl: (tf, raw, _s, c) => {
      const kind = c.name.slice('train.'.length).replace(/Optimizer$/, '');
      const a = bind(raw.raw, TF1_OPTIMIZER_PARAMS[kind]!);
      const id = freshId();
      tf.optim.optimizers.set(id, { kind, name: a.str('name') ?? kind, a, nonSlot: new Map() });
      return handle({ kind: 'optimizer', id });
    },
  },
  {
    names: ['train.ExponentialMovingAverage'], params: ['decay', 'num_updates', 'zero_debias', 'name'],
    impl: (tf, a) => {
      const id = freshId();
      tf.optim.optimizers.set(id, { kind: 'EMA', name: a.str('name') ?? 'ExponentialMovingAverage', a, nonSlot: new Map() });
      return handle({ kind: 'optimizer', id });
    },
  },
  { names: Object.keys(TF1_METRIC_PARAMS).map((m) => `metrics.${m}`), params: [], impl: (tf, a, site, c) => tf.optim.metric(c.name.slice('metrics.'.length), a.raw, site) },
];
