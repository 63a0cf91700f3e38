// TensorFlow's functions: a call to `tf.<path>` resolved to its canonical name and API family, then to the
// module that implements it.

import { initializerKindOf } from './initializers';
import { type OptimizerObj } from './types';
import { FUNC_OP_NAMES, OP_NAMES, literalTensor, shapeOf, shapeValue, dtypeOf, seedPairOf } from './convert';
import { tfLayersFunctional } from './layerBuild';
import { type SeedArg } from '../seeds';
import type { InitializerSpec } from '../../model';
import { freshId, TfGraph } from '../../tf/graph';
import { loc, type Args, type CallSite } from '../interp';
import { canonicalize, TF1_ONLY } from '../tfnames';
import { bool, NONE, numOf, strOf, truthy, unknown, type Value } from '../values';
import type { TfLibrary } from '../tflib';

export class TfApi {
  constructor(private readonly tf: TfLibrary) {}

  callTf(path: string, args: Args, site: CallSite): Value {
    const c = canonicalize(path);
    if (!c) return this.tf.std.callOther(path, args, site);
    if (/(^|\.)(flags\.DEFINE_\w+|app\.run)$/.test(c.name)) return this.tf.std.callPlumbing(c.name, args, site) ?? unknown();
    this.tf.rng.randomCallSeeds(c.api, c.name, args, site);
    const opName = OP_NAMES[c.name.replace(/^random\./, 'random_').replace(/^random_truncated_normal$/, 'truncated_normal')];
    if (opName) this.tf.scoping.markOp(opName, args);
    let { name } = c;
    const api = c.api === 'tf' ? (this.tf.legacy ? 'v1' : 'v2') : c.api;
    if (c.api === 'tf' && TF1_ONLY.has(name) && !this.tf.legacy) {
      this.tf.legacy = true;
    }
    name = name.replace(/^random\.(normal|uniform|truncated_normal)$/, 'random_$1').replace(/^random_truncated_normal$/, 'truncated_normal');
    const kind = initializerKindOf(name);
    if (kind) {
      const spec = this.tf.inits.makeInitializer(kind, api === 'v2' && !name.includes('initializers.') ? 'v2' : api, args, name);
      // Keras classes (keras.initializers.*, and tf.initializers.* in TF2) draw an unseeded seed when constructed
      if (c.api === 'keras' || (name.startsWith('initializers.') && api !== 'v1')) this.tf.inits.kerasInstance(spec, `${spec.kind} initializer`, args.kw.get('seed'));
      return { t: 'init', spec };
    }
    switch (name) {
      case 'disable_v2_behavior': case 'disable_eager_execution': case 'disable_v2_tensorshape':
        if (!this.tf.forced) { this.tf.eager = false; this.tf.sawGraphMode = true; }
        if (name === 'disable_v2_behavior') this.tf.useResourceDefault = false;
        return NONE;
      case 'disable_resource_variables': this.tf.useResourceDefault = false; return NONE;
      case 'enable_resource_variables': this.tf.useResourceDefault = true; return NONE;
      case 'enable_eager_execution': case 'enable_v2_behavior':
        if (!this.tf.forced) this.tf.eager = true;
        return NONE;
      case 'set_random_seed': case 'random.set_seed': case 'random.set_random_seed': case 'keras.utils.set_random_seed': case 'utils.set_random_seed': {
        const a0 = args.pos[0] ?? args.kw.get('seed');
        const s = numOf(a0);
        // a seed given but not known statically: NaN until addVariable turns it into a runtime dependency
        const arg: SeedArg = s !== undefined ? s : a0 && a0.t !== 'none' ? 'unknown' : null;
        const keras = name.endsWith('utils.set_random_seed');
        const where = `${keras ? 'keras.utils.set_random_seed' : `tf.${name}`}(${s ?? '?'})`;
        this.tf.graph.seed = arg === 'unknown' ? NaN : arg;
        if (this.tf.eager) {
          this.tf.globalSeed = arg === 'unknown' ? NaN : arg;
          this.tf.seeds.setTfSeed(arg, where);
        }
        // keras.utils.set_random_seed also seeds Python's random (and NumPy), and resets Keras's global SeedGenerator
        if (keras) {
          this.tf.seeds.seedPython(arg, where, true);
          this.tf.seeds.seedNumpy(this.tf.seeds.numpyGlobal, arg, where);
        }
        return NONE;
      }
      case 'reset_default_graph':
        this.tf.defaultGraph = new TfGraph();
        return NONE;
      case 'Graph':
        return { t: 'tf', path: `@graph#${this.tf.scoping.newGraph()}` };
      case 'get_default_graph':
        return { t: 'tf', path: `@graph#${this.tf.scoping.graphId(this.tf.graph)}` };
      case 'AUTO_REUSE':
        return { t: 'tf', path: 'tensorflow.compat.v1.AUTO_REUSE' };
      case 'variable_scope': case 'variable_op_scope':
        return this.tf.scoping.variableScope(args, site, name === 'variable_op_scope');
      case 'name_scope': case 'op_scope':
        return this.tf.scoping.nameScope(args, site, api);
      case 'get_variable_scope':
        return this.tf.scoping.scopeValue(this.tf.graph.currentScope);
      case 'get_variable': case 'get_local_variable':
        return this.tf.vars.getVariable(args, site, name === 'get_local_variable');
      case 'Variable': case 'VariableV1': case 'Variable.__init__': case 'ResourceVariable':
        return this.tf.vars.tfVariable(args, site);
      case 'train.get_or_create_global_step': case 'train.create_global_step': case 'train.get_global_step': {
        const g = this.tf.graph;
        const existing = this.tf.variables.find((v) => v.api === 'global_step' && (this.tf.eager || g.store.get('global_step') === v));
        if (existing) return this.tf.vars.varValue(existing);
        if (name === 'train.get_global_step') return NONE;
        const rec = this.tf.vars.addVariable({
          storeKey: 'global_step', name: this.tf.eager ? 'global_step' : g.uniqueName('global_step'), shape: [], dtype: 'int64',
          initializer: { kind: 'zeros', api: 'v1' }, trainable: false, collections: ['global_variables', 'global_step'], scope: '',
          api: 'global_step', site, nameNode: null, seed: { graph: g.seed, op: null },
        });
        if (!this.tf.eager) g.store.set('global_step', rec);
        return this.tf.vars.varValue(rec);
      }
      case 'train.GradientDescentOptimizer': case 'train.MomentumOptimizer': case 'train.AdamOptimizer': case 'train.RMSPropOptimizer':
      case 'train.AdagradOptimizer': case 'train.AdadeltaOptimizer': case 'train.FtrlOptimizer': case 'train.ProximalGradientDescentOptimizer': {
        const kind = name.slice('train.'.length).replace(/Optimizer$/, '');
        const o: OptimizerObj = { kind, name: strOf(args.kw.get('name')) ?? kind, args, nonSlot: new Map() };
        const id = freshId();
        this.tf.optim.optimizers.set(id, o);
        return { t: 'tf', path: `@optimizer#${id}` };
      }
      case 'train.ExponentialMovingAverage': {
        const id = freshId();
        this.tf.optim.optimizers.set(id, { kind: 'EMA', name: strOf(args.kw.get('name') ?? args.pos[4]) ?? 'ExponentialMovingAverage', args, nonSlot: new Map() });
        return { t: 'tf', path: `@optimizer#${id}` };
      }
      case 'metrics.mean': case 'metrics.accuracy': case 'metrics.mean_squared_error': case 'metrics.mean_absolute_error':
      case 'metrics.root_mean_squared_error': case 'metrics.precision': case 'metrics.recall': case 'metrics.auc':
        return this.tf.optim.metric(name.slice('metrics.'.length), args, site);
      case 'global_variables_initializer': case 'initialize_all_variables':
        if (!this.tf.eager && !this.tf.graph.initOpLocation) this.tf.graph.initOpLocation = loc(site.node, site.file);
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
        const shape = src && (src.t === 'tensor' || src.t === 'var') ? this.tf.tensors.shapeOfValue(src) : null;
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
          const t = this.tf.tensors.asTensor(v);
          const want = dtypeOf(given);
          const out: Value & { t: 'tensor' } = { ...t, dtype: want ?? t.dtype };
          // the value carries over: as it is, cast by tf.cast, or (a NumPy array) converted by NumPy
          if (v.t === 'tensor' && v.init && v.dtype) {
            if (!want || want === v.dtype) out.init = v.init;
            else if (v.init.kind === 'unknown') out.init = v.init;
            else if (name === 'cast' || v.np) out.init = this.tf.tensors.withPost(v.init, v.dtype, [{ op: 'cast', dtype: want, by: name === 'cast' ? (this.tf.eager ? 'eager' : 'graph') : 'numpy' }]);
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
        return this.tf.tensors.binop(op, x, y, opName) ?? unknown(`tf.${name}`);
      }
      case 'negative': case 'math.negative':
        return this.tf.tensors.unop('-', args.pos[0] ?? args.kw.get('x') ?? unknown(), strOf(args.kw.get('name')) ?? 'Neg') ?? unknown(`tf.${name}`);
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
            this.tf.rng.opSeeds.set(spec, {
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
        if (this.tf.eager) this.tf.rng.ranEagerly(spec, shape, dtype, seedArg);
        else this.tf.rng.createdInGraph(spec, seedArg);
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
        const s0 = this.tf.tensors.shapeOfValue(args.pos[0] ?? NONE);
        const out: Value & { t: 'tensor' } = { t: 'tensor', shape: s0 ? [s0.length] : null, dtype: dtypeOf(args.kw.get('out_type')) ?? 'int32' };
        if (!this.tf.eager) out.op = this.tf.graph.uniqueName(strOf(args.kw.get('name')) ?? 'Shape');
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
          const r = this.tf.interp.call(fn, { pos, kw: new Map(), posNodes: pos.map(() => null), kwNodes: new Map() }, site);
          first ??= r;
        }
        return first ?? unknown();
      }
      case 'Dimension': return args.pos[0] ?? NONE;
      case 'as_dtype': case 'dtypes.as_dtype': { const d = dtypeOf(args.pos[0]); return d ? { t: 'dtype', name: d } : unknown(); }
      case 'reshape': {
        const t = this.tf.tensors.asTensor(args.pos[0] ?? NONE);
        const target = shapeOf(args.pos[1] ?? args.kw.get('shape'));
        return { t: 'tensor', shape: this.tf.tensors.resolveReshape(t.t === 'tensor' ? t.shape : null, target), dtype: t.t === 'tensor' ? t.dtype : null };
      }
      case 'matmul': case 'linalg.matmul': {
        const a = this.tf.tensors.shapeOfValue(args.pos[0] ?? NONE);
        const b = this.tf.tensors.shapeOfValue(args.pos[1] ?? NONE);
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
        const shapes = items.map((x) => this.tf.tensors.shapeOfValue(x));
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
        const items = this.tf.variables.filter((v) => v.collections.includes(coll) && (!scope || new RegExp(`^${scope}`).test(v.name)));
        return { t: 'list', items: items.map((v) => ({ t: 'var', v: { id: v.id } }) as Value) };
      }
      case 'Session': case 'InteractiveSession': case 'train.MonitoredSession': case 'device': case 'control_dependencies':
      case 'GradientTape': case 'init_scope': case 'compat.v1.Session':
        return { t: 'ctx', ctx: { enter: () => unknown('session'), exit: () => {} } };
      case 'nn.rnn_cell.BasicLSTMCell': case 'nn.rnn_cell.LSTMCell': case 'nn.rnn_cell.GRUCell': case 'nn.rnn_cell.BasicRNNCell':
      case 'nn.rnn_cell.MultiRNNCell': case 'nn.rnn_cell.DropoutWrapper': case 'nn.rnn_cell.ResidualWrapper':
        if (c.api === 'v1' && !this.tf.legacy) {
          this.tf.diag.raise(site, 'AttributeError', `\`${name.split('.').pop()}\` is not available with Keras 3.`, 'removed-api');
          return unknown();
        }
        return unknown('TF1 RNN cell');
      case 'layers.dense': case 'layers.conv2d': case 'layers.conv1d': case 'layers.batch_normalization': case 'layers.Dense':
      case 'layers.Conv2D': case 'layers.conv2d_transpose': case 'contrib.layers.fully_connected': case 'contrib.layers.layer_norm':
        if (c.api !== 'keras') {
          if (c.api === 'v1' && !this.tf.legacy) {
            // TF 2.16+ ships Keras 3: tf.compat.v1.layers.* raise on access.
            this.tf.diag.raise(site, 'AttributeError', `\`${name.split('.').pop()}\` is not available with Keras 3.`, 'removed-api');
            return unknown();
          }
          return tfLayersFunctional(this.tf.keras.host, name, args, site);
        }
        break;
      default:
        break;
    }
    if (c.api === 'keras' || name.startsWith('keras.')) {
      const kname = name.replace(/^keras\./, '');
      const m = /^layers\.([A-Z]\w*)$/.exec(kname);
      if (m) {
        const layer = this.tf.keras.makeKerasLayer(m[1]!, args, site, c.api);
        this.tf.rng.pendingSeedGen = null;
        return layer;
      }
      if (kname === 'Sequential' || kname === 'models.Sequential') return this.tf.keras.makeSequential(args, site);
      if (kname === 'Model' || kname === 'models.Model') return this.tf.keras.makeFunctionalModel(args, site);
      const om = /^optimizers\.(SGD|Adam|AdamW|RMSprop|Adagrad|Adadelta|Adamax|Nadam|Ftrl|Lion)$/.exec(kname);
      if (om) return this.tf.optim.makeKerasOptimizer(om[1]!, args, site);
    }
    // Element-wise and shape-preserving ops: carry the first tensor's shape.
    const first = args.pos[0];
    if (first && (first.t === 'tensor' || first.t === 'var') && /^(nn\.|math\.)?(relu|relu6|tanh|sigmoid|softmax|elu|selu|gelu|dropout|identity|abs|exp|log|sqrt|square|negative|add|subtract|multiply|divide|maximum|minimum|clip_by_value|stop_gradient|layer_norm|l2_normalize|bias_add)$/.test(name)) {
      return this.tf.tensors.asTensor(first);
    }
    return unknown(`tf.${name}`);
  }
}
