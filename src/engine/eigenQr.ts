// TensorFlow's CPU QR (tf.linalg.qr, reduced) in the exact float32 arithmetic order of its kernel: Eigen's
// blocked HouseholderQR (48-column panels) and Q = householderQ() * I, with Eigen's AVX (8-lane, no FMA)
// product kernels and their cache-derived blocking. Input a row-major m x n matrix (m >= n); output Q
// (column-major m x n) and diag(R). Pure computation, float32 via Math.fround; no tfjs, no I/O.

import { gebpKernel } from './gebpWasm';

const f = Math.fround;

/** The cache sizes Eigen reads from cpuid; they choose its product blocking and so the summation order. */
export interface CacheSizes {
  l1: number;
  l2: number;
  l3: number;
}

/** What Eigen reads on the machines TF's fixtures were recorded on (32 KiB L1d, 1 MiB L2). */
export const DEFAULT_CACHE: CacheSizes = { l1: 32768, l2: 1048576, l3: 335544320 };

/** A strided window on a float32 array: element (i, j) is d[o + i * rs + j * cs]. */
interface View {
  d: Float32Array;
  o: number;
  rs: number;
  cs: number;
}

const view = (d: Float32Array, o: number, rs: number, cs: number): View => ({ d, o, rs, cs });
const sub = (v: View, i: number, j: number): View => ({ d: v.d, o: v.o + i * v.rs + j * v.cs, rs: v.rs, cs: v.cs });
const tr = (v: View): View => ({ d: v.d, o: v.o, rs: v.cs, cs: v.rs });

// gebp_traits<float, float> under AVX without FMA: mr = 16 (two packets of 8), nr = 4
const MR = 16;
const NR = 4;

/** Eigen's evaluateProductBlockingSizesHeuristic (one thread): the kc and mc of a product. */
export function blockingSizes(k: number, m: number, n: number, kcFactor: number, cache: CacheSizes): { kc: number; mc: number } {
  if (Math.max(k, m, n) < 48) return { kc: k, mc: m };
  const { l1, l2, l3 } = cache;
  const kDiv = kcFactor * (MR * 4 + NR * 4);
  const kSub = MR * NR * 4;
  const maxKc = Math.max(Math.trunc((l1 - kSub) / kDiv) & ~7, 1);
  const oldK = k;
  if (k > maxKc) k = k % maxKc === 0 ? maxKc : maxKc - 8 * Math.trunc((maxKc - 1 - (k % maxKc)) / (8 * (Math.trunc(k / maxKc) + 1)));
  const actualL2 = 1572864;
  const remainingL1 = l1 - kSub - m * k * 4;
  const maxNc = remainingL1 >= NR * 4 * k ? Math.trunc(remainingL1 / (k * 4)) : Math.trunc((3 * actualL2) / (2 * 2 * maxKc * 4));
  const nc = Math.min(Math.trunc(actualL2 / (2 * k * 4)), maxNc) & ~(NR - 1);
  if (n > nc) return { kc: k, mc: m };
  if (oldK !== k) return { kc: k, mc: m };
  const problem = k * n * 4;
  let lm = actualL2;
  let maxMc = m;
  if (problem <= 1024) lm = l1;
  else if (l3 !== 0 && problem <= 32768) {
    lm = l2;
    maxMc = Math.min(576, maxMc);
  }
  let mc = Math.min(Math.trunc(lm / (3 * k * 4)), maxMc);
  if (mc > MR) mc -= mc % MR;
  else if (mc === 0) return { kc: k, mc: m };
  m = m % mc === 0 ? mc : mc - MR * Math.trunc((mc - (m % mc)) / (MR * (Math.trunc(m / mc) + 1)));
  return { kc: k, mc: m };
}

let packA: Float32Array = new Float32Array(4096);
let packB: Float32Array = new Float32Array(4096);
let scratch1: Float32Array = new Float32Array(0);
let scratch2: Float32Array = new Float32Array(0);

function ensure(buf: Float32Array, n: number): Float32Array {
  return buf.length >= n ? buf : new Float32Array(Math.max(n, buf.length * 2));
}

/** Out-of-place scratch size (floats) for one column chunk of the WebAssembly kernel's results. */
const WASM_CHUNK = 1 << 18;

/**
 * Rows [0, mc2) of every column through the SIMD kernel (same per-element order as the JS loop):
 * R(i, j) += alpha * acc. Returns mc2, or 0 without the kernel (the caller then does them in JS).
 */
