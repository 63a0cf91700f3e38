// The differential tester's program model: layer specs (a `tf.layers.<factory>` call with literal options),
// variable specs and blocks, and their rendering as TypeScript source. Generation (layerGen.ts, programGen.ts)
// and shrinking (shrink.ts) edit these values; render() is the only place that writes program text.
// Contract: plain data; rendering is deterministic.

import type { FeatureBlock } from './featureGen';

/** Source code inserted as is (an initializer object, an expression). */
export class Code {
  constructor(readonly code: string) {}
}
export type Lit = number | string | boolean | null | Code | Lit[] | { [k: string]: Lit };

export interface LayerSpec {
  factory: string;
  opts: Record<string, Lit>;
  /** The wrapped layer of `bidirectional` / `timeDistributed` (rendered as its `layer` option). */
  inner?: LayerSpec;
  /** Rendered through a helper function `makeN(...)` that returns the layer. */
  viaHelper?: boolean;
  /** Added this many times in a `for` loop (sequential models only). */
  repeat?: number;
  /** Made into a `const` before the model is (its name counter is taken then), added later. */
  predeclared?: boolean;
}

export interface VarSpec {
  /** `tf.zeros(shape)`, `tf.randomNormal(shape, mean, std)`, ...: the factory and its arguments after the shape;
   *  `train.adam` / `train.adamax`: an optimizer made with `args` (its variables are created by the constructor). */
  factory: string;
  shape: number[];
  args: Lit[];
  trainable?: boolean;
  name?: string;
  dtype?: string;
  /** Made in a loop of this many iterations (shape grows by the index; names get the index appended). */
  loop?: number;
}

export type InputKind = 'inputShape' | 'batchInputShape' | 'inputDim' | 'inputLayer' | 'inputLayerBatch' | 'none';

export interface SequentialBlock {
  kind: 'sequential';
  style: 'add' | 'layers';
  input: InputKind;
  inputShape: number[];
  layers: LayerSpec[];
  compile?: string;
  /** The first layer's batchSize (with inputShape). */
  batchSize?: number;
  /** The name of its `tf.layers.inputLayer` (input 'inputLayer' / 'inputLayerBatch'). */
  inputLayerName?: string;
  /** The model's own name (`tf.sequential({name})`). */
  name?: string;
  /** Built by a helper function `buildModelK()` called this many times. */
  builder?: number;
}

/** A merge of two dense branches over the current tensor (`add`, `concatenate`, ...). */
export interface MergeStep {
  merge: string;
  units: number;
}
/** A layer made once and applied twice (its units equal the input's last dim). */
export interface SharedStep {
  shared: LayerSpec;
}
export type FunctionalStep = LayerSpec | MergeStep | SharedStep;

export interface FunctionalBlock {
  kind: 'functional';
  inputShape: number[];
  batchShape: boolean;
  inputName?: string;
  steps: FunctionalStep[];
  /** A second input of this many features, concatenated with a rank-1 result and fed to a dense layer of 2. */
  second?: number;
  compile?: string;
}

export interface VariablesBlock {
  kind: 'variables';
  vars: VarSpec[];
}

export type Block = SequentialBlock | FunctionalBlock | VariablesBlock | FeatureBlock;
export interface Program {
  blocks: Block[];
}

export function isMerge(s: FunctionalStep): s is MergeStep {
  return 'merge' in s;
}
export function isShared(s: FunctionalStep): s is SharedStep {
  return 'shared' in s;
}

/** A literal as TypeScript source. */
export function lit(v: Lit): string {
  if (v instanceof Code) return v.code;
  if (typeof v === 'string') return `'${v}'`;
  if (v === null || typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(lit).join(', ')}]`;
  const es = Object.entries(v);
  return es.length ? `{ ${es.map(([k, x]) => `${k}: ${lit(x)}`).join(', ')} }` : '{}';
}

/** Factories whose config argument is optional in TF.js's typings (the others get at least `{}`). */
const OPTIONAL_ARGS = new Set(['flatten', 'add', 'average', 'concatenate', 'maximum', 'minimum', 'multiply', 'batchNormalization',
  'layerNormalization', 'zeroPadding2d', 'globalAveragePooling1d', 'globalMaxPooling1d']);

/** `tf.layers.dense({ units: 4 })`, with `extra` options first (the input shape of a first layer). */
export function layerCall(s: LayerSpec, extra: Record<string, Lit> = {}): string {
  const opts: Record<string, Lit> = { ...extra, ...s.opts };
  if (s.inner) opts['layer'] = new Code(layerCall(s.inner));
  const body = Object.keys(opts).length || !OPTIONAL_ARGS.has(s.factory) ? lit(opts) : '';
  return `tf.layers.${s.factory}(${body})`;
}
