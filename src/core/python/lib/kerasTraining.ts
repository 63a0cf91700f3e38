// Keras 3 models through their life (keras/src/trainers/trainer.py, backend/tensorflow/trainer.py): compile (the
// optimizer from a string, the `loss` Mean tracker, compiled metrics), fit/evaluate/predict and the *_on_batch calls
// (the train/test/predict step traced on first use: the model builds, the optimizer its slots, the metrics theirs),
// Keras metric objects and their variables, and the models a program made with model.summary()'s counts.

import type { ModelInfo } from '../../model';
import type { VarRecord } from '../../tf/graph';
import { snakeCase } from './convert';
import { type Args, type CallSite } from '../interp';
import { bind } from './registry';
import type { LayerObj } from './types';
import type { TfLibrary } from '../tflib';
import { datasetElement } from './datasets';
import { handle, NONE, str, unknown, type Value } from '../values';
import { loc } from '../eval/protocol';
import { freshId } from '../../tf/graph';

/** Which variables a Keras metric class makes in its constructor (keras/src/metrics), in order. */
type MetricVars = 'mean' | 'sum' | 'auc' | 'precision' | 'recall' | 'accumulator';

/** Keras 3's metric classes (keras.metrics.ALL_OBJECTS) whose variables the analysis knows. */
const METRIC_VARS: Readonly<Record<string, MetricVars>> = {
  Mean: 'mean', MeanMetricWrapper: 'mean', Sum: 'sum',
  MeanSquaredError: 'mean', RootMeanSquaredError: 'mean', MeanAbsoluteError: 'mean', MeanAbsolutePercentageError: 'mean',
  MeanSquaredLogarithmicError: 'mean', CosineSimilarity: 'mean', LogCoshError: 'mean',
  Hinge: 'mean', SquaredHinge: 'mean', CategoricalHinge: 'mean', KLDivergence: 'mean', Poisson: 'mean',
  BinaryCrossentropy: 'mean', CategoricalCrossentropy: 'mean', SparseCategoricalCrossentropy: 'mean',
  Accuracy: 'mean', BinaryAccuracy: 'mean', CategoricalAccuracy: 'mean', SparseCategoricalAccuracy: 'mean',
  TopKCategoricalAccuracy: 'mean', SparseTopKCategoricalAccuracy: 'mean',
  AUC: 'auc', Precision: 'precision', Recall: 'recall',
  TruePositives: 'accumulator', TrueNegatives: 'accumulator', FalsePositives: 'accumulator', FalseNegatives: 'accumulator',
};

/** Constructors whose first parameters are not `name` (keras/src/metrics: accuracy_metrics.py, reduction_metrics.py). */
const METRIC_PARAMS: Readonly<Record<string, readonly string[]>> = {
  TopKCategoricalAccuracy: ['k', 'name', 'dtype'], SparseTopKCategoricalAccuracy: ['k', 'name', 'dtype'],
  MeanMetricWrapper: ['fn', 'name', 'dtype'],
};

/** `keras.metrics.get`'s short names (ALL_OBJECTS_DICT's aliases). */
const METRIC_ALIASES: Readonly<Record<string, string>> = {
  bce: 'BinaryCrossentropy', BCE: 'BinaryCrossentropy', mse: 'MeanSquaredError', MSE: 'MeanSquaredError',
  mae: 'MeanAbsoluteError', MAE: 'MeanAbsoluteError', mape: 'MeanAbsolutePercentageError', MAPE: 'MeanAbsolutePercentageError',
  msle: 'MeanSquaredLogarithmicError', MSLE: 'MeanSquaredLogarithmicError',
};

/** Keras 3's optimizers by `optimizers.get` string (the class name, lowercased). */
const OPTIMIZER_CLASSES = ['SGD', 'Adam', 'AdamW', 'RMSprop', 'Adagrad', 'Adadelta', 'Adamax', 'Nadam', 'Ftrl', 'Lion', 'Lamb', 'Adafactor'];

