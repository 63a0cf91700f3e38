// Resolves the many spellings of a TensorFlow/Keras symbol to one canonical name plus the API family
// whose defaults apply: `tf.compat.v1.random_normal_initializer` → {name:'random_normal_initializer',
// api:'v1'}, `tf.keras.initializers.RandomNormal` → {name:'initializers.RandomNormal', api:'keras'}.

export type ApiFamily = 'v1' | 'v2' | 'tf' | 'keras';

export interface Canon {
  api: ApiFamily;
  /** Dotted name below the API root, e.g. 'get_variable', 'initializers.zeros', 'layers.Dense'. */
  name: string;
  /**
   * TensorFlow's frozen TF1 layers (`tensorflow.python.layers.core`, ...): the v1 layers, still shipped with
   * TF 2.16+ (they are what tf.compat.v1.layers was), so Keras 3 does not remove them.
   */
  frozen?: true;
  /** Keras 2 whatever the target: TF's frozen `tensorflow.python.keras`, the `tf_keras` package. */
  keras2?: true;
  /** `tensorflow.python.layers.normalization`: TF ≥ 2.16 loads it lazily from tf_keras (ModuleNotFoundError without it). */
  fromTfKeras?: true;
}

/** Library roots the evaluator treats as known (not workspace modules). */
export const LIBRARY_ROOTS = new Set([
  'tensorflow', 'keras', 'tf_keras', 'numpy', 'math', 'functools', 'six', 'collections', 'os', 'sys', 'absl',
  'typing', 'logging', 're', 'json', 'itertools', 'copy', 'time', 'random', 'argparse', 'dataclasses', 'enum',
  '__future__', 'abc', 'contextlib', 'threading', 'warnings', 'pickle', 'io', 'string', 'operator', 'tensorflow_hub',
  'tensorflow_datasets', 'tensor2tensor', 'lingvo', 'scipy', 'pandas', 'matplotlib', 'jax', 'torch', 'tqdm',
]);

/**
 * Modules under the library roots that the analysis does not model: when the user's Python environment is known
 * (AnalyzeOptions.packageRoots), they are read from it as source like workspace modules (`keras.applications.*`
 * is Keras code built from the modelled layers), else they stay unknown as before.
 */
const FOLLOWED_AS_SOURCE = ['keras.applications', 'keras.src.applications', 'tensor2tensor', 'lingvo'];

/** True when `dotted` (a module or a name in it) is followed as installed source rather than modelled. */
export function followedAsSource(dotted: string): boolean {
  return FOLLOWED_AS_SOURCE.some((p) => dotted === p || dotted.startsWith(p + '.'));
}

/** True for a module the library models (its package `__init__` files are never read from an environment). */
export function modelledModule(dotted: string): boolean {
  return LIBRARY_ROOTS.has(dotted.split('.')[0]!) && !followedAsSource(dotted);
}

const STRIP_V1 = [
  'tensorflow.compat.v1.',
  'tensorflow._api.v1.',
  'tensorflow.python.ops.variable_scope.',
  'tensorflow.python.ops.init_ops.',
  'tensorflow.python.ops.variables.',
  'tensorflow.python.framework.ops.',
  'tensorflow.python.ops.array_ops.',
  'tensorflow.python.ops.random_ops.',
  'tensorflow.python.framework.dtypes.',
  'tensorflow.contrib.framework.',
];

const canonMemo = new Map<string, Canon | undefined>();

/** `canonicalizeUncached`, memoized per dotted path (paths come from source text: a bounded set). */
export function canonicalize(path: string): Canon | undefined {
  if (canonMemo.has(path)) return canonMemo.get(path);
  const c = canonicalizeUncached(path);
  if (canonMemo.size < 50_000) canonMemo.set(path, c);
  return c;
}

