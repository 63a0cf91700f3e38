// TensorFlow's CPU random kernels over Philox output, for a range of output elements [from, to) of
// one op's result: uniform float (4 floats per 128-bit block, block g at counter + g), Box-Muller
// normal (2 pairs per block), truncated normal (group g of 4 starts at counter + 256*g and redraws
// beyond 2), and int32 uniform (lo + bits % range). `from` must be a multiple of 4 (a group start), so
// ranges can be filled independently (e.g. by several workers). Each fill applies TF's float32
// post-processing `round(round(x * scale) + shift)` and returns the observed [min, max]. Element i
// lands in out[i - base] (base = 0: out is the whole tensor; otherwise a window, e.g. for sampling).

import { BM, boxMuller } from './libm';
import { philoxBlock, type PhiloxState, skipCounter } from './philox';
import { MAX_BLOCKS, philoxBlocks } from './philoxWasm';

const fround = Math.fround;
const TWO_POW_M23 = 1 / 8388608;

export type MinMax = [number, number];

function checkFrom(from: number): void {
  if (from % 4 !== 0) throw new Error(`fill range must start at a group boundary (got ${from})`);
}

/** TF's `Uint32ToFloat`: a float in [0, 1) from the low 23 bits. */
export function uint32ToFloat(x: number): number {
  return (x & 0x7fffff) * TWO_POW_M23;
}

/** TF's `BoxMullerFloat` for two uint32: writes the pair into pair[0], pair[1]. */
export function boxMullerFloat(x0: number, x1: number, pair: Float32Array | number[]): void {
  boxMuller(x0, x1);
  pair[0] = BM[0]!;
  pair[1] = BM[1]!;
}

/** Uniform [0,1) floats mapped by `x * scale + shift` (float32 ops). */
export function fillUniform(st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  let mn = Infinity;
  let mx = -Infinity;
  const identity = scale === 1 && shift === 0;
  for (let start = from; start < to; start += MAX_BLOCKS * 4) {
    const end = Math.min(to, start + MAX_BLOCKS * 4);
    const w = philoxBlocks(st.key, st.counter, start / 4, Math.ceil((end - start) / 4));
    const o = start - base;
    const n = end - start;
    // x -> round(round(x * scale) + shift) is monotonic, so min/max come from the raw mantissas
    let lo = 0x7fffff;
    let hi = 0;
    for (let j = 0; j < n; j++) {
      const m = w[j]! & 0x7fffff;
      out[o + j] = identity ? m * TWO_POW_M23 : fround(fround(m * TWO_POW_M23 * scale) + shift);
      lo = m < lo ? m : lo;
      hi = m > hi ? m : hi;
    }
    if (n > 0) {
      const a = identity ? lo * TWO_POW_M23 : fround(fround(lo * TWO_POW_M23 * scale) + shift);
      const b = identity ? hi * TWO_POW_M23 : fround(fround(hi * TWO_POW_M23 * scale) + shift);
      mn = Math.min(mn, a, b);
      mx = Math.max(mx, a, b);
    }
  }
  return [mn, mx];
}

/** Standard normals (TF's `NormalDistribution`) mapped by `x * scale + shift`. */
export function fillNormal(st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  let mn = Infinity;
  let mx = -Infinity;
  const identity = scale === 1 && shift === 0;
  for (let start = from; start < to; start += MAX_BLOCKS * 4) {
    const end = Math.min(to, start + MAX_BLOCKS * 4);
    const w = philoxBlocks(st.key, st.counter, start / 4, Math.ceil((end - start) / 4));
    const o = start - base;
    const n = end - start;
    for (let j = 0; j < n; j += 2) {
      boxMuller(w[j]!, w[j + 1]!);
      let a = BM[0]!;
      let b = BM[1]!;
      if (!identity) {
        a = fround(fround(a * scale) + shift);
        b = fround(fround(b * scale) + shift);
      }
      out[o + j] = a;
      if (a < mn) mn = a;
      if (a > mx) mx = a;
      if (j + 1 < n) {
        out[o + j + 1] = b;
        if (b < mn) mn = b;
        if (b > mx) mx = b;
      }
    }
  }
  return [mn, mx];
}

