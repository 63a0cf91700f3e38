// TF's random kernels in a hand-assembled WebAssembly module (bytes built from opcodes here): `gen` =
// Philox4x32-10 blocks, `uni` = TF uniform floats, `nrm`/`nrm2` = Box-Muller with libm.ts's glibc
// arithmetic (scalar / 128-bit SIMD), `trn` = truncated-normal fast path. Bit-identical to the JS
// implementations, which remain the fallback without WebAssembly (or SIMD).

import * as L from './libm';
import { philoxBlock, skipCounter } from './philox';
import { F32, f32c, F64, f64c, get, I32, i32c, I64, i64c, section, set, simd, str, tee, uleb, V128, WA, type WasmMemory } from './wasmAsm';

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W32A = 0x9e3779b9;
const W32B = 0xbb67ae85;

/** Most blocks produced per call (each region holds 16 bytes per block). */
export const MAX_BLOCKS = 1 << 16;
const REGION = [1024, 1024 + MAX_BLOCKS * 16];
/** Slow-group list of the truncated-normal kernel (one i32 per group, at most MAX_BLOCKS / 2 groups). */
const SLOW = REGION[1]! + MAX_BLOCKS * 16;
const MINMAX = 256;

const OP = {
  i32load: [0x28, 2, 0], f32store: [0x38, 2, 0], i32add: 0x6a, i32sub: 0x6b, i32mul: 0x6c, i32and: 0x71, i32or: 0x72, i32shl: 0x74,
  i32shrs: 0x75, i32shru: 0x76, i32clz: 0x67, i32eqz: 0x45, i32geu: 0x4f, f32mul: 0x94, f32add: 0x92, f32min: 0x96, f32max: 0x97,
  f64mul: 0xa2, f64add: 0xa0, f64sub: 0xa1, f64sqrt: 0x9f, f64lt: 0x63, f64neg: 0x9a, f32demote: 0xb6, f64promote: 0xbb,
  i32truncf64s: 0xaa, f64converti32s: 0xb7, f64converti32u: 0xb8, f32converti32u: 0xb3, f32reinterpret: 0xbe, select: 0x1b,
};
const f64load = (off: number): number[] => [0x2b, 3, ...uleb(off)];
const f32store = (off: number): number[] => [0x38, 2, ...uleb(off)];
const fround = (): number[] => [OP.f32demote, OP.f64promote];

function funcGen(): number[] {
  // (k0 k1 c0 c1 c2 c3 n step out) ; i32 locals: i a0 a1 a2 a3 kk0 kk1 r ; i64: ctr chi p q
  const [K0, K1, C0, C1, C2, C3, N, STEP, OUT] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const [I, A0, A1, A2, A3, KK0, KK1, R] = [9, 10, 11, 12, 13, 14, 15, 16];
  const [CTR, CHI, P, Q] = [17, 18, 19, 20];
  const join64 = (lo: number, hi: number): number[] => [...get(lo), 0xad, ...get(hi), 0xad, ...i64c(32n), 0x86, 0x84];
  const wrapHi = (l: number): number[] => [...get(l), ...i64c(32n), 0x88, 0xa7];
  const wrapLo = (l: number): number[] => [...get(l), 0xa7];
  const store = (l: number, off: number): number[] => [...get(OUT), ...get(l), 0x36, 2, ...uleb(off)];
  const code = [
    ...join64(C0, C1), ...set(CTR), ...join64(C2, C3), ...set(CHI), ...i32c(0), ...set(I),
    0x02, 0x40, 0x03, 0x40,
    ...get(I), ...get(N), OP.i32geu, 0x0d, 1,
    ...wrapLo(CTR), ...set(A0), ...wrapHi(CTR), ...set(A1), ...wrapLo(CHI), ...set(A2), ...wrapHi(CHI), ...set(A3),
    ...get(K0), ...set(KK0), ...get(K1), ...set(KK1), ...i32c(10), ...set(R),
    0x03, 0x40,
    ...i64c(BigInt(M0)), ...get(A0), 0xad, 0x7e, ...set(P),
    ...i64c(BigInt(M1)), ...get(A2), 0xad, 0x7e, ...set(Q),
    ...wrapHi(Q), ...get(A1), 0x73, ...get(KK0), 0x73, ...set(A0),
    ...wrapLo(Q), ...set(A1),
    ...wrapHi(P), ...get(A3), 0x73, ...get(KK1), 0x73, ...set(A2),
    ...wrapLo(P), ...set(A3),
    ...get(KK0), ...i32c(W32A), OP.i32add, ...set(KK0),
    ...get(KK1), ...i32c(W32B), OP.i32add, ...set(KK1),
    ...get(R), ...i32c(1), OP.i32sub, ...tee(R), 0x0d, 0,
    0x0b,
    ...store(A0, 0), ...store(A1, 4), ...store(A2, 8), ...store(A3, 12),
    ...get(OUT), ...i32c(16), OP.i32add, ...set(OUT),
    ...get(CTR), ...get(STEP), 0xad, 0x7c, ...tee(CTR), ...get(STEP), 0xad, 0x54,
    0x04, 0x40, ...get(CHI), ...i64c(1n), 0x7c, ...set(CHI), 0x0b,
    ...get(I), ...i32c(1), OP.i32add, ...set(I),
    0x0c, 0, 0x0b, 0x0b, 0x0b,
  ];
  return [2, ...uleb(8), I32, ...uleb(4), I64, ...code];
}

