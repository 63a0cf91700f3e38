// The engine's public types: what the extension, the CLI and the worker protocol exchange. Plain,
// structured-cloneable data only. Additive changes only; the extension is written against these.

import type { Distribution } from '../core/initializers';
import type { InitializerSpec } from '../core/model';
import type { TensorStats } from '../core/stats';

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

export interface EngineOptions {
  /** Tensor runtime: 'auto' tries tfjs-node, then wasm, then cpu. */
  backend?: 'auto' | 'node' | 'wasm' | 'cpu';
  /** Overrides/supplies the graph seed (TF1) or the fallback seed. */
  seed?: number | null;
  /** Largest tensor materialized in full; bigger ones get a sampled summary (default 2^27 elements). */
  maxTensorElements?: number;
  /** Refuse scopes whose full materialization would exceed this many bytes (default 4 GiB). */
  maxTotalBytes?: number;
  /** Histogram bins (default 64). */
  histogramBins?: number;
  /** Summarize tensors over maxTensorElements from a sample of TF's values (default true); false skips them with a reason. */
  allowSampling?: boolean;
}

export type { TensorStats } from '../core/stats';

export interface TensorSummary {
  name: string;
  shape: number[];
  dtype: string;
  initializer: InitializerSpec;
  count: number;
  bytes: number;
  stats: TensorStats;
  histogram: { min: number; max: number; counts: number[] };
  expected: Distribution & { mean?: number; std?: number; bounds?: [number, number] };
  checks: { ok: boolean; messages: string[] };
  exact: boolean;
  exactNote?: string;
  sampled?: boolean;
  /** The tensor runtime that held the values. */
  backend?: BackendName;
  /** Row-major block-averaged view (at most 32×32) of a fully materialized 2-D tensor, for heat maps. */
  thumbnail?: { rows: number; cols: number; values: number[] };
  /** The (seed, seed2) or stateless seed pair used, for display; `skip`: blocks TF2's cached eager kernel had consumed before this op.
   *  `tfjs`: made by TF.js itself with the program's seed (`seed`; NaN when unseeded). */
  seeds?: { kind: 'stateful' | 'stateless' | 'fallback' | 'tfjs'; seed: number; seed2: number; skip?: number };
}

export interface InitResult {
  backend: BackendName;
  summaries: TensorSummary[];
  skipped: { name: string; reason: string }[];
  warnings: string[];
}

export interface ProgressInfo {
  done: number;
  total: number;
  name: string;
}

export interface EngineHooks {
  onProgress?(p: ProgressInfo): void;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_TENSOR_ELEMENTS = 2 ** 27;
export const DEFAULT_MAX_TOTAL_BYTES = 4 * 2 ** 30;
export const DEFAULT_HISTOGRAM_BINS = 64;
