// Float32 `logf` and `sincosf` as glibc (>= 2.28, x86-64) evaluates them: table-driven logf with a
// degree-3 polynomial in double, and sincosf with the fast pi/2 reduction plus double polynomials, both
// rounded once to float32. Results are bit-identical to glibc for the inputs TF's Box-Muller produces
// (positive normal floats for logf, [0, 2*pi) for sincosf). Written from the published algorithm.

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const fround = Math.fround;

export function hex(s: string): number {
  // Parses a C99 hex float literal like "-0x1.8p-3" exactly.
  const m = /^(-?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i.exec(s);
  if (!m) throw new Error(`bad hex float ${s}`);
  const frac = m[3] ?? '';
  const mant = parseInt(m[2]! + frac, 16); // up to 53 significant bits: exact
  const v = mant * Math.pow(2, parseInt(m[4]!, 10) - 4 * frac.length);
  return m[1] ? -v : v;
}

// logf: 16 sub-intervals of [OFF, 2*OFF), each with 1/c and log(c); log1p polynomial A; ln 2.
export const LOGF_INVC: number[] = [
  '0x1.661ec79f8f3bep+0', '0x1.571ed4aaf883dp+0', '0x1.49539f0f010bp+0', '0x1.3c995b0b80385p+0',
  '0x1.30d190c8864a5p+0', '0x1.25e227b0b8eap+0', '0x1.1bb4a4a1a343fp+0', '0x1.12358f08ae5bap+0',
  '0x1.0953f419900a7p+0', '0x1p+0', '0x1.e608cfd9a47acp-1', '0x1.ca4b31f026aap-1',
  '0x1.b2036576afce6p-1', '0x1.9c2d163a1aa2dp-1', '0x1.886e6037841edp-1', '0x1.767dcf5534862p-1',
].map(hex);
export const LOGF_LOGC: number[] = [
  '-0x1.57bf7808caadep-2', '-0x1.2bef0a7c06ddbp-2', '-0x1.01eae7f513a67p-2', '-0x1.b31d8a68224e9p-3',
  '-0x1.6574f0ac07758p-3', '-0x1.1aa2bc79c81p-3', '-0x1.a4e76ce8c0e5ep-4', '-0x1.1973c5a611cccp-4',
  '-0x1.252f438e10c1ep-5', '0x0p+0', '0x1.aa5aa5df25984p-5', '0x1.c5e53aa362eb4p-4',
  '0x1.526e57720db08p-3', '0x1.bc2860d22477p-3', '0x1.1058bc8a07ee1p-2', '0x1.4043057b6ee09p-2',
].map(hex);
export const LN2 = hex('0x1.62e42fefa39efp-1');
export const A0 = hex('-0x1.00ea348b88334p-2');
export const A1 = hex('0x1.5575b0be00b6ap-2');
export const A2 = hex('-0x1.ffffef20a4123p-2');
export const OFF = 0x3f330000;

/** glibc's logf for a float32 `x` (any value; specials follow IEEE: log(0) = -Inf, log(<0) = NaN). */
export function logf(x: number): number {
  f32[0] = x;
  let ix = u32[0]!;
  if (ix === 0x3f800000) return 0;
  let k0 = 0;
  if (((ix - 0x00800000) >>> 0) >= 0x7f800000 - 0x00800000) {
    // zero, subnormal, negative, Inf or NaN
    if ((ix << 1) >>> 0 === 0) return -Infinity;
    if (ix === 0x7f800000) return Infinity;
    if (ix & 0x80000000 || (ix << 1) >>> 0 >= 0xff000000) return NaN;
    // subnormal: normalize (x * 2^23)
    f32[0] = f32[0]! * 8388608;
    ix = u32[0]!;
    k0 = -23;
  }
  const tmp = (ix - OFF) | 0;
  const i = (tmp >>> 19) & 15;
  const k = (tmp >> 23) + k0;
  u32[0] = (ix - (tmp & 0xff800000)) >>> 0;
  const z = f32[0]!;
  const r = z * LOGF_INVC[i]! - 1;
  const y0 = LOGF_LOGC[i]! + k * LN2;
  const r2 = r * r;
  let y = A1 * r + A2;
  y = A0 * r2 + y;
  y = y * r2 + (y0 + r);
  return fround(y);
}

const POW2 = new Float64Array(129); // POW2[j] = 2^(j - 64)
for (let j = 0; j < 129; j++) POW2[j] = Math.pow(2, j - 64);

/**
 * logf(m * 2^-23) for an integer 0 < m < 2^23 (TF's uniform floats): the same computation as `logf`
 * with the float's bits derived arithmetically (no memory round trip). Hot path of Box-Muller.
 */
export function logfMantissa(m: number): number {
  const e = 31 - Math.clz32(m); // position of the top bit, 0..22
  const ix = ((e + 104) << 23) | ((m << (23 - e)) & 0x7fffff);
  const tmp = (ix - OFF) | 0;
  const i = (tmp >>> 19) & 15;
  const k = tmp >> 23;
  const z = m * 1.1920928955078125e-7 * POW2[64 - k]!; // exact: u1 * 2^-k
  const r = z * LOGF_INVC[i]! - 1;
  const y0 = LOGF_LOGC[i]! + k * LN2;
  const r2 = r * r;
  let y = A1 * r + A2;
  y = A0 * r2 + y;
  y = y * r2 + (y0 + r);
  return fround(y);
}

// sincosf: pi/2 reduction constants and the two polynomial tables (the second yields -cos).
export const HPI_INV = hex('0x1.45F306DC9C883p+23');
export const HPI = hex('0x1.921FB54442D18p0');
export const S1 = hex('-0x1.555545995a603p-3');
export const S2 = hex('0x1.1107605230bc4p-7');
export const S3 = hex('-0x1.994eb3774cf24p-13');
const C = [hex('0x1p0'), hex('-0x1.ffffffd0c621cp-2'), hex('0x1.55553e1068f19p-5'), hex('-0x1.6c087e89a359dp-10'), hex('0x1.99343027bf8c3p-16')];
export const C0a = C[0]!, C1a = C[1]!, C2a = C[2]!, C3a = C[3]!, C4a = C[4]!;
const SIGN = [1, -1, -1, 1];
function abstop12(x: number): number {
  f32[0] = x;
  return (u32[0]! >>> 20) & 0x7ff;
}
const PIO4_TOP = abstop12(hex('0x1.921FB6p-1'));
const TINY_TOP = abstop12(hex('0x1p-12'));
const HUGE_TOP = abstop12(120);

function fromTop12(top: number): number {
  u32[0] = top << 20;
  return f32[0]!;
}
/** Non-negative floats compare like their bits: abstop12(y) < T  <=>  y < fromTop12(T). */
const PIO4_LIMIT = fromTop12(PIO4_TOP);
export const TINY_LIMIT = fromTop12(TINY_TOP);
const HUGE_LIMIT = fromTop12(HUGE_TOP);

/** `sincosf` for a float32 0 <= y < 120 without bit inspection (Box-Muller's angles). */
export function sincosfPos(y: number): void {
  if (y < PIO4_LIMIT) {
    if (y < TINY_LIMIT) {
      sincosOut[0] = y;
      sincosOut[1] = 1;
      return;
    }
    poly(y, y * y, 1, 0);
    return;
  }
  if (y < HUGE_LIMIT) {
    const n = (((y * HPI_INV) | 0) + 0x800000) >> 24;
    const x = y - n * HPI;
    poly(n & 3 ? (SIGN[n & 3]! * x) : x, x * x, n & 2 ? -1 : 1, n);
    return;
  }
  sincosf(y);
}

// Branch-free tables for the reduced path: sign of x and the cosine polynomial's sign per quadrant.
const QSIGN = new Float64Array([1, -1, -1, 1]);
const QCSIGN = new Float64Array([1, 1, -1, -1]);
const TWO_PI = 2 * Math.PI;
const TWO_POW_M23 = 1 / 8388608;
export const LOG_EPS = logf(fround(1e-7));

/** Box-Muller output slots: BM[0] = u2 * sin(v1), BM[1] = u2 * cos(v1) (float32 values). */
export const BM = new Float64Array(2);

/**
 * TF's `BoxMullerFloat(x0, x1)` with glibc's logf/sincosf, fused and branch-light: for angles
 * >= 2^-12 the quadrant reduction is applied unconditionally (it yields n = 0 and x = y exactly below
 * 0.75, where glibc skips it), and the sin/cos swap is an index instead of a branch.
 */
export function boxMuller(x0: number, x1: number): void {
  const m = x0 & 0x7fffff;
  const lg = m === 0 ? LOG_EPS : logfMantissa(m);
  const u2 = fround(Math.sqrt(-2 * lg));
  const y = fround(TWO_PI * ((x1 & 0x7fffff) * TWO_POW_M23));
  if (y < TINY_LIMIT) {
    BM[0] = fround(y * u2);
    BM[1] = u2;
    return;
  }
  const n = (((y * HPI_INV) | 0) + 0x800000) >> 24;
  const xr = y - n * HPI;
  const q = n & 3;
  const x = xr * QSIGN[q]!;
  const cs = QCSIGN[q]!;
  const x2 = xr * xr;
  const x4 = x2 * x2;
  const x3 = x2 * x;
  const c2 = cs * C3a + x2 * (cs * C4a);
  const s1 = S2 + x2 * S3;
  const c1 = cs * C0a + x2 * (cs * C1a);
  const x5 = x3 * x2;
  const x6 = x4 * x2;
  const s = x + x3 * S1;
  const c = c1 + x4 * (cs * C2a);
  const odd = n & 1;
  BM[odd] = fround(fround(s + x5 * s1) * u2);
  BM[odd ^ 1] = fround(fround(c + x6 * c2) * u2);
}

/** Result slots of `sincosf`: out[0] = sin, out[1] = cos (float32 values). */
export const sincosOut = new Float64Array(2);

/**
 * glibc's sincosf for float32 `y` with |y| < 120 (TF's Box-Muller angles are in [0, 2*pi)); larger
 * arguments fall back to correctly rounded double results (not bit-exact with glibc there).
 */
export function sincosf(y: number): void {
  const top = abstop12(y);
  let x = y;
  if (top < PIO4_TOP) {
    if (top < TINY_TOP) {
      sincosOut[0] = y;
      sincosOut[1] = 1;
      return;
    }
    poly(x, x * x, 1, 0);
    return;
  }
  if (top < HUGE_TOP) {
    const r = x * HPI_INV;
    const n = ((r | 0) + 0x800000) >> 24;
    x = x - n * HPI;
    const s = SIGN[n & 3]!;
    poly(x * s, x * x, n & 2 ? -1 : 1, n);
    return;
  }
  sincosOut[0] = fround(Math.sin(y));
  sincosOut[1] = fround(Math.cos(y));
}

function poly(x: number, x2: number, csign: number, n: number): void {
  const x4 = x2 * x2;
  const x3 = x2 * x;
  const c2 = csign * C3a + x2 * (csign * C4a);
  const s1 = S2 + x2 * S3;
  const c1 = csign * C0a + x2 * (csign * C1a);
  const x5 = x3 * x2;
  const x6 = x4 * x2;
  const s = x + x3 * S1;
  const c = c1 + x4 * (csign * C2a);
  const a = fround(s + x5 * s1);
  const b = fround(c + x6 * c2);
  if (n & 1) {
    sincosOut[0] = b;
    sincosOut[1] = a;
  } else {
    sincosOut[0] = a;
    sincosOut[1] = b;
  }
}
