// The in-process engine: plans a scope's variables, estimates memory before allocating, materializes
// one variable at a time in chunks (large ones split with helper threads; yields between chunks for
// cancellation and progress), summarizes it, and exports .npz/.safetensors (from the same draw when both are
// asked); a TF.js program's variables are made by TF.js itself (tfjsValues.ts).
// Used by the worker (src/engine/worker.ts), the CLI and the tests; never imports vscode.

import { dtypeSize, elementCount, type VariableInfo } from '../core/model';
import type { MinMax } from './distributions';
import { type ExportFormat, NpzWriter, SafetensorsWriter } from './export';
import {
  allocValues, bytesPerStoredElement, exactness, generateRange, InitializerError, isElementwise, type OpPlan, orthogonalSteps,
  planOp, planSeeds, type SeedPlan, type Values,
} from './initializers';
import { madeByTfjs, tfjsValues } from './tfjsValues';
import { loadRuntime, type Runtime, tfjsDtype } from './backend';
import { type FillPool, fillPool } from './pool';
import { check, expectedOf, mergePartials, type Partial, partialPass, summarize, type Summarized } from './summary';
import {
  DEFAULT_HISTOGRAM_BINS, DEFAULT_MAX_TENSOR_ELEMENTS, DEFAULT_MAX_TOTAL_BYTES, type EngineHooks, type EngineOptions, type InitResult,
  type TensorSummary,
} from './types';

import { EngineError, type EngineErrorCode } from './errors';

export { EngineError, type EngineErrorCode };

/** Elements generated between yields to the event loop. */
const CHUNK = 1 << 20;
/** Elements a sampled summary draws (spread over the tensor in windows of SAMPLE_WINDOW). */
const SAMPLE_ELEMENTS = 1 << 22;
const SAMPLE_WINDOW = 4096;

export interface Job {
  v: VariableInfo;
  shape: number[];
  n: number;
  plan: OpPlan;
  seeds: SeedPlan;
  exact: boolean;
  note?: string;
  /** Bytes of the full tensor as held here. */
  bytes: number;
  /** Set when TF.js itself made the values: the program's seed (NaN: unseeded). */
  tfjsSeed?: number;
}

export interface Estimate {
  /** Bytes of every variable materialized in full. */
  totalBytes: number;
  /** The largest single allocation this request makes. */
  peakBytes: number;
  /** Variables that will be summarized from a sample (over maxTensorElements). */
  sampled: string[];
}

export interface EngineHooksEx extends EngineHooks {
  onEstimate?(e: Estimate): void;
  /** Each variable's full values once materialized (not for sampled summaries), before its summary. */
  onValues?(j: Job, values: Values): void;
}

/** What an export wrote. */
export interface Exported { file: string; bytes: number; skipped: { name: string; reason: string }[]; notes: string[] }

