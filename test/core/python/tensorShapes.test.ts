// Tensor shapes through ops at the analyzer level: a dim TF does not know is None (and TF's errors on it are
// reported), a dim only the analysis does not know is unknown (never None, so nothing is raised on it).
import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import type { ProgramResult } from '../../../src/core/model';
import { loadAnalyzer } from '../../../src/host/node';

const V1 = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n';

describe('tensor shapes through ops', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const run = (src: string): ProgramResult => analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? `${V1}${src}` : undefined) });
  const shapes = (r: ProgramResult): [string, (number | null)[] | null][] => r.variables.map((v) => [v.name, v.shape]);
  const raised = (r: ProgramResult): string[] => r.diagnostics.filter((d) => d.raises).map((d) => `${d.raises!.type}: ${d.raises!.message}`);

  it('reads static dims through shape_list, split heads and a 1x1 conv as matmul', () => {
    const r = run(`def shape_list(x):
    static = x.shape.as_list()
    dynamic = tf.shape(x)
    return [dynamic[i] if s is None else s for i, s in enumerate(static)]
x = tf.gather(tf.zeros([50, 12]), tf.placeholder(tf.int32, [2, None]))
*start, nx = shape_list(x)
c = tf.reshape(tf.matmul(tf.reshape(x, [-1, nx]), tf.zeros([nx, 36])), start + [36])
q, k, v = tf.split(c, 3, axis=2)
h = tf.transpose(tf.reshape(q, shape_list(q)[:-1] + [3, 4]), [0, 2, 1, 3])
w = tf.get_variable('w', [1, h.shape[-1].value, c.shape[-1].value, h.shape.ndims])
`);
    assert.deepStrictEqual(raised(r), []);
    assert.deepStrictEqual(shapes(r), [['w', [1, 4, 36, 4]]]);
  });

  it('takes expand_dims axes as a scalar or a one-element list (the ExpandDims kernel), gather and reshape after it, as BERT does', () => {
    const r = run(`ids = tf.placeholder(tf.int32, [8, 128])
ids3 = tf.expand_dims(ids, axis=[-1])
table = tf.get_variable('table', [30522, 64])
flat = tf.gather(table, tf.reshape(ids3, [-1]))
dims = ids3.shape.as_list()
out = tf.reshape(flat, dims[0:-1] + [dims[-1] * 64])
a = tf.get_variable('a', [ids3.shape.ndims, tf.expand_dims(ids, 0).shape[0].value, out.shape[-1].value])
b = tf.get_variable('b', [tf.expand_dims(ids, [1, 2]).shape.ndims or 1])
`);
    assert.deepStrictEqual(raised(r), []);
    // two axes are not one value (TF raises; the analysis does not model that error): the rank stays unknown, never guessed
    assert.deepStrictEqual(shapes(r), [['table', [30522, 64]], ['a', [3, 1, 64]], ['b', [null]]]);
  });

  it("keeps a dim from an unknown config unknown: no 'Dimension value must be integer', no 'fully defined' error", () => {
    const r = run(`units = int(open('cfg').read())
x = tf.layers.dense(tf.placeholder(tf.float32, [None, 4]), units)
w = tf.get_variable('w', [x.shape[-1].value, 3])
b = tf.get_variable('b', [x.shape[0].value or 5])
`);
    assert.deepStrictEqual(raised(r), []);
    // TF's batch dim is None (b would be [5]); vagueness is per tensor, so the analysis leaves it unknown: not wrong
    assert.deepStrictEqual(shapes(r), [['dense/kernel', [4, null]], ['dense/bias', [null]], ['w', [null, 3]], ['b', [null]]]);
  });

  it("still raises TF's errors on dims TF does not know: a tensor dim, an unstack of a None dim", () => {
    const dyn = run(`x = tf.placeholder(tf.float32, [None, 4])\nw = tf.get_variable('w', [tf.shape(x)[0], 3])\n`);
    assert.match(raised(dyn)[0] ?? '', /^TypeError: Dimension value must be integer or None/);
    const un = run(`x = tf.placeholder(tf.float32, [2, None])\nparts = tf.unstack(x, axis=1)\n`);
    assert.deepStrictEqual(raised(un), ['ValueError: Cannot infer argument `num` from shape (2, ?)']);
    const vague = run(`n = int(open('cfg').read())\nx = tf.zeros([2, n])\nparts = tf.unstack(x, axis=1)\n`);
    assert.deepStrictEqual(raised(vague), []);
  });
});