function seqRowsWasm(R: View, pa: Float32Array, pb: Float32Array, mc2: number, depth: number, cols: number, alpha: number): number {
  const kern = gebpKernel();
  if (!kern) return 0;
  const nb = mc2 >> 4;
  const cc = Math.max(1, Math.min(cols, Math.floor(WASM_CHUNK / mc2)));
  const aOff = 0;
  const bOff = mc2 * depth;
  const oOff = bOff + cc * depth;
  const w = kern.view(oOff + cc * mc2);
  for (let G = 0; G < nb; G++) {
    for (let r = 0; r < 16; r++) {
      const src = (G * 16 + r) * depth;
      let dst = aOff + G * depth * 16 + r;
      for (let k = 0; k < depth; k++, dst += 16) w[dst] = pa[src + k]!;
    }
  }
  const rd = R.d;
  for (let j0 = 0; j0 < cols; j0 += cc) {
    const n = Math.min(cc, cols - j0);
    w.set(pb.subarray(j0 * depth, (j0 + n) * depth), bOff);
    kern.seq(aOff * 4, bOff * 4, oOff * 4, nb, depth, n);
    for (let jj = 0; jj < n; jj++) {
      const o = oOff + jj * mc2;
      const col = R.o + (j0 + jj) * R.cs;
      for (let i = 0; i < mc2; i++) {
        const ri = col + i * R.rs;
        rd[ri] = f(rd[ri]! + f(w[o + i]! * alpha));
      }
    }
  }
  return mc2;
}

/**
 * Eigen's gebp micro-kernel: R(i, j) += alpha * sum_k A(i, k) B(k, j), with the per-element summation
 * order of its register paths: rows in groups of 16 and the columns of 4 sum k in order; rows in groups
 * of 8 or 4 against 4 columns split even/odd k over the 8-peeled part; single rows against 4 columns
 * run the "swapped" path (pairs of k in 4 accumulators, then a tree); everything else sums in order.
 */
