// TensorFlow's CPU random kernels over Philox output, for a range of output elements [from, to) of
// one op's result: uniform float (4 floats per 128-bit block, block g at counter + g), Box-Muller
// normal (2 pairs per block), truncated normal (group g of 4 starts at counter + 256*g and redraws
// beyond 2), and int32 uniform (lo + bits % range). `from` must be a multiple of 4 (a group start), so
// ranges can be filled independently (e.g. by several workers). Each fill applies TF's float32
// post-processing `round(round(x * scale) + shift)` and returns the observed [min, max]. Element i
// lands in out[i - base] (base = 0: out is the whole tensor; otherwise a window, e.g. for sampling).

import { logf, sincosf, sincosOut } from './libm';
import { philoxBlock, type PhiloxState, skipCounter } from './philox';

const fround = Math.fround;
const TWO_PI = 2 * Math.PI;
const EPS = Math.fround(1e-7);
const TWO_POW_M23 = 1 / 8388608;

export type MinMax = [number, number];

function checkFrom(from: number): void {
  if (from % 4 !== 0) throw new Error(`fill range must start at a group boundary (got ${from})`);
}

/** TF's `Uint32ToFloat`: a float in [0, 1) from the low 23 bits. */
export function uint32ToFloat(x: number): number {
  return (x & 0x7fffff) * TWO_POW_M23;
}

