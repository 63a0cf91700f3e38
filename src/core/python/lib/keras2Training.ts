// Keras 2 models through compile and fit, eagerly as TF 2.x ran them (keras/engine/training.py, compile_utils.py,
// optimizer_v2/*.py): compile's loss tracker `total`/`count` and int64 `_steps_per_execution`; the first train step's
// optimizer `iter`, hyperparameters (sorted) and slots `<opt>/<var>/<slot>`, then the compiled metrics' `total`/`count`.
// Optimizer_v2 objects make nothing at construction. Graph-mode (v1) training is not modelled.

import type { InitializerSpec, Shape } from '../../model';
import { freshId, type VarRecord } from '../../tf/graph';
import { type Args, type CallSite } from '../interp';
import { bind } from './registry';
import type { LayerObj } from './types';
import type { TfLibrary } from '../tflib';
import { handle, numOf, unknown, type Value } from '../values';

/** optimizer_v2's optimizers: the constructor's leading parameters, the hyperparameters `_set_hyper` stores (with
 *  their defaults; `decay` is kwargs' 0.0), and the slots `_create_slots` adds for each variable, in order. */
const K2_OPTIMIZERS: Readonly<Record<string, { params: readonly string[]; hypers: Readonly<Record<string, number>>; slots: (a: (k: string) => number | boolean | undefined) => [string, InitializerSpec][] | undefined }>> = {
  SGD: { params: ['learning_rate', 'momentum', 'nesterov', 'name'], hypers: { learning_rate: 0.01, decay: 0, momentum: 0 }, slots: (a) => (num(a('momentum'), 0) > 0 ? [['momentum', ZEROS]] : []) },
  Adam: { params: ['learning_rate', 'beta_1', 'beta_2', 'epsilon', 'amsgrad', 'name'], hypers: { learning_rate: 0.001, decay: 0, beta_1: 0.9, beta_2: 0.999 }, slots: (a) => [['m', ZEROS], ['v', ZEROS], ...(a('amsgrad') === true ? [['vhat', ZEROS] as [string, InitializerSpec]] : [])] },
  RMSprop: {
    params: ['learning_rate', 'rho', 'momentum', 'epsilon', 'centered', 'name'], hypers: { learning_rate: 0.001, decay: 0, rho: 0.9, momentum: 0 },
    slots: (a) => [['rms', ZEROS], ...(num(a('momentum'), 0) > 0 ? [['momentum', ZEROS] as [string, InitializerSpec]] : []), ...(a('centered') === true ? [['mg', ZEROS] as [string, InitializerSpec]] : [])],
  },
  Adadelta: { params: ['learning_rate', 'rho', 'epsilon', 'name'], hypers: { learning_rate: 0.001, decay: 0, rho: 0.95 }, slots: () => [['accum_grad', ZEROS], ['accum_var', ZEROS]] },
  Adagrad: { params: ['learning_rate', 'initial_accumulator_value', 'epsilon', 'name'], hypers: { learning_rate: 0.001, decay: 0 }, slots: (a) => [['accumulator', { kind: 'constant', value: num(a('initial_accumulator_value'), 0.1), api: 'keras' }]] },
  Adamax: { params: ['learning_rate', 'beta_1', 'beta_2', 'epsilon', 'name'], hypers: { learning_rate: 0.001, decay: 0, beta_1: 0.9, beta_2: 0.999 }, slots: () => [['m', ZEROS], ['v', ZEROS]] },
};

const ZEROS: InitializerSpec = { kind: 'zeros', api: 'keras' };
const num = (v: number | boolean | undefined, d: number): number => (typeof v === 'number' ? v : d);

/** Metric strings whose compiled metric is a MeanMetricWrapper (`total`, `count`), as compile_utils.get_metric_function. */
const MEAN_METRICS = /^(accuracy|acc|binary_accuracy|categorical_accuracy|sparse_categorical_accuracy|mse|mae|mape|msle|mean_squared_error|mean_absolute_error|crossentropy|ce|binary_crossentropy|categorical_crossentropy|sparse_categorical_crossentropy)$/;