function funcUni(): number[] {
  // (ptr n scale shift) ; i32 end ; f32 v mn mx
  const [PTR, N, SCALE, SHIFT, END, V, MN, MX] = [0, 1, 2, 3, 4, 5, 6, 7];
  const code = [
    ...get(PTR), ...get(N), ...i32c(4), OP.i32mul, OP.i32add, ...set(END),
    ...f32c(Infinity), ...set(MN), ...f32c(-Infinity), ...set(MX),
    0x02, 0x40, 0x03, 0x40,
    ...get(PTR), ...get(END), OP.i32geu, 0x0d, 1,
    ...get(PTR), ...get(PTR), ...OP.i32load, ...i32c(0x7fffff), OP.i32and, OP.f32converti32u, ...f32c(1 / 8388608), OP.f32mul,
    ...get(SCALE), OP.f32mul, ...get(SHIFT), OP.f32add, ...tee(V), ...OP.f32store,
    ...get(MN), ...get(V), OP.f32min, ...set(MN), ...get(MX), ...get(V), OP.f32max, ...set(MX),
    ...get(PTR), ...i32c(4), OP.i32add, ...set(PTR),
    0x0c, 0, 0x0b, 0x0b,
    ...i32c(0), ...get(MN), ...f32store(MINMAX), ...i32c(0), ...get(MX), ...f32store(MINMAX + 4),
    0x0b,
  ];
  return [2, 1, I32, 3, F32, ...code];
}

