// Philox4x32-10, the counter-based generator behind TensorFlow's random ops, and TensorFlow's seed
// plumbing: stateful ops (key = seed, counter words 2-3 = seed2) and stateless ops (key/counter mixed
// from a [seed0, seed1] pair). Pure integer arithmetic on uint32 numbers; no allocation per block.

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W32A = 0x9e3779b9;
const W32B = 0xbb67ae85;

/** High 32 bits of the 64-bit product of two uint32 values (exact in float64 arithmetic). */
function mulhi(a: number, b: number): number {
  const bh = b >>> 16;
  const bl = b & 0xffff;
  return Math.floor((a * bh + Math.floor((a * bl) / 65536)) / 65536);
}

/** A Philox generator state: 64-bit key and 128-bit counter as uint32 words (word 0 lowest). */
export interface PhiloxState {
  key: [number, number];
  counter: [number, number, number, number];
}

/**
 * Computes the 128-bit output for `state.counter + offset` into out[o..o+3] (offset: a non-negative
 * integer below 2^53). Does not modify `state`.
 */
export function philoxBlock(k0: number, k1: number, c0: number, c1: number, c2: number, c3: number, out: Uint32Array | number[], o: number): void {
  for (let round = 0; round < 10; round++) {
    const lo0 = Math.imul(M0, c0) >>> 0;
    const hi0 = mulhi(M0, c0);
    const lo1 = Math.imul(M1, c2) >>> 0;
    const hi1 = mulhi(M1, c2);
    c0 = (hi1 ^ c1 ^ k0) >>> 0;
    c1 = lo1;
    c2 = (hi0 ^ c3 ^ k1) >>> 0;
    c3 = lo0;
    k0 = (k0 + W32A) >>> 0;
    k1 = (k1 + W32B) >>> 0;
  }
  out[o] = c0;
  out[o + 1] = c1;
  out[o + 2] = c2;
  out[o + 3] = c3;
}

/** Adds `n` (0 <= n < 2^53) to a 128-bit counter, returning the new words (TensorFlow's `Skip`). */
export function skipCounter(c: readonly [number, number, number, number], n: number): [number, number, number, number] {
  const nlo = n % 4294967296;
  const nhi = Math.floor(n / 4294967296);
  let s = c[0] + nlo;
  const w0 = s >>> 0;
  let carry = s >= 4294967296 ? 1 : 0;
  s = c[1] + nhi + carry;
  const w1 = s >>> 0;
  carry = s >= 4294967296 ? 1 : 0;
  s = c[2] + carry;
  const w2 = s >>> 0;
  carry = s >= 4294967296 ? 1 : 0;
  const w3 = (c[3] + carry) >>> 0;
  return [w0, w1, w2, w3];
}

function split64(v: number): [number, number] {
  // v: a non-negative integer below 2^53 (TensorFlow truncates seeds to [0, 2^31 - 1)).
  return [v % 4294967296 >>> 0, Math.floor(v / 4294967296) >>> 0];
}

/**
 * State of a stateful op's generator: PhiloxRandom(seed, seed2), after `skip` 128-bit blocks. TF2 eager
 * mode caches one kernel per op type, dtype and seed pair; each run reserves 256 blocks per output
 * element (`GuardedPhiloxRandom::ReserveRandomOutputs(n, 256)`), so the k-th run starts that far on.
 */
export function statefulState(seed: number, seed2: number, skip = 0): PhiloxState {
  const [k0, k1] = split64(seed);
  const [s0, s1] = split64(seed2);
  const counter: [number, number, number, number] = [0, 0, s0, s1];
  return { key: [k0, k1], counter: skip > 0 ? skipCounter(counter, skip) : counter };
}

/** State of a stateless op (Philox algorithm) for the seed pair [seed0, seed1] (int64 each, as TF). */
export function statelessState(seed0: number, seed1: number): PhiloxState {
  const [a0, a1] = splitSigned64(seed0);
  const [b0, b1] = splitSigned64(seed1);
  const mix = [0, 0, 0, 0];
  philoxBlock(0x3ec8f720, 0x02461e29, a0, a1, b0, b1, mix, 0);
  return { key: [mix[0]!, mix[1]!], counter: [0, 0, mix[2]!, mix[3]!] };
}

function splitSigned64(v: number): [number, number] {
  if (v >= 0) return split64(v);
  // two's complement of a negative safe integer
  const lo = (v % 4294967296 + 4294967296) % 4294967296;
  const hi = Math.floor(v / 4294967296);
  return [lo >>> 0, hi >>> 0];
}

/** TensorFlow's `random_seed.get_seed` constants. */
export const DEFAULT_GRAPH_SEED = 87654321;
export const MAXINT32 = 2147483647;

/** `_truncate_seed`: Python's `seed % (2**31 - 1)` (non-negative result). */
export function truncateSeed(seed: number): number {
  const m = seed % MAXINT32;
  return m < 0 ? m + MAXINT32 : m;
}
