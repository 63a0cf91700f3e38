// TF's CPU samplers for float64, float16, bfloat16 and int64 over Philox output for elements [from, to)
// (from % 4 == 0): double uniform/normal take one block per 2 values (52-bit Uint64ToDouble, BoxMullerDouble),
// truncated double groups of 2 start 128 blocks apart; 16-bit floats round TF's float32 normals (or 10/7
// random bits) and do their x*scale+shift through float32 rounded back; int64 is lo + 64-bit draw % range.

import { fillNormal, fillTruncatedNormal, type MinMax } from './distributions';
import { log64, SC, sincos64 } from './libm64';
import { philoxBlock, type PhiloxState, skipCounter } from './philox';
import { MAX_BLOCKS, philoxBlocks } from './philoxWasm';

const fround = Math.fround;

/** The arithmetic precision of a non-float32 float sampler. */
export type Prec = 'f64' | 'f16' | 'bf16';

// ---- rounding to the 16-bit formats (round to nearest even, like Eigen's float conversions) ----

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const MAGIC = 6755399441055744; // 1.5 * 2^52: (a + q*MAGIC) - q*MAGIC rounds a to a multiple of q (ties to even)

function roundTo(x: number, mantBits: number, minExp: number, overflow: number): number {
  const a = Math.abs(x);
  if (a === 0 || a !== a) return x;
  if (a >= overflow) return x < 0 ? -Infinity : Infinity;
  F64[0] = a;
  const e = Math.max(((U32[HI_WORD]! >>> 20) & 0x7ff) - 1023, minExp);
  const m = Math.pow(2, e - mantBits) * MAGIC;
  const r = (a + m) - m;
  return x < 0 ? -r : r;
}

/** The float16 value nearest to `x` (ties to even; at or beyond 65520 it is ±Infinity). */
export function roundF16(x: number): number {
  return roundTo(x, 10, -14, 65520);
}

/** The bfloat16 value nearest to `x` (ties to even; ±Infinity beyond the largest finite bfloat16). */
export function roundBf16(x: number): number {
  return roundTo(x, 7, -126, 3.3961775292304957e38); // (2 - 2^-8) * 2^127
}

/** Rounds a double to `prec` (float64: unchanged). */
export function roundTo16(x: number, prec: Prec): number {
  return prec === 'f16' ? roundF16(x) : prec === 'bf16' ? roundBf16(x) : x;
}

/**
 * A Python float converted to a TF scalar of `prec`: graph-mode constants of float16 go through NumPy
 * (one rounding from double); eager tensors and bfloat16 round through float32 first (Eigen's converting
 * constructors). float64 keeps the double.
 */
export function toPrec(x: number, prec: Prec, viaFloat32: boolean): number {
  if (prec === 'f64') return x;
  if (prec === 'bf16' || viaFloat32) return roundTo16(fround(x), prec);
  return roundF16(x);
}

/** TF's elementwise a*b or a+b at a 16-bit type: in float32, rounded back. */
function mul16(a: number, b: number, prec: Prec): number {
  return prec === 'f16' ? roundF16(fround(a * b)) : roundBf16(fround(a * b));
}
function add16(a: number, b: number, prec: Prec): number {
  return prec === 'f16' ? roundF16(fround(a + b)) : roundBf16(fround(a + b));
}

/** `x * scale + shift` as TF's Mul then Add at `prec`. */
export function affine(x: number, scale: number, shift: number, prec: Prec): number {
  if (prec === 'f64') return x * scale + shift;
  return add16(mul16(x, scale, prec), shift, prec);
}

function checkFrom(from: number): void {
  if (from % 4 !== 0) throw new Error(`fill range must start at a group boundary (got ${from})`);
}

const TWO_POW_M52 = Math.pow(2, -52);
const TWO_POW_32 = 4294967296;

/** TF's `Uint64ToDouble`: a double in [0, 1) from 20 bits of x0 and all of x1. */
export function uint64ToDouble(x0: number, x1: number): number {
  return ((x0 & 0xfffff) * TWO_POW_32 + (x1 >>> 0)) * TWO_POW_M52;
}

const TWO_PI = 2 * Math.PI;

/** BoxMullerDouble results: BMD[0] = u2 * sin(v1), BMD[1] = u2 * cos(v1). */
export const BMD = new Float64Array(2);