function funcNrm(): number[] {
  // (ptr n scale shift affine)
  const [PTR, N, SCALE, SHIFT, AFF] = [0, 1, 2, 3, 4];
  const [END, X0, X1, M, E, IX, TMP, I, K, NQ] = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const [LG, Z, R, Y, Y0, R2, U2, YV, XR, X, CS, X2, X3, X4, X5, X6, S, C, S1, C1, C2] = Array.from({ length: 21 }, (_, j) => 15 + j);
  const [A, B, MN, MX, T] = [36, 37, 38, 39, 40];
  const logfBody = [
    ...i32c(31), ...get(M), OP.i32clz, OP.i32sub, ...set(E),
    ...get(E), ...i32c(104), OP.i32add, ...i32c(23), OP.i32shl,
    ...get(M), ...i32c(23), ...get(E), OP.i32sub, OP.i32shl, ...i32c(0x7fffff), OP.i32and, OP.i32or, ...set(IX),
    ...get(IX), ...i32c(L.OFF), OP.i32sub, ...set(TMP),
    ...get(TMP), ...i32c(19), OP.i32shru, ...i32c(15), OP.i32and, ...i32c(4), OP.i32shl, ...set(I),
    ...get(TMP), ...i32c(23), OP.i32shrs, ...set(K),
    ...get(IX), ...get(TMP), ...i32c(0xff800000), OP.i32and, OP.i32sub, OP.f32reinterpret, OP.f64promote, ...set(Z),
    ...get(Z), ...get(I), ...f64load(0), OP.f64mul, ...f64c(1), OP.f64sub, ...set(R),
    ...get(I), ...f64load(8), ...get(K), OP.f64converti32s, ...f64c(L.LN2), OP.f64mul, OP.f64add, ...set(Y0),
    ...get(R), ...get(R), OP.f64mul, ...set(R2),
    ...f64c(L.A1), ...get(R), OP.f64mul, ...f64c(L.A2), OP.f64add, ...set(Y),
    ...f64c(L.A0), ...get(R2), OP.f64mul, ...get(Y), OP.f64add, ...set(Y),
    ...get(Y), ...get(R2), OP.f64mul, ...get(Y0), ...get(R), OP.f64add, OP.f64add, ...fround(), ...set(LG),
  ];
  const mul = (a: number, b: number): number[] => [...get(a), ...get(b), OP.f64mul];
  const sincosBody = [
    ...get(YV), ...f64c(L.HPI_INV), OP.f64mul, OP.i32truncf64s, ...i32c(0x800000), OP.i32add, ...i32c(24), OP.i32shrs, ...set(NQ),
    ...get(YV), ...get(NQ), OP.f64converti32s, ...f64c(L.HPI), OP.f64mul, OP.f64sub, ...set(XR),
    ...get(XR), OP.f64neg, ...get(XR), ...get(NQ), ...i32c(1), OP.i32add, ...i32c(2), OP.i32and, OP.select, ...set(X),
    ...f64c(-1), ...f64c(1), ...get(NQ), ...i32c(2), OP.i32and, OP.select, ...set(CS),
    ...mul(XR, XR), ...set(X2), ...mul(X2, X2), ...set(X4), ...mul(X2, X), ...set(X3),
    ...get(CS), ...f64c(L.C3a), OP.f64mul, ...get(X2), ...get(CS), ...f64c(L.C4a), OP.f64mul, OP.f64mul, OP.f64add, ...set(C2),
    ...f64c(L.S2), ...get(X2), ...f64c(L.S3), OP.f64mul, OP.f64add, ...set(S1),
    ...get(CS), ...f64c(L.C0a), OP.f64mul, ...get(X2), ...get(CS), ...f64c(L.C1a), OP.f64mul, OP.f64mul, OP.f64add, ...set(C1),
    ...mul(X3, X2), ...set(X5), ...mul(X4, X2), ...set(X6),
    ...get(X), ...get(X3), ...f64c(L.S1), OP.f64mul, OP.f64add, ...set(S),
    ...get(C1), ...get(X4), ...get(CS), ...f64c(L.C2a), OP.f64mul, OP.f64mul, OP.f64add, ...set(C),
    ...get(S), ...get(X5), ...get(S1), OP.f64mul, OP.f64add, ...fround(), ...get(U2), OP.f64mul, OP.f32demote, ...set(A),
    ...get(C), ...get(X6), ...get(C2), OP.f64mul, OP.f64add, ...fround(), ...get(U2), OP.f64mul, OP.f32demote, ...set(B),
    // odd quadrant: swap
    ...get(B), ...get(A), ...get(NQ), ...i32c(1), OP.i32and, OP.select, ...set(T),
    ...get(A), ...get(B), ...get(NQ), ...i32c(1), OP.i32and, OP.select, ...set(B),
    ...get(T), ...set(A),
  ];
  const emit = (v: number): number[] => [
    ...get(AFF), 0x04, 0x40, ...get(v), ...get(SCALE), OP.f32mul, ...get(SHIFT), OP.f32add, ...set(v), 0x0b,
    ...get(MN), ...get(v), OP.f32min, ...set(MN), ...get(MX), ...get(v), OP.f32max, ...set(MX),
  ];
  const code = [
    ...get(PTR), ...get(N), ...i32c(4), OP.i32mul, OP.i32add, ...set(END),
    ...f32c(Infinity), ...set(MN), ...f32c(-Infinity), ...set(MX),
    0x02, 0x40, 0x03, 0x40,
    ...get(PTR), ...get(END), OP.i32geu, 0x0d, 1,
    ...get(PTR), ...OP.i32load, ...set(X0), ...get(PTR), 0x28, 2, 4, ...set(X1),
    ...get(X0), ...i32c(0x7fffff), OP.i32and, ...tee(M), OP.i32eqz,
    0x04, 0x40, ...f64c(L.LOG_EPS), ...set(LG), 0x05, ...logfBody, 0x0b,
    ...f64c(-2), ...get(LG), OP.f64mul, OP.f64sqrt, ...fround(), ...set(U2),
    ...f64c(2 * Math.PI), ...get(X1), ...i32c(0x7fffff), OP.i32and, OP.f64converti32u, ...f64c(1 / 8388608), OP.f64mul, OP.f64mul, ...fround(), ...set(YV),
    ...get(YV), ...f64c(L.TINY_LIMIT), OP.f64lt,
    0x04, 0x40,
    ...get(YV), ...get(U2), OP.f64mul, OP.f32demote, ...set(A), ...get(U2), OP.f32demote, ...set(B),
    0x05, ...sincosBody, 0x0b,
    ...emit(A), ...emit(B),
    ...get(PTR), ...get(A), ...f32store(0), ...get(PTR), ...get(B), ...f32store(4),
    ...get(PTR), ...i32c(8), OP.i32add, ...set(PTR),
    0x0c, 0, 0x0b, 0x0b,
    ...i32c(0), ...get(MN), ...f32store(MINMAX), ...i32c(0), ...get(MX), ...f32store(MINMAX + 4),
    0x0b,
  ];
  return [3, ...uleb(10), I32, ...uleb(21), F64, ...uleb(5), F32, ...code];
}

