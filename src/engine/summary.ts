// One-pass summaries of a tensor's values (plain JS over the typed array): moments, zeros, NaN/Inf,
// a fixed-bin histogram over the known [min, max], and the distribution TensorFlow promises next to
// what was observed, with tolerances from the sample size (standard errors at 5 sigma), not guesses.

import { TRUNCATED_STD_CORRECTION, type Distribution } from '../core/initializers';
import { shiftedMoments } from '../core/stats';
import type { MinMax } from './distributions';
import type { OpPlan, Values } from './initializers';
import type { TensorStats, TensorSummary } from './types';

/** Kurtosis E[x^4]/E[x^2]^2 of each family (for the standard error of the std). */
const KURTOSIS = { normal: 3, uniform: 1.8, truncated_normal: 2.3655 };
/** How many standard errors apart observed and expected may be before a check fails. */
export const Z = 5;

export interface Summarized {
  stats: TensorStats;
  histogram: { min: number; max: number; counts: number[] };
  sumSquares: number;
}

function finiteRange(values: Values): MinMax {
  let mn = Infinity;
  let mx = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < mn && v !== -Infinity) mn = v;
    if (v > mx && v !== Infinity) mx = v;
  }
  return [mn, mx];
}

/**
 * Summarizes `values` in one pass. `range` is the finite [min, max] when the producer already knows it
 * (the generators track it); otherwise one extra min/max pass runs first. The hot loop assumes finite
 * values (two interleaved accumulators and histograms); when the sums come out non-finite (NaN/Inf in
 * the data) a careful pass recounts everything.
 */
export function summarize(values: Values, bins: number, range?: MinMax | null): Summarized {
  const [mn0, mx0] = range && Number.isFinite(range[0]) && Number.isFinite(range[1]) ? range : finiteRange(values);
  const fast = values instanceof Float32Array ? fastPass(values, bins, mn0, mx0) : values instanceof Int32Array ? fastPass(values, bins, mn0, mx0) : fastPass(values, bins, mn0, mx0);
  if (fast) return fast;
  return carefulPass(values, bins, finiteRange(values));
}

function finish(n: number, finite: number, k: number, s1: number, s2: number, zeros: number, nan: number, inf: number, mn: number, mx: number, counts: number[]): Summarized {
  if (finite === 0) {
    mn = NaN;
    mx = NaN;
  }
  const { mean, std } = shiftedMoments(finite, k, s1, s2);
  const sumSquares = finite ? s2 + 2 * k * s1 + finite * k * k : 0;
  void n;
  return { stats: { min: mn, max: mx, mean, std, zeros, nan, inf }, histogram: { min: mn, max: mx, counts }, sumSquares };
}

/** Partial moments of values[from..to) about k, with a histogram over [mn, mx] (finite data assumed). */
export interface Partial {
  s1: number;
  s2: number;
  zeros: number;
  hist: number[];
}

export function partialPass(values: Float32Array | Float64Array | Int32Array, from: number, to: number, bins: number, mn: number, mx: number): Partial {
  const hist = new Float64Array(bins * 2);
  const width = mx - mn;
  const scale = width > 0 ? bins / width : 0;
  const k = (mn + mx) / 2;
  const last = bins - 1;
  let a1 = 0;
  let a2 = 0;
  let b1 = 0;
  let b2 = 0;
  let zeros = 0;
  const n2 = to - ((to - from) % 2);
  for (let i = from; i < n2; i += 2) {
    const v = values[i]!;
    const w = values[i + 1]!;
    const d = v - k;
    const e = w - k;
    a1 += d;
    a2 += d * d;
    b1 += e;
    b2 += e * e;
    hist[Math.min(((v - mn) * scale) | 0, last)]++;
    hist[bins + Math.min(((w - mn) * scale) | 0, last)]++;
    zeros += (v === 0 ? 1 : 0) + (w === 0 ? 1 : 0);
  }
  if (n2 < to) {
    const v = values[n2]!;
    const d = v - k;
    a1 += d;
    a2 += d * d;
    hist[Math.min(((v - mn) * scale) | 0, last)]++;
    if (v === 0) zeros++;
  }
  const counts = new Array<number>(bins);
  for (let b = 0; b < bins; b++) counts[b] = hist[b]! + hist[bins + b]!;
  return { s1: a1 + b1, s2: a2 + b2, zeros, hist: counts };
}

