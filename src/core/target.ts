// Which TensorFlow a Python program is written for, from evidence: the user's choice, version pins in the
// project's requirement files (requirements*.txt, pyproject.toml, setup.py/cfg, environment.yml, Pipfile),
// then the APIs the code uses; else the newest (TF 2.16+ with Keras 3). Pure: text in, a TargetInfo out;
// the caller reads the files (the Python analyzer, through its SourceHost).

/**
 * '1.15': TensorFlow 1.x (tf.layers, tf.contrib, Keras 2, graph mode by default); '2.15': TF 2.0–2.15 (Keras 2,
 * tf.compat.v1.layers); 'keras3': TF 2.16+ with Keras 3; 'tf_keras': TF 2.16+ with tf_keras (Keras 2) as tf.keras.
 */
export type TfTarget = '1.15' | '2.15' | 'keras3' | 'tf_keras';

export const TARGET_LABELS: Readonly<Record<TfTarget, string>> = {
  '1.15': 'TF 1.15',
  '2.15': 'TF 2.15 (Keras 2)',
  keras3: 'TF 2.16+ (Keras 3)',
  tf_keras: 'TF 2.16+ with tf_keras',
};

export interface TargetInfo {
  target: TfTarget;
  /** Where the assumption comes from: the user's setting/flag, a version pin, the APIs used, or the default. */
  source: 'option' | 'pin' | 'api' | 'default';
  /** In words, for the user: "requirements.txt: tensorflow==1.15.2", "uses tf.contrib (line 3)". */
  evidence: string;
  /** A pin with no upper bound (`tensorflow>=1.11`): the oldest TensorFlow it allows, when older than `target`. */
  floor?: TfTarget;
  /**
   * A '2.15' target whose evidence says TF <= 2.10 (or Keras <= 2.10), whose `tf.keras.optimizers` are optimizer_v2's (what
   * `tf.keras.optimizers.legacy` keeps in 2.11-2.15, where the default optimizers name their variables otherwise).
   */
  legacyOptimizers?: true;
}

/** Requirement files looked for in the entry's folder and its ancestors (the nearest folder having any wins). */
export const PIN_FILES = [
  'requirements.txt', 'requirements-gpu.txt', 'requirements_gpu.txt', 'requirements-dev.txt', 'requirements_dev.txt',
  'pyproject.toml', 'setup.py', 'setup.cfg', 'environment.yml', 'environment.yaml', 'Pipfile',
] as const;

/** Folders above the entry searched for requirement files. */
export const PIN_SEARCH_DEPTH = 6;

type Version = [number, number];