// ---- SIMD (128-bit) Box-Muller: two pairs per iteration in f64x2 lanes ----
const S = {
  load: (off: number) => simd(0x00, 4, ...uleb(off)), store: (off: number) => simd(0x0b, 4, ...uleb(off)),
  shuffle: (lanes: number[]) => simd(0x0d, ...lanes), i32splat: simd(0x11), f32splat: simd(0x13), f64splat: simd(0x14),
  i32extract: (l: number) => simd(0x1b, l), f64replace: (l: number) => simd(0x22, l), f32extract: (l: number) => simd(0x1f, l),
  i32eq: simd(0x37), i32ne: simd(0x38), f64lt: simd(0x49), and: simd(0x4e), bitselect: simd(0x52),
  demote: simd(0x5e), promote: simd(0x5f), i32shl: simd(0xab), i32shrs: simd(0xac), i32shru: simd(0xad), i32add: simd(0xae),
  i32sub: simd(0xb1), ext64: simd(0xc7), f32add: simd(0xe4), f32mul: simd(0xe6), f32min: simd(0xe8), f32max: simd(0xe9),
  f64neg: simd(0xed), f64sqrt: simd(0xef), f64add: simd(0xf0), f64sub: simd(0xf1), f64mul: simd(0xf2),
  f32fromu: simd(0xfb), truncsat: simd(0xfc), f64froms: simd(0xfe), f64fromu: simd(0xff),
};
const i32s = (v: number): number[] => [...i32c(v), ...S.i32splat];
const f64s = (v: number): number[] => [...f64c(v), ...S.f64splat];
const f32s = (v: number): number[] => [...f32c(v), ...S.f32splat];

