// Initial values that are expressions: the analyzer's `post` chains (TF's dtype rules, eager vs graph,
// NumPy's rules), NumPy's constructors and legacy streams (seed, draws before a call, what makes them
// unknown), and the distribution a chain promises. Values against real TF: test/engine/tfconformance.test.ts
// (fixtures/engine/expressions.json) and the conformance programs 227-228.

import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import { describePost, distributionAfter, expectedDistribution } from '../../../src/core/initializers';
import type { InitializerSpec, ProgramResult, VariableInfo } from '../../../src/core/model';
import { numpyLinspace } from '../../../src/core/python/lib/convert';
import { loadAnalyzer } from '../../../src/host/node';
import { arg } from '../../support/specArgs';

let analyzer: Analyzer;
before(async () => {
  analyzer = await loadAnalyzer();
});

function run(source: string): ProgramResult {
  return analyzer.analyze('/ws/main.py', { readFile: (f) => (f === '/ws/main.py' ? source : undefined) });
}

function vars(source: string): Record<string, VariableInfo> {
  return Object.fromEntries(run(source).variables.map((v) => [v.name, v]));
}

describe('expressions: TF arithmetic on a known tensor', () => {
  it('records each op with its scalar, operand side and who ran it (eager)', () => {
    const v = vars(`import tensorflow as tf
W = tf.Variable(tf.random.normal([784, 10], seed=1) * 0.01, name="W")
b = tf.Variable(1.0 - tf.random.uniform([3]) * 2, name="b")
m = tf.Variable(-tf.ones([2]), name="m")
d = tf.Variable(tf.random.normal([3], seed=2) / 10.0, name="d")
`);
    assert.deepStrictEqual(v.W!.initializer.post, [{ op: 'mul', value: 0.01, by: 'eager' }]);
    assert.deepStrictEqual([v.W!.shape, v.W!.dtype, v.W!.initializer.kind, v.W!.initializer.baseDtype], [[784, 10], 'float32', 'random_normal', 'float32']);
    assert.deepStrictEqual(v.b!.initializer.post, [{ op: 'mul', value: 2, by: 'eager' }, { op: 'sub', value: 1, left: true, by: 'eager' }]);
    assert.deepStrictEqual(v.m!.initializer.post, [{ op: 'neg', by: 'eager' }]);
    assert.deepStrictEqual(v.d!.initializer.post, [{ op: 'div', value: 10, by: 'eager' }]);
    assert.deepStrictEqual(v.W!.seed, { graph: null, op: 1 });
  });

  it('graph mode: the ops take their names (a variable named "mul" becomes mul_1, "Mul" after tf.multiply Mul_3) and are marked graph', () => {
    const v = vars(`import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
x = tf.Variable(tf.random_normal([2], seed=7) * 0.5, name="mul")
y = tf.Variable(tf.multiply(tf.zeros([2]), 3.0), name="Mul")
`);
    assert.deepStrictEqual(Object.keys(v), ['mul_1', 'Mul_3']); // as TF 2.21 names them (op names are unique ignoring case)
    assert.deepStrictEqual(v.mul_1!.initializer.post, [{ op: 'mul', value: 0.5, by: 'graph' }]);
  });

  it('follows TF\'s dtype rules: int / int is float64, int * float raises, a cast is a step', () => {
    const v = vars(`import tensorflow as tf
h = tf.Variable(tf.ones([3], tf.int32) / 2, name="h")
i = tf.Variable(tf.ones([3], tf.int32) * 0.5, name="i")
c = tf.Variable(tf.cast(tf.random.normal([2], seed=1), tf.float64) * 0.1, name="c")
`);
    assert.strictEqual(v.h!.dtype, 'float64');
    assert.deepStrictEqual(v.h!.initializer.post, [{ op: 'cast', dtype: 'float64', by: 'eager' }, { op: 'div', value: 2, by: 'eager' }]);
    assert.strictEqual(v.i!.initializer.kind, 'unknown');
    assert.match(String(arg(v.i!.initializer, 'reason')), /Cannot convert 0.5 to EagerTensor of dtype int32/);
    assert.deepStrictEqual([v.c!.dtype, v.c!.initializer.baseDtype, v.c!.initializer.post], ['float64', 'float32', [{ op: 'cast', dtype: 'float64', by: 'eager' }, { op: 'mul', value: 0.1, by: 'eager' }]]);
  });

  it('says why an expression is not followed', () => {
    const v = vars(`import tensorflow as tf
a = tf.Variable(tf.random.normal([3]) + tf.random.normal([3]), name="a")
b = tf.Variable(tf.random.normal([3]) ** 2, name="b")
`);
    assert.match(String(arg(v.a!.initializer, 'reason')), /between two tensors/);
    assert.match(String(arg(v.b!.initializer, 'reason')), /\*\* operator/);
  });

  it('keeps the op seeds of the random op under the arithmetic', () => {
    const v = vars(`import tensorflow as tf
tf.random.set_seed(3)
a = tf.Variable(tf.random.normal([4]) * 2.0, name="a")
`);
    assert.strictEqual(v.a!.seed?.drawn, 'eager');
    assert.strictEqual(typeof v.a!.seed?.op, 'number');
  });
});

