// Double-precision `log` and `sincos` rounded once from a double-double evaluation (~100 bits), i.e.
// correctly rounded except in astronomically rare cases: TF's BoxMullerDouble calls glibc's log/sincos,
// which round correctly for all but ~0.1% of its arguments (1 ulp off there; V8's Math.log/sin/cos are
// off in ~3-7%). Own implementation: π from its hexadecimal digits, tables computed at load.

// ---- double-double helpers (results in the module registers HI/LO; no allocation) ----

let HI = 0;
let LO = 0;
const SPLIT = 134217729; // 2^27 + 1

/** The exact rounding error of p = fl(a * b) (Dekker/Veltkamp; no overflow for the magnitudes used here). */
export function prodErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** (ah + al) * (bh + bl) into HI/LO. */
function mul2(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  const e = prodErr(ah, bh, p) + (ah * bl + al * bh);
  HI = p + e;
  LO = e - (HI - p);
}

/** (ah + al) + (bh + bl) into HI/LO, accurate also under cancellation. */
function add2(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let v = s - ah;
  const e1 = (ah - (s - v)) + (bh - v);
  const t = al + bl;
  v = t - al;
  const e2 = (al - (t - v)) + (bl - v);
  let e = e1 + t;
  let h = s + e;
  e = e - (h - s);
  s = h;
  e += e2;
  h = s + e;
  HI = h;
  LO = e - (h - s);
}

/** (ah + al) / d for a double d into HI/LO. */
function divD(ah: number, al: number, d: number): void {
  const q = ah / d;
  const p = q * d;
  const r = ((ah - p) - prodErr(q, d, p)) + al;
  const q2 = r / d;
  HI = q + q2;
  LO = q2 - (HI - q);
}

// ---- constants: π/2 in four pieces from π's hexadecimal digits, ln 2 as a double-double ----

// π = 3.243F6A88 85A308D3 13198A2E 03707344 A4093822 299F31D0 082EFA98 EC4E6C89 (hex)
const PI_FRAC = 0x243f6a8885a308d313198a2e03707344a4093822299f31d0082efa98ec4e6c89n;
const PIO2_BITS = (3n << 256n) | PI_FRAC; // π * 2^256, so π/2 = PIO2_BITS * 2^-257

function piece(from: number, len: number): number {
  // bits [from, from + len) of PIO2_BITS counted from its top (bit 0 is worth 2^1 * 2^-1 = 1 for π/2)
  const top = PIO2_BITS.toString(2).length;
  const shift = BigInt(top - from - len);
  const chunk = (PIO2_BITS >> shift) & ((1n << BigInt(len)) - 1n);
  // π/2 < 2: its top bit is worth 2^0
  return Number(chunk) * Math.pow(2, -(from + len - 1));
}
/** π/2 = P1 + P2 + P3 + P4 to ~172 bits; P1, P2 have 33 bits so n * P1, n * P2 are exact for |n| < 2^20. */
const P1 = piece(0, 33);
const P2 = piece(33, 33);
const P3 = piece(66, 53);
const P4 = piece(119, 53);

// ln 2 = 2 atanh(1/3) (series in double-double, at load)
function atanhSeries(sh: number, sl: number, terms: number): [number, number] {
  mul2(sh, sl, sh, sl);
  const s2h = HI;
  const s2l = LO;
  let th = sh;
  let tl = sl;
  let sumH = sh;
  let sumL = sl;
  for (let k = 1; k <= terms; k++) {
    mul2(th, tl, s2h, s2l);
    th = HI;
    tl = LO;
    divD(th, tl, 2 * k + 1);
    add2(sumH, sumL, HI, LO);
    sumH = HI;
    sumL = LO;
  }
  return [2 * sumH, 2 * sumL];
}
divD(1, 0, 3);
const [LN2_HI, LN2_LO] = atanhSeries(HI, LO, 40);

