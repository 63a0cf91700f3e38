// TensorFlow's Python API as the evaluator sees it (LibraryHooks): the hub of the library. It holds the state
// an analysis shares (graphs, mode, variables, seeds) and one module per concern (lib/*.ts), which reach each
// other through it. Produces `VarRecord`s and diagnostics; TF's naming, sharing and errors live in the modules.

import { type ScopeEntry, type TfRegistry } from './lib/types';
import { fromJsonArray } from './lib/convert';
export type { TfRegistry, TfState } from './lib/types';
import { SeedTracker } from './seeds';
import type { Shape } from '../model';
import { TfGraph, type VarRecord } from '../tf/graph';
import { type Args, type CallSite, type LibraryHooks } from './interp';
import type { EvalHost, SubscriptItem } from './eval/protocol';
import { followedAsSource, LIBRARY_ROOTS } from './tfnames';
import { bool, npScalar, numOf, unknown, type Value } from './values';
import { Diagnostics } from './lib/diagnostics';
import { QuickFixes } from './lib/fixes';
import { Scopes } from './lib/scopes';
import { Variables } from './lib/variables';
import { Initializers } from './lib/initializers';
import { Randomness } from './lib/randomness';
import { Tensors } from './lib/tensors';
import { KerasLayers } from './lib/keras';
import { Optimizers } from './lib/optimizers';
import { KerasTraining } from './lib/kerasTraining';
import { Keras2Training } from './lib/keras2Training';
import { KerasSaving } from './lib/kerasSaving';
import { NumPy } from './lib/numpy';
import { Stdlib } from './lib/stdlib';
import { TfObjects } from './lib/objects';
import { TfApi } from './lib/api';
import { Checkpoints } from './lib/checkpoints';
import { ConfigValues } from './lib/configs';
import { HParamsLib } from './lib/hparams';
import { bind } from './lib/registry';
import { intSeedOf } from '../initializers';
import { DEFAULT_TARGET, type TargetInfo } from '../target';
import { callTf1Layer } from './lib/tf1Layers';
import { callArgScoped, callTemplate, decorateArgScope } from './lib/templates';
import { callRnnCell } from './lib/rnnCells';
import { iterateVariable } from './lib/variableArgs';

/**
 * An op on symbolic Keras tensors keeps their layer history (`inputs + x` between layers in a functional model):
 * the result's `kl` is the union of its tensor operands' (lists included), so the model finds every layer.
 */
export function withHistory(r: Value | undefined, operands: Iterable<Value | undefined>): Value | undefined {
  if (r?.t !== 'tensor' || r.kl?.length) return r;
  let kl: Set<number> | undefined;
  const add = (o: Value): void => {
    if (o.t === 'tensor' && o.kl?.length) for (const id of o.kl) (kl ??= new Set()).add(id);
  };
  for (const v of operands) {
    if (v?.t === 'list' || v?.t === 'tuple') v.items.forEach(add);
    else if (v) add(v);
  }
  return kl ? { ...r, kl: [...kl] } : r;
}

export class TfLibrary implements LibraryHooks {
  interp!: EvalHost;
  graphStack: TfGraph[] = [];
  defaultGraph = new TfGraph();
  readonly variables: VarRecord[] = [];

  /** TF objects by id; shared by every evaluation of one analysis (library explorations see the program's). */
  readonly reg: TfRegistry;

  /** Library exploration: unknown arguments; sharing errors do not stop variable creation. */
  lenient = false;
  readonly scopes = new Map<string, ScopeEntry>();
  eager: boolean;
  /** Keras 3 subclassed layers' `call`s being traced on KerasTensors (compute_output_spec: a FuncGraph, its tensors symbolic). */
  symbolicCalls = 0;
  sawGraphMode = false;
  legacy = false;
  globalSeed: number | null = null;

