// TF's static shape rules (src/core/tf/shapeRules.ts) on cases checked against TensorFlow 2.21's own shape
// inference (the same cases, end to end, are conformance programs 702/703 recorded by real TF).
import * as assert from 'assert';
import {
  broadcastRule, concatRule, einsumRule, expandDimsRule, gatherRule, matmulRule, oneHotRule, padRule, reduceRule, reshapeRule,
  sliceRule, splitRule, squeezeRule, stackRule, tileRule, transposeRule, ts, unstackRule,
} from '../../src/core/tf/shapeRules';

const d = (s: { dims: (number | null)[] | null }): (number | null)[] | null => s.dims;

describe('TF shape rules', () => {
  it('broadcasts like BroadcastBinaryOpOutputShapeFn: a known dim > 1 wins over an unknown one, 1 takes the other', () => {
    assert.deepStrictEqual(d(broadcastRule(ts([1, 5, 2]), ts([null, 5, 2]))), [null, 5, 2]);
    assert.deepStrictEqual(d(broadcastRule(ts([6, 5, 2]), ts([null, null, 2]))), [6, 5, 2]);
    assert.deepStrictEqual(d(broadcastRule(ts([3, null, 4]), ts([4]))), [3, null, 4]);
    assert.deepStrictEqual(d(broadcastRule(ts([]), ts([2, 3]))), [2, 3]);
    assert.strictEqual(broadcastRule(ts([null]), ts([2], true)).vague, true);
  });

  it('multiplies matrices with broadcast batch dims and transposes', () => {
    assert.deepStrictEqual(d(matmulRule(ts([2, 1, 3, 4]), ts([5, 4, 6]), false, false)), [2, 5, 3, 6]);
    assert.deepStrictEqual(d(matmulRule(ts([1, 12, null, 64]), ts([1, 12, null, 64]), false, true)), [1, 12, null, null]);
    assert.deepStrictEqual(d(einsumRule('bij,jk->bik', [ts([3, 5, 4]), ts([4, 6])])), [3, 5, 6]);
    assert.deepStrictEqual(d(einsumRule('ij,jk', [ts([2, 3]), ts([3, 5])])), [2, 5]);
  });

  it('reshapes with -1 inferred from the element count, or the one unknown input dim', () => {
    assert.deepStrictEqual(d(reshapeRule(ts([3, 5, 4]), ts([-1, 2]))), [30, 2]);
    assert.deepStrictEqual(d(reshapeRule(ts([3, null, 4]), ts([-1, 4]))), [null, 4]);
    assert.deepStrictEqual(d(reshapeRule(ts([3, null, 4]), ts([3, -1]))), [3, null]);
    assert.deepStrictEqual(d(reshapeRule(ts([3, null, 4]), ts([null, 4, 3]))), [null, 4, 3]);
    assert.deepStrictEqual(d(reshapeRule(ts([1, null, 768]), ts([1, null, 12, 64]))), [1, null, 12, 64]);
  });

  it('transposes, reduces, expands and squeezes by axis', () => {
    assert.deepStrictEqual(d(transposeRule(ts([3, null, 4]), null)), [4, null, 3]);
    assert.deepStrictEqual(d(transposeRule(ts([1, null, 12, 64]), [0, 2, 1, 3])), [1, 12, null, 64]);
    assert.deepStrictEqual(d(reduceRule(ts([3, null, 4]), [-1], true)), [3, null, 1]);
    assert.deepStrictEqual(d(reduceRule(ts([3, null, 4]), null, false)), []);
    assert.deepStrictEqual(d(reduceRule(ts([3, null, 4]), [0, 2], false)), [null]);
    assert.deepStrictEqual(d(expandDimsRule(ts([3, null, 4]), -1)), [3, null, 4, 1]);
    assert.deepStrictEqual(d(squeezeRule(ts([1, 3, 1, 2]), null)), [3, 2]);
    assert.deepStrictEqual(d(squeezeRule(ts([1, null, 1, 3]), null)), null);
    assert.deepStrictEqual(d(squeezeRule(ts([1, 3, 1]), [0])), [3, 1]);
  });

  it('splits, concatenates, stacks and unstacks', () => {
    assert.deepStrictEqual(splitRule(ts([1, null, 2304]), 2, { count: 3 }).map(d), [[1, null, 768], [1, null, 768], [1, null, 768]]);
    assert.deepStrictEqual(splitRule(ts([3, 5, 4]), 1, { sizes: [1, -1] }).map(d), [[3, 1, 4], [3, 4, 4]]);
    assert.deepStrictEqual(d(concatRule([ts([3, null, 4]), ts([3, 5, 4])], 1)), [3, null, 4]);
    assert.deepStrictEqual(d(concatRule([ts([3, 5, 4]), ts([3, 5, 4])], -1)), [3, 5, 8]);
    assert.deepStrictEqual(d(stackRule([ts([3, null, 4]), ts([3, null, 4])], -1)), [3, null, 4, 2]);
    const u = unstackRule(ts([1, 12, 2, 12, null, 64]), 1, undefined);
    assert.deepStrictEqual([u.num, d(u.part)], [12, [1, 2, 12, null, 64]]);
    assert.strictEqual(unstackRule(ts([1, null]), 1, undefined).num, undefined);
  });

  it('gathers, one-hots, tiles, pads and slices', () => {
    assert.deepStrictEqual(d(gatherRule(ts([50257, 768]), ts([1, null]), 0, 0)), [1, null, 768]);
    assert.deepStrictEqual(d(gatherRule(ts([3, 5, 4]), ts([2]), 2, 0)), [3, 5, 2]);
    assert.deepStrictEqual(d(oneHotRule(ts([2, null]), 7, -1)), [2, null, 7]);
    assert.deepStrictEqual(d(oneHotRule(ts([2, null]), 7, 0)), [7, 2, null]);
    assert.deepStrictEqual(d(tileRule(ts([1, 5]), ts([3, 1]))), [3, 5]);
    assert.deepStrictEqual(d(tileRule(ts([3, null, 4]), ts([1, 2, 1]))), [3, null, 4]);
    assert.deepStrictEqual(d(padRule(ts([3, null, 4]), [[1, 1], [2, 0], [0, 0]])), [5, null, 4]);
    const all = { kind: 'slice' } as const;
    assert.deepStrictEqual(d(sliceRule(ts([3, null, 4]), [all, { kind: 'index', known: true }, all])), [3, 4]);
    assert.deepStrictEqual(d(sliceRule(ts([3, null, 4]), [{ kind: 'slice', start: 1 }, { kind: 'slice', stop: 2 }])), [2, null, 4]);
    assert.deepStrictEqual(d(sliceRule(ts([3, null, 4]), [{ kind: 'ellipsis' }, { kind: 'newaxis' }])), [3, null, 4, 1]);
    assert.deepStrictEqual(d(sliceRule(ts([3, 5, 4]), [all, { kind: 'slice', start: 1, stop: -1 }, { kind: 'slice', step: 2 }])), [3, 3, 2]);
  });
});
