// TensorFlow's functions: a call to `tf.<path>` is resolved to its canonical name and API family, then to
// the registry row that implements it (lib/registry.ts; rows live with their concern's module), to a Keras
// class rule, or to the generic rule for shape-preserving ops. Unknown calls give unknown values.

import { withOpName } from './variableArgs';
import { type Args, type CallSite } from '../interp';
import { canonicalize, TF1_ONLY, type Canon } from '../tfnames';
import { bool, NONE, unknown, type Value } from '../values';
import { KERAS_ELEMENTWISE_ACTIVATIONS, kerasOpAsTf, kerasTileRepeats, kerasOpsFftPair, kerasOpsShape, kerasOpsTensordot, tnpOpAsTf } from './kerasOps';
import { OP_NAMES } from './convert';
import { CHECKPOINTS_API } from './checkpoints';
import { initializerKindOf } from './initializers';
import { CONTRIB_API } from './contribLayers';
import { KERAS_API, KERAS_CLASSES_API, TF1_BASE_LAYER_API } from './keras';
import { isKeras2 } from './keras2';
import { kerasRow } from '../../layers';
import { OPS_API, SHAPE_PRESERVING_OPS } from './ops';
import { KERAS3_OPTIMIZER_CLASS, OPTIMIZERS_API } from './optimizers';
import { OPTIMIZE_LOSS_API } from './optimizeLoss';
import { TEMPLATES_API } from './templates';
import { RANDOM_API } from './randomness';
import { RNN_API } from './rnnCells';
import { type ApiCall, ApiRegistry } from './registry';
import { SCOPES_API } from './scopes';
import { kerasExtractPatches, TENSOR_OPS_API } from './tensorOps';
import { LOSS_OPS_API } from './lossOps';
import { IMAGE_OPS_API } from './imageOps';
import { DATASET_API } from './datasets';
import { carryingDeps } from './gradDeps';

/** OPS_API rows whose result depends on their arguments only (gradient dependence followed through them). */
const PURE_OPS = new Set(['zeros', 'ones', 'zeros_like', 'ones_like', 'fill', 'constant', 'convert_to_tensor', 'cast', 'multiply', 'add',
  'scalar_mul', 'negative', 'random_normal', 'random_uniform', 'random.stateless_normal', 'random.stateless_uniform', 'eye', 'placeholder', 'shape']);
import { GRADIENT_API } from './gradientOps';
import { VARIABLES_API } from './variables';
import { CONFIGS_API } from './configs';
import { HPARAMS_API } from './hparams';
import { KERAS_BACKEND_API } from './kerasBackend';
import { keras2BackendAsTf, keras2IntShape, keras2RandomTensor } from './keras2Backend';
import type { TfLibrary } from '../tflib';
import type { ApiFamily } from '../tfnames';

/** Every `tf.*` function the library implements, by canonical name. */
const TF_API = new ApiRegistry([SCOPES_API, VARIABLES_API, RANDOM_API, carryingDeps(OPS_API, PURE_OPS), carryingDeps(TENSOR_OPS_API), LOSS_OPS_API, carryingDeps(IMAGE_OPS_API), DATASET_API, GRADIENT_API, OPTIMIZERS_API, OPTIMIZE_LOSS_API, TEMPLATES_API, KERAS_API, TF1_BASE_LAYER_API, RNN_API, CONTRIB_API, CHECKPOINTS_API, CONFIGS_API, HPARAMS_API, KERAS_BACKEND_API]);
/** Keras classes by name below the keras root. */
const KERAS_CLASSES = new ApiRegistry([KERAS_CLASSES_API]);
/** Keras 2's optimizer_v2 classes by their own module (`tensorflow.python.keras.optimizer_v2.adam.Adam`) or `legacy`. */
const KERAS2_LEGACY_OPTIMIZER = /^(?:optimizer_v2\.\w+|optimizers\.legacy)\.(SGD|Adam|RMSprop|Adagrad|Adadelta|Adamax|Nadam|Ftrl)$/;

/** Keras 2's layer modules: `keras.layers.<module>.<name>` is `keras.layers.<name>`. */
const KERAS2_LAYER_MODULE = /^layers\.(core|convolutional|recurrent|embeddings|merge|pooling|normalization|wrappers|advanced_activations|noise|local|convolutional_recurrent|cudnn_recurrent|dense_attention)\.(\w+)$/;
/** The v1 recurrent layers' cell names (recurrent.py: LSTMCell, GRUCell, SimpleRNNCell, named by get_uid). */
const V1_RECURRENT_CELL: Readonly<Record<string, string>> = { LSTM: 'lstm_cell', GRU: 'gru_cell', SimpleRNN: 'simple_rnn_cell' };

export class TfApi {
  constructor(private readonly tf: TfLibrary) {}

