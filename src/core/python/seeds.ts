// The random-seed state a TensorFlow/Keras program builds as it runs: TF2's eager context (the
// random.Random(global seed) that gives each unseeded random op its seed, and the kernel cache whose
// Philox counter each run of a seeded op advances), Python's global `random` that Keras 3 draws default
// seeds from (which seeds each Keras 3 constructor draws is the layer table's, src/core/layers), and
// NumPy's legacy streams (np.random.*, RandomState): their seed and what they gave out since.

import type { NumpyDraw, SeedInfo } from '../model';
import { PyRandom } from '../pyrandom';

const MAXINT32 = 2147483647;
const DEFAULT_GRAPH_SEED = 87654321;

/** A seed argument: a number, absent/None (null), or given but not known statically. */
export type SeedArg = number | null | 'unknown';

/** What the evaluator knows about how certain the current point of execution is (see Interpreter). */
export interface Certainty {
  /** Set while running code the analysis only assumes runs: where. */
  guess: string | null;
  /** Count of points after which code the analysis did not run may have drawn, and the latest one. */
  risks: number;
  lastRisk: string;
}

/** Initializer kinds that draw random numbers (Keras `RandomInitializer` subclasses, TF's random ops). */
export const RANDOM_KINDS: ReadonlySet<string> = new Set([
  'random_normal', 'truncated_normal', 'random_uniform', 'glorot_uniform', 'glorot_normal', 'he_normal', 'he_uniform',
  'lecun_normal', 'lecun_uniform', 'variance_scaling', 'orthogonal',
]);

function truncateSeed(s: number): number {
  const m = s % MAXINT32;
  return m < 0 ? m + MAXINT32 : m;
}

function isIntSeed(s: SeedArg): s is number {
  return typeof s === 'number' && Number.isSafeInteger(s);
}

export class SeedTracker {
  // TF2's eager context: tf.random.set_seed's seed and random.Random, the kernel cache
  private tfSeed: SeedArg = null;
  private tfRng: PyRandom | null = null;
  private tfWhere = '';
  private tfTaint: string | null = null;
  private tfRisks = 0;
  private readonly kernels = new Map<string, number>();
  /** Kernels whose run count the analysis lost, with why. */
  private readonly lostKernels = new Map<string, string>();
  private kernelTaint: string | null = null;
  // Python's global `random`
  private pySeeded = false;
  private py: PyRandom | null = null;
  private pyWhere = '';
  private pyTaint: string | null = null;
  private pyRisks = 0;
  /** Keras's global SeedGenerator (keras.random.* without seed=) exists since the last set_random_seed. */
  private kerasGlobalGen = false;
  // TF 2 graph mode: per graph, the count of unseeded random ops created under a graph seed
  private readonly graphCounters = new Map<number, { next: number; taint: string | null }>();
  /** NumPy's global legacy stream (np.random.*); RandomState objects have their own (`numpyStream`). */
  readonly numpyGlobal: NumpyStream = { seed: null, where: '', draws: [], taint: null, risks: 0 };

  constructor(private readonly certainty: () => Certainty) {}

  /** Why order-dependent state might differ from TF's at this point, given the stream's last reset. */
  private problem(risksAtReset: number): string | null {
    const c = this.certainty();
    if (c.guess) return `this runs in ${c.guess}`;
    if (c.risks > risksAtReset) return `${c.lastRisk} may have drawn seeds`;
    return null;
  }

  // ---------- TF2 eager ----------

  /** `tf.random.set_seed(seed)` in eager mode: a fresh random.Random(seed), and the kernel cache cleared. */
  setTfSeed(seed: SeedArg, where: string): void {
    const c = this.certainty();
    this.tfSeed = seed;
    this.tfWhere = where;
    this.tfRisks = c.risks;
    this.tfRng = isIntSeed(seed) ? new PyRandom(seed) : null;
    this.kernels.clear();
    this.lostKernels.clear();
    this.tfTaint = c.guess ? `${where} runs in ${c.guess}` : seed !== null && !isIntSeed(seed) ? `the seed given to ${where} is not known statically` : null;
    this.kernelTaint = this.tfTaint;
  }

