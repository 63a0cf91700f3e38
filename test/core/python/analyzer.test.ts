// Unit tests of the Python analyzer over in-memory sources: the seed's three programs, TF naming and
// sharing rules, evaluator features, diagnostics with quick fixes, and bad input that must not crash.
// Expected names/errors follow TF 2.21 (the conformance suite checks the same against recorded TF runs).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer, SourceHost } from '../../../src/core/api';
import type { ProgramResult } from '../../../src/core/model';
import { loadAnalyzer } from '../../../src/host/node';
import { arg } from '../../support/specArgs';

const ROOT = path.resolve(__dirname, '../../../..');

function memHost(files: Record<string, string>): SourceHost {
  return { readFile: (p) => files[p] };
}

const V1 = 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n';

describe('Python analyzer', function () {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });

  function run(src: string, extra: Record<string, string> = {}): ProgramResult {
    return analyzer.analyze('/ws/main.py', memHost({ '/ws/main.py': src, ...extra }));
  }
  const names = (r: ProgramResult): string[] => r.variables.map((v) => v.name);
  const errors = (r: ProgramResult) => r.diagnostics.filter((d) => d.raises);

  describe('the seed examples', () => {
    function seed(file: string): ProgramResult {
      const p = path.join(ROOT, 'examples', file);
      return analyzer.analyze(p, { readFile: (f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined) });
    }
    it('explicit initialization: my_scope/weight zeros, my_scope/bias random_normal', () => {
      const r = seed('seed_explicit_init.py');
      assert.strictEqual(r.mode, 'v1');
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.dtype, v.initializer.kind]), [
        ['my_scope/weight', [10, 10], 'float32', 'zeros'],
        ['my_scope/bias', [10], 'float32', 'random_normal'],
      ]);
      assert.strictEqual(arg(r.variables[1]!.initializer, 'stddev'), 1.0, 'v1 random_normal_initializer defaults to stddev 1.0');
      assert.strictEqual(errors(r).length, 0);
      const scope = r.scopes.find((s) => s.name === 'my_scope')!;
      assert.deepStrictEqual([scope.variableCount, scope.paramCount, scope.bytes], [2, 110, 440]);
      assert.deepStrictEqual(r.variables[0]!.binding?.name, 'W');
      assert.strictEqual(r.variables[0]!.nameLocation?.line, 5);
    });
    it('nested scopes: names, shapes and constant 0.5', () => {
      const r = seed('seed_nested_scopes.py');
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.initializer.kind]), [
        ['outer_scope/inner_scope/weight1', [5, 5], 'ones'],
        ['outer_scope/inner_scope/bias1', [5], 'constant'],
        ['outer_scope/weight2', [5, 10], 'truncated_normal'],
      ]);
      assert.strictEqual(arg(r.variables[1]!.initializer, 'value'), 0.5);
      const inner = r.scopes.find((s) => s.name === 'outer_scope/inner_scope')!;
      assert.strictEqual(inner.parent, 'outer_scope');
      assert.strictEqual(r.scopes.find((s) => s.name === 'outer_scope')!.paramCount, 80);
    });
    it('dynamic scope: var_0..2 random_uniform, and the lookup in the session loop raises', () => {
      const r = seed('seed_dynamic_scope.py');
      assert.deepStrictEqual(names(r), ['dynamic_scope/var_0', 'dynamic_scope/var_1', 'dynamic_scope/var_2']);
      assert.ok(r.variables.every((v) => v.initializer.kind === 'random_uniform' && arg(v.initializer, 'minval') === 0 && arg(v.initializer, 'maxval') === 1));
      const [e] = errors(r);
      assert.ok(e, 'an error diagnostic');
      assert.strictEqual(e.line, 16);
      assert.deepStrictEqual(e.raises, {
        type: 'ValueError',
        message: 'Variable dynamic_scope/var_0 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?',
      });
      assert.ok(e.fixes?.some((f) => f.title.includes('reuse=True')), 'offers a reuse fix');
    });
  });

  describe('TensorFlow naming and sharing', () => {
    it('default_name scopes are uniquified and counters reset when the parent is re-entered', () => {
      const r = run(`${V1}with tf.variable_scope("foo"):
    with tf.variable_scope(None, default_name="bar"):
        a = tf.get_variable("a", [1])
    with tf.variable_scope(None, default_name="bar"):
        b = tf.get_variable("b", [1])
with tf.variable_scope("foo"):
    with tf.variable_scope(None, default_name="bar"):
        c = tf.get_variable("c", [1])
`);
      assert.deepStrictEqual(names(r), ['foo/bar/a', 'foo/bar_1/b', 'foo/bar/c']);
    });
    it('name_scope prefixes tf.Variable but not get_variable; re-entered variable scopes get name scope _1', () => {
      const r = run(`${V1}with tf.variable_scope("s"):
    v = tf.Variable(1.0, name="v")
with tf.variable_scope("s", reuse=tf.AUTO_REUSE):
    w = tf.get_variable("w", [2])
    u = tf.Variable(2.0, name="u")
with tf.name_scope("ns"):
    g = tf.get_variable("g", [3])
    x = tf.Variable(0)
y = tf.Variable(0)
z = tf.Variable(0)
`);
      assert.deepStrictEqual(names(r), ['s/v', 's/w', 's_1/u', 'g', 'ns/Variable', 'Variable', 'Variable_1']);
      assert.strictEqual(r.variables[5]!.dtype, 'int32');
    });
    it('reuse=True is inherited and cannot be undone; AUTO_REUSE creates then shares', () => {
      const r = run(`${V1}with tf.variable_scope("a"):
    w = tf.get_variable("w", [1])
with tf.variable_scope("a", reuse=True):
    with tf.variable_scope("b", reuse=False):
        x = tf.get_variable("x", [1])
`);
      assert.deepStrictEqual(errors(r).map((e) => e.raises!.message), [
        'Variable a/b/x does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?',
      ]);
      const r2 = run(`${V1}def f():
    with tf.variable_scope("m", reuse=tf.AUTO_REUSE):
        return tf.get_variable("v", [3])
a = f()
b = f()
`);
      assert.deepStrictEqual(names(r2), ['m/v']);
      assert.strictEqual(errors(r2).length, 0);
    });
    it('captured scope objects, reuse_variables() and original_name_scope', () => {
      const r = run(`${V1}with tf.variable_scope("model") as scope:
    w = tf.get_variable("w", [2, 2])
    scope.reuse_variables()
    w2 = tf.get_variable("w", [2, 2])
with tf.variable_scope(scope):
    t = tf.Variable(1.0, name="t")
`);
      assert.deepStrictEqual(names(r), ['model/w', 'model_1/t']);
      assert.strictEqual(errors(r).length, 0);
    });
    it('shape and dtype mismatches on sharing, in TF\'s words', () => {
      const r = run(`${V1}with tf.variable_scope("s"):
    v = tf.get_variable("v", [2, 3])
with tf.variable_scope("s", reuse=True):
    v2 = tf.get_variable("v", [3, 2])
    v3 = tf.get_variable("v", [2, 3], dtype=tf.float64)
`);
      assert.deepStrictEqual(errors(r).map((e) => e.raises!.message), [
        'Trying to share variable s/v, but specified shape (3, 2) and found shape (2, 3).',
        'Trying to share variable s/v, but specified dtype float64 and found dtype float32_ref.',
      ]);
    });
    it('scope initializer and dtype are inherited; ints default to zeros, floats to glorot_uniform', () => {
      const r = run(`${V1}with tf.variable_scope("s", initializer=tf.constant_initializer(0.3), dtype=tf.float64):
    a = tf.get_variable("a", [2])
    with tf.variable_scope("t"):
        b = tf.get_variable("b", [2], dtype=tf.int32)
c = tf.get_variable("c", [4, 6])
d = tf.get_variable("d", [3], dtype=tf.int64)
`);
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.dtype, v.initializer.kind, arg(v.initializer, 'value') ?? null]), [
        ['s/a', 'float64', 'constant', 0.3],
        ['s/t/b', 'int32', 'constant', 0.3],
        ['c', 'float32', 'glorot_uniform', null],
        ['d', 'int64', 'zeros', null],
      ]);
      assert.ok(r.diagnostics.some((d) => d.code === 'default-initializer' && d.line === 7));
    });
    it('fixed_size_partitioner creates name/part_k with the remainder on the first parts', () => {
      const r = run(`${V1}with tf.variable_scope("emb"):
    t = tf.get_variable("table", [10, 4], partitioner=tf.fixed_size_partitioner(3))
`);
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [
        ['emb/table/part_0', [4, 4]], ['emb/table/part_1', [3, 4]], ['emb/table/part_2', [3, 4]],
      ]);
    });
    it('leaving `with tf.Graph().as_default()` restores graph mode set by disable_v2_behavior', () => {
      const r = run(`${V1}with tf.Graph().as_default():
    a = tf.get_variable("a", [1])
b = tf.get_variable("b", [1])
b2 = tf.get_variable("b", [1])
`);
      assert.strictEqual(r.mode, 'v1');
      assert.deepStrictEqual(names(r), ['a', 'b']);
      assert.deepStrictEqual(errors(r).map((e) => [e.line, e.code]), [[6, 'duplicate-variable']]);
    });
    it('get_local_variable is local and not trainable', () => {
      const r = run(`${V1}c = tf.get_local_variable("count", [], dtype=tf.int64)\n`);
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.trainable, v.collections]), [['count', false, ['local_variables']]]);
    });
    it('warns about variables created after global_variables_initializer() and offers to move it', () => {
      const r = run(`${V1}a = tf.get_variable("a", [1], initializer=tf.zeros_initializer())
init = tf.global_variables_initializer()
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
`);
      const w = r.diagnostics.find((d) => d.code === 'created-after-initializer');
      assert.ok(w);
      assert.strictEqual(w.line, 5);
      assert.strictEqual(w.fixes?.[0]?.edits.length, 2);
    });
    it('Keras layers: Sequential paths, uniquified names, Keras defaults', () => {
      const r = run(`import tensorflow as tf
model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(8), tf.keras.layers.Dense(2, kernel_initializer="he_normal")])
`);
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.initializer.kind]), [
        ['sequential/dense/kernel', [4, 8], 'glorot_uniform'], ['sequential/dense/bias', [8], 'zeros'],
        ['sequential/dense_1/kernel', [8, 2], 'he_normal'], ['sequential/dense_1/bias', [2], 'zeros'],
      ]);
      assert.strictEqual(r.mode, 'v2');
    });
  });

  describe('evaluation', () => {
    it('format, f-strings, %, concatenation, loops over range/enumerate/zip, config dicts and classes', () => {
      const r = run(`${V1}CFG = {"hidden": 16, "layers": 2}
class Config:
    width = 3 * 4
sizes = [8, 4]
with tf.variable_scope("net"):
    for i in range(CFG["layers"]):
        tf.get_variable("w_{}".format(i), [CFG["hidden"], Config.width])
    for j, n in enumerate(sizes):
        tf.get_variable(f"b{j:02d}", [n])
    for a, b in zip(["x", "y"], [1, 2]):
        tf.get_variable("%s_%d" % (a, b), [b])
    tf.get_variable("cat_" + str(len(sizes)), [sum(sizes)])
`);
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [
        ['net/w_0', [16, 12]], ['net/w_1', [16, 12]], ['net/b00', [8]], ['net/b01', [4]], ['net/x_1', [1]], ['net/y_2', [2]], ['net/cat_2', [12]],
      ]);
    });
    it('helper functions with defaults and keywords, imported from workspace modules (absolute and relative)', () => {
      const files = {
        '/ws/pkg/__init__.py': '',
        '/ws/pkg/layers.py': `import tensorflow.compat.v1 as tf
from .consts import UNITS
def dense(x_dim, units=UNITS, name="dense"):
    with tf.variable_scope(name):
        return tf.get_variable("kernel", [x_dim, units])
`,
        '/ws/pkg/consts.py': 'UNITS = 7\n',
      };
      const r = run(`${V1}from pkg.layers import dense
import pkg.layers as L
dense(3)
L.dense(5, units=2, name="out")
`, files);
      assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.location.file]), [
        ['dense/kernel', [3, 7], '/ws/pkg/layers.py'], ['out/kernel', [5, 2], '/ws/pkg/layers.py'],
      ]);
      assert.deepStrictEqual(r.files.slice().sort(), ['/ws/main.py', '/ws/pkg/__init__.py', '/ws/pkg/consts.py', '/ws/pkg/layers.py']);
    });
    it('known conditions pick a branch; unknown ones are said', () => {
      const r = run(`${V1}import sys
USE_BIAS = False
if USE_BIAS:
    tf.get_variable("bias", [1])
else:
    tf.get_variable("nobias", [1])
if sys.argv:
    tf.get_variable("maybe", [1])
`);
      assert.deepStrictEqual(names(r), ['nobias', 'maybe']);
      assert.ok(r.diagnostics.some((d) => d.code === 'unknown-condition' && d.line === 9));
    });
    it('a layer class keras.layers does not export under its own name makes nothing (keras.src.layers has it)', () => {
      const r = run(`import keras
from keras.src.layers import GroupedQueryAttention
q = keras.layers.GroupedQueryAttention(head_dim=4, num_query_heads=2, num_key_value_heads=1)
q.build((2, 3, 8), (2, 3, 8))
g = GroupedQueryAttention(head_dim=4, num_query_heads=2, num_key_value_heads=1, name="src_gqa")
g.build((2, 3, 8), (2, 3, 8))
`);
      assert.ok(r.variables.length > 0);
      assert.ok(r.variables.every((v) => v.name.startsWith('src_gqa/')), r.variables.map((v) => v.name).join(', '));
    });
    it('a comprehension filter it cannot decide keeps the item, and says so', () => {
      const r = run(`${V1}import sys
sizes = [n for n in [2, 3, 4] if n > 2]
more = [n for n in [5, 6] if len(sys.argv) > n]
for i, n in enumerate(sizes + more):
    tf.get_variable("w%d" % i, [n])
`);
      assert.deepStrictEqual(names(r), ['w0', 'w1', 'w2', 'w3']);
      assert.ok(r.diagnostics.some((d) => d.code === 'unknown-condition' && d.line === 5));
      assert.ok(!r.diagnostics.some((d) => d.code === 'unknown-condition' && d.line === 4));
    });
    it('a Keras option the analysis cannot decide is said: the default it assumes, or the weights it cannot show', () => {
      const r = run(`import sys
import keras
d = keras.layers.Dense(4, use_bias=len(sys.argv) > 3)
d.build((2, 3))
e = keras.layers.Dense(4, lora_rank=len(sys.argv))
e.build((2, 3))
`);
      assert.deepStrictEqual(names(r), ['dense/kernel', 'dense/bias']);
      const said = r.diagnostics.filter((d) => d.code === 'unknown-option').map((d) => [d.line, d.severity, d.message]);
      assert.deepStrictEqual(said, [
        [4, 'info', "`use_bias` of this Dense cannot be decided without running the program; the analysis assumes True, Keras's default."],
        [6, 'info', 'Which weights this Dense makes depends on an option (`lora_rank`) the analysis cannot decide without running the program; its weights are not shown.'],
      ]);
    });
    it('TF errors inside try/except ValueError are caught like Python does', () => {
      const r = run(`${V1}with tf.variable_scope("s"):
    tf.get_variable("v", [1])
try:
    with tf.variable_scope("s"):
        tf.get_variable("v", [1])
except ValueError:
    with tf.variable_scope("s", reuse=True):
        tf.get_variable("v", [1])
        tf.get_variable("late", [1]) if False else None
`);
      assert.deepStrictEqual(names(r), ['s/v']);
    });
  });

  describe('incremental re-analysis', () => {
    it('after edits (including multi-line and non-ASCII), results equal a fresh analysis', async () => {
      const fresh = await loadAnalyzer();
      let text = `${V1}# é, ü: non-ASCII text shifts UTF-16 offsets\nwith tf.variable_scope("scope"):\n    a = tf.get_variable("a", [2, 3])\n    b = tf.get_variable("b", [4])\n`;
      const edits: ((t: string) => string)[] = [
        (t) => t.replace('[2, 3]', '[2, 5]'),
        (t) => t.replace('"b"', '"bias"'),
        (t) => `${t}with tf.variable_scope("u"):  # ü\n    c = tf.get_variable("c", [1])\n`,
        (t) => t.replace('    b = tf.get_variable("bias", [4])\n', ''),
        (t) => t.replace('"a"', '"a'), // a syntax error
        (t) => t.replace('"a', '"a"'),
      ];
      const path = '/ws/inc.py';
      for (const edit of edits) {
        text = edit(text);
        const incremental = analyzer.analyze(path, memHost({ [path]: text }));
        fresh.invalidate(path);
        const reference = fresh.analyze(path, memHost({ [path]: text }));
        assert.deepStrictEqual(incremental.variables, reference.variables);
        assert.deepStrictEqual(incremental.diagnostics, reference.diagnostics);
      }
      assert.deepStrictEqual(names(analyzer.analyze(path, memHost({ [path]: text }))), ['scope/a', 'u/c']);
    });
  });

  describe('library view (functions and classes the program does not call)', () => {
    const LIB = `import tensorflow as tf
def create_initializer(initializer_range=0.02):
    return tf.truncated_normal_initializer(stddev=initializer_range)
def dense_block(x, units=16, scope=None, num_layers=2):
    with tf.variable_scope(scope, default_name="block"):
        for i in range(num_layers):
            with tf.variable_scope("layer_%d" % i):
                tf.get_variable("kernel", [x, units], initializer=create_initializer())
def encoder(config, x):
    with tf.variable_scope("encoder"):
        for i in range(config.num_layers):
            with tf.variable_scope("layer_%d" % i):
                tf.get_variable("w", [config.hidden, config.hidden], initializer=create_initializer(config.init_range))
def not_tf(a, b):
    return a + b
`;
    it('is off by default and keeps program variables TF-exact', () => {
      const r = run(LIB);
      assert.deepStrictEqual(r.variables, []);
      assert.strictEqual(r.library, undefined);
    });
    it('explores uncalled functions with their defaults; unknown parts stay symbolic ({i}, null dims with their symbols)', () => {
      const r = analyzer.analyze('/ws/main.py', memHost({ '/ws/main.py': LIB }), { explore: true });
      assert.deepStrictEqual(r.variables, [], 'nothing runs at the top level');
      const byName = new Map((r.library ?? []).map((e) => [e.name, e]));
      assert.deepStrictEqual([...byName.keys()], ['dense_block', 'encoder']);
      const block = byName.get('dense_block')!;
      assert.strictEqual(block.kind, 'function');
      assert.strictEqual(block.location.line, 4);
      assert.deepStrictEqual(block.variables.map((v) => [v.name, v.shape, v.initializer.kind, arg(v.initializer, 'stddev')]), [
        ['block/layer_0/kernel', [null, 16], 'truncated_normal', 0.02],
        ['block/layer_1/kernel', [null, 16], 'truncated_normal', 0.02],
      ]);
      const enc = byName.get('encoder')!;
      assert.deepStrictEqual(enc.variables.map((v) => [v.name, v.shape, arg(v.initializer, 'stddev')]), [['encoder/layer_{i}/w', [null, null], null]]);
      const sym = enc.variables[0]!.symbolic!;
      assert.deepStrictEqual(sym.shape, ['hidden', 'hidden']);
      assert.deepStrictEqual(sym.unknowns.map((u) => [u.symbol, u.kind, u.expression, u.location.line, u.supply ?? null]), [
        ['i', 'loop', 'i', 11, 'num_layers'],
        ['hidden', 'attribute', 'config.hidden', 13, 'hidden'],
      ]);
      assert.match(sym.unknowns[0]!.reason, /loop variable over `range\(config\.num_layers\)`/);
      assert.deepStrictEqual(block.variables.map((v) => v.symbolic?.shape), [['x', 16], ['x', 16]]);
      assert.ok(enc.scopes.some((s) => s.name === 'encoder'));
    });
    it('does not explore what the program already called', () => {
      const r = analyzer.analyze('/ws/main.py', memHost({ '/ws/main.py': `${LIB}dense_block(4)\n` }), { explore: true });
      assert.deepStrictEqual(names(r), ['block/layer_0/kernel', 'block/layer_1/kernel']);
      assert.deepStrictEqual((r.library ?? []).map((e) => e.name), ['encoder']);
    });
  });

  describe('bad input never crashes and says why', () => {
    it('a syntax error still yields the valid parts', () => {
      const r = run(`${V1}with tf.variable_scope("ok"):
    a = tf.get_variable("a", [2])
def broken(:
    pass
b = tf.get_variable("b", [3])
`);
      assert.ok(names(r).includes('ok/a'));
      assert.ok(names(r).includes('b'));
      assert.ok(r.diagnostics.some((d) => d.code === 'syntax-error'));
    });
    it('range(10**9) is bounded and reported', () => {
      const r = run(`${V1}for i in range(10**9):
    x = i
v = tf.get_variable("after", [1])
`);
      assert.ok(r.diagnostics.some((d) => d.code === 'loop-truncated' && /1,000,000,000/.test(d.message)));
      assert.deepStrictEqual(names(r), ['after']);
    });
    it('infinite recursion is cut with a diagnostic and the program continues', () => {
      const r = run(`${V1}def f(n):
    return f(n + 1)
f(0)
v = tf.get_variable("after", [1])
`);
      assert.ok(r.diagnostics.some((d) => d.code === 'recursion-limit'));
      assert.deepStrictEqual(names(r), ['after']);
    });
    it('an endless while loop is bounded', () => {
      const r = run(`${V1}n = 0
while True:
    n += 1
v = tf.get_variable("after", [1])
`);
      assert.ok(r.diagnostics.some((d) => d.code === 'loop-truncated'));
      assert.deepStrictEqual(names(r), ['after']);
    });
    it('deeply nested expressions and blocks do not crash', () => {
      const deepExpr = `x = ${'('.repeat(3000)}1${')'.repeat(3000)}\n`;
      let deepIf = '';
      for (let i = 0; i < 200; i++) deepIf += `${' '.repeat(i)}if True:\n`;
      deepIf += `${' '.repeat(200)}v = tf.get_variable("deep", [1])\n`;
      const r = run(`${V1}${deepExpr}${deepIf}w = tf.get_variable("after", [1])\n`);
      assert.ok(!r.diagnostics.some((d) => d.code === 'internal-error'), JSON.stringify(r.diagnostics.slice(0, 3)));
      assert.ok(r.diagnostics.some((d) => d.code === 'too-deep' && d.line === 3));
      assert.deepStrictEqual(names(r), ['deep', 'after']);
    });
    it('a 50 MB file is refused with a clear message', () => {
      const big = `${V1}${'x = 1\n'.repeat(50 * 1024 * 1024 / 6)}`;
      const r = run(big);
      assert.deepStrictEqual(r.variables, []);
      assert.ok(r.diagnostics.some((d) => d.code === 'file-too-large' && /MB/.test(d.message)));
    });
    it('binary content is skipped', () => {
      const r = run('\u0000\u0001\u0002PK\u0003\u0004'.repeat(100));
      assert.ok(r.diagnostics.some((d) => d.code === 'binary-file'));
    });
    it('names with HTML come out verbatim as data (TF rejects them as op names, in its words)', () => {
      const r = run(`${V1}with tf.variable_scope("s"):\n    v = tf.get_variable("<img src=x onerror=alert(1)>", [1])\n`);
      assert.deepStrictEqual(names(r), []);
      assert.deepStrictEqual(errors(r).map((e) => e.raises!.message), [
        "'s/<img src=x onerror=alert(1)>' is not a valid root scope name. A root scope name has to match the following pattern: ^[A-Za-z0-9.][A-Za-z0-9_.\\\\/>-]*$",
      ]);
    });
    it('a 10^11-element shape is carried, not allocated', () => {
      const r = run(`${V1}v = tf.get_variable("huge", [100000, 1000000])\n`);
      assert.deepStrictEqual(r.variables[0]!.shape, [100000, 1000000]);
      assert.strictEqual(r.scopes.length, 0);
    });
    it('a missing file is a diagnostic, not an exception', () => {
      const r = analyzer.analyze('/nope.py', memHost({}));
      assert.strictEqual(r.diagnostics[0]!.code, 'unreadable');
    });
  });
});