function gebp(R: View, A: View, B: View, rows: number, depth: number, cols: number, alpha: number): void {
  if (rows <= 0 || cols <= 0) return;
  packA = ensure(packA, rows * depth);
  packB = ensure(packB, cols * depth);
  const pa = packA;
  const pb = packB;
  for (let i = 0; i < rows; i++) {
    const o = A.o + i * A.rs;
    for (let k = 0; k < depth; k++) pa[i * depth + k] = A.d[o + k * A.cs]!;
  }
  for (let j = 0; j < cols; j++) {
    const o = B.o + j * B.cs;
    for (let k = 0; k < depth; k++) pb[j * depth + k] = B.d[o + k * B.rs]!;
  }
  const pc4 = cols - (cols % 4);
  const mc2 = rows - (rows % 16);
  const mc1 = mc2 + (rows - mc2 - ((rows - mc2) % 8));
  const mcHalf = mc1 + (rows - mc1 - ((rows - mc1) % 4));
  const peeled = depth & ~7;
  const rd = R.d;
  const put = (i: number, j: number, c: number): void => {
    const ri = R.o + i * R.rs + j * R.cs;
    rd[ri] = f(rd[ri]! + f(c * alpha));
  };
  // the 16-row groups (in k order for every column) in WebAssembly SIMD when there is enough work
  const wasmRows = mc2 > 0 && mc2 * cols * depth >= 1 << 14 ? seqRowsWasm(R, pa, pb, mc2, depth, cols, alpha) : 0;
  for (let j = 0; j < cols; j++) {
    const bo = j * depth;
    // rows whose sum runs in k order: the 16-row groups, and every row of a trailing single column
    const seqEnd = j >= pc4 ? rows : mc2;
    let i = wasmRows;
    for (; i + 4 <= seqEnd; i += 4) {
      const a0 = i * depth, a1 = a0 + depth, a2 = a1 + depth, a3 = a2 + depth;
      let c0 = 0, c1 = 0, c2 = 0, c3 = 0;
      for (let k = 0; k < depth; k++) {
        const b = pb[bo + k]!;
        c0 = f(c0 + f(pa[a0 + k]! * b));
        c1 = f(c1 + f(pa[a1 + k]! * b));
        c2 = f(c2 + f(pa[a2 + k]! * b));
        c3 = f(c3 + f(pa[a3 + k]! * b));
      }
      put(i, j, c0);
      put(i + 1, j, c1);
      put(i + 2, j, c2);
      put(i + 3, j, c3);
    }
    for (; i < seqEnd; i++) {
      const ao = i * depth;
      let c = 0;
      for (let k = 0; k < depth; k++) c = f(c + f(pa[ao + k]! * pb[bo + k]!));
      put(i, j, c);
    }
    if (j >= pc4) continue;
    // 8- and 4-row groups against four columns: even k and odd k in two accumulators over the peeled part
    for (; i < mcHalf; i++) {
      const ao = i * depth;
      let c = 0;
      let d = 0;
      let k = 0;
      for (; k < peeled; k += 2) {
        c = f(c + f(pa[ao + k]! * pb[bo + k]!));
        d = f(d + f(pa[ao + k + 1]! * pb[bo + k + 1]!));
      }
      c = f(c + d);
      for (; k < depth; k++) c = f(c + f(pa[ao + k]! * pb[bo + k]!));
      put(i, j, c);
    }
    // single rows against four columns: lanes of (k even, k odd) pairs, four accumulators per lane
    for (; i < rows; i++) {
      const ao = i * depth;
      const endk = depth & ~1;
      const endk4 = depth & ~7;
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, o0 = 0, o1 = 0, o2 = 0, o3 = 0;
      let k = 0;
      for (; k < endk4; k += 8) {
        e0 = f(e0 + f(pa[ao + k]! * pb[bo + k]!));
        o0 = f(o0 + f(pa[ao + k + 1]! * pb[bo + k + 1]!));
        e1 = f(e1 + f(pa[ao + k + 2]! * pb[bo + k + 2]!));
        o1 = f(o1 + f(pa[ao + k + 3]! * pb[bo + k + 3]!));
        e2 = f(e2 + f(pa[ao + k + 4]! * pb[bo + k + 4]!));
        o2 = f(o2 + f(pa[ao + k + 5]! * pb[bo + k + 5]!));
        e3 = f(e3 + f(pa[ao + k + 6]! * pb[bo + k + 6]!));
        o3 = f(o3 + f(pa[ao + k + 7]! * pb[bo + k + 7]!));
      }
      let e = f(f(e0 + e1) + f(e2 + e3));
      let od = f(f(o0 + o1) + f(o2 + o3));
      for (; k < endk; k += 2) {
        e = f(e + f(pa[ao + k]! * pb[bo + k]!));
        od = f(od + f(pa[ao + k + 1]! * pb[bo + k + 1]!));
      }
      let c = f(e + od);
      if (depth > endk) c = f(c + f(pa[ao + endk]! * pb[bo + endk]!));
      put(i, j, c);
    }
  }
}

/** Eigen's column-major gemv: res[i] += alpha * sum_j A(i, j) x[j], columns summed in blocks of block_cols. */
function gemvCol(rows: number, cols: number, A: View, lhsStride: number, x: View, res: View, alpha: number): void {
  const bc = cols < 128 ? cols : lhsStride * 4 < 32000 ? 16 : 4;
  for (let j2 = 0; j2 < cols; j2 += bc) {
    const jend = Math.min(j2 + bc, cols);
    for (let i = 0; i < rows; i++) {
      let c = 0;
      const ao = A.o + i * A.rs;
      for (let j = j2; j < jend; j++) c = f(c + f(A.d[ao + j * A.cs]! * x.d[x.o + j * x.rs]!));
      const ri = res.o + i * res.rs;
      res.d[ri] = f(res.d[ri]! + f(c * alpha));
    }
  }
}

/** Eigen's AVX horizontal sum of 8 lanes: (l + l+4), then (0+2) + (1+3). */
function predux8(c: Float32Array): number {
  const s0 = f(c[0]! + c[4]!), s1 = f(c[1]! + c[5]!), s2 = f(c[2]! + c[6]!), s3 = f(c[3]! + c[7]!);
  return f(f(s0 + s2) + f(s1 + s3));
}

const lanes = new Float32Array(8);

/**
 * Eigen's row-major gemv: res[i] += alpha * sum_j A(i, j) x[j], each row in 8 lanes (j mod 8) reduced by
 * predux, then the tail in order; a row processed alone also runs a 4-lane step before its tail.
 */