  /** A random op the analysis does not model ran eagerly: later op seeds and kernels are unknown. */
  taintTf(reason: string): void {
    if (this.tfSeed !== null) this.tfTaint ??= reason;
    this.kernelTaint ??= reason;
  }

  /**
   * A stateful random op run eagerly (`RandomStandardNormal`, `TruncatedNormal`, `RandomUniform`,
   * `RandomUniformInt` of `dtype`, `n` elements): TF's `random_seed.get_seed` (the global seed, else
   * 87654321 with an op seed; an unseeded op under a global seed draws `randint(0, 2**31 - 1)`), and how
   * far the cached kernel for those seeds had advanced (256 Philox blocks per element and run).
   */
  eagerOp(o: { type: string; dtype: string; n: number | null; seed: SeedArg }): SeedInfo {
    const g = this.tfSeed;
    if (g !== null && !isIntSeed(g)) {
      return { graph: null, op: null, dependsOnRuntime: true, note: `the global seed (${this.tfWhere}) is not known statically; values come from our own seeded generator with the same distribution` };
    }
    if (o.seed === 'unknown') {
      this.taintTf('an earlier random op\'s seed= is not known statically');
      return { graph: g, op: null, dependsOnRuntime: true, note: 'this op\'s seed= is not known statically; values come from our own seeded generator with the same distribution' };
    }
    let op = o.seed;
    let drawn = false;
    if (g !== null && op === null) {
      const why = this.tfTaint ?? this.problem(this.tfRisks);
      if (why || !this.tfRng) {
        this.tfTaint ??= why;
        return {
          graph: g, op: null, dependsOnRuntime: true,
          note: `TF2 gives each unseeded random op the next draw of tf.random.set_seed(${g})'s generator, and ${why}, so this op's draw is not known; values come from our own seeded generator with the same distribution`,
        };
      }
      op = this.tfRng.randint(0, MAXINT32);
      drawn = true;
    }
    if (op === null) return { graph: null, op: null };
    const s1 = g !== null ? truncateSeed(g) : DEFAULT_GRAPH_SEED;
    let s2 = truncateSeed(op);
    if (s1 === 0 && s2 === 0) s2 = MAXINT32;
    const key = `${o.type}|${o.dtype}|${s1}|${s2}`;
    const info: SeedInfo = { graph: g, op, ...(drawn ? { drawn: 'eager' as const } : {}) };
    const why = this.kernelTaint ?? this.lostKernels.get(key) ?? this.problem(this.tfRisks);
    const skip = this.kernels.get(key) ?? 0;
    if (why) this.lostKernels.set(key, why);
    else if (o.n === null) this.lostKernels.set(key, 'an earlier run of it had an element count the analysis does not know');
    else this.kernels.set(key, skip + o.n * 256);
    if (why) {
      return {
        ...info, dependsOnRuntime: true,
        note: `TF2 reuses one kernel per op, dtype and seeds, each run advancing its generator, and ${why}, so where this run starts is not known; values come from our own seeded generator with the same distribution`,
      };
    }
    if (skip) info.skip = skip;
    return info;
  }

  // ---------- TF 2 graph mode ----------

  /**
   * TF 2's graph-mode `get_seed` for an unseeded random op under the graph seed `graphSeed`: the op seed
   * is the graph's count of such ops before it (`_graph_to_seed_dict`; set_random_seed does not reset it).
   */
  graphOp(graphId: number, graphSeed: number): SeedInfo {
    const c = this.graphCounter(graphId);
    // code the analysis did not run may have created random ops in this graph since the program started
    const why = c.taint ?? this.problem(0);
    if (why) {
      c.taint ??= why;
      return {
        graph: graphSeed, op: null, dependsOnRuntime: true,
        note: `TensorFlow 2 gives each unseeded random op of a graph the number of such ops before it as its op seed, and ${why}, so this op's number is not known; values come from our own generator seeded with the graph seed`,
      };
    }
    return { graph: graphSeed, op: c.next++, drawn: 'graph' };
  }

