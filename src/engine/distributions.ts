// TF's CPU random kernels over Philox output for elements [from, to) of one op (from % 4 == 0):
// uniform (block g -> elements 4g..4g+3), Box-Muller normal, truncated normal (group g of 4 reads blocks
// from counter + 256g, redrawing beyond 2) and int32 uniform, each with TF's float32 x*scale+shift.
// Element i lands in out[i - base]; returns the observed [min, max]. WebAssembly kernels when available.

import { BM, boxMuller } from './libm';
import { philoxBlock, type PhiloxState, skipCounter } from './philox';
import { MAX_BLOCKS, philoxBlocks, regionPtr, wasmKernels } from './philoxWasm';

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
    const k = wasmKernels();
    if (k) {
      k.uni(regionPtr(0), n, scale, shift);
      out.set(k.floats[0]!.subarray(0, n), o);
      mn = Math.min(mn, k.minmax[0]!);
      mx = Math.max(mx, k.minmax[1]!);
      continue;
    }
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
    const k = wasmKernels();
    if (k && n % 2 === 0) {
      k.nrm(regionPtr(0), n, scale, shift, identity ? 0 : 1);
      out.set(k.floats[0]!.subarray(0, n), o);
      mn = Math.min(mn, k.minmax[0]!);
      mx = Math.max(mx, k.minmax[1]!);
      continue;
    }
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
    const k = wasmKernels();
    if (k) {
      philoxBlocks(st.key, st.counter, gs * SKIP_PER_GROUP, ng, SKIP_PER_GROUP, 0);
      philoxBlocks(st.key, st.counter, gs * SKIP_PER_GROUP + 1, ng, SKIP_PER_GROUP, 1);
      // Box-Muller over the first block of every group in WebAssembly (raw normals, no affine); the
      // second block's words stay raw for the ~17% of groups that reject one of their first 4 normals
      k.nrm(regionPtr(0), ng * 4, 1, 0, 0);
      const f1 = k.floats[0]!;
      const w2 = k.words[1]!;
      const full = Math.min(ng, Math.floor((to - gs * 4) / 4)); // groups whose 4 outputs all land
      if (k.trn) {
        // SIMD fast path in place for groups whose first 4 normals are all accepted; JS does the rest
        const nSlow = k.trn(regionPtr(0), full, scale, shift, k.slowPtr);
        const count = Math.min(ng * 4, to - gs * 4);
        out.set(f1.subarray(0, count), gs * 4 - base);
        if (full > nSlow) {
          mn = Math.min(mn, k.minmax[0]!);
          mx = Math.max(mx, k.minmax[1]!);
        }
        const slowGroups = Array.from(k.slow.subarray(0, nSlow));
        if (full < ng) slowGroups.push(full); // a trailing partial group
        for (const g of slowGroups) {
          const q = g * 4;
          const i0 = (gs + g) * 4;
          let have = 0;
          for (let t = 0; t < 4; t++) {
            const f = f1[q + t]!;
            if (Math.abs(f) < 2) vals[have++] = f;
          }
          for (let t = 0; t < 4 && have < 4; t += 2) {
            boxMuller(w2[q + t]!, w2[q + t + 1]!);
            const a = BM[0]!;
            const b = BM[1]!;
            if (Math.abs(a) < 2) vals[have++] = a;
            if (have < 4 && Math.abs(b) < 2) vals[have++] = b;
          }
          if (have < 4) groupJs(st, gs + g, vals, buf);
          const n = Math.min(4, to - i0);
          for (let j = 0; j < n; j++) {
            const v = fround(fround(vals[j]! * scale) + shift);
            out[i0 + j - base] = v;
            if (v < mn) mn = v;
            if (v > mx) mx = v;
          }
        }
        continue;
      }
      for (let g = 0; g < ng; g++) {
        const q = g * 4;
        const i0 = (gs + g) * 4;
        const a0 = f1[q]!;
        const a1 = f1[q + 1]!;
        const a2 = f1[q + 2]!;
        const a3 = f1[q + 3]!;
        if (g < full && Math.abs(a0) < 2 && Math.abs(a1) < 2 && Math.abs(a2) < 2 && Math.abs(a3) < 2) {
          // fast path (~83% of groups): the first block's 4 normals are all accepted
          const o = i0 - base;
          const v0 = fround(fround(a0 * scale) + shift);
          const v1 = fround(fround(a1 * scale) + shift);
          const v2 = fround(fround(a2 * scale) + shift);
          const v3 = fround(fround(a3 * scale) + shift);
          out[o] = v0;
          out[o + 1] = v1;
          out[o + 2] = v2;
          out[o + 3] = v3;
          const lo = Math.min(Math.min(v0, v1), Math.min(v2, v3));
          const hi = Math.max(Math.max(v0, v1), Math.max(v2, v3));
          if (lo < mn) mn = lo;
          if (hi > mx) mx = hi;
          continue;
        }
        let have = 0;
        for (let t = 0; t < 4; t++) {
          const f = f1[q + t]!;
          if (Math.abs(f) < 2) vals[have++] = f;
        }
        for (let t = 0; t < 4 && have < 4; t += 2) {
          boxMuller(w2[q + t]!, w2[q + t + 1]!);
          const a = BM[0]!;
          const b = BM[1]!;
          if (Math.abs(a) < 2) vals[have++] = a;
          if (have < 4 && Math.abs(b) < 2) vals[have++] = b;
        }
        if (have < 4) {
          // rare (~1e-5): more than 4 of 8 rejected; redo this group on the general path
          groupJs(st, gs + g, vals, buf);
        }
        const n = Math.min(4, to - i0);
        for (let j = 0; j < n; j++) {
          const v = fround(fround(vals[j]! * scale) + shift);
          out[i0 + j - base] = v;
          if (v < mn) mn = v;
          if (v > mx) mx = v;
        }
      }
      continue;
    }
    for (let g = 0; g < ng; g++) {
      groupJs(st, gs + g, vals, buf);
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

/** One truncated-normal group in JS: 4 accepted normals from the group's blocks, in TF's order. */
function groupJs(st: PhiloxState, group: number, vals: Float64Array, buf: Uint32Array): void {
  let have = 0;
  let wi = 8;
  let nextBlock = 0;
  while (have < 4) {
    if (wi === 8) {
      const c = skipCounter(st.counter, group * SKIP_PER_GROUP + nextBlock++);
      philoxBlock(st.key[0], st.key[1], c[0], c[1], c[2], c[3], buf, 0);
      const c2 = skipCounter(st.counter, group * SKIP_PER_GROUP + nextBlock++);
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