  /** TF2's eager op seeds and kernel cache, Python's `random` that Keras draws from (seeds.ts). */
  readonly seeds = new SeedTracker(() => ({
    guess: this.interp.guessDepth > 0 ? this.interp.guessWhere : null, risks: this.interp.risks, lastRisk: this.interp.lastRisk,
  }));

  /** TF2 creates resource variables by default; disable_v2_behavior / TF1 runtimes create RefVariables. */
  useResourceDefault = true;

  /** TF1 control flow (disable_v2_behavior / disable_control_flow_v2, TF 1.x): cond/while_loop build in a name scope. */
  controlFlowV1 = false;
  /** TF1 TensorShape (disable_v2_behavior / disable_v2_tensorshape, TF 1.x): unknown dimensions print as '?'. */
  tensorShapeV1 = false;
  /** While a TF1 cond branch / while_loop body is built: tensors its TF calls make have that control-flow context. */
  controlFlowDepth = 0;
  readonly controlFlowTensors = new WeakSet<object>();

  /** What the entry's own API use says about its target (`targetFromApis`), given to `prescan`. */
  apiTarget: TargetInfo | null = null;

  /** The TensorFlow the program targets (src/core/target.ts): which APIs exist, which raise. */
  target: TargetInfo;

  constructor(mode: 'auto' | 'v1' | 'v2', reg?: TfRegistry, target: TargetInfo = DEFAULT_TARGET) {
    this.target = target;
    this.reg = reg ?? { vars: new Map(), scopes: new Map(), layers: new Map() };
    this.eager = mode === 'v2';
    this.forced = mode !== 'auto';
    if (mode === 'v1') this.sawGraphMode = true;
    if (mode === 'v1') this.eager = false;
  }

  readonly forced: boolean;

  get graph(): TfGraph {
    return this.graphStack[this.graphStack.length - 1] ?? this.defaultGraph;
  }