  callTf(path: string, args0: Args, site: CallSite): Value {
    const craw = canonicalize(path);
    if (!craw) return this.tf.std.callOther(path, args0, site);
    // Keras 2's layer modules (`keras.layers.embeddings.Embedding`, `keras.layers.core.Dense`): the layers' own
    // classes and functions, which `keras.layers` exports (Keras 3 has no such modules)
    const sub = craw.api === 'keras' ? KERAS2_LAYER_MODULE.exec(craw.name) : null;
    const c0 = sub && isKeras2(this.tf, path, craw) ? { ...craw, name: `layers.${sub[2]!}` } : craw;
    if (sub?.[1] === 'recurrent' && c0 !== craw && V1_RECURRENT_CELL[sub[2]!]) return this.v1Recurrent(sub[2]!, path, args0, site);
    // keras.ops under the TensorFlow backend: TF's ops (their shape rules), keras.ops.shape a tuple of dims
    if (c0.api === 'keras' && c0.name === 'ops.image.extract_patches') return kerasExtractPatches(this.tf, args0);
    if (c0.api === 'keras' && /^ops\.(fft|fft2|ifft2)$/.test(c0.name)) return kerasOpsFftPair(args0.pos[0] ?? args0.kw.get('x'), (v) => this.tf.tensors.shapeOfValue(v));
    const td = c0.api === 'keras' && c0.name === 'ops.tensordot' ? kerasOpsTensordot(args0, (v) => this.tf.tensors.shapeOfValue(v)) : undefined;
    if (td) return td;
    // Keras 2's backend functions (K.int_shape, K.sum, ...: Keras 3's backend has none of them)
    const k2b = c0.api === 'keras' && c0.name.startsWith('backend.') && isKeras2(this.tf, path, c0) ? c0.name.slice(8) : undefined;
    if (k2b === 'int_shape') return keras2IntShape(this.tf.tensors.shapeOfValue(args0.pos[0] ?? args0.kw.get('x') ?? NONE));
    const k2r = k2b ? keras2RandomTensor(k2b, args0) : undefined;
    if (k2r) return k2r;
    // an elementwise keras.activations function of a tensor: x's shape (a float result: an int input's dtype is not kept)
    const act0 = args0.pos[0] ?? args0.kw.get('x');
    if (c0.api === 'keras' && KERAS_ELEMENTWISE_ACTIVATIONS.test(c0.name) && (act0?.t === 'tensor' || act0?.t === 'var')) {
      const t = this.tf.tensors.asTensor(act0);
      return t.t === 'tensor' && !(t.dtype ?? '').startsWith('float') && t.dtype !== 'bfloat16' ? { ...t, dtype: null } : t;
    }
    if (c0.api === 'keras' && c0.name === 'ops.shape') return kerasOpsShape(this.tf.tensors.shapeOfValue(args0.pos[0] ?? args0.kw.get('x') ?? NONE));
    if (c0.api === 'keras' && c0.name === 'ops.tile') kerasTileRepeats(this.tf, args0, site);
    const kop = k2b ? keras2BackendAsTf(k2b, args0) : c0.api === 'keras' && c0.name.startsWith('ops.') ? kerasOpAsTf(c0.name.slice(4), args0)
      : c0.api === 'tf' && c0.name.startsWith('experimental.numpy.') ? tnpOpAsTf(c0.name.slice(19), args0, (v) => this.tf.tensors.shapeOfValue(v)?.length) : undefined;
    const c = kop ? { api: 'v2' as const, name: kop.name } : c0;
    const args = kop ? kop.args : args0;
    if (/(^|\.)(flags\.DEFINE_\w+|app\.run)$/.test(c.name)) return this.tf.std.callPlumbing(c.name, args, site) ?? unknown();
    // a class keras.layers does not export under its own name (GroupedQueryAttention: only GroupQueryAttention is);
    // the program stops there with an AttributeError or ImportError, whose exact text is not reproduced: unknown
    const hidden = c0.api === 'keras' && !/\.src\./.test(path) ? /^layers\.([A-Z]\w*)$/.exec(c0.name) : null;
    if (hidden && kerasRow(hidden[1]!)?.keras?.unexported) {
      this.tf.seeds.taintPython(`keras.layers has no ${hidden[1]}`);
      return unknown(`keras.layers has no ${hidden[1]} (Keras exports it as ${kerasRow(hidden[1]!)?.keras?.aliases?.join(', ')})`);
    }
    this.tf.rng.randomCallSeeds(c.api, c.name, args, site);
    const opName = OP_NAMES[c.name.replace(/^random\./, 'random_').replace(/^random_truncated_normal$/, 'truncated_normal')];
    const opFull = opName ? this.tf.scoping.markOp(opName, args) : undefined;
    // `tf.` takes TF1's defaults in TF1-era programs (decided before this call marks the program as one)
    const api: ApiFamily = c.api === 'tf' ? (this.tf.legacy ? 'v1' : 'v2') : c.api;
    if (c.api === 'tf' && TF1_ONLY.has(c.name)) this.tf.legacy = true;
    const name = c.name.replace(/^random\.(normal|uniform|truncated_normal)$/, 'random_$1').replace(/^random_truncated_normal$/, 'truncated_normal');
    const init = this.initializer(c, name, api, args);
    if (init) return init;
    const call: ApiCall = { name, root: c.api, api, ...(c.frozen ? { frozen: true as const } : {}), ...(c.fromTfKeras ? { fromTfKeras: true as const } : {}), ...(isKeras2(this.tf, path, c) ? { keras2: true as const } : {}) };
    const r = TF_API.invoke(this.tf, call, args, site) ?? this.kerasClass(call, args, site);
    // the graph tensor's op name (its repr in TF's messages: `<tf.Tensor 'scope/Fill:0' ...>`)
    if (opFull && r?.t === 'tensor' && !r.op) return withOpName(r, opFull);
    if (r !== undefined) return r;
    const first = args.pos[0];
    if (first && (first.t === 'tensor' || first.t === 'var') && SHAPE_PRESERVING_OPS.test(name)) return this.tf.tensors.asTensor(first);
    return unknown(`tf.${name}`);
  }