/** A class of `keras.metrics` by the name `metrics.get` accepts (class name, its snake_case, or an alias). */
function metricClassOf(id: string): string | undefined {
  if (METRIC_ALIASES[id]) return METRIC_ALIASES[id];
  return Object.keys(METRIC_VARS).find((c) => c === id || snakeCase(c) === id);
}

/** The training state Keras keeps on a compiled model. */
interface Compiled {
  optimizer: Value | null;
  /** The `metrics` and `weighted_metrics` lists, built by the first train/test step. */
  metrics: Value[];
  metricsBuilt: boolean;
  /** compile's arguments as given (its compile config, which loading a saved model compiles with again). */
  given: Map<string, Value>;
}

const NO_ARGS = (): Args => ({ pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() });

export class KerasTraining {
  constructor(private readonly tf: TfLibrary) {}

  private readonly compiled = new Map<number, Compiled>();
  /** Metric objects by handle id: their class and arguments (their config, which deserializing makes them from). */
  private readonly metricObjects = new Map<number, { cls: string; args: Args }>();

  /** Keras 3 models (Sequential, functional, subclassed) in the order they were made. */
  readonly models: LayerObj[] = [];

  /**
   * A Keras metric object (`keras.metrics.AUC(num_thresholds=50)`): its variables under its name at construction
   * (Metric.add_variable in the metric's name scope; metric names are not made unique). Undefined: not modelled.
   */
  makeMetric(cls: string, args: Args, site: CallSite, name?: string): Value | undefined {
    const kind = METRIC_VARS[cls];
    if (!kind) return undefined;
    const a = bind(args, METRIC_PARAMS[cls] ?? (cls === 'AUC' ? ['num_thresholds'] : cls === 'Precision' || cls === 'Recall' || kind === 'accumulator' ? ['thresholds'] : ['name']));
    const n = name ?? a.str('name') ?? snakeCase(cls);
    const dtype = a.dtype('dtype') ?? 'float32';
    const thresholds = a.get('thresholds');
    const nThresholds = thresholds && (thresholds.t === 'list' || thresholds.t === 'tuple') ? thresholds.items.length : 1;
    const vars: [string, number[]][] =
      kind === 'mean' ? [['total', []], ['count', []]]
        : kind === 'sum' ? [['total', []]]
          : kind === 'auc' ? (a.bool('multi_label', false) === true ? [] : ['true_positives', 'false_positives', 'true_negatives', 'false_negatives'].map((k) => [k, [a.num('num_thresholds') ?? 200]]))
            : kind === 'precision' ? [['true_positives', [nThresholds]], ['false_positives', [nThresholds]]]
              : kind === 'recall' ? [['true_positives', [nThresholds]], ['false_negatives', [nThresholds]]]
                : [['accumulator', [nThresholds]]];
    for (const [v, shape] of vars) {
      this.tf.vars.addVariable({
        storeKey: null, name: `${n}/${v}`, shape, dtype, initializer: { kind: 'zeros', api: 'keras' }, trainable: false,
        collections: ['global_variables'], scope: n, api: 'metric', site, nameNode: null, seed: { graph: null, op: null },
      });
    }
    const id = freshId();
    this.metricObjects.set(id, { cls, args });
    return handle({ kind: 'kmetric', name: n, id });
  }

  /**
   * `layer.trainable = False` (Keras 3 Layer.trainable's setter): the layer and every layer it tracks stop training
   * their trainable variables (each variable's own flag), and weights built later are made non-trainable.
   */
  setTrainable(obj: Value, v: Value): void {
    const k = obj.t === 'instance' ? obj.attrs.get('__keras__') : obj;
    const l = k?.t === 'layer' ? this.tf.reg.layers.get(k.l.id) : undefined;
    if (!l || v.t !== 'bool') return;
    if (l.k2) return this.tf.training2.setTrainable(l, v.v);
    const visit = (x: LayerObj, depth: number): void => {
      if (depth > 20) return;
      x.config.set('trainable', v);
      for (const w of x.weights) {
        const r = w.t === 'var' ? this.tf.reg.vars.get(w.v.id) : undefined;
        if (!r || !x.trainableIds?.has(r.id) && !r.trainable) continue;
        (x.trainableIds ??= new Set()).add(r.id);
        r.trainable = v.v;
        r.collections = v.v ? [...new Set([...r.collections, 'trainable_variables'])] : r.collections.filter((c) => c !== 'trainable_variables');
      }
      for (const s of this.sublayers(x)) visit(s, depth + 1);
    };
    visit(l, 0);
  }