function funcNrm2(): number[] {
  // (ptr n scale shift affine) ; i32 end ; v128 locals
  const [PTR, N, SCALE, SHIFT, AFF, END] = [0, 1, 2, 3, 4, 5];
  let next = 6;
  const v = (): number => next++;
  const [W, X0, X1, M, IX, TMP, I, K, Z, INVC, LOGC, R, R2, Y, Y0, LG, U2, YV, NQ, XR, X, CS, X2, X3, X4, X5, X6, SS, CC, S1, C1, C2, A, B, T, MN, MX, SC, SH, MASK] =
    Array.from({ length: 40 }, v);
  const fr = (): number[] => [...S.demote, ...S.promote]; // f64x2 -> float32 -> f64x2
  const mask64 = (): number[] => [...S.ext64]; // i32x4 lane mask (lanes 0, 1) -> i64x2 mask
  const lookup = (dst: number, off: number): number[] => [
    ...f64s(0),
    ...i32c(0), ...get(I), ...S.i32extract(0), OP.i32add, ...f64load(off), ...S.f64replace(0),
    ...get(I), ...S.i32extract(1), ...f64load(off), ...S.f64replace(1),
    ...set(dst),
  ];
  // lookup: the f64x2 value sits under the i32 address; replace_lane takes (v128, f64)
  const lookupFixed = (dst: number, off: number): number[] => [
    ...f64s(0),
    ...get(I), ...S.i32extract(0), ...f64load(off), ...S.f64replace(0),
    ...get(I), ...S.i32extract(1), ...f64load(off), ...S.f64replace(1),
    ...set(dst),
  ];
  void lookup;
  const mulc = (a: number, c: number): number[] => [...get(a), ...f64s(c), ...S.f64mul];
  const code = [
    ...get(PTR), ...get(N), ...i32c(4), OP.i32mul, OP.i32add, ...set(END),
    ...f32s(Infinity), ...set(MN), ...f32s(-Infinity), ...set(MX),
    ...get(SCALE), ...S.f32splat, ...set(SC), ...get(SHIFT), ...S.f32splat, ...set(SH),
    0x02, 0x40, 0x03, 0x40,
    ...get(PTR), ...get(END), OP.i32geu, 0x0d, 1,
    ...get(PTR), ...S.load(0), ...set(W),
    ...get(W), ...get(W), ...S.shuffle([0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 8, 9, 10, 11]), ...set(X0),
    ...get(W), ...get(W), ...S.shuffle([4, 5, 6, 7, 12, 13, 14, 15, 4, 5, 6, 7, 12, 13, 14, 15]), ...set(X1),
    // logf(u1), u1 = m * 2^-23 (its float bits are ix)
    ...get(X0), ...i32s(0x7fffff), ...S.and, ...set(M),
    ...get(M), ...S.f32fromu, ...f32s(1 / 8388608), ...S.f32mul, ...set(IX),
    ...get(IX), ...i32s(L.OFF), ...S.i32sub, ...set(TMP),
    ...get(TMP), ...i32c(19), ...S.i32shru, ...i32s(15), ...S.and, ...i32c(4), ...S.i32shl, ...set(I),
    ...get(TMP), ...i32c(23), ...S.i32shrs, ...set(K),
    ...get(IX), ...get(TMP), ...i32s(0xff800000), ...S.and, ...S.i32sub, ...S.promote, ...set(Z),
    ...lookupFixed(INVC, 0), ...lookupFixed(LOGC, 8),
    ...get(Z), ...get(INVC), ...S.f64mul, ...f64s(1), ...S.f64sub, ...set(R),
    ...get(LOGC), ...get(K), ...S.f64froms, ...f64s(L.LN2), ...S.f64mul, ...S.f64add, ...set(Y0),
    ...get(R), ...get(R), ...S.f64mul, ...set(R2),
    ...f64s(L.A1), ...get(R), ...S.f64mul, ...f64s(L.A2), ...S.f64add, ...set(Y),
    ...f64s(L.A0), ...get(R2), ...S.f64mul, ...get(Y), ...S.f64add, ...set(Y),
    ...get(Y), ...get(R2), ...S.f64mul, ...get(Y0), ...get(R), ...S.f64add, ...S.f64add, ...fr(), ...set(LG),
    // m == 0: u1 clamped to 1e-7
    ...f64s(L.LOG_EPS), ...get(LG), ...get(M), ...i32s(0), ...S.i32eq, ...mask64(), ...S.bitselect, ...set(LG),
    ...f64s(-2), ...get(LG), ...S.f64mul, ...S.f64sqrt, ...fr(), ...set(U2),
    ...f64s(2 * Math.PI), ...get(X1), ...i32s(0x7fffff), ...S.and, ...S.f64fromu, ...f64s(1 / 8388608), ...S.f64mul, ...S.f64mul, ...fr(), ...set(YV),
    // sincosf(yv): quadrant reduction (n = 0 and x = yv exactly below 0.75)
    ...get(YV), ...f64s(L.HPI_INV), ...S.f64mul, ...S.truncsat, ...i32s(0x800000), ...S.i32add, ...i32c(24), ...S.i32shrs, ...set(NQ),
    ...get(YV), ...get(NQ), ...S.f64froms, ...f64s(L.HPI), ...S.f64mul, ...S.f64sub, ...set(XR),
    ...get(XR), ...S.f64neg, ...get(XR), ...get(NQ), ...i32s(1), ...S.i32add, ...i32s(2), ...S.and, ...i32s(0), ...S.i32ne, ...mask64(), ...S.bitselect, ...set(X),
    ...f64s(-1), ...f64s(1), ...get(NQ), ...i32s(2), ...S.and, ...i32s(0), ...S.i32ne, ...mask64(), ...S.bitselect, ...set(CS),
    ...get(XR), ...get(XR), ...S.f64mul, ...set(X2), ...get(X2), ...get(X2), ...S.f64mul, ...set(X4), ...get(X2), ...get(X), ...S.f64mul, ...set(X3),
    ...mulc(CS, L.C3a), ...get(X2), ...mulc(CS, L.C4a), ...S.f64mul, ...S.f64add, ...set(C2),
    ...f64s(L.S2), ...mulc(X2, L.S3), ...S.f64add, ...set(S1),
    ...mulc(CS, L.C0a), ...get(X2), ...mulc(CS, L.C1a), ...S.f64mul, ...S.f64add, ...set(C1),
    ...get(X3), ...get(X2), ...S.f64mul, ...set(X5), ...get(X4), ...get(X2), ...S.f64mul, ...set(X6),
    ...get(X), ...mulc(X3, L.S1), ...S.f64add, ...set(SS),
    ...get(C1), ...get(X4), ...mulc(CS, L.C2a), ...S.f64mul, ...S.f64add, ...set(CC),
    ...get(SS), ...get(X5), ...get(S1), ...S.f64mul, ...S.f64add, ...fr(), ...get(U2), ...S.f64mul, ...fr(), ...set(A),
    ...get(CC), ...get(X6), ...get(C2), ...S.f64mul, ...S.f64add, ...fr(), ...get(U2), ...S.f64mul, ...fr(), ...set(B),
    // odd quadrant: swap
    ...get(NQ), ...i32s(1), ...S.and, ...i32s(0), ...S.i32ne, ...mask64(), ...set(MASK),
    ...get(B), ...get(A), ...get(MASK), ...S.bitselect, ...set(T),
    ...get(A), ...get(B), ...get(MASK), ...S.bitselect, ...set(B), ...get(T), ...set(A),
    // tiny angles: sin = y, cos = 1
    ...get(YV), ...f64s(L.TINY_LIMIT), ...S.f64lt, ...set(MASK),
    ...get(YV), ...get(U2), ...S.f64mul, ...fr(), ...get(A), ...get(MASK), ...S.bitselect, ...set(A),
    ...get(U2), ...get(B), ...get(MASK), ...S.bitselect, ...set(B),
    // interleave to float32 [a0, b0, a1, b1]
    ...get(A), ...S.demote, ...get(B), ...S.demote, ...S.shuffle([0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23]), ...set(T),
    ...get(AFF), 0x04, 0x40, ...get(T), ...get(SC), ...S.f32mul, ...get(SH), ...S.f32add, ...set(T), 0x0b,
    ...get(MN), ...get(T), ...S.f32min, ...set(MN), ...get(MX), ...get(T), ...S.f32max, ...set(MX),
    ...get(PTR), ...get(T), ...S.store(0),
    ...get(PTR), ...i32c(16), OP.i32add, ...set(PTR),
    0x0c, 0, 0x0b, 0x0b,
    // lane-reduce min/max into the result slots
    ...i32c(0), ...get(MN), ...S.f32extract(0), ...get(MN), ...S.f32extract(1), OP.f32min, ...get(MN), ...S.f32extract(2), OP.f32min, ...get(MN), ...S.f32extract(3), OP.f32min, ...f32store(MINMAX),
    ...i32c(0), ...get(MX), ...S.f32extract(0), ...get(MX), ...S.f32extract(1), OP.f32max, ...get(MX), ...S.f32extract(2), OP.f32max, ...get(MX), ...S.f32extract(3), OP.f32max, ...f32store(MINMAX + 4),
    0x0b,
  ];
  return [2, 1, I32, ...uleb(next - 6), V128, ...code];
}

