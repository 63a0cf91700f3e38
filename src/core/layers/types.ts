// The layer table's vocabulary: a row per layer class with a column per framework (Keras 3, TF1 layers, TF.js)
// for what differs; the config reader each front end implements over its own config values (rows read configs
// in Keras's snake_case words); and the build plan a row yields. Types and two helpers only; no behaviour.
// Contract: rows are plain data plus small pure functions of (config reader, input shape); nothing here knows Node.

export type Dim = number | null;
export type Shape = Dim[] | null;

/**
 * The frameworks a row describes. `keras3`: Keras 3 as TF ≥ 2.16 ships it (the reference: a row's base values
 * are Keras 3's). `keras2`: Keras 2 (`tf.keras` up to TF 2.15, tf_keras, TF's frozen `tensorflow.python.keras`):
 * Keras 3's weights and defaults unless a row says otherwise, TF1's window arithmetic (conv_utils). `tf1`: TF1's
 * layers (`tf.compat.v1.layers.*`, `tf.contrib.layers.*`), which are Keras 2 layers under a variable scope.
 * `tfjs`: TensorFlow.js 4.22 (`tf.layers.*`).
 */
export type Framework = 'keras3' | 'keras2' | 'tf1' | 'tfjs';

/** A value that differs per framework: `base` for every framework not named in `over`. */
export class ByFramework<T> {
  constructor(readonly base: T, readonly over: Readonly<Partial<Record<Framework, T>>>) {}
}
export type PerFw<T> = T | ByFramework<T>;

/** `fw(base, { tfjs: x })`: `x` in TF.js, `base` elsewhere. */
export function fw<T>(base: T, over: Partial<Record<Framework, T>>): ByFramework<T> {
  return new ByFramework(base, over);
}

/** The value of `v` in framework `f`. */
export function at<T>(v: PerFw<T>, f: Framework): T {
  if (!(v instanceof ByFramework)) return v;
  return (f in v.over ? v.over[f] : v.base) as T;
}

/**
 * What a row reads from a layer's config. Keys are Keras's snake_case names (TF.js's camelCase keys are derived
 * by the TF.js reader); "absent" means the program did not give the option. Each front end implements this over
 * its own values (Python: evaluator Values; TF.js: plain objects) and keeps its language's reading of unusual
 * values (None, non-integers) there, so rows see only numbers, strings, booleans and null (= not known).
 */
export interface ConfigReader {
  readonly framework: Framework;
  /** The option is given, and not None/null. */
  has(key: string): boolean;
  /** The option is given at all (even as None). */
  given(key: string): boolean;
  /** An integer option; `dflt` (else null) when absent; null when not known statically. */
  int(key: string, dflt?: Dim): Dim;
  /** An int-or-tuple option of `rank` entries (Keras's standardize_tuple); `dflt` repeated when absent; null when unknown. */
  ints(key: string, rank: number, dflt?: number): Dim[] | null;
  /** A boolean option; `dflt` when absent or not known. */
  bool(key: string, dflt: boolean): boolean;
  /** An enumerated string option in Keras's spelling ('same', 'channels_first'); `dflt` when absent; null when unknown. */
  str(key: string, dflt?: string): string | null;
  /** A free-text string option as written (EinsumDense's equation); undefined when absent or None; null when unknown. */
  text(key: string): string | null | undefined;
  /** A list of dimensions (target_shape, dims, output_shape); undefined when absent or None; null when not a list. */
  dims(key: string): Dim[] | null | undefined;
  /** Padding/cropping amounts per spatial dim (an int, `rank` ints, or `rank` pairs); `dflt` when absent. */
  pairs(key: string, rank: number, dflt: number): [Dim, Dim][] | null;
  /** An axis or list of axes; [-1] when absent. */
  axes(key: string): Dim[];
  /** The option as plain data with its language's repr (for constructor checks and their messages); undefined when
   *  absent or not known statically. */
  value(key: string): ConfigValue | undefined;
  /** The same config without `keys` (options a framework's model does not read). */
  omit(keys: readonly string[]): ConfigReader;
}

/** An option's value as plain data: its kind in the front end's language (Python's int and float apart), its repr
 *  there (`{'axis': -1}`), the number of a numeric one, the entries of a dict (keys as strings). */
export interface ConfigValue {
  readonly kind: 'int' | 'float' | 'bool' | 'str' | 'none' | 'list' | 'tuple' | 'dict' | 'other';
  readonly repr: string;
  readonly num?: number;
  readonly entries?: readonly (readonly [string, ConfigValue])[];
  /** The items of a list or tuple. */
  readonly items?: readonly ConfigValue[];
}

