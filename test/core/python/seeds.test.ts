// Seed state across a program: TF2's eager op-seed draws and kernel cache, Keras 3's default seeds from
// Python's `random` in construction order, stateless seed pairs, and — as important — when the analysis
// must not claim to know them (code it only assumes runs, draws it does not follow). Values against real
// TF are checked end to end in test/engine/tfconformance.test.ts (fixtures/engine/seeds.json).

import * as assert from 'assert';
import type { Analyzer } from '../../../src/core/api';
import type { ProgramResult, SeedInfo } from '../../../src/core/model';
import { PyRandom } from '../../../src/core/pyrandom';
import { type Certainty, SeedTracker } from '../../../src/core/python/seeds';
import { loadAnalyzer } from '../../../src/host/node';
import { arg } from '../../support/specArgs';

const certain: Certainty = { guess: null, risks: 0, lastRisk: '' };

describe('SeedTracker', () => {
  it('eager kernel cache: 256 blocks per element and run, per (op, dtype, seeds); set_seed clears it', () => {
    const t = new SeedTracker(() => certain);
    t.setTfSeed(5, 'tf.random.set_seed(5)');
    const op = (type: string, n: number, seed: number | null, dtype = 'float32'): SeedInfo => t.eagerOp({ type, dtype, n, seed });
    assert.deepStrictEqual(op('RandomStandardNormal', 6, 1), { graph: 5, op: 1 });
    assert.deepStrictEqual(op('RandomStandardNormal', 4, 1), { graph: 5, op: 1, skip: 1536 });
    assert.deepStrictEqual(op('RandomStandardNormal', 6, 1), { graph: 5, op: 1, skip: 2560 });
    assert.deepStrictEqual(op('RandomUniform', 6, 1), { graph: 5, op: 1 }, 'another op type: another kernel');
    assert.deepStrictEqual(op('RandomStandardNormal', 6, 1, 'float64'), { graph: 5, op: 1 }, 'another dtype: another kernel');
    assert.deepStrictEqual(op('RandomStandardNormal', 6, 2), { graph: 5, op: 2 }, 'another op seed: another kernel');
    t.setTfSeed(5, 'tf.random.set_seed(5)');
    assert.deepStrictEqual(op('RandomStandardNormal', 6, 1), { graph: 5, op: 1 });
  });
  it('unseeded ops under a global seed draw randint(0, 2**31 - 1) in order; without a global seed nothing is drawn', () => {
    const t = new SeedTracker(() => certain);
    assert.deepStrictEqual(t.eagerOp({ type: 'RandomUniform', dtype: 'float32', n: 3, seed: null }), { graph: null, op: null });
    t.setTfSeed(42, 'tf.random.set_seed(42)');
    const r = new PyRandom(42);
    const a = t.eagerOp({ type: 'RandomStandardNormal', dtype: 'float32', n: 12, seed: null });
    t.eagerOp({ type: 'RandomUniform', dtype: 'float32', n: 4, seed: 1 }); // seeded: no draw
    const b = t.eagerOp({ type: 'RandomStandardNormal', dtype: 'float32', n: 4, seed: null });
    assert.deepStrictEqual([a.op, a.drawn, b.op], [r.randint(0, 2 ** 31 - 1), 'eager', r.randint(0, 2 ** 31 - 1)]);
  });
  it('Keras default seeds: random.randint(1, 10**9) from the seeded global generator; a note when unseeded', () => {
    const t = new SeedTracker(() => certain);
    const u = t.kerasSeed('GlorotUniform initializer');
    assert.ok('note' in u && /does not seed/.test(u.note));
    t.seedPython(123, 'keras.utils.set_random_seed(123)', true);
    const seeds = [1, 2, 3].map(() => t.kerasSeed('x')).map((d) => ('seed' in d ? d.seed : null));
    assert.deepStrictEqual(seeds, [56224986, 287416173, 93615980], 'check_k04.py: random.Random(123).randint(1, int(1e9)) x3');
  });
  it('uncertain execution: a draw in assumed code is unknown, and so is every later one until a reset', () => {
    let c: Certainty = certain;
    const t = new SeedTracker(() => c);
    t.setTfSeed(1, 'tf.random.set_seed(1)');
    t.seedPython(1, 'random.seed(1)', false);
    c = { guess: 'a branch the analysis assumes runs (line 4)', risks: 0, lastRisk: '' };
    const g = t.eagerOp({ type: 'RandomUniform', dtype: 'float32', n: 2, seed: null });
    assert.ok(g.dependsOnRuntime && /assumes runs/.test(g.note!));
    assert.ok('note' in t.kerasSeed('x'));
    c = certain;
    assert.ok(t.eagerOp({ type: 'RandomUniform', dtype: 'float32', n: 2, seed: null }).dependsOnRuntime);
    assert.ok('note' in t.kerasSeed('x'));
    t.setTfSeed(1, 'tf.random.set_seed(1)');
    assert.ok(!t.eagerOp({ type: 'RandomUniform', dtype: 'float32', n: 2, seed: null }).dependsOnRuntime);
    // code the analysis skipped (a risk) after the reset
    c = { guess: null, risks: 1, lastRisk: 'a branch of an undecidable condition that the analysis skipped (line 9)' };
    const k = t.eagerOp({ type: 'RandomUniform', dtype: 'float32', n: 2, seed: 7 });
    assert.ok(k.dependsOnRuntime && /skipped/.test(k.note!), 'the skipped code may have run the same kernel');
  });
});

