// Loads the TensorFlow reference fixtures (test/fixtures/engine/*.json, made by
// scripts/engine/gen_fixtures.py) and compares the engine's values with them bit by bit.

import * as fs from 'fs';
import * as path from 'path';
import type { InitializerSpec } from '../../src/core/model';
import { exactness, materialize, planOp, planSeeds } from '../../src/engine/initializers';

export interface FixtureCase {
  spec: InitializerSpec;
  shape: number[];
  dtype: string;
  seed?: { graph: number | null; op: number | null };
  bits?: string;
  error?: string;
  sha256?: string;
  head?: string;
}

export function fixtureDir(): string {
  // works from out/test/engine (compiled) and test/engine (ts-node style)
  for (const up of ['../../..', '../..']) {
    const d = path.resolve(__dirname, up, 'test/fixtures/engine');
    if (fs.existsSync(d)) return d;
  }
  throw new Error('test/fixtures/engine not found');
}

export function loadFixtures(name: string): FixtureCase[] {
  return (JSON.parse(fs.readFileSync(path.join(fixtureDir(), `${name}.json`), 'utf8')) as { cases: FixtureCase[] }).cases;
}

export function hexToU32(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

export function ulpDistance(a: number, b: number): number {
  // distance between two float32 bit patterns in units in the last place (same-sign ordering)
  const key = (u: number): number => (u & 0x80000000 ? 0x80000000 - (u & 0x7fffffff) : 0x80000000 + u);
  return Math.abs(key(a >>> 0) - key(b >>> 0));
}

export interface CaseResult {
  n: number;
  exact: number;
  maxUlp: number;
  maxAbs: number;
  engineExact: boolean;
}

/** Materializes a fixture case with the engine and compares it with TF's bits. */
export function compareCase(c: FixtureCase): CaseResult {
  const n = c.shape.reduce((a, b) => a * b, 1);
  const plan = planOp(c.spec, c.shape, c.dtype);
  const seeds = planSeeds(c.spec, c.seed ? { graph: c.seed.graph, op: c.seed.op } : undefined, 'v');
  const { values } = materialize(plan, seeds.state, c.dtype, n);
  const got = new Uint32Array(values.buffer, values.byteOffset, n);
  const want = hexToU32(c.head ?? c.bits!);
  const gotF = new Float32Array(values.buffer, values.byteOffset, n);
  const wantF = new Float32Array(want.buffer);
  let exact = 0;
  let maxUlp = 0;
  let maxAbs = 0;
  for (let i = 0; i < want.length; i++) {
    if (got[i] === want[i]) exact++;
    else if (c.dtype === 'int32') maxUlp = Infinity;
    else {
      maxUlp = Math.max(maxUlp, ulpDistance(got[i]!, want[i]!));
      maxAbs = Math.max(maxAbs, Math.abs(gotF[i]! - wantF[i]!));
    }
  }
  return { n: want.length, exact, maxUlp, maxAbs, engineExact: exactness(plan, seeds, c.dtype).exact };
}

/** Hex digits per element in a fixture's bits: 16 for float64/int64, 4 for float16/bfloat16, else 8. */
export function hexWidth(dtype: string): number {
  return dtype === 'float64' || dtype === 'int64' ? 16 : dtype === 'float16' || dtype === 'bfloat16' ? 4 : 8;
}

/** The bit pattern of a float16 value (exactly representable) as an integer. */
export function f16Bits(v: number): number {
  if (v !== v) return 0x7e00;
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 6.103515625e-5) return sign | Math.round(a * 16777216); // subnormal: multiples of 2^-24
  let e = Math.floor(Math.log2(a));
  if (Math.pow(2, e) > a) e--;
  if (Math.pow(2, e + 1) <= a) e++;
  return sign | ((e + 15) << 10) | Math.round((a / Math.pow(2, e) - 1) * 1024);
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** An element's bit pattern as TF stores it at `dtype` (BigInt: 64-bit patterns fit). */
export function elementBits(v: number, dtype: string): bigint {
  switch (dtype) {
    case 'float64': f64[0] = v; return u64[0]!;
    case 'int64': return BigInt.asUintN(64, BigInt(v));
    case 'float16': return BigInt(f16Bits(v));
    case 'bfloat16': f32[0] = v; return BigInt(u32[0]! >>> 16);
    case 'int32': return BigInt(v >>> 0);
    default: f32[0] = v; return BigInt(u32[0]!);
  }
}

/** Ulps between two bit patterns of a float format with `bits` bits (same-sign ordering). */
export function ulpsBetween(a: bigint, b: bigint, bits: number): number {
  const signBit = 1n << BigInt(bits - 1);
  const key = (u: bigint): bigint => (u & signBit ? signBit - (u & (signBit - 1n)) : signBit + u);
  const d = key(a) - key(b);
  return Number(d < 0n ? -d : d);
}

export interface DtypeCaseResult extends CaseResult {
  /** Engine values, for callers that hash or inspect them. */
  values: ArrayLike<number>;
}

/** Like `compareCase` for any dtype: bits compared at TF's width (ulps in that format; integers: Infinity). */
export function compareAnyCase(c: FixtureCase): DtypeCaseResult {
  const n = c.shape.reduce((a, b) => a * b, 1);
  const plan = planOp(c.spec, c.shape, c.dtype);
  const seeds = planSeeds(c.spec, c.seed ? { graph: c.seed.graph, op: c.seed.op } : undefined, 'v');
  const { values } = materialize(plan, seeds.state, c.dtype, n);
  const w = hexWidth(c.dtype);
  const hex = c.head ?? c.bits!;
  const count = hex.length / w;
  const width = w * 4;
  const isInt = /int/.test(c.dtype);
  let exact = 0;
  let maxUlp = 0;
  let maxAbs = 0;
  for (let i = 0; i < count; i++) {
    const want = BigInt(`0x${hex.slice(i * w, i * w + w)}`);
    const got = elementBits(values[i]!, c.dtype);
    if (got === want) {
      exact++;
      continue;
    }
    maxUlp = isInt ? Infinity : Math.max(maxUlp, ulpsBetween(got, want, width));
    maxAbs = Math.max(maxAbs, Math.abs(values[i]! - decodeBits(want, c.dtype)));
  }
  return { n: count, exact, maxUlp, maxAbs, engineExact: exactness(plan, seeds, c.dtype).exact, values };
}

/** The value of a TF bit pattern at `dtype`. */
export function decodeBits(b: bigint, dtype: string): number {
  switch (dtype) {
    case 'float64': u64[0] = b; return f64[0]!;
    case 'int64': return Number(BigInt.asIntN(64, b));
    case 'bfloat16': u32[0] = Number(b) << 16; return f32[0]!;
    case 'float16': {
      const h = Number(b);
      const s = h & 0x8000 ? -1 : 1;
      const e = (h >>> 10) & 0x1f;
      const m = h & 0x3ff;
      if (e === 0x1f) return m ? NaN : s * Infinity;
      return s * (e === 0 ? m * Math.pow(2, -24) : (1 + m / 1024) * Math.pow(2, e - 15));
    }
    default: u32[0] = Number(b); return /int/.test(dtype) ? u32[0]! | 0 : f32[0]!;
  }
}
