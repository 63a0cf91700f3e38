// TF1 initializers run for an integer variable: the TypeError TF raises (messages as TF 2.21 printed them for
// get_variable of dtype int32 under each scope initializer), and no error where the analysis cannot be sure.
import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import { loadAnalyzer } from '../../../src/host/node';

const V1 = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n';

describe('TF1 initializers for integer variables', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const raised = (init: string, dtype = 'tf.int32'): string[] => {
    const src = `${V1}with tf.variable_scope('s', initializer=${init}):\n    v = tf.get_variable('v', shape=[2, 2], dtype=${dtype})\n`;
    const r = analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? src : undefined) }, { target: 'keras3' });
    return r.diagnostics.filter((d) => d.raises).map((d) => `${d.raises!.type}: ${d.raises!.message}`);
  };

  it("refuses the float a normal-family or uniform variance-scaling draw passes first, in TF's words", () => {
    assert.deepStrictEqual(raised('tf.random_normal_initializer(mean=0.5, stddev=0.1)'), ["TypeError: Expected int32, but got 0.5 of type 'float'."]);
    assert.deepStrictEqual(raised('tf.glorot_normal_initializer()', 'tf.int64'), ["TypeError: Expected int64, but got 0.0 of type 'float'."]);
    assert.deepStrictEqual(raised("tf.variance_scaling_initializer(distribution='untruncated_normal')"), ["TypeError: Expected int32, but got 0.0 of type 'float'."]);
    assert.deepStrictEqual(raised('tf.orthogonal_initializer()'), ["TypeError: Expected int32, but got 0.0 of type 'float'."]);
    // glorot_uniform on [2, 2]: limit sqrt(3 / 2), computed as TF does
    assert.deepStrictEqual(raised('tf.glorot_uniform_initializer()'), ["TypeError: Expected int32, but got -1.224744871391589 of type 'float'."]);
  });

  it('converts a normal initializer\'s mean, then its stddev, and with both ints the op refuses the dtype (TF 2.21\'s messages)', () => {
    assert.deepStrictEqual(raised('tf.truncated_normal_initializer()'), ["TypeError: Expected int32, but got 0.0 of type 'float'."]);
    assert.deepStrictEqual(raised('tf.truncated_normal_initializer(mean=0)'), ["TypeError: Expected int32, but got 1.0 of type 'float'."]);
    assert.deepStrictEqual(raised('tf.random_normal_initializer(mean=0, stddev=2.0)'), ["TypeError: Expected int32, but got 2.0 of type 'float'."]);
    const op = "TypeError: Value passed to parameter 'dtype' has DataType int32 not in list of allowed values: float16, bfloat16, float32, float64";
    assert.deepStrictEqual(raised('tf.truncated_normal_initializer(mean=0, stddev=2)'), [op]);
    assert.deepStrictEqual(raised('tf.random_normal_initializer(mean=True, stddev=2)'), [op]);
  });

  it('raises nothing for zeros or an int uniform, nor when the mean is not known statically', () => {
    assert.deepStrictEqual(raised('tf.random_normal_initializer(mean=unknown_mean)'), []);
    assert.deepStrictEqual(raised('tf.zeros_initializer()'), []);
    assert.deepStrictEqual(raised('tf.random_uniform_initializer(0, 10)'), []);
  });
});