function canonicalizeUncached(path: string): Canon | undefined {
  // `tf.compat.v1` also exists inside the v1 and v2 API modules: `tensorflow.compat.v1.compat.v1.X`.
  path = path.replace(/^tensorflow\.compat\.v[12]\.compat\.(v[12])\./, 'tensorflow.compat.$1.');
  if (path.startsWith('tensorflow.compat.v1.keras.')) return { api: 'keras', name: path.slice('tensorflow.compat.v1.keras.'.length) };
  if (path.startsWith('tensorflow.compat.v2.keras.')) return { api: 'keras', name: path.slice('tensorflow.compat.v2.keras.'.length) };
  if (path.startsWith('tensorflow.keras.')) return { api: 'keras', name: path.slice('tensorflow.keras.'.length) };
  if (path.startsWith('tf_keras.')) return { api: 'keras', name: path.slice('tf_keras.'.length), keras2: true };
  if (path.startsWith('keras.')) return { api: 'keras', name: path.slice('keras.'.length).replace(/^src\./, '') };
  // the frozen TF1 layers, also under their Keras 2 home (tensorflow.python.keras.legacy_tf_layers)
  const frozen = /^tensorflow\.python\.(?:layers|keras\.legacy_tf_layers)\.(?:core|convolutional|pooling|normalization|base|layers)\.(\w+)$/.exec(path);
  if (frozen) return { api: 'v1', name: `layers.${frozen[1]!}`, frozen: true, ...(path.startsWith('tensorflow.python.layers.normalization.') ? { fromTfKeras: true as const } : {}) };
  if (path.startsWith('tensorflow.python.keras.')) return { api: 'keras', name: path.slice('tensorflow.python.keras.'.length), keras2: true };
  for (const p of STRIP_V1) if (path.startsWith(p)) return { api: 'v1', name: path.slice(p.length) };
  if (path.startsWith('tensorflow.compat.v2.')) return { api: 'v2', name: path.slice('tensorflow.compat.v2.'.length) };
  // tf.contrib (TF 1.x only): contrib.layers.*, contrib.rnn.*, ... under the v1 API
  if (path.startsWith('tensorflow.contrib.')) return { api: 'tf', name: path.slice('tensorflow.'.length) };
  if (path.startsWith('tensorflow.')) return { api: 'tf', name: path.slice('tensorflow.'.length) };
  return undefined;
}

/** Names that exist only in TF1's top-level API: using them on `tensorflow` marks a TF1-era program. */
export const TF1_ONLY = new Set([
  'variable_scope', 'get_variable', 'get_local_variable', 'get_variable_scope', 'Session', 'InteractiveSession',
  'placeholder', 'global_variables_initializer', 'initialize_all_variables', 'set_random_seed', 'layers.dense',
  'layers.conv2d', 'AUTO_REUSE', 'random_normal', 'random_uniform', 'truncated_normal', 'local_variables_initializer',
  'variables_initializer', 'get_collection', 'GraphKeys', 'reset_default_graph', 'get_default_graph',
  'uniform_unit_scaling_initializer', 'glorot_uniform_initializer', 'glorot_normal_initializer', 'contrib',
  'variance_scaling_initializer', 'trainable_variables', 'global_variables', 'train', 'layers', 'nn.rnn_cell',
  'truncated_normal_initializer', 'orthogonal_initializer', 'Dimension', 'to_float', 'to_int32', 'log', 'app', 'flags',
]);

export const DTYPES = new Set([
  'float16', 'half', 'float32', 'float64', 'double', 'bfloat16', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16',
  'uint32', 'uint64', 'bool', 'string', 'complex64', 'complex128', 'qint8', 'quint8', 'qint32', 'resource', 'variant',
]);

export function normalizeDtype(name: string): string {
  switch (name) {
    case 'half': return 'float16';
    case 'double': return 'float64';
    case 'float': return 'float32';
    case 'int': return 'int32';
    case 'float_': return 'float64';
    default: return name.replace(/_ref$/, '');
  }
}

export function isFloatDtype(d: string): boolean {
  return d === 'float16' || d === 'float32' || d === 'float64' || d === 'bfloat16';
}
export function isIntOrBoolDtype(d: string): boolean {
  return /^u?int\d+$/.test(d) || d === 'bool' || d === 'string' || /^q/.test(d);
}