describe('Python analyzer: seeds across a program', () => {
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const run = (src: string): ProgramResult => analyzer.analyze('/ws/main.py', { readFile: (p) => (p === '/ws/main.py' ? src : undefined) });
  const seedOf = (r: ProgramResult, name: string): SeedInfo => r.variables.find((v) => v.name === name)!.seed!;

  it('eager: the same op seed twice continues the kernel; unseeded ops draw from the global seed', () => {
    const r = run('import tensorflow as tf\ntf.random.set_seed(5)\nw0 = tf.Variable(tf.random.normal([2, 3], seed=1), name="w0")\n'
      + 'w1 = tf.Variable(tf.random.normal([2, 3], seed=1), name="w1")\nc = tf.Variable(tf.random.uniform([4]), name="c")\n');
    assert.deepStrictEqual(seedOf(r, 'w0'), { graph: 5, op: 1 });
    assert.deepStrictEqual(seedOf(r, 'w1'), { graph: 5, op: 1, skip: 1536 });
    assert.deepStrictEqual(seedOf(r, 'c'), { graph: 5, op: new PyRandom(5).randint(0, 2 ** 31 - 1), drawn: 'eager' });
  });
  it('graph mode: a fresh op per call; unseeded ops are numbered per graph (TF 2), by op count in TF 1.x-era code', () => {
    const r = run('import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\ntf.set_random_seed(5)\n'
      + 'a = tf.Variable(tf.random.normal([2], seed=1), name="a")\nb = tf.Variable(tf.random.normal([2], seed=1), name="b")\nc = tf.Variable(tf.random.normal([2]), name="c")\n'
      + 'd = tf.get_variable("d", [2])\ne = tf.get_variable("e", [2], initializer=tf.random_uniform_initializer(seed=3))\nf = tf.get_variable("f", [2])\n');
    assert.deepStrictEqual([seedOf(r, 'a'), seedOf(r, 'b')], [{ graph: 5, op: 1 }, { graph: 5, op: 1 }]);
    assert.deepStrictEqual([seedOf(r, 'c'), seedOf(r, 'd'), seedOf(r, 'e'), seedOf(r, 'f')],
      [{ graph: 5, op: 0, drawn: 'graph' }, { graph: 5, op: 1, drawn: 'graph' }, { graph: 5, op: 3 }, { graph: 5, op: 2, drawn: 'graph' }]);
    const tf1 = run('import tensorflow as tf\ntf.set_random_seed(5)\nwith tf.variable_scope("s"):\n    w = tf.get_variable("w", [2])\n');
    assert.strictEqual(seedOf(tf1, 's/w').dependsOnRuntime, true, 'TF 1.x numbered ops by the graph\'s op count');
  });
  it('tf.random.stateless_*: the seed pair (positional or keyword), other positional arguments after it', () => {
    const r = run('import tensorflow as tf\ns = tf.Variable(tf.random.stateless_uniform([4], [7, 8], -2.0, 2.0), name="s")\n'
      + 't = tf.Variable(tf.random.stateless_truncated_normal(shape=[3], seed=(1, 2), stddev=0.5), name="t")\n'
      + 'x = tf.Variable(tf.random.stateless_normal([3], seed=[1, 2], alg="threefry"), name="x")\n');
    const s = r.variables.find((v) => v.name === 's')!;
    assert.deepStrictEqual([arg(s.initializer, 'seed'), arg(s.initializer, 'minval'), arg(s.initializer, 'maxval')], [[7, 8], -2, 2]);
    const t = r.variables.find((v) => v.name === 't')!;
    assert.deepStrictEqual([t.initializer.kind, arg(t.initializer, 'seed'), arg(t.initializer, 'stddev')], ['truncated_normal', [1, 2], 0.5]);
    assert.match(seedOf(r, 'x').note!, /Philox/);
  });
  it('keras.utils.set_random_seed: Keras layers draw in construction order; SeedGenerator states are [seed, 0]', () => {
    const r = run('import keras\nkeras.utils.set_random_seed(123)\nm = keras.Sequential([keras.layers.Dense(4), keras.layers.Dropout(0.5), keras.layers.Dense(2)])\nm.build((None, 3))\n');
    const p = new PyRandom(123);
    const [k1, sg, k2] = [p.randint(1, 1e9), p.randint(1, 1e9), p.randint(1, 1e9)];
    assert.deepStrictEqual(seedOf(r, 'sequential/dense/kernel'), { graph: 123, op: k1, drawn: 'python' });
    assert.deepStrictEqual(arg(r.variables.find((v) => v.name.endsWith('seed_generator_state'))!.initializer, 'value'), [sg, 0]);
    assert.strictEqual(seedOf(r, 'sequential/dense_1/kernel').op, k2);
  });
  it('notes say why a seed is unknown, truthfully', () => {
    const unseeded = run('import keras\nl = keras.layers.Dense(2)\nl.build((None, 3))\n');
    assert.match(seedOf(unseeded, 'dense/kernel').note!, /does not seed/);
    const shuffled = run('import random\nimport keras\nkeras.utils.set_random_seed(1)\nxs = [1, 2]\nrandom.shuffle(xs)\nl = keras.layers.Dense(2)\nl.build((None, 3))\n');
    const note = seedOf(shuffled, 'dense/kernel').note!;
    assert.match(note, /set_random_seed\(1\)/);
    assert.match(note, /random\.shuffle/);
    assert.doesNotMatch(note, /every run/);
  });
  it('draws the analysis only assumes (an undecidable branch) make later seeds unknown', () => {
    const r = run('import sys\nimport tensorflow as tf\ntf.random.set_seed(3)\nif len(sys.argv) > 2:\n    tf.random.normal([2])\n'
      + 'w = tf.Variable(tf.random.normal([2]), name="w")\n');
    assert.strictEqual(seedOf(r, 'w').dependsOnRuntime, true);
    assert.match(seedOf(r, 'w').note!, /set_seed\(3\)/);
    const skipped = run('import sys\nimport tensorflow as tf\ntf.random.set_seed(3)\nif len(sys.argv) > 2:\n    pass\nelse:\n    tf.random.normal([2])\n'
      + 'w = tf.Variable(tf.random.normal([2]), name="w")\n');
    assert.strictEqual(seedOf(skipped, 'w').dependsOnRuntime, true, 'the skipped branch may have drawn');
    const harmless = run('import sys\nimport tensorflow as tf\ntf.random.set_seed(3)\nif len(sys.argv) > 2:\n    print("x")\n'
      + 'w = tf.Variable(tf.random.normal([2]), name="w")\n');
    assert.strictEqual(seedOf(harmless, 'w').drawn, 'eager', 'a branch that only prints draws nothing');
  });
  it('random ops in a @tf.function (a traced graph) are not claimed', () => {
    const r = run('import tensorflow as tf\ntf.random.set_seed(3)\n@tf.function\ndef noise():\n    return tf.random.normal([2], seed=1)\n'
      + 'noise()\nw = tf.Variable(tf.random.normal([2], seed=1), name="w")\n');
    assert.match(seedOf(r, 'w').note ?? '', /tf\.function/);
  });
  it('random ops the analysis does not model taint later eager draws and kernels', () => {
    const r = run('import tensorflow as tf\ntf.random.set_seed(3)\nx = tf.random.shuffle(tf.ones([4]))\n'
      + 'w = tf.Variable(tf.random.normal([2]), name="w")\nv = tf.Variable(tf.random.uniform([2], seed=1), name="v")\n');
    assert.match(seedOf(r, 'w').note!, /random\.shuffle/);
    assert.strictEqual(seedOf(r, 'v').dependsOnRuntime, true);
    // tf.nn.dropout is followed: one random_uniform over x's shape (a draw, a kernel run)
    const d = run('import tensorflow as tf\ntf.random.set_seed(3)\nx = tf.nn.dropout(tf.ones([4]), 0.5, seed=1)\n'
      + 'v = tf.Variable(tf.random.uniform([2], seed=1), name="v")\n');
    assert.deepStrictEqual(seedOf(d, 'v'), { graph: 3, op: 1, skip: 1024 });
  });
  it('a set_seed argument the analysis cannot evaluate is a runtime dependency, not "no seed"', () => {
    const r = run('import sys\nimport tensorflow as tf\ntf.random.set_seed(int(sys.argv[1]))\nw = tf.Variable(tf.random.normal([2], seed=1), name="w")\n');
    assert.deepStrictEqual([seedOf(r, 'w').dependsOnRuntime, seedOf(r, 'w').graph], [true, null]);
  });
  it('Python\'s random: the program\'s own randint/choice are reproduced and keep Keras draws in step', () => {
    const r = run('import random\nimport keras\nrandom.seed(3)\nh = random.randint(4, 9)\nl = keras.layers.Dense(h)\nl.build((None, 2))\n');
    const p = new PyRandom(3);
    const h = p.randint(4, 9);
    const v = r.variables.find((x) => x.name === 'dense/kernel')!;
    assert.deepStrictEqual([v.shape, v.seed!.op], [[2, h], p.randint(1, 1e9)]);
  });
});
