// The API registry and its argument binder: arguments bound by TF's parameter order and names, duplicate
// registrations refused, and registry rows reached through the analyzer by their canonical names.

import * as assert from 'node:assert/strict';
import { ApiRegistry, bind } from '../../../src/core/python/lib/registry';
import type { Args } from '../../../src/core/python/interp';
import { int, str, type Value } from '../../../src/core/python/values';

function args(pos: Value[], kw: Record<string, Value> = {}): Args {
  return { pos, kw: new Map(Object.entries(kw)), posNodes: pos.map(() => null), kwNodes: new Map() };
}

describe('API registry', () => {
  it('binds positional arguments by the signature and keywords by name', () => {
    const a = bind(args([str('w'), { t: 'list', items: [int(2), int(3)] }], { dtype: str('float64') }), ['name', 'shape', 'dtype', 'initializer']);
    assert.equal(a.str('name'), 'w');
    assert.deepEqual(a.shape('shape'), [2, 3]);
    assert.equal(a.dtype('dtype'), 'float64');
    assert.equal(a.get('initializer'), undefined);
    assert.equal(a.given('initializer'), false);
    assert.equal(a.bool('trainable', true), true);
  });

  it('reads keyword-only parameters and extra positionals', () => {
    const a = bind(args([int(1), int(2), int(3)], { out_type: str('int64') }), ['input']);
    assert.equal(a.num('input'), 1);
    assert.equal(a.dtype('out_type'), 'int64');
    assert.deepEqual(a.rest().map((v) => (v.t === 'int' ? v.v : null)), [2, 3]);
  });

  it('refuses a name registered twice and declines unknown names', () => {
    const e = { names: ['zeros'], params: [], impl: () => undefined };
    assert.throws(() => new ApiRegistry([[e], [e]]), /zeros registered twice/);
    const r = new ApiRegistry([[e]]);
    assert.equal(r.get('ones'), undefined);
    assert.ok(r.get('zeros'));
  });
});