/** log(j/128) as double-doubles for j = 90..182 (the reduced argument's table points). */
const LOGC_HI = new Float64Array(184);
const LOGC_LO = new Float64Array(184);
for (let j = 90; j <= 182; j++) {
  if (j === 128) continue;
  // s = (c - 1) / (c + 1) with c = j/128: both exact doubles
  divD((j - 128) / 128, 0, (j + 128) / 128);
  const [h, l] = atanhSeries(HI, LO, 30);
  LOGC_HI[j] = h;
  LOGC_LO[j] = l;
}

/** sin(j/64), cos(j/64) as double-doubles for j = 0..52 (Taylor series at load). */
const SINA_HI = new Float64Array(53);
const SINA_LO = new Float64Array(53);
const COSA_HI = new Float64Array(53);
const COSA_LO = new Float64Array(53);
for (let j = 0; j <= 52; j++) {
  const a = j / 64;
  let sH = 0;
  let sL = 0;
  let cH = 1;
  let cL = 0;
  let th = 1; // a^n / n!
  let tl = 0;
  for (let n = 1; n <= 40; n++) {
    mul2(th, tl, a, 0);
    divD(HI, LO, n);
    th = HI;
    tl = LO;
    const sign = (n >> 1) & 1 ? -1 : 1;
    if (n & 1) {
      add2(sH, sL, sign * th, sign * tl);
      sH = HI;
      sL = LO;
    } else {
      add2(cH, cL, sign * th, sign * tl);
      cH = HI;
      cL = LO;
    }
  }
  SINA_HI[j] = sH;
  SINA_LO[j] = sL;
  COSA_HI[j] = cH;
  COSA_LO[j] = cL;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Natural logarithm of a positive normal double `x`, correctly rounded (up to ~2^-100 relative error
 * before the final rounding). Zero, negative, subnormal and non-finite arguments fall back to Math.log.
 */
export function log64(x: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) return Math.log(x);
  if (x === 1) return 0;
  F64[0] = x;
  const hw = U32[HI_WORD]!;
  let k = ((hw >>> 20) & 0x7ff) - 1023;
  U32[HI_WORD] = (hw & 0x800fffff) | 0x3ff00000;
  let m = F64[0]!; // x = 2^k * m, m in [1, 2)
  if (m > 1.4142135623730951) {
    m /= 2;
    k++;
  }
  const j = Math.round(m * 128);
  const c = j / 128;
  // r = (m - c) / c as a double-double (m - c is exact)
  divD(m - c, 0, c);
  const rh = HI;
  const rl = LO;
  // log1p(r) = r - r^2/2 + r^3/3 + r^4 * tail(r), |r| < 2^-7.4
  mul2(rh, rl, rh, rl);
  const r2h = HI;
  const r2l = LO;
  mul2(r2h, r2l, rh, rl);
  divD(HI, LO, 3);
  const r3h = HI;
  const r3l = LO;
  const r4 = r2h * r2h;
  let q = 1 / 13;
  q = -1 / 12 + rh * q;
  q = 1 / 11 + rh * q;
  q = -1 / 10 + rh * q;
  q = 1 / 9 + rh * q;
  q = -1 / 8 + rh * q;
  q = 1 / 7 + rh * q;
  q = -1 / 6 + rh * q;
  q = 1 / 5 + rh * q;
  q = -1 / 4 + rh * q;
  const tail = r4 * q;
  add2(r3h, r3l, tail, 0);
  add2(-0.5 * r2h, -0.5 * r2l, HI, LO);
  add2(rh, rl, HI, LO);
  if (j !== 128) {
    add2(LOGC_HI[j]!, LOGC_LO[j]!, HI, LO);
  }
  if (k !== 0) {
    const ph = k * LN2_HI;
    const pl = prodErr(k, LN2_HI, ph) + k * LN2_LO;
    add2(ph, pl, HI, LO);
  }
  return HI + LO;
}

