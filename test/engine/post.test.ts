// Elementwise steps after an initializer: per-op rounding in the dtype, scalar conversion (eager float16
// through float32, graph and NumPy once), and the Grappler rewrite of graph-mode chains in the orders TF
// 2.21 was measured to run them (whole programs against TF: tfconformance.test.ts, expressions.json).

import * as assert from 'assert';
import type { PostOp } from '../../src/core/model';
import { roundF16 } from '../../src/engine/dtypes';
import { applyStep, convertScalar, resolvePost, simulateGraph, type Step } from '../../src/engine/post';

const f = Math.fround;
const g = (op: PostOp['op'], value?: number, left?: boolean): PostOp => ({ op, ...(value !== undefined ? { value } : {}), ...(left ? { left } : {}), by: 'graph' });
const normal = { scale: 1, shift: 0, add: true } as const;
const mul = (c: number): Step => ({ k: 'mul', c, left: false, dt: 'float32' });

describe('post steps', () => {
  it('rounds each op to its dtype (int32 wraps) and converts Python scalars as TF does', () => {
    assert.strictEqual(applyStep({ k: 'mul', c: f(0.1), left: false, dt: 'float32' }, f(3)), f(f(0.1) * 3));
    assert.strictEqual(applyStep({ k: 'sub', c: 1, left: true, dt: 'float64' }, 0.25), 0.75);
    assert.strictEqual(applyStep({ k: 'mul', c: 65536, left: false, dt: 'int32' }, 65536), 0);
    assert.strictEqual(applyStep({ k: 'add', c: roundF16(0.1), left: false, dt: 'float16' }, roundF16(1 / 3)), roundF16(f(roundF16(0.1) + roundF16(1 / 3))));
    assert.strictEqual(applyStep({ k: 'cast', c: 0, left: false, dt: 'int32' }, -2.7), -2);
    // float16: eager TF converts through float32 (two roundings), graph TF and NumPy round once
    const x = 1 + 2 ** -11 + 2 ** -30; // a float16 midpoint plus a little: float32 drops the little, then ties to even
    assert.notStrictEqual(convertScalar(x, 'float16', 'eager'), convertScalar(x, 'float16', 'graph'));
  });

  it('eager and NumPy steps run as written; a dtype the variable does not have ends in a cast', () => {
    const p = resolvePost([{ op: 'mul', value: 0.01, by: 'eager' }, { op: 'div', value: 3, by: 'eager' }], 'float32', 'float32', 'opaque');
    assert.deepStrictEqual(p.steps, [mul(f(0.01)), { k: 'div', c: 3, left: false, dt: 'float32' }]);
    const q = resolvePost([{ op: 'mul', value: 0.5, by: 'numpy' }], 'float64', 'float32', 'opaque');
    assert.deepStrictEqual(q.steps, [{ k: 'mul', c: 0.5, left: false, dt: 'float64' }, { k: 'cast', c: 0, left: false, dt: 'float32' }]);
  });

  it('graph constants fold op by op as written (constant folding evaluates each node)', () => {
    const p = resolvePost([g('mul', 0.3), g('mul', 0.7), g('div', 3)], 'float32', 'float32', 'constant');
    assert.deepStrictEqual(p.steps.map((s) => s.k), ['mul', 'mul', 'div']);
  });
});

describe('Grappler on graph-mode chains (as measured in TF 2.21)', () => {
  it('x / c runs as x * (1/c), the reciprocal folded in float32', () => {
    assert.deepStrictEqual(simulateGraph([g('div', 10)], 'float32', normal).steps, [mul(f(1 / 10))]);
  });

  it('x * a * b folds to x * (a*b); the base op\'s own scale joins in the second round', () => {
    assert.deepStrictEqual(simulateGraph([g('mul', 0.3), g('mul', 0.7)], 'float32', normal).steps, [mul(f(f(0.7) * f(0.3)))]);
    const k = f(f(f(0.3) * f(0.5)) * 2);
    assert.deepStrictEqual(simulateGraph([g('mul', 0.5), g('mul', 0.3)], 'float32', { scale: 2, shift: 0, add: true }).steps, [mul(k)]);
  });

  it('a sum of constants folds with signs kept; different kinds do not mix', () => {
    assert.deepStrictEqual(simulateGraph([g('add', 0.1), g('add', 0.2)], 'float32', normal).steps, [{ k: 'add', c: f(f(0.2) + f(0.1)), left: false, dt: 'float32' }]);
    const s = simulateGraph([g('mul', 2), g('sub', 1)], 'float32', normal).steps;
    assert.deepStrictEqual(s, [mul(2), { k: 'sub', c: 1, left: false, dt: 'float32' }]);
  });

  it('c / x stays a division; 1 / x becomes TF\'s approximate Reciprocal (noted)', () => {
    assert.deepStrictEqual(simulateGraph([g('div', 2, true)], 'float32', normal), { steps: [{ k: 'div', c: 2, left: true, dt: 'float32' }] });
    const r = resolvePost([g('div', 1, true)], 'float32', 'float32', normal);
    assert.deepStrictEqual(r.steps, [{ k: 'recip', c: 0, left: false, dt: 'float32' }]);
    assert.match(r.note ?? '', /Reciprocal/);
  });

  it('notes the orders it does not model: 16-bit chains that could fold, a negation before + or -', () => {
    assert.match(simulateGraph([g('mul', 0.1), g('div', 3)], 'float16', normal).note ?? '', /16-bit/);
    assert.strictEqual(simulateGraph([g('div', 3)], 'float16', normal).note, undefined);
    assert.match(simulateGraph([g('neg'), g('add', 1)], 'float32', normal).note ?? '', /negation/);
  });
});