  /** A new Keras 3 model (Sequential, functional or a Model subclass), listed in ProgramResult.models. */
  track(l: LayerObj): void {
    if (!l.k2) this.models.push(l);
  }

  /**
   * `model.compile(optimizer="rmsprop", loss=None, loss_weights=None, metrics=None, weighted_metrics=None, ...)`:
   * `optimizers.get` makes a string's optimizer now; the loss tracker `Mean(name="loss")` makes `loss/total` and
   * `loss/count`; the compiled metrics wait for the first step.
   */
  compile(l: LayerObj, self: Value, args: Args, site: CallSite): Value {
    const a = bind(args, ['optimizer', 'loss', 'loss_weights', 'metrics', 'weighted_metrics']);
    let opt: Value | null = a.given('optimizer') ? (a.get('optimizer') ?? NONE) : str('rmsprop');
    if (opt.t === 'str') {
      const cls = OPTIMIZER_CLASSES.find((c) => c.toLowerCase() === (opt as { v: string }).v.toLowerCase());
      opt = cls ? this.tf.optim.makeKerasOptimizer(cls, NO_ARGS(), site) : unknown(`optimizer ${opt.v}`);
    } else if (opt.t === 'none') opt = null;
    const list = (v: Value | undefined): Value[] => (!v || v.t === 'none' ? [] : v.t === 'list' || v.t === 'tuple' ? v.items : [v]);
    const given = new Map<string, Value>();
    for (const k of ['optimizer', 'loss', 'loss_weights', 'metrics', 'weighted_metrics']) if (a.given(k)) given.set(k, a.get(k)!);
    this.compiled.set(l.id, { optimizer: opt, metrics: [...list(a.get('metrics')), ...list(a.get('weighted_metrics'))], metricsBuilt: false, given });
    this.setAttr(l, self, 'optimizer', opt ?? NONE);
    this.makeMetric('Mean', NO_ARGS(), site, 'loss');
    return NONE;
  }