  /** A random op the analysis does not model was created in graph `graphId`: later op numbers are unknown. */
  taintGraph(graphId: number, reason: string): void {
    this.graphCounter(graphId).taint ??= reason;
  }

  private graphCounter(graphId: number): { next: number; taint: string | null } {
    let c = this.graphCounters.get(graphId);
    if (!c) {
      c = { next: 0, taint: null };
      this.graphCounters.set(graphId, c);
    }
    return c;
  }

  // ---------- Python's global random (Keras 3) ----------

  /** `random.seed(seed)` / `keras.utils.set_random_seed(seed)`; null: seeded from the OS (not reproducible). */
  seedPython(seed: SeedArg, where: string, resetsKerasGenerator: boolean): void {
    const c = this.certainty();
    this.pySeeded = seed !== null;
    this.py = isIntSeed(seed) ? new PyRandom(seed) : null;
    this.pyWhere = where;
    this.pyRisks = c.risks;
    this.pyTaint = !this.pySeeded ? null : c.guess ? `${where} runs in ${c.guess}` : !isIntSeed(seed) ? `the seed given to ${where} is not known statically` : null;
    if (resetsKerasGenerator) this.kerasGlobalGen = false;
  }

  /** Something drew from Python's global `random` in a way the analysis does not follow. */
  taintPython(reason: string): void {
    if (this.pySeeded) this.pyTaint ??= reason;
  }

  /** The next draw of Python's global `random` for `what`, or why it is not known. */
  private pyNext<T>(draw: (r: PyRandom) => T): { value: T } | { why: string | null } {
    if (!this.pySeeded) return { why: null };
    const why = this.pyTaint ?? this.problem(this.pyRisks);
    if (why || !this.py) {
      this.pyTaint ??= why ?? 'its seed is not known';
      return { why: this.pyTaint };
    }
    return { value: draw(this.py) };
  }

  /**
   * Keras 3's `make_default_seed()` (`random.randint(1, 10**9)`) for an unseeded initializer or
   * SeedGenerator (`what`): the seed, or a note saying why it is not known.
   */
  kerasSeed(what: string): { seed: number } | { note: string } {
    const r = this.pyNext((p) => p.randint(1, 1e9));
    if ('value' in r) return { seed: r.value };
    if (r.why === null) {
      return { note: `no seed= on this ${what}: Keras draws its seed from Python's \`random\`, which this program does not seed (keras.utils.set_random_seed / random.seed), so TensorFlow's values differ every run; values come from our own seeded generator with the same distribution` };
    }
    return { note: `Keras draws this ${what}'s seed from Python's \`random\` (seeded by ${this.pyWhere}), and ${r.why}, so the draw is not known; values come from our own seeded generator with the same distribution` };
  }

  /** `keras.random.*` without seed=: true when Keras's global SeedGenerator is created now (first use since set_random_seed). */
  kerasGlobalGenerator(): boolean {
    if (this.kerasGlobalGen) return false;
    this.kerasGlobalGen = true;
    return true;
  }

  /** The program's own `random.randint` / `random.random` / ...: the value when the stream is known. */
  pythonCall(fn: string, args: number[], seqLen?: number): number | undefined {
    const r = this.pyNext((p): number | undefined => {
      switch (fn) {
        case 'randint': return args.length === 2 && args.every(Number.isSafeInteger) && args[0]! <= args[1]! ? p.randint(args[0]!, args[1]!) : undefined;
        case 'random': return args.length === 0 ? p.random() : undefined;
        case 'uniform': return args.length === 2 ? args[0]! + (args[1]! - args[0]!) * p.random() : undefined;
        case 'getrandbits': return args.length === 1 && Number.isInteger(args[0]) && args[0]! >= 0 && args[0]! <= 53 ? p.getrandbits(args[0]!) : undefined;
        case 'choice': return seqLen !== undefined && seqLen > 0 ? p.randbelow(seqLen) : undefined;
        default: return undefined;
      }
    });
    if ('value' in r && r.value !== undefined) return r.value;
    // a call whose draws are not reproduced: later draws are unknown
    if ('value' in r) this.taintPython(`the program calls random.${fn}, which the analysis does not reproduce`);
    return undefined;
  }

