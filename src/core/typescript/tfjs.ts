// TensorFlow.js's rules, as tfjs 4.22 applies them (checked by test/conformance/tfjs): layer names
// (`dense_Dense1`, per-class counters), weight names (`dense_Dense1/kernel`, `_1` suffixes for repeats),
// initializers, its error messages; layers' weights and output shapes come from the layer table's TF.js
// column (src/core/layers). Pure data in/out.

import {
  expectedInputDim, planBuild, planMerge, planOutput, TFJS_LAYER_CLASSES, TFJS_MERGE_LAYERS, tfjsRow, type LayerRow, type PlannedStep,
} from '../layers';
import { VARIANCE_SCALING_ALIASES } from '../initializers';
import type { Dim, InitializerSpec, QuickFix, VarianceScalingKind } from '../model';
import { camelKey, TfjsLayerConfig } from './layerConfig';

/** A TF.js initializer as the program gave it: its class and config (TF.js's camelCase keys). */
export interface TfjsInit {
  className: string;
  config: Record<string, unknown>;
}

/** An error TF.js would throw, with its class name and exact message. */
export class TfjsRaise extends Error {
  /** Edits that avoid the error, offered as quick fixes at the diagnostic. */
  fixes: QuickFix[] | undefined;
  /** Thrown by the program's own `throw new Error(...)` (not by a TF.js rule). */
  byProgram = false;
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

/** String identifiers tfjs-layers accepts for initializers (INITIALIZER_IDENTIFIER_REGISTRY_SYMBOL_MAP). */
const INIT_IDS: Record<string, string> = {
  constant: 'Constant', glorotNormal: 'GlorotNormal', glorotUniform: 'GlorotUniform', heNormal: 'HeNormal',
  heUniform: 'HeUniform', identity: 'Identity', leCunNormal: 'LeCunNormal', leCunUniform: 'LeCunUniform',
  ones: 'Ones', orthogonal: 'Orthogonal', randomNormal: 'RandomNormal', randomUniform: 'RandomUniform',
  truncatedNormal: 'TruncatedNormal', varianceScaling: 'VarianceScaling', zeros: 'Zeros',
};

/** `tf.initializers.<fn>` function names → class names (the same table, plus class names themselves). */
export function initFromFactory(fn: string, config: Record<string, unknown>): TfjsInit | null {
  const cls = INIT_IDS[fn];
  return cls ? { className: cls, config } : null;
}

/** An initializer identifier string ('glorotUniform', 'GlorotUniform'); null when TF.js has no such one. */
export function initFromString(s: string): TfjsInit | null {
  const cls = INIT_IDS[s] ?? (Object.values(INIT_IDS).includes(s) ? s : undefined);
  return cls ? { className: cls, config: {} } : null;
}

/** TF.js's variance-scaling aliases (class name → TF's kind; scale, mode and distribution from the shared table). */
const VS_ALIASES: Readonly<Record<string, VarianceScalingKind>> = {
  GlorotUniform: 'glorot_uniform',
  GlorotNormal: 'glorot_normal',
  HeNormal: 'he_normal',
  HeUniform: 'he_uniform',
  LeCunNormal: 'lecun_normal',
  LeCunUniform: 'lecun_uniform',
};

function numOr(v: unknown, d: number): number | null {
  if (v === undefined) return d;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** `args.x || DEFAULT` as TF.js's RandomUniform/RandomNormal/TruncatedNormal constructors read their numbers: 0 too
 *  gives the default (tfjs-layers/src/initializers.ts). */
function numOrFalsy(v: unknown, d: number): number | null {
  return v === 0 || v === null ? d : numOr(v, d);
}

/**
 * The model's InitializerSpec (api 'tfjs') for a TF.js initializer with its defaults filled in. TF.js's
 * 'normal' variance scaling is a truncated normal with stddev sqrt(scale/n) and no 0.8796 correction; the
 * spec says so with `api: 'tfjs'` (see expectedDistribution).
 */
export function toSpec(init: TfjsInit, defaulted = false): InitializerSpec {
  const spec = specOf(init, defaulted);
  // The name as a TF.js program writes it (`heNormal`, `varianceScaling`), when it is not the kind's own spelling.
  const display = init.className[0]!.toLowerCase() + init.className.slice(1);
  return spec.kind !== 'unknown' && display !== spec.kind ? { ...spec, display } : spec;
}

function specOf(init: TfjsInit, defaulted: boolean): InitializerSpec {
  const c = init.config;
  const seed = typeof c.seed === 'number' ? c.seed : null;
  const base = { api: 'tfjs' as const, ...(defaulted ? { defaulted: true } : {}) };
  switch (init.className) {
    case 'Zeros': return { kind: 'zeros', ...base };
    case 'Ones': return { kind: 'ones', ...base };
    case 'Constant': return { kind: 'constant', value: typeof c.value === 'number' ? c.value : null, ...base };
    case 'RandomNormal': return { kind: 'random_normal', mean: numOrFalsy(c.mean, 0), stddev: numOrFalsy(c.stddev, 0.05), seed, ...base };
    case 'TruncatedNormal': return { kind: 'truncated_normal', mean: numOrFalsy(c.mean, 0), stddev: numOrFalsy(c.stddev, 0.05), seed, ...base };
    case 'RandomUniform': return { kind: 'random_uniform', minval: numOrFalsy(c.minval, -0.05), maxval: numOrFalsy(c.maxval, 0.05), seed, ...base };
    case 'Orthogonal': return { kind: 'orthogonal', gain: numOr(c.gain, 1), seed, ...base };
    case 'Identity': return { kind: 'identity', gain: numOr(c.gain, 1), ...base };
    case 'VarianceScaling': {
      const mode = c.mode === undefined ? 'fan_in' : c.mode === 'fanIn' ? 'fan_in' : c.mode === 'fanOut' ? 'fan_out' : c.mode === 'fanAvg' ? 'fan_avg' : null;
      // TF.js's VarianceScaling.apply (tfjs-layers/src/initializers.ts): 'normal' draws a truncated normal, every
      // other valid distribution ('uniform', and 'truncatedNormal' too) a uniform.
      const distribution = c.distribution === undefined || c.distribution === 'normal' ? 'truncated_normal'
        : c.distribution === 'uniform' || c.distribution === 'truncatedNormal' ? 'uniform' : null;
      if (mode === null || distribution === null) return { kind: 'unknown', reason: 'varianceScaling with a mode or distribution that is not known statically', ...base };
      return { kind: 'variance_scaling', scale: numOr(c.scale, 1), mode, distribution, seed, ...base };
    }
    default: {
      const kind = VS_ALIASES[init.className];
      const a = kind && VARIANCE_SCALING_ALIASES[kind];
      if (kind && a) return { kind, scale: a.scale, mode: a.mode, distribution: a.distribution, seed, ...base };
      return { kind: 'unknown', reason: `TF.js initializer ${init.className}`, ...base };
    }
  }
}

/** tfjs-layers' toSnakeCase. */
export function toSnakeCase(name: string): string {
  const s = name.replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return s[0] !== '_' ? s : `private${s}`;
}

/** tfjs-layers' isValidTensorName (src/common.ts), checked by getScopedTensorName/getUniqueTensorName for layer
 *  weights and symbolic tensors (an input `<layer>_input`, a layer's output named after the layer). */
export function checkTensorName(name: string): void {
  if (!/^[A-Za-z0-9][-A-Za-z0-9._/]*$/.test(name)) throw new TfjsRaise('Error', `Not a valid tensor name: '${name}'`);
}

/** Process-wide TF.js naming state of one program run (getUid counters, getUniqueTensorName's map, engine ids). */
export class TfjsNaming {
  private uids = new Map<string, number>();
  private tensorNames = new Map<string, number>();
  private nextVariableId = 0;
  readonly registered = new Set<string>();
  /** tfjs-layers' name scope stack (common.ts nameScope): a layer's name while it builds inside `apply`. */
  readonly scopes: string[] = [];

  /** getScopedTensorName: the current name scopes joined, then `name` (checked). */
  scoped(name: string): string {
    checkTensorName(name);
    return this.scopes.map((s) => `${s}/`).join('') + name;
  }

  /** Runs `f` inside `nameScope(name)`. */
  inScope<T>(name: string, f: () => T): T {
    this.scopes.push(name);
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }

  /** `variable.dispose()` / `tf.disposeVariables()`: the engine forgets the name (tfjs-core disposeVariable). */
  unregister(name: string): void {
    this.registered.delete(name);
  }

  uid(prefix: string): string {
    const n = (this.uids.get(prefix) ?? 0) + 1;
    this.uids.set(prefix, n);
    return prefix + String(n);
  }

  layerName(className: string): string {
    return `${toSnakeCase(className)}_${this.uid(className)}`;
  }

  uniqueTensorName(scoped: string): string {
    checkTensorName(scoped);
    const index = this.tensorNames.get(scoped) ?? 0;
    this.tensorNames.set(scoped, index + 1);
    if (index > 0) {
      const r = `${scoped}_${index}`;
      this.tensorNames.set(r, 1);
      return r;
    }
    return scoped;
  }

  /** A name no variable holds now: `base_1`, `base_2`, ... (for a rename quick fix). */
  freeName(base: string): string {
    let i = 1;
    while (this.registered.has(`${base}_${i}`)) i++;
    return `${base}_${i}`;
  }

  /** The engine's makeVariable: an unnamed variable takes the next id; a registered name throws. */
  register(name: string | null): string {
    const n = name ?? String(this.nextVariableId++);
    if (this.registered.has(n)) throw new TfjsRaise('Error', `Variable with name ${n} was already registered`);
    this.registered.add(n);
    return n;
  }
}

/** A weight a layer creates when it is built. */
export interface WeightDef {
  name: string;
  shape: Dim[];
  init: TfjsInit;
  defaulted: boolean;
  trainable: boolean;
}

export type LayerConfig = Record<string, unknown>;

/** The layers this model knows: `tf.layers.<factory>` → the class it makes (the layer table's TF.js column). */
export const LAYER_CLASSES: Readonly<Record<string, string>> = TFJS_LAYER_CLASSES;

function getInit(cfg: LayerConfig, key: string, dflt: string): { init: TfjsInit; defaulted: boolean } {
  const v = cfg[key];
  if (v === undefined || v === null) return { init: initFromString(dflt)!, defaulted: true };
  if (typeof v === 'string') return { init: initFromString(v) ?? { className: v, config: {} }, defaulted: false };
  if (typeof v === 'object' && v && 'className' in v) return { init: v as TfjsInit, defaulted: false };
  return { init: { className: '?', config: {} }, defaulted: false };
}

/** A weight's initializer in TF.js terms: the config's (camelCase key), else the row's TF.js default. */
function weightInit(cfg: LayerConfig, s: PlannedStep & { step: 'weight' }): { init: TfjsInit; defaulted: boolean } {
  // TF.js's LSTM with unitForgetBias builds its bias with its own initializer class.
  if (s.special?.kind === 'unit_forget_bias') return { init: { className: 'UnitForgetBias', config: {} }, defaulted: false };
  return s.init.key === null ? { init: initFromString(s.init.dflt!)!, defaulted: true } : getInit(cfg, camelKey(s.init.key), s.init.dflt!);
}

/**
 * Builds a layer of `className` with `config` on `input` (batch dimension first): the weights it creates (in
 * TF.js's order) and its output shape (null when unknown), as the layer table's rows say for TF.js. Unknown
 * layers create nothing and give null.
 */
export function buildLayer(className: string, cfg: LayerConfig, input: Dim[] | null): { weights: WeightDef[]; output: Dim[] | null } {
  const row = tfjsRow(className);
  if (!row) return { weights: [], output: null };
  const c = new TfjsLayerConfig(cfg);
  const weights: WeightDef[] = [];
  for (const s of planBuild(row, c, input)) {
    if (s.step !== 'weight') continue;
    weights.push({ name: s.name, shape: s.shape ?? [], ...weightInit(cfg, s), trainable: !s.frozen });
  }
  return { weights, output: planOutput(row, c, input) };
}

/**
 * Variables an optimizer creates in its constructor (tfjs-core: Adam's accBeta1/accBeta2, Adamax's iteration and
 * accBeta1), as unnamed scalars; the others create their slots only when they first minimize.
 */
export function optimizerVariables(name: string, args: unknown[]): { value: number }[] {
  const n = (i: number, d: number): number => (typeof args[i] === 'number' ? (args[i] as number) : d);
  if (name === 'adam') return [{ value: n(1, 0.9) }, { value: n(2, 0.999) }];
  if (name === 'adamax') return [{ value: 0 }, { value: n(1, 0.9) }];
  return [];
}

/** The axis -1 size a built layer expects (its row's input spec: Dense, convolutions), or undefined when it checks none. */
export function expectedLastDim(className: string, weights: { name: string; shape: Dim[] }[]): Dim | undefined {
  return expectedInputDim(tfjsRow(className), weights);
}

/** Output shape of a merge layer (Concatenate along `axis`, default -1; the others keep the first input's shape). */
export function mergeOutput(className: string, cfg: LayerConfig, inputs: (Dim[] | null)[]): Dim[] | null {
  const row = tfjsRow(className);
  return planMerge(row?.merge ? row : FIRST_INPUT, new TfjsLayerConfig(cfg), inputs);
}

/** The rule of a list-input call to a layer without a merge rule of its own. */
const FIRST_INPUT: LayerRow = { cls: '', merge: (_c, xs) => [...xs[0]!] };

export const MERGE_LAYERS: ReadonlySet<string> = TFJS_MERGE_LAYERS;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/**
 * The batch input shape a layer config declares (batchInputShape, inputShape, Dense's inputDim; Embedding always):
 * undefined when it declares none, null when it gives one that is not known statically.
 */
export function declaredInput(className: string, cfg: LayerConfig): Dim[] | null | undefined {
  const dims = (v: unknown): Dim[] | null => (Array.isArray(v) ? v.map((d) => (typeof d === 'number' ? d : null)) : null);
  if (cfg.batchInputShape != null) return dims(cfg.batchInputShape);
  if (cfg.inputShape != null) {
    // TF.js forms `[batchSize].concat(inputShape)` (topology.ts, input_layer.ts): a bare number is one dim
    const s = typeof cfg.inputShape === 'number' ? dims([cfg.inputShape]) : dims(cfg.inputShape);
    return s ? [typeof cfg.batchSize === 'number' ? cfg.batchSize : null, ...s] : null;
  }
  const row = tfjsRow(className);
  if (cfg.inputDim != null && row?.tfjs?.readsInputDim) return [typeof cfg.batchSize === 'number' ? cfg.batchSize : null, num(cfg.inputDim)];
  const implicit = row?.tfjs?.implicitInput;
  return implicit ? implicit(new TfjsLayerConfig(cfg)) : undefined;
}

export const FIRST_LAYER_NEEDS_INPUT = 'The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument.';

/** TF.js container check (LayersModel): the first layer name used more than once. */
export function duplicateNameMessage(names: string[]): string | null {
  for (const n of names) {
    const c = names.filter((x) => x === n).length;
    if (c > 1) return `The name "${n}" is used ${c} times in the model. All layer names should be unique. Layer names: ${JSON.stringify(names)}`;
  }
  return null;
}