/** TF's `BoxMullerDouble(x0, x1, x2, x3)` with correctly rounded log/sincos into BMD. */
export function boxMullerDouble(x0: number, x1: number, x2: number, x3: number): void {
  let u1 = uint64ToDouble(x0, x1);
  if (u1 < 1e-7) u1 = 1e-7;
  const v1 = TWO_PI * uint64ToDouble(x2, x3);
  const u2 = Math.sqrt(-2 * log64(u1));
  sincos64(v1);
  BMD[0] = SC[0]! * u2;
  BMD[1] = SC[1]! * u2;
}

function track(mm: MinMax, v: number): void {
  if (v < mm[0]) mm[0] = v;
  if (v > mm[1]) mm[1] = v;
}

// ---- float64 ----

/** Uniform doubles (TF's `UniformDistribution<double>`: element i from block i/2) mapped by x*scale+shift. */
export function fillUniformF64(st: PhiloxState, out: Float64Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const mm: MinMax = [Infinity, -Infinity];
  const identity = scale === 1 && shift === 0;
  for (let start = from; start < to; start += MAX_BLOCKS * 2) {
    const end = Math.min(to, start + MAX_BLOCKS * 2);
    const w = philoxBlocks(st.key, st.counter, start / 2, Math.ceil((end - start) / 2));
    for (let i = start; i < end; i++) {
      const q = 2 * (i - start);
      const u = uint64ToDouble(w[q]!, w[q + 1]!);
      const v = identity ? u : u * scale + shift;
      out[i - base] = v;
      track(mm, v);
    }
  }
  return mm;
}

/** Standard normal doubles (TF's `NormalDistribution<double>`: a pair per block) mapped by x*scale+shift. */
export function fillNormalF64(st: PhiloxState, out: Float64Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const mm: MinMax = [Infinity, -Infinity];
  const identity = scale === 1 && shift === 0;
  for (let start = from; start < to; start += MAX_BLOCKS * 2) {
    const end = Math.min(to, start + MAX_BLOCKS * 2);
    const w = philoxBlocks(st.key, st.counter, start / 2, Math.ceil((end - start) / 2));
    for (let i = start; i < end; i += 2) {
      const q = 2 * (i - start);
      boxMullerDouble(w[q]!, w[q + 1]!, w[q + 2]!, w[q + 3]!);
      const a = identity ? BMD[0]! : BMD[0]! * scale + shift;
      out[i - base] = a;
      track(mm, a);
      if (i + 1 < end) {
        const b = identity ? BMD[1]! : BMD[1]! * scale + shift;
        out[i + 1 - base] = b;
        track(mm, b);
      }
    }
  }
  return mm;
}

/** Blocks reserved per truncated-normal group of 2 doubles (2 * 256 samples / 4 per block). */
const SKIP_PER_GROUP_F64 = 128;

/** Normal doubles truncated to (-2, 2) (TF's `TruncatedNormalDistribution<double>`), mapped by x*scale+shift. */
export function fillTruncatedNormalF64(st: PhiloxState, out: Float64Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const mm: MinMax = [Infinity, -Infinity];
  const identity = scale === 1 && shift === 0;
  const buf = new Uint32Array(4);
  const vals = [0, 0];
  const g0 = from / 2;
  const g1 = Math.ceil(to / 2);
  for (let gs = g0; gs < g1; gs += MAX_BLOCKS) {
    const ng = Math.min(MAX_BLOCKS, g1 - gs);
    // the first block of every group; the ~9% of groups that reject a value read on in counter order
    const w = philoxBlocks(st.key, st.counter, gs * SKIP_PER_GROUP_F64, ng, SKIP_PER_GROUP_F64);
    for (let g = 0; g < ng; g++) {
      let have = 0;
      let q = 4 * g;
      let words: Uint32Array = w;
      for (let blk = 1; ; blk++) {
        boxMullerDouble(words[q]!, words[q + 1]!, words[q + 2]!, words[q + 3]!);
        if (Math.abs(BMD[0]!) < 2) vals[have++] = BMD[0]!;
        if (have < 2 && Math.abs(BMD[1]!) < 2) vals[have++] = BMD[1]!;
        if (have === 2) break;
        const c = skipCounter(st.counter, (gs + g) * SKIP_PER_GROUP_F64 + blk);
        philoxBlock(st.key[0], st.key[1], c[0], c[1], c[2], c[3], buf, 0);
        words = buf;
        q = 0;
      }
      const i0 = (gs + g) * 2;
      const n = Math.min(2, to - i0);
      for (let t = 0; t < n; t++) {
        const v = identity ? vals[t]! : vals[t]! * scale + shift;
        out[i0 + t - base] = v;
        track(mm, v);
      }
    }
  }
  return mm;
}

