// The engine against TensorFlow 2.21's own numbers (fixtures from scripts/engine/gen_fixtures.py):
// every seeded float32/int32 initializer must be bit-exact, orthogonal included (TF's CPU QR order,
// larger blocked cases in eigenQr.test.ts); whole programs' seed state (gen_seed_fixtures.py) too.

import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer } from '../../src/core/api';
import { exactness, materialize, planOp, planSeeds } from '../../src/engine/initializers';
import { loadAnalyzer } from '../../src/host/node';
import { compareCase, fixtureDir, type FixtureCase, loadFixtures } from './fixtures';

function label(c: FixtureCase): string {
  return `${String(c.spec.api)} ${c.spec.kind} ${JSON.stringify(c.spec)} ${c.dtype}[${c.shape.join(',')}] seeds ${JSON.stringify(c.seed)}`;
}

for (const group of ['v1_graph', 'keras', 'tf2']) {
  describe(`TF conformance: ${group}`, () => {
    const cases = loadFixtures(group);
    it('has cases for every initializer family', () => {
      const kinds = new Set<string>(cases.map((c) => c.spec.kind));
      for (const k of ['random_normal', 'truncated_normal', 'random_uniform', 'glorot_uniform', 'he_normal']) assert.ok(kinds.has(k), `${group} lacks ${k}`);
    });
    it('is bit-exact for every seeded initializer', () => {
      let checked = 0;
      for (const c of cases) {
        if (c.error || c.sha256) continue;
        const r = compareCase(c);
        assert.strictEqual(r.exact, r.n, `${label(c)}: ${r.n - r.exact} of ${r.n} differ (max ${r.maxUlp} ulp)`);
        assert.ok(r.engineExact, `${label(c)} should be flagged exact`);
        checked++;
      }
      assert.ok(checked > 50);
    });
  });
}

describe('TF conformance: 2^20-element draws (glibc logf/sincosf emulation)', () => {
  for (const c of loadFixtures('v1_graph').filter((x) => x.sha256)) {
    it(`${c.spec.kind} matches TF's SHA-256 over all ${c.shape[0]} values`, () => {
      const n = c.shape.reduce((a, b) => a * b, 1);
      const plan = planOp(c.spec, c.shape, c.dtype);
      const seeds = planSeeds(c.spec, { graph: c.seed!.graph, op: c.seed!.op }, 'x');
      const { values } = materialize(plan, seeds.state, c.dtype, n);
      const r = compareCase(c); // first 4096 values, to localize a failure
      assert.strictEqual(r.exact, r.n, `head: ${r.n - r.exact} differ`);
      const digest = createHash('sha256').update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)).digest('hex');
      assert.strictEqual(digest, c.sha256);
    });
  }
});

describe('TF conformance: refusals match TensorFlow', () => {
  it('constant values longer than the shape raise, shorter v1 lists pad with the last value', () => {
    assert.throws(() => planOp({ kind: 'constant', value: [1, 2, 3], api: 'v1' }, [2], 'float32'), /do not fit/);
    const p = planOp({ kind: 'constant', value: [1, 2], api: 'v1' }, [4], 'float32');
    assert.deepStrictEqual(p.op === 'constant' && p.values, [1, 2, 2, 2]);
  });
});

describe('TF conformance: bit-exact share per initializer (printed)', () => {
  it('reports the percentage of float32 elements equal to TF\'s bits', () => {
    const lines: string[] = [];
    for (const group of ['v1_graph', 'tf2', 'keras']) {
      const per = new Map<string, { n: number; exact: number; maxUlp: number }>();
      for (const c of loadFixtures(group)) {
        if (c.error) continue;
        const key = `${c.spec.kind}${c.dtype === 'int32' ? ' (int32)' : ''}`;
        const r = compareCase(c);
        const p = per.get(key) ?? { n: 0, exact: 0, maxUlp: 0 };
        p.n += r.n;
        p.exact += r.exact;
        p.maxUlp = Math.max(p.maxUlp, r.maxUlp);
        per.set(key, p);
      }
      lines.push(`${group}: ` + [...per].map(([k, p]) => `${k} ${((100 * p.exact) / p.n).toFixed(p.exact === p.n ? 0 : 1)}%${p.maxUlp ? ` (max ${p.maxUlp} ulp)` : ''}`).join(', '));
    }
    // eslint-disable-next-line no-console
    console.log(lines.map((l) => `      ${l}`).join('\n'));
    assert.ok(lines.every((l) => !l.includes('ulp')), `every initializer is bit-exact:\n${lines.join('\n')}`);
  });
});