  /**
   * Trainer.compile_from_config, for model `to` loaded from a save of the compiled model `from`: compile with the
   * same arguments, the optimizer deserialized from its config (a new one of the same class and name), then the
   * optimizer's variables built for the model's trainable variables. False: `from` was not compiled.
   */
  compileLoaded(from: LayerObj, to: LayerObj, self: Value, site: CallSite): boolean {
    const c = this.compiled.get(from.id);
    if (!c) return false;
    const kw = new Map(c.given);
    const o = c.optimizer?.t === 'tf' && c.optimizer.h?.kind === 'optimizer' ? this.tf.optim.optimizers.get(c.optimizer.h.id) : undefined;
    if (o?.kind.startsWith('keras:')) {
      const raw = o.a.raw;
      const args: Args = { pos: raw.pos, kw: new Map([...raw.kw, ['name', str(o.name)]]), posNodes: raw.posNodes, kwNodes: raw.kwNodes };
      kw.set('optimizer', this.tf.optim.makeKerasOptimizer(o.kind.slice('keras:'.length), args, site));
    } else if (c.optimizer) kw.set('optimizer', unknown('the optimizer of a loaded model'));
    // then the metric objects in the compile config, each made again from its config (its variables with it)
    const remake = (v: Value, depth: number): Value => {
      if (depth > 4) return v;
      if (v.t === 'tf' && v.h?.kind === 'kmetric') {
        const m = this.metricObjects.get(v.h.id);
        return (m && this.makeMetric(m.cls, m.args, site)) ?? unknown('a metric object of a loaded model');
      }
      if (v.t === 'list' || v.t === 'tuple') return { ...v, items: v.items.map((x) => remake(x, depth + 1)) };
      if (v.t === 'dict') return { ...v, vals: v.vals.map((x) => remake(x, depth + 1)) };
      return v;
    };
    for (const k of ['metrics', 'weighted_metrics']) if (kw.has(k)) kw.set(k, remake(kw.get(k)!, 0));
    this.compile(to, self, { pos: [], kw, posNodes: [], kwNodes: new Map() }, site);
    const opt = this.optimizerOf(to);
    const made = opt?.t === 'tf' && opt.h?.kind === 'optimizer' ? this.tf.optim.optimizers.get(opt.h.id) : undefined;
    const vars = this.modelWeights(to).filter((w) => w.trainable);
    if (made && vars.length) {
      this.tf.optim.kerasOptimizerMethod(made, 'build', { pos: [{ t: 'list', items: vars.map((v) => this.tf.vars.varValue(v)) }], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site);
    }
    return true;
  }

  /** The optimizer `compile` gave model `l` (null: none, undefined: not compiled). */
  optimizerOf(l: LayerObj): Value | null | undefined {
    return this.compiled.get(l.id)?.optimizer;
  }

  private setAttr(l: LayerObj, self: Value, name: string, v: Value): void {
    if (self.t === 'instance') self.attrs.set(name, v);
    else l.config.set(name, v);
  }

  /**
   * fit / train_on_batch / evaluate / test_on_batch / predict / predict_on_batch: the TF trainer defers building to
   * the tracing of its step function, which calls the model (building what is unbuilt), then (a train step)
   * `optimizer.apply` (the slots, for the trainable variables) and `compute_metrics` (the compiled metrics).
   * A subclass's own `train_step` / `test_step` runs instead of the default one.
   */
  step(l: LayerObj, self: Value, method: string, args: Args, site: CallSite): Value {
    const a = bind(args, ['x', 'y']);
    // a tf.data.Dataset gives the step its element: (x, y[, sample_weight]) or x alone
    const element = datasetElement(a.get('x'));
    const x = element && (element.t === 'tuple' || element.t === 'list') ? element.items[0] : element ?? a.get('x');
    const train = method === 'fit' || method === 'train_on_batch';
    const test = method === 'evaluate' || method === 'test_on_batch';
    if (!x || (!train && !test && !method.startsWith('predict'))) return unknown(method);
    const xs = this.symbolic(x);
    const own = self.t === 'instance' ? this.tf.interp.findAttrInClass(self.c, train ? 'train_step' : test ? 'test_step' : 'predict_step') : undefined;
    if (own?.t === 'func') {
      const y = a.get('y');
      const data: Value = element ? this.symbolic(element) : y && y.t !== 'none' ? { t: 'tuple', items: [xs, this.symbolic(y)] } : xs;
      this.tf.interp.callFunction(own.f, { pos: [data], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, self);
      if (method === 'fit') this.tf.saving.fitSaves(l, this.optimizerOf(l), args, site);
      return unknown(method);
    }
    this.callModel(l, self, xs, site);
    const c = this.compiled.get(l.id);
    if (!c || method.startsWith('predict')) return unknown(method);
    if (!element && this.lossStructureMismatch(l, c, a.get('y'), site)) return unknown(method);
    if (train && c.optimizer?.t === 'tf' && c.optimizer.h?.kind === 'optimizer') {
      const o = this.tf.optim.optimizers.get(c.optimizer.h.id);
      const vars = this.modelWeights(l).filter((w) => w.trainable);
      if (o && vars.length) {
        // the train step's optimizer.apply builds it, in its name scope
        this.tf.optim.kerasOptimizerMethod(o, 'build', { pos: [{ t: 'list', items: vars.map((v) => this.tf.vars.varValue(v)) }], kw: new Map(), posNodes: [null], kwNodes: new Map() }, site, true);
      }
    }
    if (!c.metricsBuilt) {
      c.metricsBuilt = true;
      for (const m of c.metrics) this.compiledMetric(m, site);
    }
    if (method === 'fit') this.tf.saving.fitSaves(l, c.optimizer, args, site);
    return unknown(method);
  }

  /**
   * CompileLoss.call (trainers/compile_utils.py): a single label array against a model of two or more outputs (a list
   * or tuple) compiled with a list of as many losses, two or more of them not None, cannot be packed to the outputs'
   * structure, and Keras raises ValueError "y_true and y_pred have different structures" in the first step.
   */
  private lossStructureMismatch(l: LayerObj, c: Compiled, y: Value | undefined, site: CallSite): boolean {
    const m = l.outputProducers?.length ?? 0;
    const loss = c.given.get('loss');
    if (!l.outputStructure || m < 2 || !y || y.t !== 'tensor' || (loss?.t !== 'list' && loss?.t !== 'tuple') || loss.items.length !== m) return false;
    if (loss.items.some((x) => x.t === 'unknown') || loss.items.filter((x) => x.t !== 'none').length < 2) return false;
    const stars = Array.from({ length: m }, () => "'*'").join(', ');
    const yPred = l.outputStructure === 'list' ? `[${stars}]` : `(${stars})`;
    this.tf.diag.raise(site, 'ValueError', `y_true and y_pred have different structures.\ny_true: *\ny_pred: ${yPred}`, 'loss-structure');
    return true;
  }

  /**
   * CompileMetrics.build's `get_metric` for one output: "accuracy"/"acc" is an accuracy metric named as written; a
   * string is `metrics.get`'s class with its default name; a function is wrapped in `MeanMetricWrapper(fn)`, whose
   * variables are made under its auto_name (`mean_metric_wrapper`, uniquified) before get_metric renames it after
   * the function; a metric object already has its variables.
   */
  private compiledMetric(m: Value, site: CallSite): void {
    if (m.t === 'str') {
      if (m.v === 'accuracy' || m.v === 'acc') this.makeMetric('MeanMetricWrapper', NO_ARGS(), site, m.v);
      else {
        const cls = metricClassOf(m.v);
        if (cls) this.makeMetric(cls, NO_ARGS(), site);
      }
    } else if (m.t === 'func') this.makeMetric('MeanMetricWrapper', NO_ARGS(), site, this.tf.keras.kerasUniquify('mean_metric_wrapper'));
  }

  /** Data given to fit/evaluate/predict as the symbolic batch Keras traces with (the batch dimension unknown). */
  symbolic(v: Value): Value {
    if (v.t === 'list' || v.t === 'tuple') return { ...v, items: v.items.map((x) => this.symbolic(x)) };
    const s = this.tf.tensors.shapeOfValue(v);
    if (v.t !== 'tensor' && !s) return v;
    const dtype = v.t === 'tensor' ? v.dtype : 'float32';
    return { t: 'tensor', shape: s && s.length ? [null, ...s.slice(1)] : s, dtype: dtype === 'float64' ? 'float32' : dtype };
  }

  /** Calls the model on the batch (a subclassed model through its `call`); a built model creates nothing new. */
  callModel(l: LayerObj, self: Value, x: Value, site: CallSite): void {
    const args: Args = { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() };
    if (self.t === 'instance') this.tf.keras.callSubclassed(self, l, args, site);
    else if (l.kind === 'Sequential' && !l.built) this.tf.keras.callLayer(l, args, site);
  }

  /**
   * A model's weights as Keras lists them (Layer.weights): its own, then each tracked sublayer's, in the order
   * they were tracked (a subclass: attribute assignment order; Sequential and functional: their layers).
   */
  modelWeights(l: LayerObj, depth = 0): VarRecord[] {
    if (depth > 20) return [];
    const out: VarRecord[] = [];
    const seen = new Set<number>();
    const add = (vs: Value[]): void => {
      for (const w of vs) {
        if (w.t !== 'var' || seen.has(w.v.id)) continue;
        seen.add(w.v.id);
        out.push(this.tf.reg.vars.get(w.v.id)!);
      }
    };
    add(l.weights);
    for (const sub of this.sublayers(l)) add(this.modelWeights(sub, depth + 1).map((r) => this.tf.vars.varValue(r)));
    if (l.kind === 'Subclass' && !l.attrs) add(this.tf.variables.filter((v) => v.name.startsWith(`${l.name}/`) && v.api === 'layer').map((v) => this.tf.vars.varValue(v)));
    return out;
  }

  /** The layers a layer or model tracks, in order (model.layers for a model). */
  sublayers(l: LayerObj): LayerObj[] {
    const ids: number[] = [];
    const visit = (v: Value | undefined, depth: number): void => {
      if (!v || depth > 4) return;
      if (v.t === 'layer') ids.push(v.l.id);
      else if (v.t === 'instance') {
        const k = v.attrs.get('__keras__');
        if (k?.t === 'layer') ids.push(k.l.id);
      } else if (v.t === 'list' || v.t === 'tuple') for (const x of v.items) visit(x, depth + 1);
      else if (v.t === 'dict') for (const x of v.vals) visit(x, depth + 1);
    };
    if (l.attrs) for (const [k, v] of l.attrs) if (k !== '__keras__') visit(v, 0);
    const layers = l.config.get('layers');
    if (layers?.t === 'list') for (const x of layers.items) visit(x, 0);
    for (const k of ['layer', 'forward', 'backward']) visit(l.config.get(k), 0);
    ids.push(...(l.children ?? []));
    return [...new Set(ids)].filter((id) => id !== l.id).map((id) => this.tf.reg.layers.get(id)!).filter((x) => x && x.kind !== 'InputLayer');
  }

  /**
   * A functional model's `layers` as Keras orders its operations (ops/function.py map_graph): by depth from the
   * outputs (longest path), deepest first; ties in the order a depth-first walk from the outputs first meets them.
   */
  private functionalLayers(l: LayerObj): string[] | undefined {
    return this.functionalOrder(l)?.map((k) => (typeof k === 'number' ? this.tf.reg.layers.get(k)?.name ?? '?' : l.inputsRenamed ? 'keras_tensor_?' : k));
  }

  /** functionalLayers' order as ids (a layer's) and names (an Input's). */
  functionalOrder(l: LayerObj): (number | string)[] | undefined {
    if (l.kind !== 'Functional' || !l.outputProducers?.length) return undefined;
    const index = new Map<number | string, number>();
    const depth = new Map<number | string, number>();
    let budget = 20000;
    const visit = (k: number | string, d: number): void => {
      if (--budget < 0) return;
      if (!index.has(k)) index.set(k, index.size);
      if ((depth.get(k) ?? -1) >= d && d > 0) return;
      depth.set(k, Math.max(depth.get(k) ?? 0, d));
      const inbound = typeof k === 'number' ? this.tf.reg.layers.get(k)?.inbound ?? [] : [];
      for (const p of inbound) if (p !== k) visit(p, d + 1);
    };
    for (const o of l.outputProducers) visit(o, 0);
    if (budget < 0) return undefined;
    return [...index.keys()].sort((a, b) => depth.get(b)! - depth.get(a)! || index.get(a)! - index.get(b)!);
  }

  /** ProgramResult.models: each Keras 3 model with model.summary()'s counts (null when a weight's shape is unknown). */
  modelInfos(): ModelInfo[] {
    return this.models.map((l) => {
      const ws = this.modelWeights(l);
      const size = (v: VarRecord): number | null => (v.shape && v.shape.every((d) => d !== null) ? (v.shape as number[]).reduce((p, d) => p * d, 1) : null);
      let tr: number | null = 0;
      let nt: number | null = 0;
      for (const w of ws) {
        const n = size(w);
        if (w.trainable) tr = tr === null || n === null ? null : tr + n;
        else nt = nt === null || n === null ? null : nt + n;
      }
      const className = l.kind === 'Subclass' ? (l.className ?? 'Model') : l.kind;
      const layers = this.functionalLayers(l) ?? [...(l.inputNames ?? []), ...this.sublayers(l).map((s) => s.name ?? '?')];
      return {
        name: l.name ?? '?', className, layers, totalParams: tr === null || nt === null ? null : tr + nt, trainableParams: tr, nonTrainableParams: nt,
        location: loc(l.site.node, l.site.file),
      };
    });
  }
}