function funcTrn(): number[] {
  // (ptr ng scale shift slow) -> count. Groups of 4 raw normals at ptr: when all |x| < 2 (TF accepts them
  // all), apply x*scale+shift in place; otherwise append the group index to the slow list for JS.
  const [PTR, NG, SCALE, SHIFT, SLOWP, END, CNT, G] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [V, MN, MX, SC, SH, TWO] = [8, 9, 10, 11, 12, 13];
  const code = [
    ...get(PTR), ...get(NG), ...i32c(16), OP.i32mul, OP.i32add, ...set(END),
    ...f32s(Infinity), ...set(MN), ...f32s(-Infinity), ...set(MX),
    ...get(SCALE), ...S.f32splat, ...set(SC), ...get(SHIFT), ...S.f32splat, ...set(SH), ...f32s(2), ...set(TWO),
    0x02, 0x40, 0x03, 0x40,
    ...get(PTR), ...get(END), OP.i32geu, 0x0d, 1,
    ...get(PTR), ...S.load(0), ...set(V),
    ...get(V), ...simd(0xe0), ...get(TWO), ...simd(0x43), ...simd(0xa3),
    0x04, 0x40,
    ...get(PTR), ...get(V), ...get(SC), ...S.f32mul, ...get(SH), ...S.f32add, ...tee(V), ...S.store(0),
    ...get(MN), ...get(V), ...S.f32min, ...set(MN), ...get(MX), ...get(V), ...S.f32max, ...set(MX),
    0x05,
    ...get(SLOWP), ...get(CNT), ...i32c(4), OP.i32mul, OP.i32add, ...get(G), 0x36, 2, 0,
    ...get(CNT), ...i32c(1), OP.i32add, ...set(CNT),
    0x0b,
    ...get(PTR), ...i32c(16), OP.i32add, ...set(PTR),
    ...get(G), ...i32c(1), OP.i32add, ...set(G),
    0x0c, 0, 0x0b, 0x0b,
    ...i32c(0), ...get(MN), ...S.f32extract(0), ...get(MN), ...S.f32extract(1), OP.f32min, ...get(MN), ...S.f32extract(2), OP.f32min, ...get(MN), ...S.f32extract(3), OP.f32min, ...f32store(MINMAX),
    ...i32c(0), ...get(MX), ...S.f32extract(0), ...get(MX), ...S.f32extract(1), OP.f32max, ...get(MX), ...S.f32extract(2), OP.f32max, ...get(MX), ...S.f32extract(3), OP.f32max, ...f32store(MINMAX + 4),
    ...get(CNT),
    0x0b,
  ];
  return [2, 3, I32, 6, V128, ...code];
}