interface K2Compiled {
  optimizer: Value | null;
  metrics: Value[];
  metricsBuilt: boolean;
}

interface K2Optimizer {
  cls: string;
  name: string;
  /** A hyperparameter's given value (a number, a bool; undefined: not given or not known). */
  arg: (k: string) => number | boolean | undefined;
  /** Whether it is surely optimizer_v2 and every hyperparameter given is a number the analysis knows (else its
   *  variables are not shown). */
  known: boolean;
  created: boolean;
}

export class Keras2Training {
  private readonly compiled = new Map<number, K2Compiled>();
  private readonly optimizers = new Map<number, K2Optimizer>();

  constructor(private readonly tf: TfLibrary) {}

  /**
   * `keras.optimizers.Adam(...)` under Keras 2: nothing is created until the first apply (undefined: not modelled).
   * Its variables are optimizer_v2's when that is certainly the class: reached as `optimizers.legacy.*` or
   * `optimizer_v2.*`, or when the target is TF 1.x or evidence says TF/Keras <= 2.10 (TF 2.11-2.15's default
   * `tf.keras.optimizers` are the new optimizers, named otherwise: their variables are then not shown).
   */
  makeOptimizer(cls: string, args: Args, legacyPath = false): Value | undefined {
    const spec = K2_OPTIMIZERS[cls];
    if (!spec) return undefined;
    const a = bind(args, spec.params);
    let known = true;
    const arg = (k: string): number | boolean | undefined => {
      const v = a.get(k) ?? (k === 'learning_rate' ? a.get('lr') : undefined);
      if (v === undefined || v.t === 'none') return undefined;
      if (v.t === 'bool') return v.v;
      return numOf(v);
    };
    for (const k of [...Object.keys(spec.hypers), 'lr']) {
      const v = a.get(k);
      if (v !== undefined && v.t !== 'none' && numOf(v) === undefined) known = false;
    }
    const id = freshId();
    const legacy = legacyPath || this.tf.target.target === '1.15' || this.tf.target.legacyOptimizers === true;
    this.optimizers.set(id, { cls, name: a.str('name') ?? cls, arg, known: known && legacy, created: false });
    return handle({ kind: 'k2optimizer', id });
  }