function gemvRow(rows: number, cols: number, A: View, lhsStride: number, x: View, res: View, alpha: number): void {
  const n8 = lhsStride * 4 > 32000 ? 0 : rows - 7;
  const full = cols & ~7;
  let i = 0;
  const row = (r: number, single: boolean): void => {
    const ao = A.o + r * A.rs;
    lanes.fill(0);
    let j = 0;
    for (; j < full; j += 8) for (let l = 0; l < 8; l++) lanes[l] = f(lanes[l]! + f(A.d[ao + (j + l) * A.cs]! * x.d[x.o + (j + l) * x.rs]!));
    let cc = predux8(lanes);
    if (single) {
      let h0 = 0, h1 = 0, h2 = 0, h3 = 0;
      for (; j + 4 <= cols; j += 4) {
        h0 = f(h0 + f(A.d[ao + j * A.cs]! * x.d[x.o + j * x.rs]!));
        h1 = f(h1 + f(A.d[ao + (j + 1) * A.cs]! * x.d[x.o + (j + 1) * x.rs]!));
        h2 = f(h2 + f(A.d[ao + (j + 2) * A.cs]! * x.d[x.o + (j + 2) * x.rs]!));
        h3 = f(h3 + f(A.d[ao + (j + 3) * A.cs]! * x.d[x.o + (j + 3) * x.rs]!));
      }
      cc = f(cc + f(f(h0 + h2) + f(h1 + h3)));
    }
    for (; j < cols; j++) cc = f(cc + f(A.d[ao + j * A.cs]! * x.d[x.o + j * x.rs]!));
    const ri = res.o + r * res.rs;
    res.d[ri] = f(res.d[ri]! + f(alpha * cc));
  };
  for (; i < n8; i += 8) for (let r = i; r < i + 8; r++) row(r, false);
  for (; i < rows - 3; i += 4) for (let r = i; r < i + 4; r++) row(r, false);
  for (; i < rows - 1; i += 2) for (let r = i; r < i + 2; r++) row(r, false);
  for (; i < rows; i++) row(i, true);
}

/** Sequential sum of squares (Eigen's redux over a strided vector). */
function squaredNorm(x: View, len: number): number {
  let s = f(x.d[x.o]! * x.d[x.o]!);
  for (let i = 1; i < len; i++) {
    const v = x.d[x.o + i * x.rs]!;
    s = f(s + f(v * v));
  }
  return s;
}

const FLT_MIN = 1.1754943508222875e-38;

/** makeHouseholderInPlace on column x (length len): writes beta to x[0] and the essential part below; returns tau. */
function makeHouseholder(x: View, len: number): number {
  const d = x.d;
  const tail = len === 1 ? 0 : squaredNorm(sub(x, 1, 0), len - 1);
  const c0 = d[x.o]!;
  if (tail <= FLT_MIN) {
    for (let i = 1; i < len; i++) d[x.o + i * x.rs] = 0;
    return 0; // beta = c0 stays in place
  }
  let beta = f(Math.sqrt(f(f(c0 * c0) + tail)));
  if (c0 >= 0) beta = -beta;
  const den = f(c0 - beta);
  for (let i = 1; i < len; i++) d[x.o + i * x.rs] = f(d[x.o + i * x.rs]! / den);
  d[x.o] = beta;
  return f(f(beta - c0) / beta);
}

/** applyHouseholderOnTheLeft: M (r x c, row- or column-major storage) = H M with H = I - tau [1; ess][1; ess]^T. */
function applyHouseholderLeft(M: View, r: number, c: number, ess: View, tau: number, work: Float32Array, outerStride: number, colMajor: boolean): void {
  if (r === 1) {
    const s = f(1 - tau);
    for (let j = 0; j < c; j++) M.d[M.o + j * M.cs] = f(M.d[M.o + j * M.cs]! * s);
    return;
  }
  if (tau === 0 || c === 0) return;
  const bottom = sub(M, 1, 0);
  const w = view(work, 0, 1, 0);
  if (c === 1) {
    // Eigen falls back to a dot product when the result is 1 x 1
    let s = f(ess.d[ess.o]! * bottom.d[bottom.o]!);
    for (let i = 1; i < r - 1; i++) s = f(s + f(ess.d[ess.o + i * ess.rs]! * bottom.d[bottom.o + i * bottom.rs]!));
    work[0] = f(0 + s);
  } else {
    work.fill(0, 0, c);
    // ess^T * bottom runs as a gemv on bottom^T: column-major when M is row-major, and vice versa
    if (colMajor) gemvRow(c, r - 1, tr(bottom), outerStride, ess, w, 1);
    else gemvCol(c, r - 1, tr(bottom), outerStride, ess, w, 1);
  }
  const d = M.d;
  for (let j = 0; j < c; j++) work[j] = f(work[j]! + d[M.o + j * M.cs]!);
  for (let j = 0; j < c; j++) d[M.o + j * M.cs] = f(d[M.o + j * M.cs]! - f(tau * work[j]!));
  for (let i = 0; i < r - 1; i++) {
    const l = f(tau * ess.d[ess.o + i * ess.rs]!);
    const ro = bottom.o + i * bottom.rs;
    for (let j = 0; j < c; j++) d[ro + j * bottom.cs] = f(d[ro + j * bottom.cs]! - f(l * work[j]!));
  }
}

