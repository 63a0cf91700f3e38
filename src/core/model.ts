// The analyzer's output model: plain, serializable, language-neutral data (JSON-safe, no classes).
// Every consumer (CLI `--json`, extension, engine, webview) reads these types; the JSON schema of
// `tfscope scan --json` is exactly `ScanOutput`. Lines and columns are 1-based. Keep changes additive.

import type { TargetInfo } from './target';

export const SCHEMA_VERSION = 1 as const;

export type Language = 'python' | 'typescript';

/** TensorFlow's execution style for a program: TF1 graph mode (v1) or TF2 eager (v2). Naming differs. */
export type TfMode = 'v1' | 'v2';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A dimension: a number, or null when unknown. A shape is null when entirely unknown. */
export type Dim = number | null;
export type Shape = Dim[] | null;

/** The variance-scaling family: `variance_scaling` and its named aliases (same fields). */
export type VarianceScalingKind =
  | 'glorot_uniform'
  | 'glorot_normal'
  | 'he_normal'
  | 'he_uniform'
  | 'lecun_normal'
  | 'lecun_uniform'
  | 'variance_scaling';

/** TensorFlow's snake_case initializer names. */
export type InitializerKind =
  | 'zeros'
  | 'ones'
  | 'constant'
  | 'random_normal'
  | 'truncated_normal'
  | 'random_uniform'
  | VarianceScalingKind
  | 'orthogonal'
  | 'identity'
  | 'numpy_random'
  | 'unknown';

/** Which API family defined an initializer's defaults (`tf`: a tensor op such as `tf.zeros`, `numpy`: NumPy). */
export type InitializerApi = 'v1' | 'v2' | 'tf' | 'keras' | 'tfjs' | 'numpy';

/**
 * A random op's seed: an int, the `[seed0, seed1]` pair of a `tf.random.stateless_*` op, or null when none
 * was given (TensorFlow then derives one, see `SeedInfo`).
 */
export type OpSeed = number | [number, number] | null;

/** A numeric argument: its value, or null when the program gives one that cannot be evaluated statically. */
export type Num = number | null;

/** A constant's value as written: a number or boolean, or a nested array of them; null when not static. */
export type ConstantValue = number | boolean | ConstantValue[] | null;

/** Fields every initializer may carry, whatever its kind. */
export interface InitializerCommon {
  /** Elementwise steps applied to the values afterwards (see `PostOp`). */
  post?: PostOp[];
  /** The dtype the initializer's own values have when `post` casts them to another. */
  baseDtype?: string;
  /** Which family defined the defaults (v1 `tf.compat.v1.*_initializer`, v2/Keras, TF.js). */
  api?: InitializerApi;
  /** True when the program gave no initializer and TensorFlow's default was used. */
  defaulted?: boolean;
  /** The initializer's name as the program's API spells it when that differs from `kind` (TF.js: `heNormal`,
   *  `glorotUniform`, `varianceScaling`); `kind` and its fields stay the distribution the engine draws from. */
  display?: string;
  /** Partitioned variables: the full variable's shape, from which variance scaling takes its fans. */
  fanShape?: Shape;
  /** A remark for the user about how the values come about. */
  note?: string;
}