describe('expressions: NumPy', () => {
  it('NumPy\'s dtypes: float64 unless told, ints from int arguments, astype a cast step', () => {
    const v = vars(`import numpy as np
import tensorflow as tf
a = tf.Variable(np.zeros((3, 4), dtype=np.float32), name="a")
b = tf.Variable(np.ones(5), name="b")
c = tf.Variable(np.full((2, 2), 7), name="c")
d = tf.Variable(np.arange(6) * 0.5, name="d")
e = tf.Variable(np.linspace(0, 1, 6).astype(np.float32), name="e")
f = tf.Variable(np.eye(3), name="f")
g = tf.Variable(np.array([True, False]), name="g")
`);
    assert.deepStrictEqual(Object.values(v).map((x) => x.dtype), ['float32', 'float64', 'int64', 'float64', 'float32', 'float64', 'bool']);
    assert.deepStrictEqual(v.d!.initializer.post, [{ op: 'cast', dtype: 'float64', by: 'numpy' }, { op: 'mul', value: 0.5, by: 'numpy' }]);
    assert.deepStrictEqual(v.e!.initializer.post, [{ op: 'cast', dtype: 'float32', by: 'numpy' }]);
    assert.deepStrictEqual(v.f!.initializer, { kind: 'identity', gain: 1, api: 'v1' });
  });

  it('a NumPy scalar is typed: float32 array * np.sqrt(...) is float64 (NEP 50), a Python float is not', () => {
    const v = vars(`import numpy as np
import tensorflow as tf
np.random.seed(1)
a = tf.Variable(np.random.randn(3).astype(np.float32) * np.sqrt(2.0 / 3), name="a")
b = tf.Variable(np.random.randn(3).astype(np.float32) * 0.5, name="b")
c = tf.Variable(np.float64(0.25), name="c")
d = tf.Variable(tf.random.normal([3], seed=1) * np.sqrt(0.5), name="d")
`);
    assert.deepStrictEqual([v.a!.dtype, v.b!.dtype, v.c!.dtype, v.d!.dtype], ['float64', 'float32', 'float64', 'float32']);
  });

  it('NumPy\'s legacy stream: the seed and every draw before a call; RandomState streams are their own', () => {
    const v = vars(`import numpy as np
import tensorflow as tf
np.random.seed(42)
x = np.random.rand(100, 8)
a = tf.Variable(np.random.randn(8, 4), name="a")
noise = np.random.normal(size=7)
rs = np.random.RandomState(7)
b = tf.Variable(rs.uniform(-1, 1, (4,)), name="b")
c = tf.Variable(np.random.normal(0.5, 0.1, (2, 3)).astype(np.float32), name="c")
`);
    const spec = (name: string): InitializerSpec => v[name]!.initializer;
    assert.deepStrictEqual(spec('a'), { kind: 'numpy_random', api: 'numpy', dist: 'normal', loc: 0, scale: 1, seed: 42, draws: [{ draw: 'double', n: 800 }] });
    assert.deepStrictEqual([arg(spec('b'), 'seed'), arg(spec('b'), 'draws'), arg(spec('b'), 'low'), arg(spec('b'), 'high')], [7, [], -1, 1]);
    assert.deepStrictEqual(arg(spec('c'), 'draws'), [{ draw: 'double', n: 800 }, { draw: 'gauss', n: 39 }]);
    assert.deepStrictEqual(v.a!.seed, { graph: null, op: null });
  });

  it('keras.utils.set_random_seed seeds NumPy; a draw the analysis does not reproduce, or none, leaves the stream unknown', () => {
    const v = vars(`import numpy as np
import keras
import tensorflow as tf
keras.utils.set_random_seed(3)
a = tf.Variable(np.random.rand(2), name="a")
np.random.shuffle([1, 2, 3])
b = tf.Variable(np.random.rand(2), name="b")
r = np.random.RandomState()
c = tf.Variable(r.rand(2), name="c")
g = np.random.default_rng(0)
d = tf.Variable(g.standard_normal((2, 2)), name="d")
`);
    assert.deepStrictEqual([arg(v.a!.initializer, 'seed'), arg(v.a!.initializer, 'draws')], [3, []]);
    assert.strictEqual(arg(v.b!.initializer, 'seed'), null);
    assert.match(String(v.b!.initializer.note), /np\.random\.shuffle/);
    assert.match(String(v.c!.initializer.note), /seeded from the OS/);
    assert.deepStrictEqual([v.d!.shape, v.d!.initializer.kind], [[2, 2], 'unknown']);
    assert.match(String(arg(v.d!.initializer, 'reason')), /default_rng/);
  });

  it('np.linspace computes i * step + start and ends on stop, as NumPy does', () => {
    assert.deepStrictEqual(numpyLinspace(0, 1, 6, true), [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]);
    assert.deepStrictEqual(numpyLinspace(0, 1, 5, false), [0, 0.2, 0.4, 0.6000000000000001, 0.8]);
    assert.deepStrictEqual(numpyLinspace(2, 3, 1, true), [2]);
    assert.deepStrictEqual(numpyLinspace(-1, 1, 3, true), [-1, 0, 1]);
  });
});