/**
 * Eigen's make_block_householder_triangular_factor: the upper-triangular T (nb x nb, row-major) with
 * H_0 ... H_{nb-1} = I - V T V^T, V the unit-lower vectors (rows x nb).
 */
function triangularFactor(V: View, rows: number, nb: number, h: Float32Array, h0: number, rowStride: number): Float32Array {
  const T = new Float32Array(nb * nb);
  for (let i = nb - 1; i >= 0; i--) {
    const rs = rows - i - 1;
    const rt = nb - i - 1;
    if (rt > 0) {
      // T(i, i+1:) = -h_i * V(i+1:, i)^T * unitLower(V(i+1:, i+1:)): Eigen's column-major trmv (unit upper)
      const alpha = -h[h0 + i]!;
      const A = tr(sub(V, i + 1, i + 1)); // rt x rs, A(p, q) = V(i+1+q, i+1+p)
      const x = sub(V, i + 1, i); // x[q] = V(i+1+q, i)
      const res = view(T, i * nb + i + 1, 1, 0);
      const size = Math.min(rt, rs);
      for (let pi = 0; pi < size; pi += 8) {
        const pw = Math.min(8, size - pi);
        for (let k = 0; k < pw; k++) {
          const q = pi + k;
          const s = f(alpha * x.d[x.o + q * x.rs]!);
          for (let p = pi; p < q; p++) T[res.o + p] = f(T[res.o + p]! + f(s * A.d[A.o + p * A.rs + q * A.cs]!));
          T[res.o + q] = f(T[res.o + q]! + f(alpha * x.d[x.o + q * x.rs]!));
        }
        if (pi > 0) gemvCol(pi, pw, sub(A, 0, pi), rowStride, sub(x, pi, 0), res, alpha);
      }
      if (rs > size) gemvCol(rt, rs - size, sub(A, 0, size), rowStride, sub(x, size, 0), res, alpha);
      for (let j = nb - 1; j > i; j--) {
        const z = T[i * nb + j]!;
        T[i * nb + j] = f(z * T[j * nb + j]!);
        for (let p = j + 1; p < nb; p++) T[i * nb + p] = f(T[i * nb + p]! + f(z * T[j * nb + p]!));
      }
    }
    T[i * nb + i] = h[h0 + i]!;
  }
  return T;
}

/**
 * Eigen's triangular * dense product with the triangle on the left (column-major result):
 * R += alpha * tri(L) * B, L rowsIn x depthIn, B depthIn x cols.
 */