export interface ZerosOnesInit extends InitializerCommon {
  kind: 'zeros' | 'ones';
}
export interface ConstantInit extends InitializerCommon {
  kind: 'constant';
  value?: ConstantValue;
}
export interface NormalInit extends InitializerCommon {
  kind: 'random_normal' | 'truncated_normal';
  mean?: Num;
  stddev?: Num;
  seed?: OpSeed;
  /** TF1: the arguments the program gave as Python ints or bools (converted to an integer dtype as they are). */
  intArgs?: ('mean' | 'stddev')[];
}
export interface UniformInit extends InitializerCommon {
  kind: 'random_uniform';
  minval?: Num;
  maxval?: Num;
  seed?: OpSeed;
  /** TF1: the bounds that are Python ints (an absent minval is the int 0), converted to an integer dtype as they are. */
  intArgs?: ('minval' | 'maxval')[];
  /** TF1: no maxval given (None): 1 for a float dtype; an integer dtype raises. */
  noMaxval?: true;
}
export interface VarianceScalingInit extends InitializerCommon {
  kind: VarianceScalingKind;
  scale?: Num;
  mode?: 'fan_in' | 'fan_out' | 'fan_avg';
  distribution?: 'truncated_normal' | 'untruncated_normal' | 'uniform' | 'normal';
  seed?: OpSeed;
}
export interface OrthogonalInit extends InitializerCommon {
  kind: 'orthogonal';
  gain?: Num;
  seed?: OpSeed;
}
export interface IdentityInit extends InitializerCommon {
  kind: 'identity';
  gain?: Num;
}
/** NumPy's legacy MT19937 stream (`np.random.*`, `np.random.RandomState(s).*`). */
export interface NumpyRandomInit extends InitializerCommon {
  kind: 'numpy_random';
  dist: 'uniform' | 'normal';
  /** uniform: low, high; normal: loc, scale. */
  low?: Num;
  high?: Num;
  loc?: Num;
  scale?: Num;
  /** The stream's int seed; null when never seeded. */
  seed?: number | null;
  /** What the stream gave out between seeding and this call. */
  draws?: NumpyDraw[];
}
export interface UnknownInit extends InitializerCommon {
  kind: 'unknown';
  reason: string;
}

/**
 * An initializer and its arguments, one variant per kind: switch on `kind` to read its fields. The analyzer
 * fills every argument with TensorFlow's effective value (the defaults of the API that was used, `api`); an
 * argument that is absent means that default (the engine fills it in), null means given but not static.
 */
export type InitializerSpec =
  | ZerosOnesInit
  | ConstantInit
  | NormalInit
  | UniformInit
  | VarianceScalingInit
  | OrthogonalInit
  | IdentityInit
  | NumpyRandomInit
  | UnknownInit;

/** The spec of one kind (e.g. `SpecOf<'orthogonal'>`). */
export type SpecOf<K extends InitializerKind> = Extract<InitializerSpec, { kind: K }>;

/**
 * One elementwise step applied to an initializer's values, in program order: `tf.random.normal(s) * 0.01`
 * is random_normal with post [{op: 'mul', value: 0.01, by: 'eager'}]. Each step is its own op rounded to
 * the running dtype (a cast changes it); a Python scalar is converted to that dtype first.
 */
export interface PostOp {
  op: 'add' | 'sub' | 'mul' | 'div' | 'neg' | 'cast';
  /** add/sub/mul/div: the Python number as written. */
  value?: number;
  /** The number is the left operand (`value - x`, `value / x`). */
  left?: boolean;
  /** cast: the dtype converted to. */
  dtype?: string;
  /**
   * Who ran it: TF eagerly (each op its own kernel), inside a TF graph (a session's Grappler folds
   * constant chains, e.g. `x / c` becomes `x * (1/c)`), or NumPy.
   */
  by: 'eager' | 'graph' | 'numpy';
}

/** Draws a NumPy legacy stream gave out before a `numpy_random` call: `n` 53-bit doubles, or `n` legacy gauss values. */
export interface NumpyDraw {
  draw: 'double' | 'gauss';
  n: number;
}

/** The random seeds TensorFlow would use for a variable's initializer, as far as they are known statically. */
export interface SeedInfo {
  /** Graph-level seed (tf.set_random_seed / tf.random.set_seed), null when not set. */
  graph: number | null;
  /** Op-level seed (initializer seed=), null when not set. */
  op: number | null;
  /** True when TensorFlow's effective seed depends on something static analysis cannot know. */
  dependsOnRuntime?: boolean;
  /**
   * Eager stateful ops: TF2 caches one kernel per op type, dtype and seed pair, and each run advances its
   * Philox counter by 256 blocks per element; `skip` is how far the kernel had advanced before this op.
   */
  skip?: number;
  /**
   * Where an op seed the program did not write came from: 'eager' — TF2's eager context draws
   * `random.Random(global_seed).randint(0, 2**31 - 1)` per unseeded random op; 'graph' — TF 2 graph mode
   * numbers a graph's unseeded random ops 0, 1, 2, ...; 'python' — Keras 3 draws `random.randint(1, 10**9)`
   * from Python's global generator per unseeded initializer or SeedGenerator.
   */
  drawn?: 'eager' | 'graph' | 'python';
  /** The initializer runs TF's stateful op (TF2 `tf.random_*_initializer` without seed=): not a stateless one. */
  stateful?: boolean;
  /** Why the seed is not known statically (with `dependsOnRuntime`), in words for the user. */
  note?: string;
}

