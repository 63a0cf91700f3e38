// Initializer semantics beyond the TF fixtures: seed rules and their notes, v1 vs Keras defaults,
// constant padding/broadcast, refusals, orthogonal properties, dtypes and sampled windows.

import * as assert from 'assert';
import {
  exactness, generateRange, materialize, planOp, planSeeds, resolveSpec,
} from '../../src/engine/initializers';
import { DEFAULT_GRAPH_SEED, MAXINT32 } from '../../src/engine/philox';
import type { InitializerSpec } from '../../src/core/model';

describe('seed rules (random_seed.get_seed)', () => {
  const rn = { kind: 'random_normal', api: 'v1' } as const;
  it('(graph, op), default graph seed, (0,0) and truncation', () => {
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: 7, op: 3 }, 'a')), ['stateful', 7, 3, true]);
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: null, op: 3 }, 'a')), ['stateful', DEFAULT_GRAPH_SEED, 3, true]);
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: 0, op: 0 }, 'a')), ['stateful', 0, MAXINT32, true]);
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: MAXINT32 + 4, op: 2 ** 40 }, 'a')), ['stateful', 4, 2 ** 40 % MAXINT32, true]);
    // the spec's own seed wins over SeedInfo.op
    assert.deepStrictEqual(pick(planSeeds({ ...rn, seed: 9 }, { graph: 1, op: 3 }, 'a')), ['stateful', 1, 9, true]);
    // EngineOptions.seed supplies/overrides the graph seed
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: 1, op: 3 }, 'a', 42)), ['stateful', 42, 3, true]);
  });
  it('graph seed without op seed, no seeds, runtime dependence: fallback with a reason', () => {
    const g = planSeeds(rn, { graph: 5, op: null }, 'scope/v');
    assert.deepStrictEqual([g.kind, g.exact, g.seed], ['fallback', false, 5]);
    assert.match(g.note!, /number of ops/);
    const none = planSeeds(rn, undefined, 'scope/v');
    assert.match(none.note!, /no seeds/);
    assert.notDeepStrictEqual(planSeeds(rn, undefined, 'scope/w').state, none.state, 'each variable gets its own stream');
    assert.match(planSeeds(rn, { graph: 1, op: 2, dependsOnRuntime: true }, 'v').note!, /runtime state/);
  });
  it('Keras/TF2 seeds are stateless [seed, 0]; without a known seed: fallback with the analyzer\'s reason', () => {
    assert.deepStrictEqual(pick(planSeeds({ kind: 'he_normal', api: 'keras', seed: 5 }, undefined, 'a')), ['stateless', 5, 0, true]);
    // a seed Keras drew from Python's random (keras.utils.set_random_seed) arrives as SeedInfo.op
    assert.deepStrictEqual(pick(planSeeds({ kind: 'he_normal', api: 'keras' }, { graph: 3, op: 56224986, drawn: 'python' }, 'a')), ['stateless', 56224986, 0, true]);
    const k = planSeeds({ kind: 'he_normal', api: 'keras' }, { graph: 3, op: null }, 'a');
    assert.deepStrictEqual([k.kind, k.exact], ['fallback', false]);
    assert.match(k.note!, /not known statically/);
    assert.doesNotMatch(k.note!, /every run/, 'the engine cannot know the program leaves Python\'s random unseeded');
    const why = 'no seed= on this Keras initializer: Keras draws its seed from Python\'s `random`, which this program does not seed';
    assert.strictEqual(planSeeds({ kind: 'he_normal', api: 'keras' }, { graph: null, op: null, dependsOnRuntime: true, note: why }, 'a').note, why);
  });
  it('eager kernel cache: a stateful op whose kernel already ran starts skip blocks on', () => {
    const p = planSeeds(rn, { graph: 5, op: 1, skip: 1536 }, 'w1');
    assert.deepStrictEqual([...pick(p), p.skip], ['stateful', 5, 1, true, 1536]);
    assert.deepStrictEqual(p.state.counter, [1536, 0, 1, 0]);
    assert.deepStrictEqual(planSeeds(rn, { graph: null, op: 2, skip: 2 ** 33 }, 'v').state.counter, [0, 2, 2, 0]);
    assert.strictEqual(planSeeds(rn, { graph: 5, op: 1 }, 'w0').skip, undefined);
  });
  it('op seeds drawn by the eager context: exact under their global seed, not under another chosen one', () => {
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: 42, op: 478163327, drawn: 'eager' }, 'w')), ['stateful', 42, 478163327, true]);
    assert.deepStrictEqual(pick(planSeeds(rn, { graph: 42, op: 478163327, drawn: 'eager' }, 'w', 42)), ['stateful', 42, 478163327, true]);
    const other = planSeeds(rn, { graph: 42, op: 478163327, drawn: 'eager' }, 'w', 7);
    assert.deepStrictEqual([other.kind, other.exact], ['fallback', false]);
    assert.match(other.note!, /set_seed\(42\)/);
  });
  it('TF2 tf.random_*_initializer without seed= runs the stateful op (SeedInfo.stateful)', () => {
    const v2 = { kind: 'random_normal', api: 'v2' } as const;
    assert.deepStrictEqual(pick(planSeeds(v2, { graph: 9, op: 1167, drawn: 'eager', stateful: true }, 'y')), ['stateful', 9, 1167, true]);
    assert.deepStrictEqual(pick(planSeeds({ ...v2, seed: 4 }, { graph: 9, op: 4 }, 'z')), ['stateless', 4, 0, true]);
  });
  it('tf.random.stateless_*: the [seed0, seed1] pair, in graph or eager mode, whatever the global seed', () => {
    const st: InitializerSpec = { kind: 'random_normal', api: 'v1', seed: [1, 2] };
    assert.deepStrictEqual(pick(planSeeds(st, { graph: 5, op: null, dependsOnRuntime: true }, 's')), ['stateless', 1, 2, true]);
    assert.deepStrictEqual(pick(planSeeds({ ...st, seed: [-3, 2 ** 40] }, undefined, 's', 11)), ['stateless', -3, 2 ** 40, true]);
    const bad = planSeeds({ ...st, seed: [1.5, 2] }, undefined, 's');
    assert.deepStrictEqual([bad.kind, bad.exact], ['fallback', false]);
  });
  it('the analyzer\'s reason replaces the generic notes', () => {
    const note = 'TF2 gives each unseeded random op the next draw of tf.random.set_seed(3)\'s generator, and x';
    const p = planSeeds(rn, { graph: 3, op: null, dependsOnRuntime: true, note }, 'v', 8);
    assert.deepStrictEqual([p.kind, p.exact, p.note], ['fallback', false, note]);
  });
});