/** The module's bytes: functions gen, uni, nrm (and nrm2 with SIMD); memory `mem` (logf table at 0, min/max at 256, two regions). */
export function buildKernelModule(withSimd = true): Uint8Array {
  const bodies = [funcGen(), funcUni(), funcNrm(), ...(withSimd ? [funcNrm2(), funcTrn()] : [])];
  const pages = Math.ceil((SLOW + MAX_BLOCKS * 2) / 65536) + 1;
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [4,
      0x60, 9, ...new Array<number>(9).fill(I32), 0,
      0x60, 4, I32, I32, F32, F32, 0,
      0x60, 5, I32, I32, F32, F32, I32, 0,
      0x60, 5, I32, I32, F32, F32, I32, 1, I32]),
    ...section(3, withSimd ? [5, 0, 1, 2, 2, 3] : [3, 0, 1, 2]),
    ...section(5, [1, 0, ...uleb(pages)]),
    ...section(7, [withSimd ? 6 : 4, ...str('gen'), 0, 0, ...str('uni'), 0, 1, ...str('nrm'), 0, 2, ...(withSimd ? [...str('nrm2'), 0, 3, ...str('trn'), 0, 4] : []), ...str('mem'), 2, 0]),
    ...section(10, [bodies.length, ...bodies.flatMap((b) => [...uleb(b.length), ...b])]),
  ];
  return new Uint8Array(bytes);
}
/** @deprecated name kept for tests: the kernel module (Philox + distributions). */
export const buildPhiloxModule = buildKernelModule;


type GenFn = (k0: number, k1: number, c0: number, c1: number, c2: number, c3: number, n: number, step: number, out: number) => void;
interface Kernels {
  gen: GenFn;
  uni(ptr: number, n: number, scale: number, shift: number): void;
  nrm(ptr: number, n: number, scale: number, shift: number, affine: number): void;
  words: Uint32Array[];
  floats: Float32Array[];
  minmax: Float32Array;
  /** Whether Box-Muller runs in 128-bit SIMD (two pairs per step). */
  simd: boolean;
  /** Truncated-normal fast path (SIMD only): returns how many groups were left for JS, listed in `slow`. */
  trn: ((ptr: number, ng: number, scale: number, shift: number, slow: number) => number) | null;
  slow: Int32Array;
  slowPtr: number;
}