export interface VariableInfo {
  /** Full name exactly as TensorFlow names it, without the `:0` suffix. */
  name: string;
  shape: Shape;
  dtype: string;
  initializer: InitializerSpec;
  trainable: boolean;
  location: SourceLocation;
  /** The enclosing variable scope's full name ('' at the top). */
  scope: string;
  /** How it was created: 'get_variable', 'get_local_variable', 'Variable', 'layer', 'tfjs', ... */
  api: string;
  /** Collections it joins (TF1): 'global_variables', 'local_variables', 'trainable_variables'. */
  collections?: string[];
  seed?: SeedInfo;
  /** For partitioned variables: the partition index and the full (unpartitioned) name. */
  partition?: { index: number; of: number; fullName: string };
  /** Creation order within the program (0-based), following execution order. */
  order: number;
  /** Where the name string (e.g. `"weight"` in `get_variable("weight", ...)`) stands, when literal. */
  nameLocation?: SourceLocation;
  /** The Python/TS name the variable was assigned to (`W = tf.get_variable(...)`), when there is one. */
  binding?: { name: string; location: SourceLocation };
  /**
   * A Keras layer's weight: where its layer was constructed (`Conv2D(...)` inside a `Sequential([...])` list),
   * when that is not `location` (the statement that builds the model, where TensorFlow creates the weight).
   */
  layerLocation?: SourceLocation;
  /** A Keras layer's weight (Python): its layer's class name (`Dense`), by which Keras 3 files key the layer. */
  layerClass?: string;
  /**
   * Present when the name or shape depends on values the analysis could not know: `shape` keeps null for those
   * dims (TensorFlow-exact consumers read it as unknown), the name shows each such piece as `{symbol}` (or `?`
   * when it has none), and this says what each stands for and where it came from.
   */
  symbolic?: SymbolicInfo;
}

/**
 * A value the analysis could not know, kept as a named symbol, and where it came from: a library function's
 * parameter without default, a loop variable over a count not known statically, a config attribute, a local
 * computed from such values, a value from outside the program (a flag without default, a file not in the
 * workspace). Names show it as `{symbol}`, shapes as an expression over it (`3*n_embd`).
 */
export interface UnknownValue {
  /** The symbol as shown (`layer`, `n_embd`; a prime when two values share a name: `nx'`). */
  symbol: string;
  kind: 'parameter' | 'loop' | 'attribute' | 'local' | 'outside';
  /** The expression it stands for as the program writes it (`hparams.n_embd`, `x.shape[-1].value`). */
  expression?: string;
  /** Why it is not known, in words. */
  reason: string;
  /** Where it comes from (the parameter, the loop, the assignment, the flag). */
  location: SourceLocation;
  /** The name to give it a value with (`# tfscope: name=value`, `--set name=value`, `tfScope.values`), when the analysis honours one. */
  supply?: string;
}

/** The symbolic parts of a variable whose name or shape depends on values the analysis could not know. */
export interface SymbolicInfo {
  /** The shape with each dimension not known as a number written as an expression (`[1, "n_embd", "3*n_embd"]`); null: unknown, no symbol. */
  shape?: (number | string | null)[];
  /** The unknown values its name (`{layer}` pieces) and shape depend on, and where each comes from. */
  unknowns: UnknownValue[];
}