function pick(s: ReturnType<typeof planSeeds>): [string, number, number, boolean] {
  return [s.kind, s.seed, s.seed2, s.exact];
}

describe('initializer plans', () => {
  it('fills v1 and Keras defaults when arguments are missing', () => {
    assert.deepStrictEqual(resolveSpec({ kind: 'random_normal', api: 'v1' }), { kind: 'random_normal', api: 'v1', mean: 0, stddev: 1 });
    assert.deepStrictEqual(resolveSpec({ kind: 'random_normal', api: 'keras' }), { kind: 'random_normal', api: 'keras', mean: 0, stddev: 0.05 });
    assert.deepStrictEqual(resolveSpec({ kind: 'random_uniform', api: 'v1' }), { kind: 'random_uniform', api: 'v1', minval: 0, maxval: 1 });
    assert.deepStrictEqual(resolveSpec({ kind: 'random_uniform', api: 'v2' }), { kind: 'random_uniform', api: 'v2', minval: -0.05, maxval: 0.05 });
    const p = planOp({ kind: 'glorot_uniform', api: 'v1' }, [3, 5], 'float32');
    assert.ok(p.op === 'uniform' && p.shift === Math.fround(-Math.sqrt(3 / 4)));
  });

  it('constant: v1 pads with the last value, v2 broadcasts numpy-style, both refuse what TF refuses', () => {
    const v2 = planOp({ kind: 'constant', value: [[1], [2]], api: 'v2' }, [2, 3], 'float32');
    assert.deepStrictEqual(v2.op === 'constant' && v2.values, [1, 1, 1, 2, 2, 2]);
    assert.throws(() => planOp({ kind: 'constant', value: [1, 2], api: 'v2' }, [3], 'float32'), /cannot be broadcast/);
    const i = planOp({ kind: 'constant', value: 2.7, api: 'v1' }, [3], 'int32');
    assert.ok(i.op === 'fill' && i.value === 2);
    assert.throws(() => planOp({ kind: 'identity', api: 'v1' }, [2, 2, 2], 'float32'), /2-D/);
    assert.throws(() => planOp({ kind: 'orthogonal', api: 'v1' }, [4], 'float32'), /at least two/);
    assert.throws(() => planOp({ kind: 'unknown', reason: 'a lambda' }, [4], 'float32'), /a lambda/);
    assert.throws(() => planOp({ kind: 'random_uniform', api: 'v1' }, [4], 'int32'), /needs maxval/);
  });

  it('orthogonal: Q^T Q = gain^2 I for rank 3 (tall) and wide shapes', () => {
    for (const shape of [[2, 3, 4], [3, 8]]) {
      const plan = planOp({ kind: 'orthogonal', gain: 1.5, api: 'v1' }, shape, 'float32');
      const n = shape.reduce((a, b) => a * b, 1);
      const { values } = materialize(plan, planSeeds({ kind: 'orthogonal', api: 'v1' }, { graph: 1, op: 1 }, 'o').state, 'float32', n);
      const cols = shape[shape.length - 1]!;
      const rows = n / cols;
      const tall = rows >= cols;
      const k = Math.min(rows, cols);
      for (let a = 0; a < k; a++) {
        for (let b = 0; b < k; b++) {
          let dot = 0;
          for (let t = 0; t < (tall ? rows : cols); t++) dot += tall ? values[t * cols + a]! * values[t * cols + b]! : values[a * cols + t]! * values[b * cols + t]!;
          assert.ok(Math.abs(dot - (a === b ? 2.25 : 0)) < 1e-5, `${shape}: <${a},${b}> = ${dot}`);
        }
      }
    }
  });

  it('a window of a tensor equals the same elements of the whole tensor (sampling is exact)', () => {
    for (const kind of ['random_normal', 'truncated_normal', 'random_uniform', 'identity'] as const) {
      const spec: InitializerSpec = { kind, api: 'v1' };
      const plan = planOp(spec, [50, 40], 'float32');
      const seeds = planSeeds(spec, { graph: 3, op: 4 }, 'w');
      const { values } = materialize(plan, seeds.state, 'float32', 2000);
      const win = new Float32Array(100);
      generateRange(plan, seeds.state, win, 1200, 1300, 1200);
      assert.deepStrictEqual(Array.from(win), Array.from(values.subarray(1200, 1300)), kind);
    }
  });

  it('int32 uniform covers [lo, hi); float64 normals are flagged inexact, other dtypes\' samplers exact', () => {
    const plan = planOp({ kind: 'random_uniform', minval: -3, maxval: 4, api: 'v1' }, [1000], 'int32');
    const seeds = planSeeds({ kind: 'random_uniform', api: 'v1' }, { graph: 1, op: 1 }, 'i');
    const { values, min, max } = materialize(plan, seeds.state, 'int32', 1000);
    assert.ok(values instanceof Int32Array);
    assert.deepStrictEqual([min, max], [-3, 3]);
    assert.strictEqual(exactness(plan, seeds, 'int32').exact, true);
    const f64 = planOp({ kind: 'random_normal', api: 'v1' }, [4], 'float64');
    assert.match(exactness(f64, seeds, 'float64').note!, /glibc/);
    assert.strictEqual(exactness(planOp({ kind: 'random_uniform', api: 'v1' }, [4], 'float64'), seeds, 'float64').exact, true);
    assert.strictEqual(exactness(planOp({ kind: 'truncated_normal', api: 'v1' }, [4], 'float16'), seeds, 'float16').exact, true);
    assert.match(exactness(planOp({ kind: 'random_normal', api: 'v1' }, [4], 'int8'), seeds, 'int8').note!, /different sampler for int8/);
    assert.strictEqual(exactness(planOp({ kind: 'ones' }, [4], 'float64'), seeds, 'float64').exact, true);
  });
});