/** sincos64 results: SC[0] = sin(x), SC[1] = cos(x). */
export const SC = new Float64Array(2);

/**
 * sin(x) and cos(x) of a double `x` with |x| < 2^19, correctly rounded (reduction by a 172-bit π/2,
 * then table point j/64 plus a short Taylor series, all in double-double), into SC. Larger or non-finite
 * arguments fall back to Math.sin/Math.cos.
 */
export function sincos64(x: number): void {
  if (!(Math.abs(x) < 524288)) {
    SC[0] = Math.sin(x);
    SC[1] = Math.cos(x);
    return;
  }
  const n = Math.round(x * 0.6366197723675814); // nearest multiple of π/2 (±1 is harmless)
  let rh: number;
  let rl: number;
  if (n === 0) {
    rh = x;
    rl = 0;
  } else {
    // x - n*P1 is exact (Sterbenz); n*P2 and n*P3, n*P4 as exact or double-double products
    const r1 = x - n * P1;
    const p2 = n * P2;
    add2(r1, 0, -p2, 0);
    const p3 = n * P3;
    add2(HI, LO, -p3, -prodErr(n, P3, p3) - n * P4);
    rh = HI;
    rl = LO;
  }
  // r = a + t with a = j/64, |t| <= 1/128
  const jr = Math.round(rh * 64);
  const ja = jr < 0 ? -jr : jr;
  add2(rh - jr / 64, 0, rl, 0);
  const th = HI;
  const tl = LO;
  // sin(t) = t - t^3/6 + t^5 * (...), cos(t) = 1 - t^2/2 + t^4 * (...)
  mul2(th, tl, th, tl);
  const t2h = HI;
  const t2l = LO;
  mul2(t2h, t2l, th, tl);
  divD(HI, LO, -6);
  const m3h = HI;
  const m3l = LO;
  const s5 = t2h * t2h * th * (1 / 120 + t2h * (-1 / 5040 + t2h * (1 / 362880 - t2h / 39916800)));
  add2(m3h, m3l, s5, 0);
  add2(th, tl, HI, LO);
  const sinH = HI;
  const sinL = LO;
  const c4 = t2h * t2h * (1 / 24 + t2h * (-1 / 720 + t2h * (1 / 40320 + t2h * (-1 / 3628800 + t2h / 479001600))));
  add2(-0.5 * t2h, -0.5 * t2l, c4, 0);
  add2(1, 0, HI, LO);
  const cosH = HI;
  const cosL = LO;
  let sH: number;
  let sL: number;
  let cH: number;
  let cL: number;
  if (ja === 0) {
    sH = sinH;
    sL = sinL;
    cH = cosH;
    cL = cosL;
  } else {
    const sg = jr < 0 ? -1 : 1;
    const saH = sg * SINA_HI[ja]!;
    const saL = sg * SINA_LO[ja]!;
    const caH = COSA_HI[ja]!;
    const caL = COSA_LO[ja]!;
    // sin(a + t) = sin a cos t + cos a sin t; cos(a + t) = cos a cos t - sin a sin t
    mul2(saH, saL, cosH, cosL);
    const p1h = HI;
    const p1l = LO;
    mul2(caH, caL, sinH, sinL);
    add2(p1h, p1l, HI, LO);
    sH = HI;
    sL = LO;
    mul2(caH, caL, cosH, cosL);
    const q1h = HI;
    const q1l = LO;
    mul2(saH, saL, sinH, sinL);
    add2(q1h, q1l, -HI, -LO);
    cH = HI;
    cL = LO;
  }
  const s = sH + sL;
  const c = cH + cL;
  switch (n & 3) {
    case 0: SC[0] = s; SC[1] = c; break;
    case 1: SC[0] = c; SC[1] = -s; break;
    case 2: SC[0] = -s; SC[1] = -c; break;
    default: SC[0] = -c; SC[1] = s; break;
  }
}