  /** Before running: a text pre-scan decides whether a plain `import tensorflow` program is TF1-era (graph mode, v1 defaults). */
  prescan(text: string, apiTarget: TargetInfo | null): void {
    this.apiTarget = apiTarget;
    if (this.forced) return;
    const graphMarkers = /\b(disable_v2_behavior|disable_eager_execution)\s*\(/.test(text);
    // TF1-era: the code uses top-level TF1 APIs (not through compat.v1), or it targets TF 1.x (a pin, the user)
    const tf1Era = apiTarget?.target === '1.15' || this.target.target === '1.15';
    if (graphMarkers || tf1Era) {
      // disable_v2_behavior is normally the first statement; graph mode from the start is TF's view
      // for everything that follows it. TF1-era programs ran on TF 1.x: graph mode.
      this.eager = !tf1Era && !graphMarkers;
      if (tf1Era) this.enterTf1Era();
    } else this.eager = true;
    if (!this.eager) this.sawGraphMode = true;
  }

  /**
   * TF 1.x's defaults: graph mode, v1 variables, control flow v1, TF1 TensorShape. Also when only an imported module
   * shows that the program is TF1-era (the entry itself uses no TF API before importing it): TF 1.x ran all of it so.
   */
  enterTf1Era(): void {
    if (this.forced) return;
    this.eager = false;
    this.legacy = true;
    this.useResourceDefault = false;
    this.controlFlowV1 = true;
    this.tensorShapeV1 = true;
    this.sawGraphMode = true;
  }

  // ---------- LibraryHooks ----------

  importLibrary(dotted: string): Value | undefined {
    const top = dotted.split('.')[0]!;
    if (!LIBRARY_ROOTS.has(top)) return undefined;
    return { t: 'tf', path: dotted };
  }

  sourceModule(dotted: string): string | undefined {
    // tf.keras is Keras 3 for the keras3 target: its applications are the installed keras package's
    const m = /^tensorflow\.(?:compat\.v2\.)?keras\.(applications(?:\..*)?)$/.exec(dotted);
    if (m && this.target.target === 'keras3') return `keras.${m[1]!}`;
    return followedAsSource(dotted) ? dotted : undefined;
  }

  iterate(v: Value, site?: CallSite): Value[] | undefined {
    if (v.t === 'var' && site) return iterateVariable(this, this.reg.vars.get(v.v.id)!, site);
    if (v.t === 'tf' && v.h?.kind === 'file') return this.configs.fileLines(v.h);
    if (v.t === 'tensor' && v.init?.kind === 'constant' && Array.isArray(v.init.value) && v.init.value.length <= 100_000) {
      return fromJsonArray(v.init.value as unknown[]);
    }
    if (v.t === 'tensor' && v.shape && v.shape[0] != null && v.shape[0] <= 10_000) {
      const inner: Shape = v.shape.slice(1);
      return Array.from({ length: v.shape[0] }, () => ({ t: 'tensor', shape: inner, dtype: v.dtype }));
    }
    return undefined;
  }

  call(fn: Value, args: Args, site: CallSite): Value | undefined {
    switch (fn.t) {
      case 'tf': {
        const r0 = fn.h?.kind === 'rnncell' ? callRnnCell(this, fn.h.id, args, site) : fn.h?.kind === 'tf1layer' ? callTf1Layer(this, fn.h.id, args, site)
          : fn.h?.kind === 'template' ? callTemplate(this, fn.h.id, args, site) : fn.h?.kind === 'argscoped' ? callArgScoped(this, fn.h.id, args, site)
            : this.api.callTf(fn.path, args, site);
        const r = fn.h || r0?.t !== 'tensor' ? r0 : withHistory(r0, args.kw.size ? [...args.pos, ...args.kw.values()] : args.pos);
        // a new tensor made inside a TF1 control-flow construct (not one of the arguments passed through)
        if (this.controlFlowDepth > 0 && r?.t === 'tensor' && !args.pos.includes(r) && ![...args.kw.values()].includes(r)) this.controlFlowTensors.add(r);
        return r;
      }
      case 'tfmethod': return this.objects.callMethod(fn.self, fn.name, args, site);
      case 'init': {
        // initializer(shape, dtype=...) → a tensor with that initializer
        const a = bind(args, ['shape', 'dtype']);
        const shape = a.shape('shape');
        const dtype = a.dtype('dtype') ?? 'float32';
        // a stateful initializer makes its op now (eager: runs it); each call is its own op (and kernel run)
        if (this.rng.isStateful(fn.spec)) {
          const spec = { ...fn.spec };
          if (this.eager) this.rng.ranEagerly(spec, shape, dtype, intSeedOf(spec));
          else this.rng.createdInGraph(spec, intSeedOf(spec));
          return { t: 'tensor', shape, dtype, init: spec };
        }
        return { t: 'tensor', shape, dtype, init: fn.spec };
      }
      case 'layer': return this.keras.callLayer(this.reg.layers.get(fn.l.id)!, args, site);
      case 'dtype': {
        // NumPy scalar constructors (np.int64(5), np.float32(0.5)) convert their argument; on an array, astype
        const v = args.pos[0];
        const n = numOf(v);
        if (n === undefined) {
          if (v?.t === 'tensor' && v.init && v.dtype && v.dtype !== fn.name) return { ...v, dtype: fn.name, init: this.tensors.withPost(v.init, v.dtype, [{ op: 'cast', dtype: fn.name, by: 'numpy' }]) };
          return v ? this.tensors.asTensor(v) : unknown();
        }
        if (fn.name === 'bool') return bool(n !== 0);
        return npScalar(/int/.test(fn.name) ? Math.trunc(n) : n, fn.name);
      }
      case 'instance': {
        const k = fn.attrs.get('__keras__');
        const kl = k?.t === 'layer' ? this.reg.layers.get(k.l.id) : undefined;
        // a tf.Module is no layer: calling it runs its class's own __call__, as any Python object
        if (kl && kl.kind !== 'Module') return this.keras.callSubclassed(fn, kl, args, site);
        const t1 = fn.attrs.get('__tf1layer__');
        if (t1?.t === 'tf' && t1.h?.kind === 'tf1layer') return callTf1Layer(this, t1.h.id, args, site);
        return undefined;
      }
      default: return undefined;
    }
  }

  // the library by concern (lib/*.ts); each module reaches the others through this hub
  readonly diag = new Diagnostics(this);
  readonly fixes = new QuickFixes();
  readonly scoping = new Scopes(this);
  readonly vars = new Variables(this);
  readonly inits = new Initializers(this);
  readonly rng = new Randomness(this);
  readonly tensors = new Tensors(this);
  readonly keras = new KerasLayers(this);
  readonly optim = new Optimizers(this);
  readonly training = new KerasTraining(this);
  readonly training2 = new Keras2Training(this);
  readonly saving = new KerasSaving(this);
  readonly numpy = new NumPy(this);
  readonly std = new Stdlib(this);
  readonly objects = new TfObjects(this);
  readonly ckpt = new Checkpoints(this);
  readonly api = new TfApi(this);
  readonly configs = new ConfigValues(this);
  readonly hparams = new HParamsLib(this);

  getattr(obj: Value, name: string, site: CallSite): Value | undefined {
    return this.objects.getattr(obj, name, site);
  }

  subscript(obj: Value, key: Value): Value | undefined {
    return this.tensors.subscript(obj, key);
  }

  subscriptItems(obj: Value, items: SubscriptItem[]): Value | undefined {
    return this.tensors.subscriptItems(obj, items);
  }

  /**
   * Two variables in a list test (`var in var_list`): one variable is one object; two are unequal where a variable's
   * `==` is identity (TF 1.x, or disable_v2_behavior: tensor equality off, RefVariable.__eq__ is `is`); TF 2's
   * variables compare by value (undecided here).
   */
  /** `@add_arg_scope` (contrib.framework): the function arg_scope gives keyword arguments to. */
  decorate(decorator: Value, fn: Value): Value | undefined {
    return decorateArgScope(this, decorator, fn);
  }

  /** `sys.argv = [...]`: the program's own argv, which argparse's parse_args() then reads; `args.x = v` on an argparse
   * Namespace (a plain object: argparse.py's Namespace keeps what is assigned to it). */
  setattr(obj: Value, name: string, v: Value): boolean {
    if (obj.t === 'tf' && !obj.h && obj.path === 'sys' && name === 'argv') {
      this.std.argv = v;
      return true;
    }
    if (obj.t === 'tf' && obj.h?.kind === 'namespace') {
      this.std.parsers.get(obj.h.id)?.set(name, v);
      return true;
    }
    return false;
  }

  eagerTensors(): boolean {
    return this.eager && !this.legacy;
  }

  sameObject(l: Value, r: Value): boolean | undefined {
    if (l.t !== 'var' || r.t !== 'var') return undefined;
    if (l.v.id === r.v.id) return true;
    return !this.eager && this.controlFlowV1 && this.tensorShapeV1 ? false : undefined;
  }

  binop(op: string, l: Value, r: Value): Value | undefined {
    return withHistory(this.tensors.binop(op, l, r), [l, r]);
  }

  unop(op: string, v: Value): Value | undefined {
    return withHistory(this.tensors.unop(op, v), [v]);
  }

  outside(name: string, fallback: Value, node: import('./ast').SyntaxNode, file: string, why: string): Value {
    return this.configs.fromOutside(name, fallback, node, file, why);
  }

  supplied(name: string): Value | undefined {
    return this.configs.supplied.get(name);
  }

  setAttr(obj: Value, name: string, v: Value): void {
    if (name === 'trainable') this.training.setTrainable(obj, v);
  }

  newInstance(c: import('./values').ClassVal, args: Args, site: CallSite): Value | undefined {
    return this.keras.newInstance(c, args, site);
  }
}