function trmmLeft(lower: boolean, unit: boolean, rowsIn: number, cols: number, depthIn: number, L: View, B: View, R: View, alpha: number, kc: number, mcIn: number): void {
  const diag = Math.min(rowsIn, depthIn);
  const rows = lower ? rowsIn : diag;
  const depth = lower ? diag : depthIn;
  const mc = Math.min(rows, mcIn);
  const panelWidth = Math.min(2 * Math.max(MR, NR), Math.min(kc, mc));
  const W = 2 * Math.max(MR, NR);
  const buf = new Float32Array(W * W);
  for (let i = 0; i < W; i++) buf[i * W + i] = 1;
  const bufV = view(buf, 0, W, 1);
  for (let k2 = lower ? depth : 0; lower ? k2 > 0 : k2 < depth; k2 = lower ? k2 - kc : k2 + kc) {
    let akc = Math.min(lower ? k2 : depth - k2, kc);
    const ak2 = lower ? k2 - akc : k2;
    if (!lower && k2 < rows && k2 + akc > rows) {
      akc = rows - k2;
      k2 = k2 + akc - kc;
    }
    const Bk = sub(B, ak2, 0);
    if (lower || ak2 < rows) {
      for (let k1 = 0; k1 < akc; k1 += panelWidth) {
        const pw = Math.min(akc - k1, panelWidth);
        const lengthTarget = lower ? akc - k1 - pw : k1;
        const start = ak2 + k1;
        for (let k = 0; k < pw; k++) {
          if (!unit) buf[k * W + k] = L.d[L.o + (start + k) * L.rs + (start + k) * L.cs]!;
          for (let i = lower ? k + 1 : 0; lower ? i < pw : i < k; i++) buf[i * W + k] = L.d[L.o + (start + i) * L.rs + (start + k) * L.cs]!;
        }
        gebp(sub(R, start, 0), bufV, sub(Bk, k1, 0), pw, pw, cols, alpha);
        if (lengthTarget > 0) {
          const target = lower ? ak2 + k1 + pw : ak2;
          gebp(sub(R, target, 0), sub(L, target, start), sub(Bk, k1, 0), lengthTarget, pw, cols, alpha);
        }
      }
    }
    const start = lower ? k2 : 0;
    const end = lower ? rows : Math.min(ak2, rows);
    for (let i2 = start; i2 < end; i2 += mc) {
      const amc = Math.min(i2 + mc, end) - i2;
      gebp(sub(R, i2, 0), sub(L, i2, ak2), Bk, amc, akc, cols, alpha);
    }
  }
}

/**
 * Eigen's dense * triangular product with a unit-upper triangle on the right (column-major result):
 * R += alpha * A * unitUpper(U), A rows x depthIn, U depthIn x colsIn (trapezoidal).
 */
function trmmRightUnitUpper(rows: number, colsIn: number, depthIn: number, A: View, U: View, R: View, alpha: number, kc: number, mcIn: number): void {
  const depth = Math.min(colsIn, depthIn);
  const cols = colsIn;
  const mc = Math.min(rows, mcIn);
  const SPW = Math.max(MR, NR);
  const tri = new Float32Array(SPW * SPW);
  for (let k2 = depth; k2 > 0; k2 -= kc) {
    const akc = Math.min(k2, kc);
    const ak2 = k2 - akc;
    const rs = cols - k2;
    // the triangular panels of this block: column panel j2 holds U rows [ak2, ak2 + j2 + pw) (unit diagonal)
    const panels: { j2: number; pw: number; P: Float32Array }[] = [];
    for (let j2 = 0; j2 < akc; j2 += SPW) {
      const pw = Math.min(akc - j2, SPW);
      const len = j2 + pw;
      const P = new Float32Array(len * pw); // P[k * pw + j]: row k, column j
      for (let k = 0; k < j2; k++) for (let j = 0; j < pw; j++) P[k * pw + j] = U.d[U.o + (ak2 + k) * U.rs + (ak2 + j2 + j) * U.cs]!;
      tri.fill(0);
      for (let j = 0; j < pw; j++) {
        tri[j * SPW + j] = 1;
        for (let k = 0; k < j; k++) tri[k * SPW + j] = U.d[U.o + (ak2 + j2 + k) * U.rs + (ak2 + j2 + j) * U.cs]!;
      }
      for (let k = 0; k < pw; k++) for (let j = 0; j < pw; j++) P[(j2 + k) * pw + j] = tri[k * SPW + j]!;
      panels.push({ j2, pw, P });
    }
    for (let i2 = 0; i2 < rows; i2 += mc) {
      const amc = Math.min(mc, rows - i2);
      const Ai = sub(A, i2, ak2);
      for (const { j2, pw, P } of panels) gebp(sub(R, i2, ak2 + j2), Ai, view(P, 0, pw, 1), amc, j2 + pw, pw, alpha);
      gebp(sub(R, i2, k2), Ai, sub(U, ak2, k2), amc, akc, rs, alpha);
    }
  }
}

/**
 * Eigen's apply_block_householder_on_the_left: M (rows x cols) = H M for the block reflector of the
 * unit-lower vectors V (rows x nb); forward applies H_0 H_1 ... (householderQ), backward its transpose.
 */