/** Samples reserved per output element by TF's variable-sample kernels (kReservedSamplesPerOutput). */
export const RESERVED_SAMPLES_PER_OUTPUT = 256;
const SKIP_PER_GROUP = (4 * RESERVED_SAMPLES_PER_OUTPUT) / 4;
const GROUPS_PER_CALL = MAX_BLOCKS / 2;

/** Standard normals truncated to (-2, 2) (TF's `TruncatedNormalDistribution`), mapped by `x*scale+shift`. */
export function fillTruncatedNormal(st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  let mn = Infinity;
  let mx = -Infinity;
  const vals = new Float64Array(4);
  const buf = new Uint32Array(8);
  const g0 = from / 4;
  const g1 = Math.ceil(to / 4);
  for (let gs = g0; gs < g1; gs += GROUPS_PER_CALL) {
    const ng = Math.min(GROUPS_PER_CALL, g1 - gs);
    // The first two blocks of each group (4 normal pairs) almost always yield 4 accepted values;
    // TF's SingleSampleAdapter keeps reading blocks in counter order when they do not.
    const first = philoxBlocks(st.key, st.counter, gs * SKIP_PER_GROUP, ng, SKIP_PER_GROUP).slice(0, ng * 4);
    const second = philoxBlocks(st.key, st.counter, gs * SKIP_PER_GROUP + 1, ng, SKIP_PER_GROUP);
    for (let g = 0; g < ng; g++) {
      const q = g * 4;
      buf[0] = first[q]!;
      buf[1] = first[q + 1]!;
      buf[2] = first[q + 2]!;
      buf[3] = first[q + 3]!;
      buf[4] = second[q]!;
      buf[5] = second[q + 1]!;
      buf[6] = second[q + 2]!;
      buf[7] = second[q + 3]!;
      let have = 0;
      let wi = 0;
      let nextBlock = 2;
      while (have < 4) {
        if (wi === 8) {
          const c = skipCounter(st.counter, (gs + g) * SKIP_PER_GROUP + nextBlock++);
          philoxBlock(st.key[0], st.key[1], c[0], c[1], c[2], c[3], buf, 0);
          const c2 = skipCounter(st.counter, (gs + g) * SKIP_PER_GROUP + nextBlock++);
          philoxBlock(st.key[0], st.key[1], c2[0], c2[1], c2[2], c2[3], buf, 4);
          wi = 0;
        }
        boxMuller(buf[wi]!, buf[wi + 1]!);
        wi += 2;
        const a = BM[0]!;
        const b = BM[1]!;
        if (Math.abs(a) < 2) vals[have++] = a;
        if (have < 4 && Math.abs(b) < 2) vals[have++] = b;
      }
      const i0 = (gs + g) * 4;
      const n = Math.min(4, to - i0);
      for (let j = 0; j < n; j++) {
        const v = fround(fround(vals[j]! * scale) + shift);
        out[i0 + j - base] = v;
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
    }
  }
  return [mn, mx];
}

/** Int32 uniform in [lo, hi) (TF's `UniformDistribution<int32>`: lo + bits % (hi - lo)). */
export function fillUniformInt(st: PhiloxState, out: Int32Array, from: number, to: number, lo: number, hi: number, base = 0): MinMax {
  checkFrom(from);
  const range = (hi - lo) >>> 0;
  if (range === 0) throw new Error(`random_uniform int: need minval < maxval (got [${lo}, ${hi}))`);
  let mn = Infinity;
  let mx = -Infinity;
  for (let start = from; start < to; start += MAX_BLOCKS * 4) {
    const end = Math.min(to, start + MAX_BLOCKS * 4);
    const w = philoxBlocks(st.key, st.counter, start / 4, Math.ceil((end - start) / 4));
    const o = start - base;
    for (let j = 0; j < end - start; j++) {
      const v = (lo + (w[j]! % range)) | 0;
      out[o + j] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
  }
  return [mn, mx];
}