  /**
   * Keras 2's v1 recurrent layers (tensorflow/python/keras/layers/recurrent.py, the `keras.layers.recurrent` module):
   * the cell is made in the layer's __init__ without a name, so it takes `lstm_cell`, `lstm_cell_1`, ... (backend
   * get_uid); the v1 GRU's `reset_after` defaults to False (one bias row).
   */
  private v1Recurrent(cls: string, path: string, args: Args, site: CallSite): Value {
    const cell = this.tf.keras.k2.uniquify(V1_RECURRENT_CELL[cls]!);
    const args1 = cls === 'GRU' && !args.kw.has('reset_after') ? { ...args, kw: new Map([...args.kw, ['reset_after', bool(false)]]) } : args;
    const r = this.callTf(path.replace(/\.recurrent\.(\w+)$/, '.$1'), args1, site);
    if (r.t === 'layer') this.tf.reg.layers.get(r.l.id)!.k2CellScope = cell;
    return r;
  }

  /** Initializer constructors; Keras classes (keras.initializers.*, tf.initializers.* in TF2) draw their seed now. */
  private initializer(c: Canon, name: string, api: ApiFamily, args: Args): Value | undefined {
    const kind = initializerKindOf(name);
    if (!kind) return undefined;
    const spec = this.tf.inits.makeInitializer(kind, api === 'v2' && !name.includes('initializers.') ? 'v2' : api, args, name);
    if (c.api === 'keras' || (name.startsWith('initializers.') && api !== 'v1')) this.tf.inits.kerasInstance(spec, `${spec.kind} initializer`, args.kw.get('seed'));
    return { t: 'init', spec };
  }

  /** Keras classes: models by name, layers (`layers.Dense`) and optimizers by rule. */
  private kerasClass(call: ApiCall, args: Args, site: CallSite): Value | undefined {
    if (call.root !== 'keras' && !call.name.startsWith('keras.')) return undefined;
    const kname = call.name.replace(/^keras\./, '');
    const r = KERAS_CLASSES.invoke(this.tf, { ...call, name: kname }, args, site);
    if (r !== undefined) return r;
    const fc = /^layers\.([A-Z]\w*)\.from_config$/.exec(kname);
    if (fc && !call.keras2) {
      const layer = this.tf.keras.layerFromConfig(fc[1]!, args, site, call.root);
      this.tf.rng.pendingSeedGen = null;
      return layer;
    }
    const m = /^layers\.([A-Z]\w*)$/.exec(kname);
    if (m) {
      const layer = this.tf.keras.makeKerasLayer(m[1]!, args, site, call.root, call.keras2);
      this.tf.rng.pendingSeedGen = null;
      return layer;
    }
    const om = KERAS3_OPTIMIZER_CLASS.exec(kname);
    if (om && call.keras2) return this.tf.training2.makeOptimizer(om[1]!, args) ?? unknown(`Keras 2 optimizer ${om[1]!}`);
    const lm = call.keras2 ? KERAS2_LEGACY_OPTIMIZER.exec(kname) : null;
    if (lm) return this.tf.training2.makeOptimizer(lm[1]!, args, true) ?? unknown(`Keras 2 optimizer ${lm[1]!}`);
    if (om) return this.tf.optim.makeKerasOptimizer(om[1]!, args, site);
    const mm = /^metrics\.([A-Z]\w*)$/.exec(kname);
    if (mm && !call.keras2) return this.tf.training.makeMetric(mm[1]!, args, site);
    const fm = /^layers\.([a-z]\w*)$/.exec(kname);
    return fm ? this.tf.keras.functionalMerge(fm[1]!, args, site, call.keras2) : undefined;
  }
}