function applyBlockHouseholder(M: View, rows: number, cols: number, V: View, nb: number, h: Float32Array, h0: number, forward: boolean, rowStride: number, colMajor: boolean, cache: CacheSizes): void {
  const T = triangularFactor(V, rows, nb, h, h0, rowStride);
  const Tv = view(T, 0, nb, 1);
  // tmp = V^T M (nb x cols, column-major); scratch reused across panels (zeroed: products accumulate)
  scratch1 = ensure(scratch1, nb * cols);
  scratch2 = ensure(scratch2, nb * cols);
  const tmp = scratch1;
  tmp.fill(0, 0, nb * cols);
  const tv = view(tmp, 0, 1, nb);
  let b = blockingSizes(rows, nb, cols, 4, cache);
  trmmLeft(false, true, nb, cols, rows, tr(V), M, tv, 1, b.kc, b.mc);
  // tmp = T tmp (forward) or T^T tmp, through a zeroed temporary
  const t2 = scratch2;
  t2.fill(0, 0, nb * cols);
  const t2v = view(t2, 0, 1, nb);
  b = blockingSizes(nb, nb, cols, 4, cache);
  if (forward) trmmLeft(false, false, nb, cols, nb, Tv, tv, t2v, 1, b.kc, b.mc);
  else trmmLeft(true, false, nb, cols, nb, tr(Tv), tv, t2v, 1, b.kc, b.mc);
  if (colMajor) {
    // M -= V tmp with the triangle on the left
    b = blockingSizes(nb, rows, cols, 4, cache);
    trmmLeft(true, true, rows, cols, nb, V, t2v, M, -1, b.kc, b.mc);
  } else {
    // M -= V tmp: Eigen computes it transposed (M^T -= tmp^T V^T) since M is row-major
    b = blockingSizes(nb, cols, rows, 4, cache);
    trmmRightUnitUpper(cols, rows, nb, tr(t2v), tr(V), tr(M), -1, b.kc, b.mc);
  }
}

/**
 * tf.linalg.qr(a) (reduced) in TF's CPU kernel order: returns Q (column-major m x n: Q(i, j) = q[j * m + i])
 * and diag(R). `a` (row-major m x n, m >= n) is overwritten with Eigen's packed factorization. Yields
 * after each 48-column panel of either phase.
 */
export function* tfQrSteps(a: Float32Array, m: number, n: number, cache: CacheSizes = DEFAULT_CACHE): Generator<void, { q: Float32Array; diag: Float32Array }, void> {
  if (m < n) throw new Error('tfQr expects rows >= cols');
  const A = view(a, 0, n, 1);
  const h = new Float32Array(n);
  const work = new Float32Array(Math.max(n, 1));
  const size = n;
  const block = Math.min(48, size);
  for (let k = 0; k < size; k += block) {
    const bs = Math.min(size - k, block);
    const tcols = n - k - bs;
    const brows = m - k;
    const P = sub(A, k, k);
    for (let kk = 0; kk < bs; kk++) {
      h[k + kk] = makeHouseholder(sub(P, kk, kk), brows - kk);
      applyHouseholderLeft(sub(P, kk, kk + 1), brows - kk, bs - kk - 1, sub(P, kk + 1, kk), h[k + kk]!, work, n, false);
    }
    if (tcols > 0) applyBlockHouseholder(sub(A, k, k + bs), brows, tcols, P, bs, h, k, false, n, false, cache);
    yield;
  }
  const diag = new Float32Array(n);
  for (let j = 0; j < n; j++) diag[j] = a[j * n + j]!;
  // Q = householderQ() * Identity(m, n); Eigen evaluates the product into a column-major matrix
  const q = new Float32Array(m * n);
  for (let j = 0; j < n; j++) q[j * m + j] = 1;
  const Q = view(q, 0, 1, m);
  if (n >= 48 && n > 1) {
    const bsz = n < 96 ? (n + 1) >> 1 : 48;
    for (let i = 0; i < n; i += bsz) {
      const end = n - i;
      const k = Math.max(0, end - bsz);
      const bs = end - k;
      applyBlockHouseholder(sub(Q, k, 0), m - k, n, sub(A, k, k), bs, h, k, true, n, true, cache);
      yield;
    }
  } else {
    for (let kk = n - 1; kk >= 0; kk--) applyHouseholderLeft(sub(Q, kk, 0), m - kk, n, sub(A, kk + 1, kk), h[kk]!, work, m, true);
  }
  return { q, diag };
}

/** tfQrSteps run to completion. */
export function tfQr(a: Float32Array, m: number, n: number, cache: CacheSizes = DEFAULT_CACHE): { q: Float32Array; diag: Float32Array } {
  const it = tfQrSteps(a, m, n, cache);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}