function fmtBytes(b: number): string {
  const u = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  while (b >= 1024 && i < u.length - 1) {
    b /= 1024;
    i++;
  }
  return `${b.toFixed(i ? 1 : 0)} ${u[i]}`;
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

function checkAbort(signal?: AbortSignal): void {
  if (signal?.aborted) throw new EngineError('cancelled', 'cancelled');
}

/** Plans every variable; the ones that cannot be materialized go to `skipped` with TF's reason. */
export function planJobs(variables: VariableInfo[], options: EngineOptions): { jobs: Job[]; skipped: { name: string; reason: string }[] } {
  const jobs: Job[] = [];
  const skipped: { name: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const v of variables) {
    if (seen.has(v.name)) {
      skipped.push({ name: v.name, reason: 'duplicate name (TensorFlow would raise before creating it)' });
      continue;
    }
    seen.add(v.name);
    const n = elementCount(v.shape);
    if (n === null || v.shape === null) {
      skipped.push({ name: v.name, reason: 'shape not fully known statically' });
      continue;
    }
    if (dtypeSize(v.dtype) === 0) {
      skipped.push({ name: v.name, reason: `dtype ${v.dtype} cannot be materialized` });
      continue;
    }
    const shape = v.shape as number[];
    try {
      const plan = planOp(v.initializer, shape, v.dtype);
      const seeds = planSeeds(v.initializer, v.seed, v.name, options.seed);
      const ex = exactness(plan, seeds, v.dtype);
      jobs.push({ v, shape, n, plan, seeds, exact: ex.exact, note: ex.note, bytes: n * bytesPerStoredElement(v.dtype) });
    } catch (e) {
      if (e instanceof InitializerError) skipped.push({ name: v.name, reason: e.message });
      else throw e;
    }
  }
  return { jobs, skipped };
}

export function estimate(jobs: Job[], options: EngineOptions, forExport: boolean): Estimate {
  const cap = options.maxTensorElements ?? DEFAULT_MAX_TENSOR_ELEMENTS;
  let total = 0;
  let peak = 0;
  const sampled: string[] = [];
  for (const j of jobs) {
    total += j.bytes;
    const over = j.n > cap;
    if (over && !forExport) sampled.push(j.v.name);
    const held = over && !forExport ? Math.min(j.n, SAMPLE_ELEMENTS) * bytesPerStoredElement(j.v.dtype) : j.bytes;
    // orthogonal works on one float32 copy (Q) next to the output; a whole-tensor op (orthogonal, NumPy's
    // stream) whose values post steps turn into another dtype holds them at their own dtype too
    let work = j.plan.op === 'orthogonal' && !(over && !forExport) ? held + j.n * 4 : held;
    if (j.plan.post && !isElementwise(j.plan) && j.plan.post.base !== j.v.dtype) work += j.n * bytesPerStoredElement(j.plan.post.base);
    peak = Math.max(peak, work);
  }
  return { totalBytes: total, peakBytes: peak, sampled };
}

/** Tensors at least this large are filled in parallel by the helper pool (when there is one). */
export const PARALLEL_MIN_ELEMENTS = 1 << 22;

/** Materializes a job in full, in chunks; yields between chunks. Large random tensors use the pool. */
async function materializeJob(j: Job, signal?: AbortSignal): Promise<{ values: Values; range: MinMax }> {
  const pool = j.n >= PARALLEL_MIN_ELEMENTS && (j.plan.op === 'uniform' || j.plan.op === 'normal' || j.plan.op === 'truncated' || j.plan.op === 'uniform_int') && (j.v.dtype === 'float32' || j.v.dtype === 'int32') ? fillPool() : null;
  if (pool) return materializeParallel(j, pool, signal);
  // large float32/int32 tensors live in shared memory so the summary pass can be split across threads
  const shareable = j.n >= PARALLEL_MIN_ELEMENTS && (j.v.dtype === 'float32' || j.v.dtype === 'int32') && fillPool() !== null;
  const values = shareable
    ? j.v.dtype === 'int32' ? new Int32Array(new SharedArrayBuffer(j.n * 4)) : new Float32Array(new SharedArrayBuffer(j.n * 4))
    : allocValues(j.v.dtype, j.n);
  // A new typed array is already +0 everywhere: zeros are not written (untouched pages cost no page faults, as
  // NumPy's calloc'ed np.zeros), with generateRange's range for them.
  if (j.plan.op === 'fill' && !j.plan.post && Object.is(j.plan.value, 0)) return { values, range: j.n > 0 ? [0, 0] : [Infinity, -Infinity] };
  if (!isElementwise(j.plan)) {
    // QR panel by panel (TF's CPU kernel order); the event loop gets a turn between panels
    const steps = orthogonalSteps(j.plan as Extract<OpPlan, { op: 'orthogonal' }>, j.seeds.state, values);
    for (;;) {
      const r = steps.next();
      if (r.done) return { values, range: r.value };
      checkAbort(signal);
      await tick();
    }
  }
  let mn = Infinity;
  let mx = -Infinity;
  for (let from = 0; from < j.n; from += CHUNK) {
    checkAbort(signal);
    const [a, b] = generateRange(j.plan, j.seeds.state, values, from, Math.min(j.n, from + CHUNK));
    if (a < mn) mn = a;
    if (b > mx) mx = b;
    if (j.n > CHUNK) await tick();
  }
  return { values, range: [mn, mx] };
}

async function materializeParallel(j: Job, pool: FillPool, signal?: AbortSignal): Promise<{ values: Values; range: MinMax }> {
  const kind = j.v.dtype === 'int32' ? 'i32' : 'f32';
  const buffer = new SharedArrayBuffer(j.n * 4);
  const values = kind === 'f32' ? new Float32Array(buffer) : new Int32Array(buffer);
  const parts = pool.size + 1;
  const per = Math.ceil(j.n / parts / 4) * 4;
  const helpers: Promise<MinMax>[] = [];
  for (let p = 1; p < parts; p++) {
    const from = p * per;
    const to = Math.min(j.n, from + per);
    if (from < to) helpers.push(pool.run({ plan: j.plan, state: j.seeds.state, buffer, kind, from, to }));
  }
  let mn = Infinity;
  let mx = -Infinity;
  try {
    for (let from = 0; from < Math.min(per, j.n); from += CHUNK) {
      checkAbort(signal);
      const [a, b] = generateRange(j.plan, j.seeds.state, values, from, Math.min(per, j.n, from + CHUNK));
      if (a < mn) mn = a;
      if (b > mx) mx = b;
      await tick();
    }
  } finally {
    // helpers always finish their range (no partial writes outlive this call)
    const results = await Promise.allSettled(helpers);
    for (const r of results) {
      if (r.status === 'rejected') throw new EngineError('internal', `parallel fill failed: ${String(r.reason)}`);
      if (r.value[0] < mn) mn = r.value[0];
      if (r.value[1] > mx) mx = r.value[1];
    }
  }
  checkAbort(signal);
  return { values, range: [mn, mx] };
}

/** Starts the generation helpers now (they otherwise start with the first large tensor). */
export function warmPool(): void {
  fillPool()?.warm();
}

/** Draws TF's actual values at evenly spread windows of a tensor too large to hold. */
async function sampleJob(j: Job, signal?: AbortSignal): Promise<{ values: Values; range: MinMax }> {
  const windows = Math.ceil(Math.min(j.n, SAMPLE_ELEMENTS) / SAMPLE_WINDOW);
  const stride = Math.floor(j.n / windows / 4) * 4;
  const values = allocValues(j.v.dtype, windows * SAMPLE_WINDOW);
  let mn = Infinity;
  let mx = -Infinity;
  let filled = 0;
  for (let w = 0; w < windows; w++) {
    if (w % 256 === 0) {
      checkAbort(signal);
      await tick();
    }
    const from = w * stride;
    const to = Math.min(j.n, from + SAMPLE_WINDOW);
    const [a, b] = generateRange(j.plan, j.seeds.state, values, from, to, from - filled);
    filled += to - from;
    if (a < mn) mn = a;
    if (b > mx) mx = b;
  }
  return { values: values.subarray(0, filled), range: [mn, mx] };
}

/** Block-averages a rows×cols row-major matrix down to at most `max`×`max` cells (heat-map thumbnail). */
export function thumbnailOf(values: Values, rows: number, cols: number, max = 32, allFinite = false): { rows: number; cols: number; values: number[] } {
  return values instanceof Float32Array ? thumb(values, rows, cols, max, allFinite) : thumb(values, rows, cols, max, allFinite);
}

function thumb<T extends Float32Array | Float64Array | Int32Array>(values: T, rows: number, cols: number, max: number, allFinite: boolean): { rows: number; cols: number; values: number[] } {
  const r = Math.min(rows, max);
  const c = Math.min(cols, max);
  const sums = new Float64Array(r * c);
  const counts = new Float64Array(r * c);
  // columns of cell t are [start[t], start[t + 1]): cell = floor(k * c / cols)
  const start = new Int32Array(c + 1);
  for (let t = 0; t <= c; t++) start[t] = Math.ceil((t * cols) / c);
  for (let i = 0; i < rows; i++) {
    const ti = Math.floor((i * r) / rows) * c;
    const base = i * cols;
    for (let t = 0; t < c; t++) {
      const ke = base + start[t + 1]!;
      let s0 = 0;
      let s1 = 0;
      let k = base + start[t]!;
      if (allFinite) {
        for (; k + 1 < ke; k += 2) {
          s0 += values[k]!;
          s1 += values[k + 1]!;
        }
        if (k < ke) s0 += values[k]!;
        sums[ti + t] += s0 + s1;
        counts[ti + t] += ke - base - start[t]!;
      } else {
        let n = 0;
        for (; k < ke; k++) {
          const v = values[k]!;
          if (v - v !== 0) continue; // NaN or ±Inf
          s0 += v;
          n++;
        }
        sums[ti + t] += s0;
        counts[ti + t] += n;
      }
    }
  }
  return { rows: r, cols: c, values: Array.from(sums, (sm, t) => (counts[t] ? sm / counts[t]! : 0)) };
}

/** The summary pass, split across the helper threads for large shared tensors with a known finite range. */
async function summarizeValues(values: Values, bins: number, range: MinMax | null): Promise<Summarized> {
  const pool = values.length >= PARALLEL_MIN_ELEMENTS && values.buffer instanceof SharedArrayBuffer && range && Number.isFinite(range[0]) && Number.isFinite(range[1]) && (values instanceof Float32Array || values instanceof Int32Array) ? fillPool() : null;
  if (!pool || !range) return summarize(values, bins, range);
  const [mn, mx] = range;
  const n = values.length;
  const parts = pool.size + 1;
  const per = Math.ceil(n / parts / 2) * 2;
  const kind = values instanceof Float32Array ? 'f32' : 'i32';
  const buffer = values.buffer as SharedArrayBuffer;
  const helpers: Promise<Partial>[] = [];
  for (let p = 1; p < parts; p++) {
    const from = p * per;
    const to = Math.min(n, from + per);
    if (from < to) helpers.push(pool.run({ summarize: true, buffer, kind, from, to, bins, mn, mx }));
  }
  const mine = partialPass(values as Float32Array | Int32Array, 0, Math.min(per, n), bins, mn, mx);
  const merged = mergePartials([mine, ...(await Promise.all(helpers))], n, bins, mn, mx);
  return merged ?? summarize(values, bins, null);
}

/** A TF.js program's variable made by TF.js itself (tfjsValues.ts): the job takes TF.js's exactness. */
function viaTfjs(rt: Runtime, j: Job): { values: Values; range: MinMax } | null {
  if (!madeByTfjs(j.v)) return null;
  const made = tfjsValues(rt, j.v, j.shape);
  if (!made) return null;
  j.exact = made.exact;
  j.note = made.note;
  const seed = (j.v.initializer as { seed?: unknown }).seed;
  j.tfjsSeed = typeof seed === 'number' ? seed : NaN;
  let mn = Infinity;
  let mx = -Infinity;
  for (const x of made.values) {
    if (x < mn) mn = x;
    if (x > mx) mx = x;
  }
  return { values: made.values, range: [mn, mx] };
}

export function summaryOf(j: Job, values: Values, range: MinMax | null, options: EngineOptions, backend: Runtime['backend'], sampled: boolean, pre?: Summarized): TensorSummary {
  const bins = options.histogramBins ?? DEFAULT_HISTOGRAM_BINS;
  const s = pre ?? summarize(values, bins, range);
  const expected = expectedOf(j.plan);
  const checks = check(j.plan, expected, s, values.length);
  const out: TensorSummary = {
    name: j.v.name,
    shape: j.shape,
    dtype: j.v.dtype,
    initializer: j.v.initializer,
    count: j.n,
    bytes: j.n * dtypeSize(j.v.dtype),
    stats: s.stats,
    histogram: s.histogram,
    expected,
    checks,
    exact: j.exact,
    backend,
    seeds: j.tfjsSeed !== undefined ? { kind: 'tfjs', seed: j.tfjsSeed, seed2: 0 } : { kind: j.seeds.kind, seed: j.seeds.seed, seed2: j.seeds.seed2, ...(j.seeds.skip ? { skip: j.seeds.skip } : {}) },
  };
  if (j.note) out.exactNote = j.note;
  if (!sampled && j.shape.length === 2 && values.length === j.n && j.n > 0) out.thumbnail = thumbnailOf(values, j.shape[0]!, j.shape[1]!, 32, s.stats.nan === 0 && s.stats.inf === 0);
  if (sampled) {
    out.sampled = true;
    out.checks.messages.push(`sampled summary: ${values.length} of ${j.n} elements (TF's values at ${Math.ceil(values.length / SAMPLE_WINDOW)} evenly spread windows)`);
  }
  return out;
}

export class Engine {
  /** Materializes and summarizes `variables` (all of them; callers filter the scope). */
  async initialize(variables: VariableInfo[], options: EngineOptions = {}, hooks: EngineHooksEx = {}): Promise<InitResult> {
    const rt = await loadRuntime(options.backend ?? 'auto');
    const { jobs, skipped } = planJobs(variables, options);
    const est = estimate(jobs, options, false);
    hooks.onEstimate?.(est);
    const warnings = rt.notes.map((n) => `backend: ${n}`);
    const cap = options.maxTensorElements ?? DEFAULT_MAX_TENSOR_ELEMENTS;
    const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
    if (est.peakBytes > maxTotal) {
      throw new EngineError('too-large', `this scope needs ${fmtBytes(est.peakBytes)} at once, over the ${fmtBytes(maxTotal)} cap (maxTotalBytes)`);
    }
    if (est.sampled.length && options.allowSampling !== false) {
      warnings.push(`${est.sampled.length} variable(s) exceed ${cap} elements and are summarized from a ${SAMPLE_ELEMENTS}-element sample: ${est.sampled.join(', ')}`);
    }
    const summaries: TensorSummary[] = [];
    const total = jobs.length;
    for (let i = 0; i < jobs.length; i++) {
      const j = jobs[i]!;
      checkAbort(hooks.signal);
      hooks.onProgress?.({ done: i, total, name: j.v.name });
      const over = j.n > cap;
      if (over && options.allowSampling === false) {
        skipped.push({ name: j.v.name, reason: `${j.n} elements exceed the ${cap}-element cap (maxTensorElements); a sampled summary is available (allowSampling: true)` });
        continue;
      }
      if (over && !isElementwise(j.plan)) {
        skipped.push({ name: j.v.name, reason: `${j.n} elements exceed the ${cap}-element cap and ${j.plan.op === 'orthogonal' ? 'an orthogonal matrix' : 'NumPy\'s sequential stream'} cannot be sampled (raise maxTensorElements)` });
        continue;
      }
      try {
        const { values, range } = (!over ? viaTfjs(rt, j) : null) ?? (over ? await sampleJob(j, hooks.signal) : await materializeJob(j, hooks.signal));
        if (!over) hooks.onValues?.(j, values);
        const pre = await summarizeValues(values, options.histogramBins ?? DEFAULT_HISTOGRAM_BINS, range);
        summaries.push(summaryOf(j, values, range, options, rt.backend, over, pre));
      } catch (e) {
        // one variable that cannot be made never costs the others; cancellation still stops everything
        if (hooks.signal?.aborted) throw e;
        skipped.push({ name: j.v.name, reason: `could not be materialized: ${e instanceof Error ? e.message : String(e)}` });
      }
      await tick();
    }
    hooks.onProgress?.({ done: total, total, name: '' });
    return { backend: rt.backend, summaries, skipped, warnings };
  }

  /** Writes the initial values of `variables` to `outFile` (.npz or .safetensors), one array per full name. */
  async exportValues(variables: VariableInfo[], options: EngineOptions, format: ExportFormat, outFile: string, hooks: EngineHooksEx = {}): Promise<Exported> {
    const sink = await openExport(variables, options, format, outFile, hooks);
    try {
      for (let i = 0; i < sink.jobs.length; i++) {
        const j = sink.jobs[i]!;
        checkAbort(hooks.signal);
        hooks.onProgress?.({ done: i, total: sink.jobs.length, name: j.v.name });
        sink.add(j, (viaTfjs(sink.rt, j) ?? await materializeJob(j, hooks.signal)).values);
        await tick();
      }
      hooks.onProgress?.({ done: sink.jobs.length, total: sink.jobs.length, name: '' });
      return sink.close();
    } catch (e) {
      sink.abort();
      throw e;
    }
  }

  /**
   * `initialize` and then `exportValues` of the same variables, drawing each variable once: the export is
   * written from the values the summary is made of. The same results and errors as the two calls in turn (an
   * export that cannot be made from them is redone by `exportValues`, which raises its error).
   */
  async initializeAndExport(variables: VariableInfo[], options: EngineOptions, format: ExportFormat, outFile: string): Promise<{ result: InitResult; exported: Exported }> {
    let sink: ExportSink | null = null;
    try {
      // the export's own checks (too large for a file) come after initialize's, as when called in turn
      sink = await openExport(variables, options, format, outFile, {});
    } catch {
      sink = null;
    }
    const written = new Set<string>();
    let failed = false;
    const onValues = (j: Job, values: Values): void => {
      if (!sink || failed) return;
      try {
        sink.add(j, values);
        written.add(j.v.name);
      } catch {
        failed = true; // exportValues below meets the same error and raises it
      }
    };
    let result: InitResult;
    try {
      result = await this.initialize(variables, options, { onValues });
    } catch (e) {
      sink?.abort();
      throw e;
    }
    if (sink && !failed && sink.jobs.every((j) => written.has(j.v.name))) return { result, exported: sink.close() };
    sink?.abort();
    return { result, exported: await this.exportValues(variables, options, format, outFile) };
  }
}

interface ExportSink {
  jobs: Job[];
  rt: Runtime;
  add(j: Job, values: Values): void;
  close(): Exported;
  abort(): void;
}

/** Checks that `variables` can be exported (throws EngineError 'too-large' if not) and opens the writer. */
async function openExport(variables: VariableInfo[], options: EngineOptions, format: ExportFormat, outFile: string, hooks: EngineHooksEx): Promise<ExportSink> {
  const rt = await loadRuntime(options.backend ?? 'auto');
  const { jobs, skipped } = planJobs(variables, options);
  const est = estimate(jobs, options, true);
  hooks.onEstimate?.(est);
  const cap = options.maxTensorElements ?? DEFAULT_MAX_TENSOR_ELEMENTS;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const big = jobs.filter((j) => j.n > cap);
  if (big.length) {
    throw new EngineError('too-large', `cannot export: ${big.map((j) => `${j.v.name} (${j.n} elements)`).join(', ')} exceed${big.length === 1 ? 's' : ''} the ${cap}-element cap (maxTensorElements); a summary can be sampled, an export cannot`);
  }
  if (est.totalBytes > maxTotal) {
    throw new EngineError('too-large', `cannot export: the scope holds ${fmtBytes(est.totalBytes)}, over the ${fmtBytes(maxTotal)} cap (maxTotalBytes)`);
  }
  if (rt.tf.getBackend() !== rt.backend) await rt.tf.setBackend(rt.backend === 'tensorflow' ? 'tensorflow' : rt.backend);
  // the file is created by the first write (a failed initialize never touches an existing file)
  let made: NpzWriter | SafetensorsWriter | null = null;
  const writer = (): NpzWriter | SafetensorsWriter =>
    (made ??= format === 'npz' ? new NpzWriter(outFile) : new SafetensorsWriter(outFile, jobs.map((j) => ({ name: j.v.name, dtype: j.v.dtype, shape: j.shape })), { format: 'pt', producer: 'tfscope' }));
  return {
    jobs,
    rt,
    add(j: Job, values: Values): void {
      // Through a tf.Tensor where the runtime converts (bool, small ints); float32/int32 arrays are its own storage.
      const data = holdsAsIs(values, j.v.dtype) ? values : tensorRoundTrip(rt, values, j.shape, j.v.dtype);
      const w = writer();
      if (w instanceof NpzWriter) w.add(j.v.name, data, j.v.dtype, j.shape);
      else w.add(j.v.name, data);
    },
    close(): Exported {
      const w = writer();
      return { file: outFile, bytes: w.close(), skipped, notes: w.notes };
    },
    abort: () => made?.abort(),
  };
}

/** A float32 (int32) tensor made from a Float32Array (Int32Array) hands back the same numbers: no trip needed. */
function holdsAsIs(values: Values, dtype: string): boolean {
  return (dtype === 'float32' && values instanceof Float32Array) || (dtype === 'int32' && values instanceof Int32Array);
}

/**
 * Creates the tf.Tensor for `values` on the runtime and returns its data. float64 (which tfjs cannot
 * hold) and int64 stay in their own arrays; every other dtype goes through the tensor.
 */
export function tensorRoundTrip(rt: Runtime, values: Values, shape: number[], dtype: string): Values {
  if (values instanceof Float64Array || dtype === 'int64') return values;
  const t = rt.tf.tensor(values, shape, tfjsDtype(dtype));
  try {
    const d = t.dataSync();
    return d instanceof Float32Array || d instanceof Int32Array ? d : Int32Array.from(d as Uint8Array);
  } finally {
    t.dispose();
  }
}