/** n words: the SIMD kernel for multiples of 4, the scalar one for a trailing pair; min/max merged. */
function nrmSimd(scalar: Kernels['nrm'], vector: Kernels['nrm']): Kernels['nrm'] {
  return (ptr, n, scale, shift, affine) => {
    const n4 = n - (n % 4);
    if (n4 === n) return vector(ptr, n, scale, shift, affine);
    const k = kernels!;
    let mn = Infinity;
    let mx = -Infinity;
    if (n4 > 0) {
      vector(ptr, n4, scale, shift, affine);
      mn = k.minmax[0]!;
      mx = k.minmax[1]!;
    }
    scalar(ptr + n4 * 4, n - n4, scale, shift, affine);
    k.minmax[0] = Math.min(mn, k.minmax[0]!);
    k.minmax[1] = Math.max(mx, k.minmax[1]!);
  };
}
let kernels: Kernels | null | undefined;

/** The instantiated kernels, or null without WebAssembly (or when ENGINE_NO_WASM is set). */
export function wasmKernels(): Kernels | null {
  if (kernels === undefined) {
    try {
      if (!WA || process.env.TFSCOPE_ENGINE_NO_WASM) throw new Error('no WebAssembly');
      let mod: object;
      try {
        if (process.env.TFSCOPE_ENGINE_NO_SIMD) throw new Error('SIMD disabled');
        mod = new WA.Module(buildKernelModule(true));
      } catch {
        mod = new WA.Module(buildKernelModule(false));
      }
      const inst = new WA.Instance(mod);
      const buf = (inst.exports.mem as WasmMemory).buffer;
      const table = new Float64Array(buf, 0, 32);
      for (let i = 0; i < 16; i++) {
        table[2 * i] = L.LOGF_INVC[i]!;
        table[2 * i + 1] = L.LOGF_LOGC[i]!;
      }
      kernels = {
        gen: inst.exports.gen as GenFn,
        uni: inst.exports.uni as Kernels['uni'],
        nrm: (inst.exports.nrm2 ? nrmSimd(inst.exports.nrm as Kernels['nrm'], inst.exports.nrm2 as Kernels['nrm']) : inst.exports.nrm) as Kernels['nrm'],
        simd: Boolean(inst.exports.nrm2),
        trn: (inst.exports.trn as Kernels['trn']) ?? null,
        slow: new Int32Array(buf, SLOW, MAX_BLOCKS / 2),
        slowPtr: SLOW,
        words: REGION.map((r) => new Uint32Array(buf, r, MAX_BLOCKS * 4)),
        floats: REGION.map((r) => new Float32Array(buf, r, MAX_BLOCKS * 4)),
        minmax: new Float32Array(buf, MINMAX, 2),
      };
    } catch {
      kernels = null;
    }
  }
  return kernels;
}

/** Whether the WebAssembly kernels are in use (else the JS ones). */
export function usingWasm(): boolean {
  return wasmKernels() !== null;
}

/** Byte offset of a kernel region (for `uni`/`nrm`). */
export function regionPtr(region: 0 | 1): number {
  return REGION[region]!;
}

let jsWords: Uint32Array[] | undefined;

/**
 * Philox outputs for counters counter + first + i*step, i < n (n <= MAX_BLOCKS), as 4*n uint32 words in
 * region 0 or 1. The returned view is reused by the next call on that region.
 */
export function philoxBlocks(key: readonly [number, number], counter: readonly [number, number, number, number], first: number, n: number, step = 1, region: 0 | 1 = 0): Uint32Array {
  if (n > MAX_BLOCKS) throw new Error(`philoxBlocks: at most ${MAX_BLOCKS} blocks per call`);
  const [c0, c1, c2, c3] = skipCounter(counter, first);
  const k = wasmKernels();
  if (k) {
    k.gen(key[0] | 0, key[1] | 0, c0 | 0, c1 | 0, c2 | 0, c3 | 0, n, step, REGION[region]!);
    return k.words[region]!;
  }
  jsWords ??= [new Uint32Array(MAX_BLOCKS * 4), new Uint32Array(MAX_BLOCKS * 4)];
  const out = jsWords[region]!;
  for (let i = 0; i < n; i++) {
    const [d0, d1, d2, d3] = skipCounter([c0, c1, c2, c3], i * step);
    philoxBlock(key[0], key[1], d0, d1, d2, d3, out, 4 * i);
  }
  return out;
}
