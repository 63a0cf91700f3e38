// Summaries: exact moments/histograms on known data, NaN/Inf accounting, expected distributions, and
// checks that pass on TF's own draws but flag data from the wrong distribution.

import * as assert from 'assert';
import { materialize, planOp, planSeeds } from '../../src/engine/initializers';
import { check, expectedOf, summarize } from '../../src/engine/summary';

describe('summarize', () => {
  it('computes min/max/mean/std/zeros and a histogram over [min, max]', () => {
    const v = new Float32Array([0, 1, 2, 3, 4, 5, 6, 7]);
    const s = summarize(v, 4, [0, 7]);
    assert.deepStrictEqual([s.stats.min, s.stats.max, s.stats.mean, s.stats.zeros, s.stats.nan, s.stats.inf], [0, 7, 3.5, 1, 0, 0]);
    assert.ok(Math.abs(s.stats.std - Math.sqrt(5.25)) < 1e-12);
    assert.deepStrictEqual(s.histogram.counts, [2, 2, 2, 2]);
    assert.strictEqual(s.sumSquares, 140);
    // odd length, no range given
    const t = summarize(new Int32Array([5, -5, 5]), 2);
    assert.deepStrictEqual([t.stats.min, t.stats.max, t.histogram.counts], [-5, 5, [1, 2]]);
  });

  it('counts NaN and Inf apart and keeps moments finite', () => {
    const v = new Float32Array([1, NaN, 3, Infinity, -Infinity, 0]);
    const s = summarize(v, 2, [1, 3]);
    assert.deepStrictEqual([s.stats.nan, s.stats.inf, s.stats.zeros, s.stats.min, s.stats.max], [1, 2, 1, 0, 3]);
    assert.ok(Math.abs(s.stats.mean - 4 / 3) < 1e-12);
    assert.deepStrictEqual(s.histogram.counts, [2, 1]);
  });

  it('a constant tensor has one populated bin and std 0', () => {
    const s = summarize(new Float32Array(10).fill(0.5), 8);
    assert.deepStrictEqual([s.stats.std, s.histogram.counts[0], s.histogram.min, s.histogram.max], [0, 10, 0.5, 0.5]);
  });
});

describe('expected vs observed', () => {
  const draw = (spec: Record<string, unknown>, shape: number[]) => {
    const plan = planOp({ kind: 'unknown', ...spec } as never, shape, 'float32');
    const { values, min, max } = materialize(plan, planSeeds(spec as never, { graph: 1, op: 2 }, 'v').state, 'float32', shape.reduce((a, b) => a * b, 1));
    return { plan, values, s: summarize(values, 64, [min, max]) };
  };

  it('TF draws pass their own checks for every family', () => {
    for (const spec of [
      { kind: 'random_normal', mean: 2, stddev: 3, api: 'v1' }, { kind: 'truncated_normal', api: 'v1' }, { kind: 'random_uniform', minval: -1, maxval: 5, api: 'v1' },
      { kind: 'glorot_uniform', api: 'v1' }, { kind: 'he_normal', api: 'keras' }, { kind: 'variance_scaling', scale: 2, mode: 'fan_out', distribution: 'untruncated_normal', api: 'v1' },
      { kind: 'orthogonal', gain: 2, api: 'v1' }, { kind: 'identity', gain: 3, api: 'v1' }, { kind: 'constant', value: [1, 2], api: 'v1' }, { kind: 'zeros' },
    ]) {
      const { plan, values, s } = draw(spec, [200, 50]);
      const c = check(plan, expectedOf(plan), s, values.length);
      assert.ok(c.ok, `${JSON.stringify(spec)}: ${c.messages.join('; ')}`);
    }
  });

  it('expected moments: uniform bounds and std, truncated 2-sigma bounds, variance scaling std', () => {
    const u = expectedOf(planOp({ kind: 'random_uniform', minval: -1, maxval: 3, api: 'v1' }, [4], 'float32'));
    assert.deepStrictEqual([u.mean, u.bounds], [1, [-1, 3]]);
    assert.ok(Math.abs(u.std! - 4 / Math.sqrt(12)) < 1e-15);
    const t = expectedOf(planOp({ kind: 'truncated_normal', mean: 1, stddev: 0.5, api: 'v1' }, [4], 'float32'));
    assert.deepStrictEqual(t.bounds, [0, 2]);
    assert.ok(Math.abs(t.std! - 0.5 * 0.87962566103423978) < 1e-15);
    // he_normal at [300, 100]: stddev = sqrt(2/300)/0.8796..., observed std = sqrt(2/300)
    const h = expectedOf(planOp({ kind: 'he_normal', api: 'v1' }, [300, 100], 'float32'));
    assert.ok(Math.abs(h.std! - Math.sqrt(2 / 300)) < 1e-12);
    const o = expectedOf(planOp({ kind: 'orthogonal', gain: 2, api: 'v1' }, [10, 40], 'float32'));
    assert.ok(Math.abs(o.std! - 2 / Math.sqrt(40)) < 1e-15);
  });

  it('flags data that does not follow the promised distribution, with sample-size tolerances', () => {
    const { values, s } = draw({ kind: 'random_normal', mean: 0, stddev: 1, api: 'v1' }, [100, 100]);
    // checked against the wrong stddev (1.05): 5 standard errors of the std at n=10^4 is ~0.035
    const wrong = planOp({ kind: 'random_normal', mean: 0, stddev: 1.05, api: 'v1' }, [100, 100], 'float32');
    const c = check(wrong, expectedOf(wrong), s, values.length);
    assert.strictEqual(c.ok, false);
    assert.match(c.messages.join('\n'), /std .* standard errors/);
    // uniform data out of bounds
    const uni = planOp({ kind: 'random_uniform', minval: 0, maxval: 0.5, api: 'v1' }, [100, 100], 'float32');
    const cu = check(uni, expectedOf(uni), summarize(new Float32Array(10000).map((_, i) => (i % 100) / 99), 64), 10000);
    assert.match(cu.messages.join('\n'), /leave the bounds/);
    // a small sample has a wide tolerance: 10 draws of N(0,1) with mean 0.5 is plausible
    const small = planOp({ kind: 'random_normal', mean: 0, stddev: 1, api: 'v1' }, [10], 'float32');
    const cs = check(small, expectedOf(small), summarize(new Float32Array([0.5, 1.5, -0.5, 0.5, 1.5, -0.5, 0.5, 1.5, -0.5, 0.5]), 8), 10);
    assert.ok(cs.ok, cs.messages.join('; '));
  });

  it('orthogonal: the sum of squares must be gain^2 * min(rows, cols)', () => {
    const plan = planOp({ kind: 'orthogonal', gain: 1, api: 'v1' }, [6, 4], 'float32');
    const fake = summarize(new Float32Array(24).fill(0.3), 8);
    assert.match(check(plan, expectedOf(plan), fake, 24).messages.join(), /sum of squares/);
  });
});