// ---- float16 / bfloat16 (held as float32 values) ----

/** Uniform halfs (10 random bits) or bfloat16s (7 bits), element i from word i, mapped by x*scale+shift. */
export function fillUniform16(prec: 'f16' | 'bf16', st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const mm: MinMax = [Infinity, -Infinity];
  const identity = scale === 1 && shift === 0;
  const mask = prec === 'f16' ? 0x3ff : 0x7f;
  const unit = prec === 'f16' ? 1 / 1024 : 1 / 128;
  for (let start = from; start < to; start += MAX_BLOCKS * 4) {
    const end = Math.min(to, start + MAX_BLOCKS * 4);
    const w = philoxBlocks(st.key, st.counter, start / 4, Math.ceil((end - start) / 4));
    for (let i = start; i < end; i++) {
      const u = (w[i - start]! & mask) * unit;
      const v = identity ? u : add16(mul16(u, scale, prec), shift, prec);
      out[i - base] = v;
      track(mm, v);
    }
  }
  return mm;
}

/**
 * Normal or truncated-normal halfs/bfloat16s: TF's float32 Box-Muller values (truncation tested in
 * float32), each rounded to the 16-bit type, then x*scale+shift at that type.
 */
export function fillNormal16(prec: 'f16' | 'bf16', truncated: boolean, st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const mm: MinMax = [Infinity, -Infinity];
  const identity = scale === 1 && shift === 0;
  const chunk = MAX_BLOCKS * 4;
  const scratch = new Float32Array(Math.min(chunk, to - from));
  for (let start = from; start < to; start += chunk) {
    const end = Math.min(to, start + chunk);
    (truncated ? fillTruncatedNormal : fillNormal)(st, scratch, start, end, 1, 0, start);
    for (let i = start; i < end; i++) {
      const h = roundTo16(scratch[i - start]!, prec);
      const v = identity ? h : add16(mul16(h, scale, prec), shift, prec);
      out[i - base] = v;
      track(mm, v);
    }
  }
  return mm;
}

// ---- int64 (held as float64: exact within ±2^53) ----

/**
 * Int64 uniform in [lo, hi) (TF's `UniformDistribution<int64>`: lo + (w0 | w1 << 32) % (hi - lo), element
 * i from block i/2). lo and hi are integers given as numbers (exact within ±2^53).
 */
export function fillUniformInt64(st: PhiloxState, out: Float64Array, from: number, to: number, lo: number, hi: number, base = 0): MinMax {
  checkFrom(from);
  if (!(lo < hi)) throw new Error(`random_uniform int64: need minval < maxval (got [${lo}, ${hi}))`);
  const mm: MinMax = [Infinity, -Infinity];
  const range = hi - lo;
  const small = range < 2097152; // (w1 % range) * 2^32 + w0 stays below 2^53: plain doubles are exact
  const bigLo = BigInt(lo);
  const bigRange = BigInt(hi) - bigLo;
  for (let start = from; start < to; start += MAX_BLOCKS * 2) {
    const end = Math.min(to, start + MAX_BLOCKS * 2);
    const w = philoxBlocks(st.key, st.counter, start / 2, Math.ceil((end - start) / 2));
    for (let i = start; i < end; i++) {
      const q = 2 * (i - start);
      const w0 = w[q]! >>> 0;
      const w1 = w[q + 1]! >>> 0;
      let v: number;
      if (small) v = lo + ((w1 % range) * TWO_POW_32 + w0) % range;
      else v = Number(bigLo + ((BigInt(w1) << 32n) | BigInt(w0)) % bigRange);
      out[i - base] = v;
      track(mm, v);
    }
  }
  return mm;
}

/** Fills out[from..to) of a float64/16-bit sampler plan (the dispatch `generateRange` uses for `prec`). */
export function fillPrec(op: 'uniform' | 'normal' | 'truncated', prec: Prec, st: PhiloxState, out: Float32Array | Float64Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  if (prec === 'f64') {
    if (!(out instanceof Float64Array)) throw new Error('float64 values need a Float64Array');
    const fn = op === 'uniform' ? fillUniformF64 : op === 'normal' ? fillNormalF64 : fillTruncatedNormalF64;
    return fn(st, out, from, to, scale, shift, base);
  }
  if (!(out instanceof Float32Array)) throw new Error(`${prec} values need a Float32Array`);
  if (op === 'uniform') return fillUniform16(prec, st, out, from, to, scale, shift, base);
  return fillNormal16(prec, op === 'truncated', st, out, from, to, scale, shift, base);
}