/** Extra facts a build needs beyond the config and the (first) input shape. */
export interface BuildExtras {
  /** MultiHeadAttention: the shapes of its `value` and `key` inputs (its key/value kernels are sized by them; `key`
   *  defaults to `value`, `value` to the query); null when not known. */
  valueShape?: Shape;
  keyShape?: Shape;
  /** The input's null dims are TensorFlow's None (known dynamic), not dims the analysis lost: errors about them may be raised. */
  definite?: boolean;
}

/** A rule: a pure function of the config and the input shape (null when unknown). */
export type Rule<T> = (c: ConfigReader, x: Shape, more: BuildExtras) => T;
/** An output-shape rule; `x` is known (the planner answers null for an unknown input). */
export type OutputRule = (c: ConfigReader, x: Dim[]) => Shape;
/** A merge rule over a list of known input shapes. */
export type MergeRule = (c: ConfigReader, xs: Dim[][]) => Shape;

/** A weight's initializer: the config key that sets it and the default in each framework's own spelling. */
export interface InitDecl {
  /** The config key (Keras spelling); null: not configurable (the default always applies). Per framework when a
   *  framework reads another key (TF.js's SeparableConv reads `depthwiseInitializer` for its pointwise kernel). */
  readonly key: PerFw<string | null>;
  /** The default: Keras/TF1 names ('glorot_uniform'), TF.js identifiers ('glorotNormal'); null: TF1's variable-scope default. */
  readonly dflt: PerFw<string | null>;
}

/** A weight replaced by a computed initial value: LSTM's unit_forget_bias (ones for the forget gate); BatchNormalization
 *  renorm's `clone` (Keras 3 clones the initializer: an unseeded one draws again) and `sqrt` (the square root of a clone's
 *  values: its moving_stddev). */
export type SpecialInit =
  | { readonly kind: 'unit_forget_bias'; readonly units: Dim }
  | { readonly kind: 'clone' }
  | { readonly kind: 'sqrt' };

/** One weight a layer creates when it builds. */
export interface WeightDecl {
  readonly name: PerFw<string>;
  /** The weight's shape; null: not even its rank is known (PReLU on an unknown input). */
  readonly shape: Rule<Shape>;
  readonly init: InitDecl;
  /** false: never trainable (moving statistics); a rule: frozen when it answers false (a LoRA-frozen kernel);
   *  otherwise the layer's own trainable flag. */
  readonly trainable?: false | Rule<boolean>;
  /** A dtype of its own, whatever the layer's (Normalization's `count` is Keras's "int": int64). */
  readonly dtype?: string;
  /** false: a variable the layer does not track (not among its weights, not counted: a stateful RNN's states). */
  readonly tracked?: false;
  /** Created only when this holds (use_bias, center, scale ...). */
  readonly when?: PerFw<Rule<boolean>>;
  /** A computed initial value instead of the initializer, when the rule gives one. */
  readonly special?: PerFw<Rule<SpecialInit | null>>;
  /** The (fan_in, fan_out) Keras gives variance scaling when not the kernel shape's own (EinsumDense sublayers). */
  readonly fans?: Rule<[Dim, Dim] | null>;
}

/** A sublayer the layer builds inside its own name scope (Keras 3's `lstm_cell`, MultiHeadAttention's `query`). */
export interface SublayerDecl {
  /** The sublayer's name per framework; null: the weights sit directly under the layer. */
  readonly sublayer: PerFw<string | null>;
  /** Built only when this holds (MultiHeadAttention's `gate`, with use_gate). */
  readonly when?: Rule<boolean>;
  /** Initializers Keras clones from the parent's config on building the sublayer (unseeded ones draw), in order. */
  readonly clone?: readonly InitDecl[];
  readonly steps: readonly BuildStep[];
}

/** A point in the build where the front end acts (e.g. `mha_dropout`: MultiHeadAttention's Dropout draws its seed). */
export interface HookDecl {
  readonly hook: string;
}

/** A point in the build where TensorFlow raises when the rule answers (Keras 3's enable_lora with a constraint). */
export interface RaiseDecl {
  readonly raise: Rule<{ readonly type: string; readonly message: string } | null>;
}

export type BuildStep = WeightDecl | SublayerDecl | HookDecl | RaiseDecl;

