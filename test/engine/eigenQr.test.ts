// TF's CPU QR order (src/engine/eigenQr.ts) against TensorFlow 2.21's own orthogonal initializer at
// sizes that run Eigen's blocked paths (fixtures from scripts/engine/gen_orthogonal_fixtures.py): every
// value bit for bit (SHA-256 over all of them), flagged exact; plus Eigen's blocking heuristic.

import * as assert from 'assert';
import { createHash } from 'crypto';
import { blockingSizes, DEFAULT_CACHE, tfQr } from '../../src/engine/eigenQr';
import { materialize, planOp, planSeeds } from '../../src/engine/initializers';
import { compareCase, loadFixtures } from './fixtures';
import { arg } from '../support/specArgs';

describe('TF conformance: orthogonal through TF\'s CPU QR order', () => {
  const cases = loadFixtures('orthogonal');
  it('covers blocked panels, cache-blocked products, tall, wide and conv shapes, v1 and Keras', () => {
    const dims = cases.map((c) => c.shape.slice(0, -1).reduce((a, b) => a * b, 1) * c.shape[c.shape.length - 1]!);
    assert.ok(dims.some((n) => n >= 512 * 512), 'a 512x512 case (products blocked on the depth)');
    assert.ok(cases.some((c) => c.spec.api === 'keras') && cases.some((c) => c.spec.api === 'v1'));
    assert.ok(cases.some((c) => c.shape[0]! < c.shape[c.shape.length - 1]!), 'a wide case');
  });
  for (const c of cases) {
    it(`${String(c.spec.api)} orthogonal(gain ${String(arg(c.spec, 'gain'))}) [${c.shape.join(', ')}] equals TF bit for bit`, () => {
      const n = c.shape.reduce((a, b) => a * b, 1);
      const head = compareCase(c);
      assert.strictEqual(head.exact, head.n, `first ${head.n}: ${head.n - head.exact} differ (max ${head.maxUlp} ulp)`);
      assert.ok(head.engineExact, 'flagged TensorFlow-exact');
      const plan = planOp(c.spec, c.shape, c.dtype);
      const { values } = materialize(plan, planSeeds(c.spec, { graph: c.seed!.graph, op: c.seed!.op }, 'w').state, c.dtype, n);
      const digest = createHash('sha256').update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)).digest('hex');
      assert.strictEqual(digest, c.sha256);
    });
  }
});

describe('eigenQr', () => {
  it('Q has orthonormal columns and Q R = A for a tall matrix', () => {
    const m = 70;
    const n = 50;
    const a = new Float32Array(m * n);
    let s = 12345;
    for (let i = 0; i < a.length; i++) {
      s = (s * 1103515245 + 12345) >>> 0;
      a[i] = (s / 2 ** 32) * 2 - 1;
    }
    const orig = a.slice();
    const { q, diag } = tfQr(a, m, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let d = 0;
        for (let r = 0; r < m; r++) d += q[i * m + r]! * q[j * m + r]!;
        assert.ok(Math.abs(d - (i === j ? 1 : 0)) < 1e-5, `Q^T Q (${i}, ${j}) = ${d}`);
      }
    }
    // the packed factorization keeps R in the upper triangle: A = Q R
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let v = 0;
        for (let k = 0; k <= j; k++) v += q[k * m + i]! * (k === j ? diag[j]! : a[k * n + j]!);
        assert.ok(Math.abs(v - orig[i * n + j]!) < 1e-5, `(Q R)(${i}, ${j}) = ${v}, A = ${orig[i * n + j]}`);
      }
    }
  });
  it('follows Eigen\'s blocking heuristic (kc for triangular products on a 32 KiB L1)', () => {
    assert.deepStrictEqual(blockingSizes(30, 20, 40, 4, DEFAULT_CACHE), { kc: 30, mc: 20 });
    assert.strictEqual(blockingSizes(512, 48, 464, 4, DEFAULT_CACHE).kc, 88);
    assert.strictEqual(blockingSizes(1000, 48, 1000, 1, DEFAULT_CACHE).kc, 336);
  });
  it('refuses a wide input (callers transpose)', () => {
    assert.throws(() => tfQr(new Float32Array(6), 2, 3), /rows >= cols/);
  });
});
