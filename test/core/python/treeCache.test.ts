// The parse-tree cache's bound (src/core/python/treeCache.ts): least recently used trees are freed first, by
// characters of source, never one the last analysis used; and analyses that evict trees give the same results.

import * as assert from 'assert';
import type { SourceHost } from '../../../src/core/api';
import { loadAnalyzer } from '../../../src/host/node';
import { touchTree, trimTrees } from '../../../src/core/python/treeCache';

interface Fake {
  text: string;
  tree: { delete(): void };
  freed: boolean;
}

function fake(chars: number): Fake {
  const f: Fake = { text: 'x'.repeat(chars), freed: false, tree: { delete: () => void (f.freed = true) } };
  return f;
}

describe('parse-tree cache bound', () => {
  it('frees the least recently used trees until the rest fit the budget', () => {
    const trees = new Map<string, Fake>([['a', fake(40)], ['b', fake(40)], ['c', fake(40)]]);
    touchTree(trees, 'a', trees.get('a')!); // order now b, c, a
    const [a, b, c] = ['a', 'b', 'c'].map((k) => trees.get(k)!);
    trimTrees(trees, new Set(), 80);
    assert.deepStrictEqual([...trees.keys()], ['c', 'a']);
    assert.deepStrictEqual([a!.freed, b!.freed, c!.freed], [false, true, false]);
  });

  it('keeps every tree the last analysis used, even over the budget', () => {
    const trees = new Map<string, Fake>([['old', fake(10)], ['entry', fake(100)], ['helper', fake(100)]]);
    const old = trees.get('old')!;
    trimTrees(trees, new Set(['entry', 'helper']), 500);
    assert.deepStrictEqual([...trees.keys()], ['old', 'entry', 'helper']);
    assert.strictEqual(old.freed, false);
    trimTrees(trees, new Set(['entry', 'helper']), 50);
    assert.deepStrictEqual([...trees.keys()], ['entry', 'helper']);
    assert.strictEqual(old.freed, true);
  });

  it('analyses that evict a shared module\'s tree give the same variables as the first', async () => {
    const analyzer = await loadAnalyzer();
    // a helper imported by every program, evicted by the big program analysed between them (over the budget)
    const pad = `PAD = """\n${'padding line for the tree cache test\n'.repeat(30_000)}"""\n`;
    const files: Record<string, string> = {
      '/tc/helper.py': 'import tensorflow.compat.v1 as tf\ndef dense(n):\n    return tf.get_variable("w", shape=[n, 2 * n])\n',
      '/tc/big.py': `import tensorflow.compat.v1 as tf\n${pad}v = tf.get_variable("big", shape=[1])\n`,
    };
    for (let i = 0; i < 4; i++) {
      files[`/tc/p${i}.py`] = `import tensorflow.compat.v1 as tf\nfrom helper import dense\nwith tf.variable_scope("s${i}"):\n    dense(${i + 3})\n`;
    }
    const host: SourceHost = { readFile: (p) => files[p] };
    const shapes = (): string[] => [0, 1, 2, 3, 0].map((i) => {
      const r = analyzer.analyze(`/tc/p${i}.py`, host);
      assert.deepStrictEqual(analyzer.analyze('/tc/big.py', host).variables.map((v) => v.name), ['big']);
      return r.variables.map((v) => `${v.name} ${JSON.stringify(v.shape)}`).join(';');
    });
    assert.deepStrictEqual(shapes(), ['s0/w [3,6]', 's1/w [4,8]', 's2/w [5,10]', 's3/w [6,12]', 's0/w [3,6]']);
    for (const f of Object.keys(files)) analyzer.invalidate(f);
  });
});