export interface ScopeInfo {
  /** Full scope name ('outer/inner'). */
  name: string;
  /** The parent's full name, or null at the top. */
  parent: string | null;
  kind: 'variable_scope' | 'name_scope' | 'layer' | 'model';
  /** The first entry: the scope call (`variable_scope('a')`), with end = the end of its `with` block. */
  location: SourceLocation;
  /** Every `with` block that entered this scope (re-entry for sharing gives several), same convention. */
  entries?: SourceLocation[];
  /** Variables directly or transitively inside this scope. */
  variableCount: number;
  paramCount: number;
  bytes: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Stable machine code, e.g. 'duplicate-variable', 'missing-variable', 'shape-mismatch'. */
  code: string;
  message: string;
  /** Present when TensorFlow itself would raise at this statement. */
  raises?: { type: string; message: string };
  fixes?: QuickFix[];
  /** For raising diagnostics: the number of variables created before TensorFlow would stop. */
  order?: number;
}

export interface ProgramResult {
  entry: string;
  language: Language;
  mode: TfMode;
  /** What running this file creates, exactly as TensorFlow would (creation order). */
  variables: VariableInfo[];
  scopes: ScopeInfo[];
  diagnostics: Diagnostic[];
  /** Workspace files this program's analysis read (entry first): the dependents graph for re-analysis. */
  files: string[];
  /** Python: the TensorFlow the analysis assumed the program targets, and why (src/core/target.ts). */
  target?: TargetInfo;
  /**
   * Library view: what each top-level function or class of the entry file that the program itself
   * does not call would create if called with its defaults (unknown arguments stay symbolic: `{layer}` name
   * pieces and null dimensions, explained in `VariableInfo.symbolic`), each in a fresh graph. Separate from `variables`, which stay TensorFlow-exact.
   */
  library?: LibraryEntry[];
  /** Restore calls whose checkpoint the analysis read (init_from_checkpoint, Saver.restore, load_weights). */
  restores?: RestoreInfo[];
  /** The models the program builds (TF.js: tf.sequential / tf.model), with model.summary()'s parameter totals. */
  models?: ModelInfo[];
}

export interface ModelInfo {
  name: string;
  /** The framework's class name (TF.js: Sequential, or Model for tf.model). */
  className: string;
  /** Its layers' names, in order (a model used as a layer appears by its name). */
  layers: string[];
  /** model.countParams() and summary()'s split; null when a weight's shape is not known statically. */
  totalParams: number | null;
  trainableParams: number | null;
  nonTrainableParams: number | null;
  location?: SourceLocation;
}


/** One restore call: which variables it sets from which checkpoint tensors (before the error it raises, if any). */
export interface RestoreInfo {
  api: string;
  /** The checkpoint prefix or weights file. */
  checkpoint: string;
  location: SourceLocation;
  /** Variable (get_variable store name or weight name) → checkpoint tensor. */
  restored: { variable: string; tensor: string }[];
  /** The error TensorFlow raises at the call (its type; the diagnostic has the message). */
  raises?: string;
}

export interface LibraryEntry {
  /** The function or class name (`BertModel`, `conv1d`). */
  name: string;
  kind: 'function' | 'class';
  /** The definition's name. */
  location: SourceLocation;
  /** The definition's first and last line, body included (1-based). */
  lines?: { line: number; endLine: number };
  variables: VariableInfo[];
  scopes: ScopeInfo[];
}

export interface ScanOutput {
  schemaVersion: typeof SCHEMA_VERSION;
  programs: ProgramResult[];
  /** Files that were not analysed, with the reason (binary, too large, not TensorFlow code, ...). */
  skipped?: { file: string; reason: string }[];
}

/** Bytes per element for TensorFlow dtypes (strings/variants count as 0: unknown size). */
export function dtypeSize(dtype: string): number {
  switch (dtype) {
    case 'float64': case 'int64': case 'uint64': case 'complex64': return 8;
    case 'complex128': return 16;
    case 'float32': case 'int32': case 'uint32': return 4;
    case 'float16': case 'bfloat16': case 'int16': case 'uint16': return 2;
    case 'int8': case 'uint8': case 'bool': case 'qint8': case 'quint8': return 1;
    default: return 0;
  }
}

/** Number of elements of a fully known shape, or null when any dimension is unknown. */
export function elementCount(shape: Shape): number | null {
  if (shape === null) return null;
  let n = 1;
  for (const d of shape) {
    if (d === null) return null;
    n *= d;
  }
  return n;
}