  /** Model.compile (training.py): optimizers.get of a string, LossesContainer's `Mean(name='loss')`, the int64
   *  `_steps_per_execution`; compiled metrics wait for the first step. */
  compile(l: LayerObj, args: Args, site: CallSite): Value {
    if (!this.tf.eager) return unknown('compile (Keras 2 graph mode)');
    const a = bind(args, ['optimizer', 'loss', 'metrics', 'loss_weights', 'weighted_metrics']);
    let opt: Value | null = a.get('optimizer') ?? { t: 'str', v: 'rmsprop' };
    if (opt.t === 'str') {
      const cls = Object.keys(K2_OPTIMIZERS).find((c) => c.toLowerCase() === (opt as { v: string }).v.toLowerCase());
      opt = cls ? this.makeOptimizer(cls, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }) ?? null : null;
    } else if (opt.t === 'none') opt = null;
    const list = (v: Value | undefined): Value[] => (!v || v.t === 'none' ? [] : v.t === 'list' || v.t === 'tuple' ? v.items : [v]);
    this.compiled.set(l.id, { optimizer: opt, metrics: [...list(a.get('metrics')), ...list(a.get('weighted_metrics'))], metricsBuilt: false });
    if (opt) l.config.set('optimizer', opt);
    this.meanVars(site);
    this.scalar('Variable', 'int64', { kind: 'constant', value: 1, api: 'v2' }, true, site);
    return { t: 'none' };
  }

  /** fit / evaluate / train_on_batch / test_on_batch / predict: the model builds on the batch; a train step applies
   *  the optimizer (its variables once); train and test steps build the compiled metrics once. */
  step(l: LayerObj, self: Value, method: string, args: Args, site: CallSite): Value {
    if (!this.tf.eager) return unknown(`${method} (Keras 2 graph mode)`);
    const x = bind(args, ['x', 'y']).get('x');
    const train = method === 'fit' || method === 'train_on_batch';
    if (x) this.tf.training.callModel(l, self, this.tf.training.symbolic(x), site);
    const c = this.compiled.get(l.id);
    if (!c || method.startsWith('predict')) return unknown(method);
    if (train && c.optimizer?.t === 'tf' && c.optimizer.h?.kind === 'k2optimizer') {
      const o = this.optimizers.get(c.optimizer.h.id);
      if (o) this.applyOptimizer(o, this.trainableWeights(l), site);
    }
    // per-output metrics of a model with several outputs are named otherwise: not modelled
    if (!c.metricsBuilt && (l.outputProducers?.length ?? 1) <= 1) {
      c.metricsBuilt = true;
      for (const m of c.metrics) if ((m.t === 'str' && MEAN_METRICS.test(m.v)) || m.t === 'func') this.meanVars(site);
    }
    return unknown(method);
  }

  /** `layer.trainable = False` (Keras 2's setter): the layer and those it tracks stop training; the variables keep
   *  their own `trainable` (base_layer.py: trainable_weights is empty for an untrainable layer). */
  setTrainable(l: LayerObj, v: boolean): void {
    l.config.set('trainable', { t: 'bool', v });
  }

  /** Model.trainable_weights: the weights of each trainable layer, a layer's own before those it tracks. */
  private trainableWeights(l: LayerObj, depth = 0, seen = new Set<number>()): VarRecord[] {
    if (depth > 20 || l.config.get('trainable')?.t === 'bool' && (l.config.get('trainable') as { v: boolean }).v === false) return [];
    const out: VarRecord[] = [];
    for (const w of l.weights) {
      if (w.t !== 'var' || seen.has(w.v.id)) continue;
      seen.add(w.v.id);
      const r = this.tf.reg.vars.get(w.v.id)!;
      if (r.trainable) out.push(r);
    }
    for (const s of this.tf.training.sublayers(l)) out.push(...this.trainableWeights(s, depth + 1, seen));
    return out;
  }

  /** optimizer_v2._create_all_weights: `iter`, the hyperparameters sorted by name, then each slot for every variable. */
  private applyOptimizer(o: K2Optimizer, vars: VarRecord[], site: CallSite): void {
    if (o.created || !vars.length || !o.known) return;
    o.created = true;
    const spec = K2_OPTIMIZERS[o.cls]!;
    this.scalar(`${o.name}/iter`, 'int64', ZEROS, false, site);
    for (const h of Object.keys(spec.hypers).sort()) {
      const v = h === 'decay' ? o.arg('decay') : o.arg(h);
      this.scalar(`${o.name}/${h}`, 'float32', { kind: 'constant', value: typeof v === 'number' ? v : spec.hypers[h]!, api: 'keras' }, false, site);
    }
    const slots = spec.slots(o.arg) ?? [];
    for (const [slot, init] of slots) {
      for (const v of vars) this.add(`${o.name}/${v.name}/${slot}`, v.shape, v.dtype, init, false, site);
    }
  }

  /** A MeanMetricWrapper's / Mean's `total` and `count` (eager names carry no scope). */
  private meanVars(site: CallSite): void {
    this.scalar('total', 'float32', ZEROS, false, site);
    this.scalar('count', 'float32', ZEROS, false, site);
  }

  private scalar(name: string, dtype: string, init: InitializerSpec, trainable: boolean, site: CallSite): void {
    this.add(name, [], dtype, init, trainable, site);
  }

  private add(name: string, shape: Shape, dtype: string, init: InitializerSpec, trainable: boolean, site: CallSite): void {
    this.tf.vars.addVariable({
      storeKey: null, name, shape, dtype, initializer: init, trainable,
      collections: trainable ? ['global_variables', 'trainable_variables'] : ['global_variables'], scope: '', api: 'optimizer', site, nameNode: null,
      seed: { graph: null, op: null },
    });
  }
}