/** Merges partial passes (same bins and [mn, mx]) into a summary, or null when the data was not finite. */
export function mergePartials(parts: Partial[], n: number, bins: number, mn: number, mx: number): Summarized | null {
  let s1 = 0;
  let s2 = 0;
  let zeros = 0;
  const counts = new Array<number>(bins).fill(0);
  for (const p of parts) {
    s1 += p.s1;
    s2 += p.s2;
    zeros += p.zeros;
    for (let b = 0; b < bins; b++) counts[b] += p.hist[b]!;
  }
  if (!Number.isFinite(s1) || !Number.isFinite(s2)) return null;
  return finish(n, n, (mn + mx) / 2, s1, s2, zeros, 0, 0, mn, mx, counts);
}

function fastPass<T extends Float32Array | Float64Array | Int32Array>(values: T, bins: number, mn: number, mx: number): Summarized | null {
  const n = values.length;
  if (n === 0 || !Number.isFinite(mn) || !Number.isFinite(mx)) return null;
  return mergePartials([partialPass(values, 0, n, bins, mn, mx)], n, bins, mn, mx);
}

function carefulPass(values: Values, bins: number, range: MinMax): Summarized {
  const [mn, mx] = range;
  const n = values.length;
  const counts = new Array<number>(bins).fill(0);
  const width = mx - mn;
  const k = Number.isFinite(mn) ? (mn + mx) / 2 : 0;
  const scale = width > 0 ? bins / width : 0;
  let s1 = 0;
  let s2 = 0;
  let zeros = 0;
  let nan = 0;
  let inf = 0;
  let finite = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === 0) zeros++;
    if (v !== v) {
      nan++;
      continue;
    }
    if (v === Infinity || v === -Infinity) {
      inf++;
      continue;
    }
    finite++;
    const d = v - k;
    s1 += d;
    s2 += d * d;
    counts[Math.min(((v - mn) * scale) | 0, bins - 1)]++;
  }
  return finish(n, finite, k, s1, s2, zeros, nan, inf, mn, mx, counts);
}

export type Expected = TensorSummary['expected'];