// Whole programs run in real TF (scripts/engine/gen_seed_fixtures.py, gen_expr_fixtures.py): the analyzer
// reads each source and the engine materializes every variable. seeds.json: eager kernel-cache offsets,
// op seeds drawn by tf.random.set_seed's generator, Keras's default seeds from Python's random, stateless
// seed pairs. expressions.json: initial values that are expressions (a random or constant tensor with
// elementwise arithmetic, eager and graph mode; NumPy's arrays and legacy seeded stream).
for (const [file, what] of [['seeds.json', 'seed state across a program'], ['expressions.json', 'initial values that are expressions']] as const) {
  describe(`TF conformance: ${what} (${file})`, () => {
    interface Program { name: string; source: string; inexact?: Record<string, string>; variables: { name: string; dtype: string; shape: number[]; bits: string }[] }
    const programs = (JSON.parse(fs.readFileSync(path.join(fixtureDir(), file), 'utf8')) as { programs: Program[] }).programs;
    let analyzer: Analyzer;
    before(async () => {
      analyzer = await loadAnalyzer();
    });
    for (const p of programs) {
      it(`${p.name}: every variable bit-exact and flagged exact${p.inexact ? ` (but ${Object.keys(p.inexact).join(', ')}: flagged inexact)` : ''}`, () => {
        const r = analyzer.analyze('/ws/main.py', { readFile: (f) => (f === '/ws/main.py' ? p.source : undefined) });
        const left = [...r.variables];
        for (const tv of p.variables) {
          const i = left.findIndex((v) => v.name === tv.name);
          assert.ok(i >= 0, `${p.name}: the analyzer lacks ${tv.name} (has ${left.map((v) => v.name).join(', ')})`);
          const v = left.splice(i, 1)[0]!;
          assert.deepStrictEqual([v.shape, v.dtype], [tv.shape, tv.dtype], `${p.name}/${tv.name}: shape/dtype`);
          const n = tv.shape.reduce((a, b) => a * b, 1);
          const plan = planOp(v.initializer, tv.shape, v.dtype);
          const seeds = planSeeds(v.initializer, v.seed, v.name);
          const ex = exactness(plan, seeds, v.dtype);
          const why = p.inexact?.[tv.name];
          if (why !== undefined) {
            assert.ok(!ex.exact && ex.note?.includes(why), `${p.name}/${tv.name} should be flagged inexact with a note on ${why}: ${JSON.stringify(ex)}`);
            continue;
          }
          assert.ok(ex.exact, `${p.name}/${tv.name} should be flagged exact: ${ex.note} (seed ${JSON.stringify(v.seed)})`);
          const { values } = materialize(plan, seeds.state, v.dtype, n);
          assert.strictEqual(hexOf(values, v.dtype), tv.bits, `${p.name}/${tv.name}: values differ from TF's (${JSON.stringify(v.initializer)}, plan ${seeds.kind} ${seeds.seed}/${seeds.seed2}${seeds.skip ? ` skip ${seeds.skip}` : ''})`);
        }
      });
    }
  });
}

/** The engine's values as the fixtures' hex bit patterns (big-endian text per element). */
function hexOf(values: ArrayLike<number>, dtype: string): string {
  const dv = new DataView(new ArrayBuffer(8));
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (dtype === 'float32') {
      dv.setFloat32(0, x);
      out += dv.getUint32(0).toString(16).padStart(8, '0');
    } else if (dtype === 'int32') out += (x >>> 0).toString(16).padStart(8, '0');
    else if (dtype === 'float16') out += f16Bits(x).toString(16).padStart(4, '0');
    else if (dtype === 'bfloat16') {
      dv.setFloat32(0, x);
      out += (dv.getUint32(0) >>> 16).toString(16).padStart(4, '0');
    }
    else if (dtype === 'int64') out += BigInt.asUintN(64, BigInt(x)).toString(16).padStart(16, '0');
    else if (dtype === 'float64') {
      dv.setFloat64(0, x);
      out += dv.getUint32(0).toString(16).padStart(8, '0') + dv.getUint32(4).toString(16).padStart(8, '0');
    } else throw new Error(`hexOf: ${dtype}`);
  }
  return out;
}

/** The IEEE half-precision bits of a value that is exactly a float16 (held as a double). */
function f16Bits(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === 0) return sign;
  if (a === Infinity) return sign | 0x7c00;
  if (a !== a) return 0x7e00;
  const e = Math.floor(Math.log2(a));
  if (e < -14) return sign | Math.round(a * 2 ** 24); // subnormal
  return sign | ((e + 15) << 10) | Math.round((a / 2 ** e - 1) * 1024);
}
