// Python builtins of the evaluator (src/core/python/eval/builtins.ts) on edge cases that once went wrong.

import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import { loadAnalyzer } from '../../../src/host/node';

let analyzer: Analyzer;
before(async () => {
  analyzer = await loadAnalyzer();
});

describe('python builtins', () => {
  it('zip() with no arguments is empty (it used to loop until the heap ran out)', () => {
    const source = 'import tensorflow as tf\nn = len(list(zip()))\nv = tf.Variable(tf.zeros([n + 1]), name="v")\n';
    const r = analyzer.analyze('/ws/main.py', { readFile: (f) => (f === '/ws/main.py' ? source : undefined) });
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [['v', [1]]]);
  });
});
