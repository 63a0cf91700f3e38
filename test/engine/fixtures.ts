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