  // ---------- NumPy's legacy MT19937 streams ----------

  /** A fresh stream: `np.random.RandomState(seed)` (null: seeded from the OS). */
  numpyStream(seed: SeedArg, where: string): NumpyStream {
    const st: NumpyStream = { seed: null, where, draws: [], taint: null, risks: 0 };
    this.seedNumpy(st, seed, where);
    return st;
  }

  /** `np.random.seed(seed)` (or a RandomState's `seed`): NumPy accepts ints in [0, 2**32 - 1]. */
  seedNumpy(st: NumpyStream, seed: SeedArg, where: string): void {
    const c = this.certainty();
    st.where = where;
    st.draws = [];
    st.risks = c.risks;
    st.seed = isIntSeed(seed) && seed >= 0 && seed <= 0xffffffff ? seed : null;
    st.taint = c.guess ? `${where} runs in ${c.guess}` : seed === null ? 'it is seeded from the OS (no np.random.seed), so its values differ every run'
      : st.seed === null ? `the seed given to ${where} is not known statically` : null;
  }

  /** Something drew from `st` in a way the analysis does not follow: its later draws are unknown. */
  taintNumpy(st: NumpyStream, reason: string): void {
    st.taint ??= reason;
  }

  /**
   * A draw of `n` values (`draw`: 53-bit doubles or legacy gauss values) from `st`: the stream's seed and
   * the draws before this one, or why they are not known. `n` null: an unknown count (later draws unknown).
   */
  numpyDraw(st: NumpyStream, draw: NumpyDraw['draw'], n: number | null): { seed: number; draws: NumpyDraw[] } | { note: string } {
    const why = st.taint ?? this.problem(st.risks);
    const before = st.draws.map((d) => ({ ...d }));
    if (n === null) st.taint ??= 'an earlier draw from it has a size the analysis does not know';
    else if (!why) {
      const last = st.draws[st.draws.length - 1];
      if (last?.draw === draw) last.n += n;
      else if (st.draws.length < 1000) st.draws.push({ draw, n });
      else st.taint = 'it gave out values in more than 1000 separate runs of draws';
    }
    if (why || st.seed === null) {
      st.taint ??= why;
      return { note: st.seed === null && !why ? 'NumPy\'s generator is not seeded' : `NumPy's generator${st.where ? ` (${st.where})` : ''}: ${why}; values come from our own generator with the same distribution` };
    }
    return { seed: st.seed, draws: before };
  }
}

/** One NumPy legacy stream as the program has used it so far. */
export interface NumpyStream {
  seed: number | null;
  where: string;
  draws: NumpyDraw[];
  taint: string | null;
  risks: number;
}

/** TF's stateful op behind a random initializer kind at a dtype (eager kernels are cached per op type). */
export function statefulOpType(kind: string, distribution: unknown, dtype: string): string {
  if (kind === 'random_normal' || kind === 'orthogonal') return 'RandomStandardNormal';
  if (kind === 'truncated_normal') return 'TruncatedNormal';
  if (kind === 'random_uniform') return /^u?int/.test(dtype) ? 'RandomUniformInt' : 'RandomUniform';
  // variance scaling and its aliases
  if (distribution === 'uniform') return 'RandomUniform';
  if (distribution === 'untruncated_normal') return 'RandomStandardNormal';
  return 'TruncatedNormal';
}