/** Uniform [0,1) floats mapped by `x * scale + shift` (float32 ops). */
export function fillUniform(st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const [k0, k1] = st.key;
  let [c0, c1, c2, c3] = skipCounter(st.counter, from / 4);
  const blk = new Uint32Array(4);
  let mn = Infinity;
  let mx = -Infinity;
  const identity = scale === 1 && shift === 0;
  for (let i = from; i < to; i += 4) {
    philoxBlock(k0, k1, c0, c1, c2, c3, blk, 0);
    const n = Math.min(4, to - i);
    for (let j = 0; j < n; j++) {
      const u = (blk[j]! & 0x7fffff) * TWO_POW_M23;
      const v = identity ? u : fround(fround(u * scale) + shift);
      out[i + j - base] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
    c0 = (c0 + 1) >>> 0;
    if (c0 === 0) {
      c1 = (c1 + 1) >>> 0;
      if (c1 === 0) {
        c2 = (c2 + 1) >>> 0;
        if (c2 === 0) c3 = (c3 + 1) >>> 0;
      }
    }
  }
  return [mn, mx];
}

/** TF's `BoxMullerFloat` for two uint32: writes the pair into pair[0], pair[1]. */
export function boxMullerFloat(x0: number, x1: number, pair: Float32Array | number[]): void {
  let u1 = (x0 & 0x7fffff) * TWO_POW_M23;
  if (u1 < EPS) u1 = EPS;
  const v1 = fround(TWO_PI * ((x1 & 0x7fffff) * TWO_POW_M23));
  const u2 = fround(Math.sqrt(-2 * logf(u1)));
  sincosf(v1);
  pair[0] = fround(sincosOut[0]! * u2);
  pair[1] = fround(sincosOut[1]! * u2);
}

/** Standard normals (TF's `NormalDistribution`) mapped by `x * scale + shift`. */
export function fillNormal(st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const [k0, k1] = st.key;
  let [c0, c1, c2, c3] = skipCounter(st.counter, from / 4);
  const blk = new Uint32Array(4);
  const vals = new Float32Array(4);
  const pair = new Float32Array(2);
  let mn = Infinity;
  let mx = -Infinity;
  for (let i = from; i < to; i += 4) {
    philoxBlock(k0, k1, c0, c1, c2, c3, blk, 0);
    boxMullerFloat(blk[0]!, blk[1]!, pair);
    vals[0] = pair[0]!;
    vals[1] = pair[1]!;
    boxMullerFloat(blk[2]!, blk[3]!, pair);
    vals[2] = pair[0]!;
    vals[3] = pair[1]!;
    const n = Math.min(4, to - i);
    for (let j = 0; j < n; j++) {
      const v = fround(fround(vals[j]! * scale) + shift);
      out[i + j - base] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
    c0 = (c0 + 1) >>> 0;
    if (c0 === 0) {
      c1 = (c1 + 1) >>> 0;
      if (c1 === 0) {
        c2 = (c2 + 1) >>> 0;
        if (c2 === 0) c3 = (c3 + 1) >>> 0;
      }
    }
  }
  return [mn, mx];
}

/** Samples reserved per output element by TF's variable-sample kernels (kReservedSamplesPerOutput). */
export const RESERVED_SAMPLES_PER_OUTPUT = 256;

/** Standard normals truncated to (-2, 2) (TF's `TruncatedNormalDistribution`), mapped by `x*scale+shift`. */
export function fillTruncatedNormal(st: PhiloxState, out: Float32Array, from: number, to: number, scale: number, shift: number, base = 0): MinMax {
  checkFrom(from);
  const [k0, k1] = st.key;
  const blk = new Uint32Array(4);
  const pair = new Float32Array(2);
  const vals = new Float32Array(4);
  let mn = Infinity;
  let mx = -Infinity;
  // Group g (4 outputs) reads blocks from counter + g * 4 * 256 / 4.
  const skipPerGroup = (4 * RESERVED_SAMPLES_PER_OUTPUT) / 4;
  for (let i = from; i < to; i += 4) {
    let [c0, c1, c2, c3] = skipCounter(st.counter, (i / 4) * skipPerGroup);
    let have = 0;
    let used = 4; // words consumed from blk; 4 = need a new block
    const next = (): number => {
      if (used === 4) {
        philoxBlock(k0, k1, c0, c1, c2, c3, blk, 0);
        c0 = (c0 + 1) >>> 0;
        if (c0 === 0) {
          c1 = (c1 + 1) >>> 0;
          if (c1 === 0) {
            c2 = (c2 + 1) >>> 0;
            if (c2 === 0) c3 = (c3 + 1) >>> 0;
          }
        }
        used = 0;
      }
      return blk[used++]!;
    };
    while (have < 4) {
      const x0 = next();
      const x1 = next();
      boxMullerFloat(x0, x1, pair);
      for (let t = 0; t < 2 && have < 4; t++) {
        const f = pair[t]!;
        if (Math.abs(f) < 2) vals[have++] = f;
      }
    }
    const n = Math.min(4, to - i);
    for (let j = 0; j < n; j++) {
      const v = fround(fround(vals[j]! * scale) + shift);
      out[i + j - base] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
  }
  return [mn, mx];
}

/** Int32 uniform in [lo, hi) (TF's `UniformDistribution<int32>`: lo + bits % (hi - lo)). */
export function fillUniformInt(st: PhiloxState, out: Int32Array, from: number, to: number, lo: number, hi: number, base = 0): MinMax {
  checkFrom(from);
  const range = (hi - lo) >>> 0;
  if (range === 0) throw new Error(`random_uniform int: need minval < maxval (got [${lo}, ${hi}))`);
  const [k0, k1] = st.key;
  let [c0, c1, c2, c3] = skipCounter(st.counter, from / 4);
  const blk = new Uint32Array(4);
  let mn = Infinity;
  let mx = -Infinity;
  for (let i = from; i < to; i += 4) {
    philoxBlock(k0, k1, c0, c1, c2, c3, blk, 0);
    const n = Math.min(4, to - i);
    for (let j = 0; j < n; j++) {
      const v = (lo + (blk[j]! % range)) | 0;
      out[i + j - base] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
    c0 = (c0 + 1) >>> 0;
    if (c0 === 0) {
      c1 = (c1 + 1) >>> 0;
      if (c1 === 0) {
        c2 = (c2 + 1) >>> 0;
        if (c2 === 0) c3 = (c3 + 1) >>> 0;
      }
    }
  }
  return [mn, mx];
}