/** The moments and bounds TF's initializer promises at this shape (`plan` carries the resolved op). */
export function expectedOf(plan: OpPlan): Expected {
  const d: Distribution = plan.dist;
  if (plan.post) {
    // after elementwise steps: the mapped distribution (a scaled orthogonal/identity matrix keeps its shape)
    if (plan.op === 'orthogonal' && d.family === 'orthogonal') return expectedOf({ ...plan, post: undefined, gain: d.gain });
    if (plan.op === 'identity' && d.family === 'identity') return expectedOf({ ...plan, post: undefined, gain: d.gain });
    return fromDistribution(d);
  }
  switch (plan.op) {
    case 'fill':
      return { ...d, mean: plan.value, std: 0, bounds: [plan.value, plan.value] };
    case 'constant': {
      let s = 0;
      let mn = Infinity;
      let mx = -Infinity;
      for (const v of plan.values) {
        s += v;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      const mean = s / plan.values.length;
      let q = 0;
      for (const v of plan.values) q += (v - mean) ** 2;
      return { ...d, mean, std: Math.sqrt(q / plan.values.length), bounds: [mn, mx] };
    }
    case 'identity': {
      const n = plan.rows * plan.cols;
      const k = Math.min(plan.rows, plan.cols);
      const mean = (plan.gain * k) / n;
      const ex2 = (plan.gain * plan.gain * k) / n;
      return { ...d, mean, std: Math.sqrt(Math.max(0, ex2 - mean * mean)), bounds: [Math.min(0, plan.gain), Math.max(0, plan.gain)] };
    }
    case 'orthogonal': {
      const m = Math.max(plan.rows, plan.cols);
      const g = Math.abs(plan.gain);
      return { ...d, mean: 0, std: g / Math.sqrt(m), bounds: [-g, g] };
    }
    case 'uniform_int': {
      const span = plan.hi - plan.lo;
      return { ...d, mean: (plan.lo + plan.hi - 1) / 2, std: Math.sqrt((span * span - 1) / 12), bounds: [plan.lo, plan.hi - 1] };
    }
    default:
      break;
  }
  return fromDistribution(d);
}

/** The moments and bounds of a random family. */
function fromDistribution(d: Distribution): Expected {
  if (d.family === 'uniform') return { ...d, mean: (d.minval + d.maxval) / 2, std: (d.maxval - d.minval) / Math.sqrt(12), bounds: [d.minval, d.maxval] };
  if (d.family === 'normal') return { ...d, mean: d.mean, std: d.stddev };
  if (d.family === 'truncated_normal') {
    return { ...d, mean: d.mean, std: d.stddev * TRUNCATED_STD_CORRECTION, bounds: [d.mean - 2 * d.stddev, d.mean + 2 * d.stddev] };
  }
  return { ...d };
}

function fmt(x: number): string {
  return Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : String(x);
}

/**
 * Compares observed with expected. Random families: |mean - mu| <= Z*sigma/sqrt(n) and
 * |std - sigma| <= Z*sigma*sqrt((kurtosis-1)/(4n)), plus hard bounds (uniform, 2-sigma truncation)
 * with a float32 rounding slack. Deterministic ones must match exactly (up to float32 rounding).
 * Orthogonal: the sum of squares must equal gain^2 * min(rows, cols).
 */
export function check(plan: OpPlan, expected: Expected, s: Summarized, n: number): { ok: boolean; messages: string[] } {
  const msgs: string[] = [];
  const st = s.stats;
  if (st.nan) msgs.push(`${st.nan} NaN value(s)`);
  if (st.inf) msgs.push(`${st.inf} infinite value(s)`);
  const ulpSlack = (x: number): number => Math.abs(x) * 2 ** -22 + 1e-30;
  const mu = expected.mean;
  const sigma = expected.std;
  const fam = plan.dist.family;
  if (plan.op === 'fill' || plan.op === 'constant' || plan.op === 'identity') {
    if (expected.bounds) {
      const [lo, hi] = expected.bounds;
      if (st.min < lo - ulpSlack(lo) || st.max > hi + ulpSlack(hi)) msgs.push(`values span [${fmt(st.min)}, ${fmt(st.max)}], expected exactly [${fmt(lo)}, ${fmt(hi)}]`);
    }
    if (mu !== undefined && Math.abs(st.mean - mu) > ulpSlack(Math.abs(mu) + Math.abs(st.max)) * 4) msgs.push(`mean ${fmt(st.mean)} differs from ${fmt(mu)}`);
  } else if (plan.op === 'orthogonal') {
    if (plan.post && plan.dist.family !== 'orthogonal') return { ok: msgs.length === 0, messages: msgs };
    const gain = plan.post && plan.dist.family === 'orthogonal' ? plan.dist.gain : plan.gain;
    const want = gain * gain * Math.min(plan.rows, plan.cols);
    if (Math.abs(s.sumSquares - want) > 1e-4 * want) msgs.push(`sum of squares ${fmt(s.sumSquares)} should be gain^2*min(rows, cols) = ${fmt(want)} for an orthogonal matrix`);
  } else if (mu !== undefined && sigma !== undefined && n > 1) {
    const seMean = sigma / Math.sqrt(n);
    const kurt = fam === 'uniform' ? KURTOSIS.uniform : fam === 'truncated_normal' ? KURTOSIS.truncated_normal : KURTOSIS.normal;
    const seStd = sigma * Math.sqrt((kurt - 1) / (4 * n));
    const tolMean = Z * seMean + ulpSlack(Math.abs(mu) + sigma);
    const tolStd = Z * seStd + ulpSlack(sigma);
    if (Math.abs(st.mean - mu) > tolMean) msgs.push(`mean ${fmt(st.mean)} is off the expected ${fmt(mu)} by more than ${Z} standard errors (±${fmt(tolMean)} for n=${n})`);
    if (Math.abs(st.std - sigma) > tolStd) msgs.push(`std ${fmt(st.std)} is off the expected ${fmt(sigma)} by more than ${Z} standard errors (±${fmt(tolStd)} for n=${n})`);
    if (expected.bounds) {
      const [lo, hi] = expected.bounds;
      if (st.min < lo - ulpSlack(lo) || st.max > hi + ulpSlack(hi)) msgs.push(`values [${fmt(st.min)}, ${fmt(st.max)}] leave the bounds [${fmt(lo)}, ${fmt(hi)}]`);
    }
  }
  return { ok: msgs.length === 0, messages: msgs };
}