/** One step of a Keras 3 constructor that may draw a seed, in the constructor's order. */
export type KerasCtorStep =
  /** `self.x = initializers.get(config[key] or default)`: a fresh unseeded random initializer draws. */
  | { init: string; dflt: string }
  /** `SeedGenerator(seed)`, drawn when seed is None; `when`: only if that config value is > 0. */
  | { seedGen: true; when?: string; dflt?: number }
  /** A direct `make_default_seed()` when seed is None. */
  | { draw: true };

/** An integer argument a Keras 3 constructor checks before `Layer.__init__` runs (so no name is taken, no seed drawn). */
export interface IntArgCheck {
  readonly key: string;
  /** A bool passes as an int (Python's isinstance) unless 'reject'. */
  readonly bools?: 'reject';
  /** Values allowed below 1 (GroupNormalization's -1). */
  readonly allow?: readonly number[];
  /** None passes (MultiHeadAttention's value_dim, whose default is None). */
  readonly noneOk?: true;
  /** Only `value <= 0` is checked (the RNN cells): any number above 0 passes, a non-number is not checked. */
  readonly numeric?: true;
  /** Keras's message: `{value}` is str() of the value, `{type}` its type's name. */
  readonly message: string;
}

/** An argument a Keras 3 constructor runs through `standardize_tuple(value, rank, key, allow_zero)` (utils/argument_validation.py). */
export interface TupleArg {
  readonly key: string;
  readonly rank: number;
  readonly allowZero?: true;
  /** None is kept as None (Conv*Transpose's output_padding), not checked. */
  readonly noneOk?: true;
}

/** A check on an attention layer's (query, value, key) shapes (key: the value's when not given): Keras's error or null. */
export type QkvCheck = (query: Shape, value: Shape, key: Shape) => { readonly type: string; readonly message: string } | null;

/** A check a Keras 3 constructor makes: Keras's ValueError message (or another error type with its message), or
 *  null when the arguments pass or are not known statically. */
export type CtorCheck = (c: ConfigReader) => string | { readonly type: string; readonly message: string } | null;

/** The Keras 3 column: how Python programs name and construct the class. */
export interface KerasColumn {
  /** Integer arguments checked first, in order (ValueError with Keras's message). */
  readonly intArgs?: readonly IntArgCheck[];
  /** Arguments standardized into tuples after `Layer.__init__` took the layer's name, in order (ValueError). */
  readonly tuples?: readonly TupleArg[];
  /** Checks after those, before the constructor's initializers are made, in order. */
  readonly named?: readonly CtorCheck[];
  /** Checks after the constructor's initializers drew their seeds, in order. */
  readonly checks?: readonly CtorCheck[];
  /** `Class.from_config(config)`: absent, Operation.from_config (`cls(**config)`, an error re-raised as TypeError
   *  "Error when deserializing class ..."); 'quantization': the same after adding `quantization_config` (Dense,
   *  EinsumDense, Embedding); 'plain': the class's own `cls(**config)` (RNNs); 'unknown': a deserialization of its
   *  own that the analysis does not model (wrappers, Lambda, preprocessing). */
  readonly fromConfig?: 'quantization' | 'plain' | 'unknown';
  /** The constructor builds the layer (no input shape) when this argument is given and not None (Embedding's
   *  `weights`, whose values it then sets). */
  readonly buildsWhenGiven?: string;
  /** Layers its constructor makes after its own SeedGenerator, in order (Keras's composite augmentations: AugMix,
   *  RandAugment, RandomColorJitter), each given the parent's `seed` when `seeded`; `when`: only when that holds. */
  readonly sublayers?: readonly { readonly cls: string; readonly seeded?: true; readonly when?: (c: ConfigReader) => boolean }[];
  /** An attention layer called and built on (query, value, key=None) (build(query_shape, value_shape, key_shape)):
   *  the checks its compute_output_shape makes, in order; its output shape is the row's on the query. */
  readonly qkv?: { readonly checks: readonly QkvCheck[] };
  /** Other `keras.layers` names of the class (the layer is named after the class). */
  readonly aliases?: readonly string[];
  /** The class's own name is not a `keras.layers` export (only its aliases are; `keras.src.layers` has it). */
  readonly unexported?: true;
  /** The constructor's leading positional parameters (those the analyzer reads). */
  readonly params?: readonly string[];
  /** Seeds the constructor draws, in order; [] draws none; absent: may draw (the analysis stops following). */
  readonly draws?: readonly KerasCtorStep[];
  /** The layer owns a SeedGenerator (a `seed_generator_state` variable) from construction: always, unless `rate` is known
   *  ≤ 0, or when `dropout` is known > 0 (Attention: `if self.dropout > 0: self.seed_generator = SeedGenerator(seed)`). */
  readonly seedState?: 'always' | 'rate' | 'dropout';
  /** Keras's functional form `keras.layers.<class lowercased>(inputs, ...params, **kwargs)` = `Class(...)(inputs)`. */
  readonly functional?: readonly string[];
  /** A recurrent layer's state tensors (`return_state=True` returns `[output, *states]`, each shaped like a last-step output). */
  readonly states?: number;
}

