// float64/float16/bfloat16/int64 against TensorFlow 2.21's own bits (test/fixtures/engine/dtypes.json):
// 16-bit floats, float64 uniform and int64 must be bit-exact and flagged exact; float64 normals (glibc's
// double log/sincos vs ours, correctly rounded) must stay within 2 ulp, mostly identical, flagged inexact.

import * as assert from 'assert';
import { createHash } from 'crypto';
import type { InitializerSpec } from '../../src/core/model';
import { fillUniformInt64, roundBf16, roundF16, toPrec, uint64ToDouble } from '../../src/engine/dtypes';
import { exactness, F64_NORMAL_NOTE, generateRange, InitializerError, materialize, planOp, planSeeds, type Values } from '../../src/engine/initializers';
import { philoxBlock, skipCounter, statefulState } from '../../src/engine/philox';
import { compareAnyCase, f16Bits, type FixtureCase, loadFixtures } from './fixtures';
import { arg } from '../support/specArgs';

type DtCase = FixtureCase & { ctor?: string };

function label(c: DtCase): string {
  return `${String(c.spec.api)} ${c.ctor ?? c.spec.kind} ${JSON.stringify(c.spec)} ${c.dtype}[${c.shape.join(',')}] seeds ${JSON.stringify(c.seed)}`;
}

function opOf(c: DtCase): string {
  return planOp(c.spec, c.shape, c.dtype).op;
}