describe('expressions: the distribution a chain promises', () => {
  it('maps normal and uniform through affine steps and constants value by value', () => {
    assert.deepStrictEqual(expectedDistribution({ kind: 'random_normal', mean: 1, stddev: 2, post: [{ op: 'mul', value: 0.5, by: 'eager' }, { op: 'add', value: 1, by: 'eager' }] }, [3]), { family: 'normal', mean: 1.5, stddev: 1 });
    assert.deepStrictEqual(expectedDistribution({ kind: 'random_uniform', minval: 0, maxval: 1, post: [{ op: 'sub', value: 2, left: true, by: 'graph' }] }, [3]), { family: 'uniform', minval: 1, maxval: 2 });
    assert.deepStrictEqual(distributionAfter({ family: 'ones' }, [{ op: 'neg', by: 'eager' }, { op: 'mul', value: 3, by: 'eager' }]), { family: 'const', value: -3 });
    assert.deepStrictEqual(distributionAfter({ family: 'const', value: [1, 2] }, [{ op: 'div', value: 4, left: true, by: 'numpy' }]), { family: 'const', value: [4, 2] });
    assert.deepStrictEqual(distributionAfter({ family: 'normal', mean: 0, stddev: 1 }, [{ op: 'div', value: 1, left: true, by: 'eager' }]), { family: 'unknown' });
    assert.deepStrictEqual(distributionAfter({ family: 'orthogonal', gain: 1 }, [{ op: 'mul', value: 0.5, by: 'eager' }]), { family: 'orthogonal', gain: 0.5 });
    assert.deepStrictEqual(expectedDistribution({ kind: 'numpy_random', dist: 'uniform', low: -1, high: 1, post: [{ op: 'cast', dtype: 'float32', by: 'numpy' }] }, [2]), { family: 'uniform', minval: -1, maxval: 1 });
  });

  it('describes a chain as code', () => {
    assert.strictEqual(describePost([{ op: 'mul', value: 2, by: 'eager' }, { op: 'sub', value: 1, left: true, by: 'eager' }, { op: 'cast', dtype: 'float32', by: 'numpy' }]), ' * 2, then 1 - x, then as float32');
  });
});