// A requirement names its package at the start of a line (requirements.txt, setup.cfg, Poetry/Pipfile keys, a conda
// `- ` item) or at the start of a quoted string (setup.py, PEP 621 lists): prose such as setup.py's description
// ("running on top of TensorFlow, CNTK, or Theano") is no requirement.
const TF_PACKAGE = /(?:^[ \t]*(?:-[ \t]*)?["']?|["'])(tensorflow(?:[-_](?:gpu|cpu|macos|intel|aarch64))?|tf-nightly(?:-gpu|-cpu)?)(?![\w-])\s*(?:\[[^\]]*\])?\s*(?:=(?!=)\s*)?(["']?)((?:\s*(?:===|==|~=|!=|>=|<=|>|<|\^)\s*[\d*]+(?:\.[\d*]+)*[\w.]*\s*,?)+)?/gi;
const TF_KERAS_PACKAGE = /(?:^[ \t]*(?:-[ \t]*)?["']?|["'])tf[-_]keras(?![\w-])/im;
const KERAS_PACKAGE = /(?:^[ \t]*(?:-[ \t]*)?["']?|["'])keras(?![\w-])\s*(?:(===|==|~=|<=|<)\s*(\d+)(?:\.(\d+))?)?/gim;

/** The highest TF version a pin allows (null: no upper bound given, i.e. the newest). */
function upperBound(spec: string): Version | null {
  let best: Version | null = null;
  const lower = (v: Version): void => {
    if (!best || v[0] < best[0] || (v[0] === best[0] && v[1] < best[1])) best = v;
  };
  for (const m of spec.matchAll(/(===|==|~=|!=|>=|<=|>|<|\^)\s*(\d+)(?:\.(\d+|\*))?(\.[\d*]+)?/g)) {
    const op = m[1]!;
    const major = Number(m[2]);
    const minor = m[3] === undefined || m[3] === '*' ? null : Number(m[3]);
    const patch = m[4] !== undefined;
    if (op === '==' || op === '===' || op === '<=') lower([major, minor ?? 99]);
    // ~=2.12 allows 2.*, ~=2.12.0 allows 2.12.*; Poetry's ^1.15 allows 1.*
    else if (op === '~=') lower(patch && minor !== null ? [major, minor] : [major, 99]);
    else if (op === '^') lower([major, 99]);
    else if (op === '<') lower(minor === null || minor === 0 ? [major - 1, 99] : [major, minor - 1]);
  }
  return best;
}

/** The lowest TF version a pin allows (null: no lower bound given). */
function lowerBound(spec: string): Version | null {
  for (const m of spec.matchAll(/(>=|>|===|==|~=|\^)\s*(\d+)(?:\.(\d+))?/g)) return [Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
  return null;
}

const RANK: Readonly<Record<TfTarget, number>> = { '1.15': 0, '2.15': 1, keras3: 2, tf_keras: 2 };

function classify(v: Version | null, tfKeras: boolean): TfTarget {
  if (v && v[0] <= 1) return '1.15';
  if (v && v[0] === 2 && v[1] <= 15) return '2.15';
  return tfKeras ? 'tf_keras' : 'keras3';
}

/** The target a requirement file pins, or null when it names no TensorFlow (nor Keras 2 / tf_keras). */
export function targetFromPins(fileName: string, text: string): TargetInfo | null {
  // comments go; conda's `tensorflow=1.15` means ==
  const lines = text.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '').replace(/(tensorflow[\w-]*|tf-nightly[\w-]*)\s*=\s*(?=\d)/i, '$1=='));
  const body = lines.join('\n');
  // in setup.py (Python) a requirement is a string literal: a word at a line's start is prose (a docstring's)
  const req = (m0: string): boolean => !fileName.endsWith('.py') || /^\s*(?:-\s*)?["']/.test(m0);
  const tfKeras = [...body.matchAll(new RegExp(TF_KERAS_PACKAGE.source, 'gim'))].some((m) => req(m[0]));
  for (const line of lines) {
    const m = [...line.matchAll(TF_PACKAGE)].find((x) => req(x[0]));
    if (m) {
      const up = m[3] ? upperBound(m[3]) : null;
      const info: TargetInfo = { target: classify(up, tfKeras), source: 'pin', evidence: `${fileName}: ${line.trim().replace(/[",]+$/, '')}` };
      // (a TF 1.x target implies them)
      if (info.target === '2.15' && up && up[0] === 2 && up[1] <= 10) info.legacyOptimizers = true;
      // no upper bound: the range reaches down to its lower bound (an unversioned requirement, to TF 1.x)
      const low: Version | null = !m[3] ? [1, 0] : !upperBound(m[3]) ? lowerBound(m[3]) : null;
      const floor = low ? classify(low, tfKeras) : null;
      if (floor && RANK[floor] < RANK[info.target]) info.floor = floor;
      return info;
    }
  }
  const own = kerasPackageItself(fileName, body);
  if (own) return own;
  if (tfKeras) return { target: 'tf_keras', source: 'pin', evidence: `${fileName} requires tf_keras` };
  for (const m of body.matchAll(KERAS_PACKAGE)) {
    if (!req(m[0])) continue;
    const legacy = m[3] !== undefined && Number(m[3]) <= 10 && m[1] !== '~=' ? { legacyOptimizers: true as const } : {};
    if (m[1] && Number(m[2]) === 2 && m[1] !== '<') return { target: '2.15', source: 'pin', evidence: `${fileName} pins Keras 2 (${m[0].trim()})`, ...legacy };
    if (m[1] === '<' && Number(m[2]) === 3 && !m[3]) return { target: '2.15', source: 'pin', evidence: `${fileName} pins Keras 2 (${m[0].trim()})` };
  }
  return null;
}

/**
 * A setup.py / pyproject.toml / setup.cfg that declares the Keras package itself (keras-team/keras's own, whose
 * examples and tests import the keras beside them): its version is the Keras the code runs. Keras 2 is the Keras of
 * TF <= 2.15 (`import keras` there is Keras 2); Keras 1 is not modelled (null).
 */
function kerasPackageItself(fileName: string, body: string): TargetInfo | null {
  if (!/\bname\s*[=:]\s*["']?keras["']?(?![\w-])/i.test(body)) return null;
  const v = /\bversion\s*[=:]\s*["'](\d+)\.(\d+)[\w.]*["']/.exec(body);
  if (!v) return null;
  const what = `${fileName}: the Keras ${v[0].replace(/^[^"']*["']|["']$/g, '')} package itself`;
  if (v[1] === '2') return { target: '2.15', source: 'pin', evidence: `${what} (Keras 2: TF <= 2.15)`, ...(Number(v[2]) <= 10 ? { legacyOptimizers: true as const } : {}) };
  if (Number(v[1]) >= 3) return { target: 'keras3', source: 'pin', evidence: what };
  return null;
}

/**
 * Modules only Keras 2 has: Keras 3's `keras.layers`, `keras.engine`, `keras.utils` have no such submodules (importing
 * one raises ModuleNotFoundError there), so code importing them was written for Keras 2.
 */
const KERAS2_MODULE = /^[ \t]*(?:from|import)[ \t]+keras\.(layers\.(?:core|convolutional|recurrent|embeddings|merge|pooling|normalization|wrappers|advanced_activations|noise|local|cudnn_recurrent|convolutional_recurrent)|engine(?:\.\w+)?|utils\.(?:np_utils|data_utils|generic_utils|vis_utils|conv_utils|layer_utils|io_utils|multi_gpu_utils)|preprocessing\.text|wrappers\.scikit_learn)\b/m;

/**
 * Keras 2's backend functions (tensorflow/python/keras/backend.py) that Keras 3's `keras.backend` does not have
 * (it keeps only the configuration: epsilon, floatx, image_data_format, clear_session, ...): calling one through
 * the standalone `keras.backend` raises AttributeError under Keras 3. `tf.keras.backend` under Keras 3 is
 * keras/_tf_keras/keras/backend, which re-exports most of them from keras.src.legacy.backend: only
 * TF_KERAS3_BACKEND_MISSING are evidence through that spelling.
 */
const KERAS2_BACKEND_ONLY = new Set([
  'int_shape', 'shape', 'ndim', 'dtype', 'eval', 'variable', 'constant', 'placeholder', 'is_placeholder', 'zeros', 'ones', 'eye',
  'zeros_like', 'ones_like', 'identity', 'cast', 'cast_to_floatx', 'count_params', 'dot', 'batch_dot', 'transpose', 'gather',
  'max', 'min', 'sum', 'prod', 'cumsum', 'cumprod', 'var', 'std', 'mean', 'any', 'all', 'argmax', 'argmin', 'square', 'abs',
  'sqrt', 'exp', 'log', 'logsumexp', 'round', 'sign', 'pow', 'clip', 'equal', 'not_equal', 'greater', 'greater_equal',
  'less', 'less_equal', 'maximum', 'minimum', 'sin', 'cos', 'batch_normalization', 'concatenate', 'reshape',
  'permute_dimensions', 'resize_images', 'repeat_elements', 'repeat', 'arange', 'tile', 'flatten', 'batch_flatten',
  'expand_dims', 'squeeze', 'temporal_padding', 'spatial_2d_padding', 'stack', 'one_hot', 'reverse', 'get_value',
  'batch_get_value', 'set_value', 'batch_set_value', 'print_tensor', 'function', 'gradients', 'stop_gradient', 'rnn',
  'switch', 'in_train_phase', 'in_test_phase', 'relu', 'elu', 'softmax', 'softplus', 'softsign', 'sigmoid',
  'hard_sigmoid', 'tanh', 'dropout', 'l2_normalize', 'in_top_k', 'conv1d', 'conv2d', 'conv2d_transpose', 'pool2d',
  'bias_add', 'random_normal', 'random_uniform', 'random_binomial', 'truncated_normal', 'ctc_batch_cost', 'ctc_decode',
  'map_fn', 'foldl', 'foldr', 'learning_phase', 'set_learning_phase', 'get_session', 'set_session', 'get_graph',
  'update', 'update_add', 'update_sub', 'moving_average_update', 'reset_uids', 'name_scope', 'categorical_crossentropy',
  'sparse_categorical_crossentropy', 'binary_crossentropy',
]);

/** KERAS2_BACKEND_ONLY's names that Keras 3's `tf.keras.backend` (keras/_tf_keras/keras/backend/__init__.py) lacks too. */
const TF_KERAS3_BACKEND_MISSING = new Set([
  'categorical_crossentropy', 'function', 'get_graph', 'get_session', 'identity', 'in_test_phase', 'in_train_phase',
  'is_placeholder', 'learning_phase', 'logsumexp', 'moving_average_update', 'placeholder', 'print_tensor',
  'random_binomial', 'reset_uids', 'set_learning_phase', 'set_session', 'sparse_categorical_crossentropy',
]);

/** `K.int_shape(...)` through an alias of Keras's backend module, or `keras.backend.sum(...)` spelled out. */
function keras2BackendUse(text: string): { index: number; what: string } | null {
  if (!text.includes('backend')) return null;
  // `keras` bound to tf.keras (`from tensorflow import keras`) makes `keras.backend` Keras 3's tf.keras.backend
  const kerasIsTf = /^[ \t]*(?:from[ \t]+tensorflow[ \t]+import[ \t]+(?:[\w \t,]*,[ \t]*)?keras\b(?![ \t]+as)|import[ \t]+tensorflow\.keras[ \t]+as[ \t]+keras\b)/m.test(text)
    && !/^[ \t]*import[ \t]+keras\b/m.test(text);
  const aliases: [string, boolean][] = [['keras\\.backend', kerasIsTf], ['tf\\.keras\\.backend', true], ['tensorflow\\.keras\\.backend', true]];
  for (const m of text.matchAll(/^[ \t]*from[ \t]+(tensorflow\.)?keras[ \t]+import[ \t]+(?:[\w \t,]*,[ \t]*)?backend(?:[ \t]+as[ \t]+(\w+))?/gm)) aliases.push([m[2] ?? 'backend', !!m[1]]);
  for (const m of text.matchAll(/^[ \t]*import[ \t]+(tensorflow\.)?keras\.backend[ \t]+as[ \t]+(\w+)/gm)) aliases.push([m[2]!, !!m[1]]);
  const tfAlias = new Map(aliases.map(([a, tf]) => [a.replace(/\\\./g, '.'), tf]));
  const re = new RegExp(`(?<![\\w.])(${aliases.map(([a]) => a).join('|')})\\.(\\w+)\\s*\\(`, 'g');
  for (const m of text.matchAll(re)) {
    const missing = tfAlias.get(m[1]!) ? TF_KERAS3_BACKEND_MISSING : KERAS2_BACKEND_ONLY;
    if (missing.has(m[2]!)) return { index: m.index, what: `${m[1]}.${m[2]}` };
  }
  return null;
}

// names TF 2's top-level `tf` does not have (TF 2.x keeps them under tf.compat.v1 only): tf.app, tf.flags,
// tf.sparse_placeholder, tf.placeholder_with_default, tf.train's Optimizer classes
const TF1_TOP_LEVEL = /\btf\.(contrib|Session|InteractiveSession|placeholder|sparse_placeholder|placeholder_with_default|get_variable|variable_scope|layers\.\w+|global_variables_initializer|train\.Saver|train\.\w+Optimizer|app\.\w+|flags)\b/;
const KERAS2_ERA = /\b(compat\.v1\.layers|nn\.rnn_cell|compat\.v1\.nn\.rnn_cell)\b|^\s*(?:import|from)\s+tf_keras\b|TF_USE_LEGACY_KERAS/m;

/** False when KERAS2_ERA cannot match (each of its alternatives contains one of these substrings). */
function mayBeKeras2Era(text: string): boolean {
  return text.includes('compat.v1.layers') || text.includes('nn.rnn_cell') || text.includes('tf_keras') || text.includes('TF_USE_LEGACY_KERAS');
}

/** tf.contrib in any spelling: `tf.contrib.x`, `tf.compat.v1.contrib.x`, `from tensorflow.contrib import x`. */
const CONTRIB = /\b(?:tf|tensorflow)(?:\.compat\.v1)?\.contrib\.\w+|^\s*(?:from|import)\s+tensorflow(?:\.compat\.v1)?\.contrib\b/m;

/** tf.contrib exists in no TensorFlow 2 (it went with 2.0): using it, through any alias, means TF 1.x. */
function contribUse(source: string): RegExpExecArray | null {
  // every spelling matched below contains '.contrib' (a plain substring test saves the regexes on most files)
  if (!source.includes('.contrib')) return null;
  // comments blanked (same length, so indices keep their lines): a comment naming tf.contrib is no use of it
  const text = source.replace(/#[^\n]*/g, (c) => ' '.repeat(c.length));
  const m = CONTRIB.exec(text);
  if (m) return m;
  const aliases = [...text.matchAll(/^\s*import\s+tensorflow(?:\.compat\.v1)?\s+as\s+(\w+)|^\s*(\w+)\s*=\s*\w+\.compat\.v1\s*$/gm)].map((x) => x[1] ?? x[2]!);
  return aliases.length ? new RegExp(`\\b(?:${aliases.join('|')})\\.contrib\\.\\w+`).exec(text) : null;
}

/**
 * The target the code's own API use implies: tf.contrib (in any spelling) and top-level TF1 APIs under
 * `import tensorflow as tf` (not through compat.v1) mean TF 1.x; `tf.compat.v1.layers`, TF1 RNN cells or
 * tf_keras mean TF ≤ 2.15 or tf_keras.
 */
export function targetFromApis(source: string): TargetInfo | null {
  // docstrings blanked (same length, newlines kept): a docstring naming tf.contrib is no use of it
  const text = source.replace(/("""|''')[\s\S]*?\1/g, (d) => d.replace(/[^\n]/g, ' '));
  const lineOf = (i: number): number => text.slice(0, i).split('\n').length;
  const c = contribUse(text);
  if (c) return { target: '1.15', source: 'api', evidence: `uses tf.contrib (line ${lineOf(c.index + c[0].length - c[0].trimStart().length)}), which only TF 1.x has` };
  const m1 = TF1_TOP_LEVEL.exec(text);
  if (m1 && !/compat\.v1/.test(text)) return { target: '1.15', source: 'api', evidence: `uses tf.${m1[1]} (line ${lineOf(m1.index)}), a TF 1.x API` };
  const m2 = (mayBeKeras2Era(text) ? KERAS2_ERA.exec(text) : null) ?? v1AliasLayers(text);
  if (m2) {
    const what = m2[0].trim();
    if (/tf_keras|TF_USE_LEGACY_KERAS/.test(what)) return { target: 'tf_keras', source: 'api', evidence: `uses ${what} (line ${lineOf(m2.index)})` };
    return { target: '2.15', source: 'api', evidence: `uses ${what} (line ${lineOf(m2.index)}), which exists up to TF 2.15 or with tf_keras` };
  }
  const m3 = text.includes('keras.') ? KERAS2_MODULE.exec(text) : null;
  if (m3) return { target: '2.15', source: 'api', evidence: `imports keras.${m3[1]} (line ${lineOf(m3.index + m3[0].length - m3[0].trimStart().length)}), a module only Keras 2 has (TF <= 2.15)` };
  const k = keras2BackendUse(text);
  if (k) return { target: '2.15', source: 'api', evidence: `calls ${k.what} (line ${lineOf(k.index)}), which Keras 3's backend does not have: Keras 2 (TF <= 2.15)` };
  return null;
}

/** `import tensorflow.compat.v1 as tf` (or `tf = tf.compat.v1`) and then `tf.layers.` / `tf.nn.rnn_cell.`. */
function v1AliasLayers(text: string): RegExpExecArray | null {
  if (!text.includes('.compat.v1') || !(text.includes('.layers.') || text.includes('.nn.rnn_cell.'))) return null; // what both regexes need
  const aliases = [...text.matchAll(/^\s*import\s+tensorflow\.compat\.v1\s+as\s+(\w+)|^\s*(\w+)\s*=\s*\w+\.compat\.v1\s*$/gm)].map((m) => m[1] ?? m[2]!);
  if (!aliases.length) return null;
  return new RegExp(`\\b(?:${aliases.join('|')})\\.(layers|nn\\.rnn_cell)\\.\\w+`).exec(text);
}

export const DEFAULT_TARGET: TargetInfo = { target: 'keras3', source: 'default', evidence: 'no version pin or version-specific API found: the newest TensorFlow' };

/**
 * The user's choice, else the nearest pin, else API use (`targetFromApis` of the entry), else the default. A pin
 * with only a lower bound (`tensorflow>=1.11`) allows every newer TF: when the code uses an API only an older one
 * within that range has (tf.contrib, TF1 layers), the code's evidence decides.
 */
export function decideTarget(option: TfTarget | 'auto' | undefined, pins: () => TargetInfo | null, apis: TargetInfo | null): TargetInfo {
  if (option && option !== 'auto') return { target: option, source: 'option', evidence: 'set by the user' };
  const pin = pins();
  if (pin?.floor && apis && RANK[apis.target] < RANK[pin.target] && RANK[apis.target] >= RANK[pin.floor]) {
    return { target: apis.target, source: 'api', evidence: `${apis.evidence}; ${pin.evidence} allows it` };
  }
  return pin ?? apis ?? DEFAULT_TARGET;
}