/** TF's little-endian bytes of `values` held at `dtype` (float16/bfloat16 as 2 bytes, int64 as 8). */
function tfBytes(values: Values, dtype: string): Uint8Array {
  if (dtype === 'float16' || dtype === 'bfloat16') {
    const out = new Uint16Array(values.length);
    const f = new Float32Array(1);
    const u = new Uint32Array(f.buffer);
    for (let i = 0; i < values.length; i++) {
      if (dtype === 'float16') out[i] = f16Bits(values[i]!);
      else {
        f[0] = values[i]!;
        out[i] = u[0]! >>> 16;
      }
    }
    return new Uint8Array(out.buffer);
  }
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

describe('TF conformance: float64, float16, bfloat16 and int64 (dtypes.json)', () => {
  const cases = loadFixtures('dtypes') as DtCase[];
  const small = cases.filter((c) => !c.error && !c.sha256);

  it('covers every dtype, sampler and API', () => {
    const seen = new Set(small.map((c) => `${String(c.spec.api)} ${c.dtype} ${opOf(c)}`));
    for (const api of ['v1', 'keras', 'v2']) {
      for (const dt of ['float16', 'bfloat16', 'float64']) for (const op of ['uniform', 'normal', 'truncated']) assert.ok(seen.has(`${api} ${dt} ${op}`), `${api} ${dt} ${op}`);
      assert.ok(seen.has(`${api} int64 uniform_int`), `${api} int64`);
    }
  });

  it('float16 and bfloat16 are bit-exact for every initializer and API, and flagged exact', () => {
    let elements = 0;
    for (const c of small.filter((x) => x.dtype === 'float16' || x.dtype === 'bfloat16')) {
      const r = compareAnyCase(c);
      assert.strictEqual(r.exact, r.n, `${label(c)}: ${r.n - r.exact} of ${r.n} differ (max ${r.maxUlp} ulp)`);
      assert.ok(r.engineExact, `${label(c)} should be flagged exact`);
      elements += r.n;
    }
    assert.ok(elements > 4000, `${elements} elements`);
  });

  it('float64 uniform, constants and identity are bit-exact; the TF2 spelling that rounds bounds through float32 is flagged', () => {
    let elements = 0;
    for (const c of small.filter((x) => x.dtype === 'float64' && opOf(x) !== 'normal' && opOf(x) !== 'truncated')) {
      const r = compareAnyCase(c);
      const ex = exactness(planOp(c.spec, c.shape, c.dtype), planSeeds(c.spec, c.seed ?? undefined, 'v'), c.dtype);
      if (c.ctor === 'tf.initializers.RandomUniform') {
        // recorded like tf.random_uniform_initializer (api 'v2'): Keras's bounds went through float32
        assert.strictEqual(r.engineExact, false, label(c));
        assert.match(ex.note!, /tf\.initializers\.RandomUniform/);
        continue;
      }
      assert.strictEqual(r.exact, r.n, `${label(c)}: ${r.n - r.exact} of ${r.n} differ (max ${r.maxUlp} ulp)`);
      if (c.ctor === 'tf.random_uniform_initializer') assert.strictEqual(r.engineExact, false, 'ambiguous spelling is not claimed exact');
      else assert.ok(r.engineExact, `${label(c)} should be flagged exact`);
      elements += r.n;
    }
    assert.ok(elements > 800, `${elements} elements`);
  });

  it('float64 normal and truncated normal: within 2 ulp of TF, at least 99.5% identical, flagged inexact', () => {
    let n = 0;
    let exact = 0;
    for (const c of cases.filter((x) => !x.error && x.dtype === 'float64' && (opOf(x) === 'normal' || opOf(x) === 'truncated'))) {
      const r = compareAnyCase(c);
      assert.ok(r.maxUlp <= 2, `${label(c)}: ${r.maxUlp} ulp`);
      assert.strictEqual(r.engineExact, false, label(c));
      assert.strictEqual(exactness(planOp(c.spec, c.shape, c.dtype), planSeeds(c.spec, c.seed ?? undefined, 'v'), c.dtype).note, F64_NORMAL_NOTE);
      n += r.n;
      exact += r.exact;
    }
    assert.ok(n > 5000 && exact / n >= 0.995, `${exact} of ${n} identical`);
  });

  it('int64 and int32 uniform (v1 stateful, Keras/TF2 stateless, Keras variance-scaling casts) are bit-exact', () => {
    let elements = 0;
    for (const c of small.filter((x) => x.dtype === 'int64' || x.dtype === 'int32')) {
      const r = compareAnyCase(c);
      const big = Math.abs(arg(c.spec, 'minval') as number) > Number.MAX_SAFE_INTEGER || Math.abs(arg(c.spec, 'maxval') as number) > Number.MAX_SAFE_INTEGER;
      if (big) {
        // beyond ±2^53 the float64 holding the int64 is TF's value rounded, and says so
        assert.strictEqual(r.maxAbs, 0, label(c));
        assert.strictEqual(r.engineExact, false, label(c));
        continue;
      }
      assert.strictEqual(r.exact, r.n, `${label(c)}: ${r.n - r.exact} of ${r.n} differ`);
      assert.ok(r.engineExact, `${label(c)} should be flagged exact`);
      elements += r.n;
    }
    assert.ok(elements > 700, `${elements} elements`);
  });

  it('refuses what TensorFlow refuses at integer dtypes', () => {
    const errors = cases.filter((c) => c.error);
    assert.ok(errors.length >= 6);
    for (const c of errors) assert.throws(() => planOp(c.spec, c.shape, c.dtype), InitializerError, label(c));
  });

  for (const c of cases.filter((x) => x.sha256)) {
    const f64Normal = c.dtype === 'float64' && c.spec.kind !== 'random_uniform';
    it(`${c.dtype} ${c.spec.kind}: ${f64Normal ? 'the first 2048 of 2^20 values within 2 ulp' : 'TF\'s SHA-256 over all 2^20 values'}`, () => {
      const r = compareAnyCase(c);
      if (f64Normal) {
        assert.ok(r.maxUlp <= 2 && r.exact / r.n >= 0.995, `${r.exact} of ${r.n} identical, max ${r.maxUlp} ulp`);
        return;
      }
      assert.strictEqual(r.exact, r.n, `head: ${r.n - r.exact} differ`);
      const n = c.shape.reduce((a, b) => a * b, 1);
      const plan = planOp(c.spec, c.shape, c.dtype);
      const { values } = materialize(plan, planSeeds(c.spec, c.seed ?? undefined, 'x').state, c.dtype, n);
      assert.strictEqual(createHash('sha256').update(tfBytes(values, c.dtype)).digest('hex'), c.sha256);
    });
  }

  it('reports the share of TF-identical values per dtype, API and sampler (printed)', () => {
    const per = new Map<string, { n: number; exact: number; maxUlp: number }>();
    for (const c of cases) {
      if (c.error || c.ctor === 'tf.initializers.RandomUniform') continue;
      const beyond = Math.abs(Number(arg(c.spec, 'minval') ?? 0)) > Number.MAX_SAFE_INTEGER ? ' (bounds beyond ±2^53)' : '';
      const key = `${c.dtype} ${String(c.spec.api)} ${opOf(c)}${beyond}`;
      const r = compareAnyCase(c);
      const p = per.get(key) ?? { n: 0, exact: 0, maxUlp: 0 };
      p.n += r.n;
      p.exact += r.exact;
      p.maxUlp = Math.max(p.maxUlp, r.maxUlp);
      per.set(key, p);
    }
    const lines = [...per].sort(([a], [b]) => a.localeCompare(b)).map(([k, p]) => `${k}: ${p.exact}/${p.n}${p.exact === p.n ? '' : ` (${((100 * p.exact) / p.n).toFixed(2)}%, max ${p.maxUlp} ulp)`}`);
    // eslint-disable-next-line no-console
    console.log(lines.map((l) => `      ${l}`).join('\n'));
    assert.ok(per.size >= 20);
  });
});

describe('dtype samplers', () => {
  it('round to float16/bfloat16 with ties to even, subnormals and overflow', () => {
    assert.strictEqual(roundF16(1 + 2 ** -11), 1); // tie: to even
    assert.strictEqual(roundF16(1 + 3 * 2 ** -11), 1 + 2 ** -9);
    assert.strictEqual(roundF16(65504), 65504);
    assert.strictEqual(roundF16(65519.99), 65504);
    assert.strictEqual(roundF16(65520), Infinity);
    assert.strictEqual(roundF16(-1e6), -Infinity);
    assert.strictEqual(roundF16(2 ** -25), 0); // half of the smallest subnormal: to even (0)
    assert.strictEqual(roundF16(3 * 2 ** -25), 2 ** -23);
    assert.strictEqual(roundF16(0.1), 0.0999755859375);
    assert.ok(Object.is(roundF16(-0), -0));
    assert.strictEqual(roundBf16(1 + 2 ** -8), 1);
    assert.strictEqual(roundBf16(1 + 3 * 2 ** -8), 1 + 2 ** -6);
    assert.strictEqual(roundBf16(0.1), 0.10009765625);
    assert.strictEqual(roundBf16(3.39e38), 3.3895313892515355e38);
    assert.strictEqual(roundBf16(3.4e38), Infinity);
    assert.strictEqual(roundBf16(3.3961775292304957e38), Infinity);
  });

  it('converts Python floats like TF: NumPy (one rounding) in graph mode, through float32 eagerly', () => {
    const x = 1 + 2 ** -11 + 2 ** -40; // just above a float16 midpoint; float32 rounds it onto the midpoint
    assert.strictEqual(toPrec(x, 'f16', false), 1 + 2 ** -10);
    assert.strictEqual(toPrec(x, 'f16', true), 1);
    assert.strictEqual(toPrec(1 + 2 ** -8 + 2 ** -40, 'bf16', false), 1); // bfloat16 always through float32
    assert.strictEqual(toPrec(0.1, 'f64', true), 0.1);
  });

  it('Uint64ToDouble takes 20 + 32 random bits', () => {
    assert.strictEqual(uint64ToDouble(0, 0), 0);
    assert.strictEqual(uint64ToDouble(0xffffffff, 0xffffffff), 1 - 2 ** -52);
    assert.strictEqual(uint64ToDouble(0x80000, 0), 0.5);
  });

  it('int64: lo + (w0 | w1 << 32) % range, in doubles for small ranges and BigInt beyond', () => {
    const st = statefulState(3, 4);
    const a = new Float64Array(64);
    const b = new Float64Array(64);
    fillUniformInt64(st, a, 0, 64, -1000, 1000000); // range < 2^21: double arithmetic
    fillUniformInt64(st, b, 0, 64, -(2 ** 40), 2 ** 41 + 3); // BigInt
    const words = new Uint32Array(4);
    for (let i = 0; i < 64; i++) {
      const c = skipCounter(st.counter, i >> 1);
      philoxBlock(st.key[0], st.key[1], c[0], c[1], c[2], c[3], words, 0);
      const q = 2 * (i & 1);
      const bits = (BigInt(words[q + 1]!) << 32n) | BigInt(words[q]!);
      assert.strictEqual(BigInt(a[i]!), -1000n + (bits % 1001000n));
      assert.strictEqual(BigInt(b[i]!), -(2n ** 40n) + (bits % (2n ** 41n + 3n + 2n ** 40n)));
    }
  });

  it('a window equals the same elements of the whole tensor for every dtype sampler', () => {
    const specs: InitializerSpec[] = [
      { kind: 'random_normal', api: 'v1' }, { kind: 'truncated_normal', api: 'v1' }, { kind: 'random_uniform', minval: -2, maxval: 3, api: 'v1' },
    ];
    for (const dtype of ['float16', 'bfloat16', 'float64']) {
      for (const spec of specs) {
        const plan = planOp(spec, [50, 40], dtype);
        const seeds = planSeeds(spec, { graph: 3, op: 4 }, 'w');
        const { values } = materialize(plan, seeds.state, dtype, 2000);
        const win = dtype === 'float64' ? new Float64Array(100) : new Float32Array(100);
        generateRange(plan, seeds.state, win, 1200, 1300, 1200);
        assert.deepStrictEqual(Array.from(win), Array.from(values.subarray(1200, 1300)), `${dtype} ${spec.kind}`);
      }
    }
    const ip = planOp({ kind: 'random_uniform', minval: -5, maxval: 2 ** 40, api: 'v1' }, [2000], 'int64');
    const st = planSeeds({ kind: 'random_uniform', api: 'v1' }, { graph: 1, op: 2 }, 'i').state;
    const whole = materialize(ip, st, 'int64', 2000).values;
    const w = new Float64Array(100);
    generateRange(ip, st, w, 1200, 1300, 1200);
    assert.deepStrictEqual(Array.from(w), Array.from(whole.subarray(1200, 1300)));
  });
});