/** The TF1 column: `tf.compat.v1.layers.<fn>` / `tf.contrib.layers.<fn>` called on an input. */
export interface Tf1Column {
  /** Functional names (matched case-insensitively: the class spelling reaches the same rule). */
  readonly names: readonly string[];
  /** The variable scope's default name. */
  readonly scope: string;
  /** Positional parameters after `inputs`. */
  readonly params: readonly string[];
  /** Keyword spellings that mean a Keras key (contrib's `num_outputs`, `weights_initializer`). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The input dim `build` requires to be defined (Keras 2 raises `message` when it is None): the last one or the channel axis. */
  readonly needs?: { readonly dim: 'last' | 'channel'; readonly message: string };
}

/** The TF.js column: `tf.layers.<factory>(config)` makes this class (TF.js class names are Keras's). */
export interface TfjsColumn {
  readonly factory: string;
  /** Other names TF.js exports for the same factory (`globalMaxPool1d` for `globalMaxPooling1d`). */
  readonly aliases?: readonly string[];
  /** The batch input shape the layer declares without inputShape/batchInputShape (Embedding: [null, inputLength]). */
  readonly implicitInput?: (c: ConfigReader) => Dim[];
  /** The constructor turns `inputDim` into its batch input shape [batchSize, inputDim] (only Dense does; the base
   *  Layer ignores inputDim: tfjs-layers/src/layers/core.ts). */
  readonly readsInputDim?: true;
  /** An RNN cell (`tf.layers.lstmCell`): builds, on one time step's input, the weights of this recurrent layer's
   *  row; its output size is its `units`. */
  readonly cellOf?: string;
  /** `tf.layers.rnn` / `stackedRNNCells`: the layer's weights are its cells' (`cell` / `cells` option). */
  readonly cells?: 'rnn' | 'stacked';
  /** Checks TF.js's constructor makes after Layer's (the layer's name already taken), in order. */
  readonly checks?: readonly CtorCheck[];
}

/** Keras 3's LoRA on a layer (`lora_rank=`, `enable_lora()`): its weights' prefix and the constraint that forbids it. */
export interface LoraDecl {
  /** `lora_kernel` / `lora_embeddings`: the weights are `<prefix>_a` and `<prefix>_b`. */
  readonly prefix: string;
  /** The config key of the first weight's constraint, and Keras's word for it in the error. */
  readonly constraint: string;
  readonly what: string;
}

/** One layer class. The base rules are Keras 3's; `fw(...)` values and `ignores`/`unsupported` say where others differ. */
export interface LayerRow {
  /** The class name (Keras 3 and TF.js spell it alike); a TF1-only row uses its TF1 name. */
  readonly cls: string;
  readonly keras?: KerasColumn;
  readonly tf1?: Tf1Column;
  readonly tfjs?: TfjsColumn;
  /** The weights, in creation order. */
  readonly weights?: readonly BuildStep[];
  /** Keras 3's LoRA: the first weight is the kernel it freezes (the steps come from `loraWeights`). */
  readonly lora?: LoraDecl;
  /** `input_dim` is the layer's own parameter (Embedding), not the base Layer's input-shape shorthand. */
  readonly ownsInputDim?: boolean;
  /** The output shape on one input; absent/null: unknown. */
  readonly output?: PerFw<OutputRule | null>;
  /** The output shape on a list of inputs (merge and attention layers). */
  readonly merge?: PerFw<MergeRule | null>;
  /** After building, calls must give the input's last axis this dim of the first weight (Keras/TF.js InputSpec). */
  readonly inputSpec?: { readonly axis: number };
  /** Options a framework's model does not read yet (treated as absent). */
  readonly ignores?: Readonly<Partial<Record<Framework, readonly string[]>>>;
  /** Configs a framework's model does not handle: the layer then creates nothing and its output is unknown. */
  readonly unsupported?: Readonly<Partial<Record<Framework, (c: ConfigReader) => boolean>>>;
}
