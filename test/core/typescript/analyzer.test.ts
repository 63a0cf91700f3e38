// The TypeScript / TF.js analyzer on inputs the conformance programs do not cover: files without TF.js, bad
// syntax, runaway loops and recursion, unknown values, bindings and locations. Real TF.js is checked by
// test/conformance/tfjs.test.ts; these only need the analyzer.

import * as assert from 'assert';
import type { SourceHost } from '../../../src/core/api';
import { createDispatchingAnalyzer, isTypeScriptSource } from '../../../src/core/dispatch';
import type { ProgramResult } from '../../../src/core/model';
import { createTypeScriptAnalyzer } from '../../../src/core/typescript/analyzer';

function run(text: string, file = '/w/main.ts', maxSteps?: number): ProgramResult {
  const host: SourceHost = { readFile: (p) => (p === file ? text : undefined) };
  return createTypeScriptAnalyzer().analyze(file, host, maxSteps ? { maxSteps } : {});
}

const IMPORT = "import * as tf from '@tensorflow/tfjs';\n";

describe('TypeScript analyzer (TF.js)', function () {
  it('returns an empty TypeScript program for files without TF.js', function () {
    const r = run('const x = 1; export function f() { return x; }\n');
    assert.strictEqual(r.language, 'typescript');
    assert.deepStrictEqual(r.variables, []);
    assert.deepStrictEqual(r.diagnostics, []);
  });

  it('reports syntax errors and still analyses the valid statements', function () {
    const r = run(`${IMPORT}const v = tf.variable(tf.zeros([2]), true, 'v');\nconst = = ;\n`);
    assert.deepStrictEqual(r.variables.map((v) => v.name), ['v']);
    assert.ok(r.diagnostics.some((d) => d.code === 'syntax-error'));
  });

  it('stops runaway loops and recursion without crashing', function () {
    const r1 = run(`${IMPORT}let i = 0; while (true) { i++; }\nfor (;;) {}\nconst v = tf.variable(tf.ones([1]));\n`);
    assert.deepStrictEqual(r1.variables.map((v) => v.name), ['0']);
    const r2 = run(`${IMPORT}function f(n: number): number { return f(n + 1); }\nf(0);\nconst v = tf.variable(tf.ones([1]), true, 'after');\n`);
    assert.deepStrictEqual(r2.variables.map((v) => v.name), ['after']);
    const r3 = run(`${IMPORT}for (let i = 0; i < 1e9; i++) { tf.variable(tf.zeros([1])); }\n`, '/w/main.ts', 20_000);
    assert.ok(r3.diagnostics.some((d) => d.code === 'budget-exceeded' || d.code === 'loop-limit'));
  });

  it('bounds self-constructing classes and unknown bases', function () {
    const r = run(`${IMPORT}class A { constructor() { new A(); } }\nclass B extends (globalThis as any).X { constructor() { super(); tf.variable(tf.zeros([1]), true, 'b'); } }\nnew A();\nnew B();\n`);
    assert.deepStrictEqual(r.variables.map((v) => v.name), ['b']);
  });

  it('gives unknown shapes and initializers for what it cannot evaluate', function () {
    const r = run(`${IMPORT}declare const n: number; declare const t: tf.Tensor;\nconst a = tf.variable(tf.zeros([n, 3]), true, 'a');\nconst b = tf.variable(t, true, 'b');\n`);
    assert.deepStrictEqual(r.variables[0]!.shape, [null, 3]);
    assert.strictEqual(r.variables[1]!.shape, null);
    assert.strictEqual(r.variables[1]!.initializer.kind, 'unknown');
  });

  it('leaves keys unknown where an unknown value was spread or assigned in, and unknown members of globals', function () {
    const r = run(`${IMPORT}declare const opts: any;
const cfg = { units: 4, ...opts };
const a = tf.variable(tf.zeros([cfg.units, cfg.other === undefined ? 1 : 2]), true, 'a');
const o = Object.assign({ units: 3 }, null, opts, { rate: 2 });
const b = tf.variable(tf.zeros([o.units, o.rate]), true, 'b');
const c = tf.variable(tf.zeros([typeof Math.random === 'function' ? 5 : 6, Object.keys(o).length]), true, 'c');
const d = tf.variable(tf.zeros([Object.keys({ x: 1, y: 2 }).length, { ...{ k: 1 }, ...undefined }.k]), true, 'd');
const e = tf.variable(tf.zeros([Array(3).length, new Array(2).map(() => 1).length, [1, 2].fill(7)[1]!]), true, 'e');
`);
    assert.deepStrictEqual(r.variables.map((v) => v.shape), [[null, null], [null, 2], [null, null], [2, 1], [3, 2, 7]]);
    // options an unknown value was spread into may hold the input shape: no error TF.js might not raise
    const r2 = run(`${IMPORT}declare const c: any;\nconst m = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4], ...c })] });\nconst n = tf.sequential({ layers: [tf.layers.dense(c)] });\nm.summary();\n`);
    assert.deepStrictEqual(r2.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepStrictEqual(r2.diagnostics.filter((d) => d.code === 'unknown-option').map((d) => d.line), [3, 4]);
  });

  it('takes a program throw as sure only when nothing before it was skipped or assumed', function () {
    const sure = run(`${IMPORT}const v = tf.variable(tf.zeros([1]), true, 'v');\nif ([1].length === 1) throw new Error('stop');\ntf.variable(tf.zeros([1]), true, 'w');\n`);
    assert.deepStrictEqual(sure.variables.map((v) => v.name), ['v']);
    assert.deepStrictEqual(sure.diagnostics.map((d) => [d.code, d.line, d.raises?.type, d.raises?.message]), [['program-error', 3, 'Error', 'stop']]);
    const cases = [
      'let err: string | null = null;\nif (Math.random() > 2) err = "x";\nif (err) throw new Error(err);',
      'let n = 0;\nwhile (Math.random() > 2) n++;\nif (n === 0) throw new Error("n");',
      'let seen = false;\n(globalThis as any).lib.forEach(() => { seen = true; });\nif (!seen) throw new Error("s");',
      'const o: any = {};\no[String(Math.random())] = 1;\nif (o.a === undefined) throw new Error("o");',
      'let best = 0;\nconst m = tf.sequential();\nm.fit(1, 2, { callbacks: { onEpochEnd: () => { best = 1; } } });\nif (best === 0) throw new Error("b");',
    ];
    for (const c of cases) {
      const r = run(`${IMPORT}${c}\nconst after = tf.variable(tf.zeros([1]), true, 'after');\n`);
      assert.deepStrictEqual(r.variables.map((v) => v.name), ['after'], c);
      assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), [], c);
    }
  });

  it('records bindings, name strings and the call location', function () {
    const r = run(`${IMPORT}const W = tf.variable(tf.randomNormal([3, 4]), true, 'weight');\n`);
    const v = r.variables[0]!;
    assert.strictEqual(v.binding?.name, 'W');
    assert.strictEqual(v.nameLocation?.line, 2);
    assert.strictEqual(v.location.line, 2);
    assert.deepStrictEqual(v.initializer, { kind: 'random_normal', mean: 0, stddev: 1, seed: null, api: 'tfjs' });
  });

  it('builds layer scopes with parameter counts', function () {
    const r = run(`${IMPORT}const m = tf.sequential();\nm.add(tf.layers.dense({units: 3, inputShape: [4]}));\n`);
    assert.deepStrictEqual(r.scopes.map((s) => [s.name, s.kind, s.paramCount]), [['dense_Dense1', 'layer', 15]]);
  });

  it('handles require() of tfjs-node and JavaScript files', function () {
    const r = run("const tf = require('@tensorflow/tfjs-node');\nconst m = tf.sequential({layers: [tf.layers.dense({units: 2, inputDim: 2})]});\n", '/w/a.js');
    assert.deepStrictEqual(r.variables.map((v) => v.name), ['dense_Dense1/kernel', 'dense_Dense1/bias']);
  });

  it('follows relative imports (live bindings through a cycle, .js specifiers, index files, CommonJS)', function () {
    const files: Record<string, string> = {
      '/w/main.ts': `${IMPORT}import { make } from './a.js';\nimport * as b from './b';\nimport missing from './nope';\nmake(2, 'a');\nb.more();\nconst c = require('./c');\nc.build();\n`,
      '/w/a.ts': `${IMPORT}import { suffix } from './b';\nexport function make(n: number, p: string) { return tf.variable(tf.zeros([n]), true, p + suffix); }\n`,
      '/w/b/index.ts': `${IMPORT}import { make } from '../a';\nexport const suffix = '_x';\nexport function more() { return make(3, 'b'); }\n`,
      '/w/c.js': "const tf = require('@tensorflow/tfjs');\nmodule.exports = { build: () => tf.variable(tf.ones([1]), true, 'c') };\n",
    };
    const r = createTypeScriptAnalyzer().analyze('/w/main.ts', { readFile: (p) => files[p] });
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.location.file]), [['a_x', [2], '/w/a.ts'], ['b_x', [3], '/w/a.ts'], ['c', [1], '/w/c.js']]);
    assert.deepStrictEqual(r.files, ['/w/main.ts', '/w/a.ts', '/w/b/index.ts', '/w/c.js']);
  });

  it("keeps the entry's top-level names out of the modules it loads (their own module scopes; only globals are shared)", function () {
    const files: Record<string, string> = {
      '/w/main.js': "const tf = require('@tensorflow/tfjs');\nconst units = 5;\nglobalThis.width = 4;\nrequire('./m');\n",
      '/w/m.js': "const tf = require('@tensorflow/tfjs');\ntf.variable(tf.zeros([typeof units === 'number' ? units : 2, width]), true, 'w');\n",
    };
    const r = createTypeScriptAnalyzer().analyze('/w/main.js', { readFile: (p) => files[p] });
    // Node: `units` is main.js's module-scoped const, not a name m.js sees (typeof gives 'undefined' there, so 2);
    // the analyzer does not know every global a free name may be, so the dim stays unknown, never 5
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape]), [['w', [null, 4]]]);
  });

  it('library view: uncalled functions and classes, each with fresh TF.js naming, variables untouched', function () {
    const text = `${IMPORT}function used() { return tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] }); }
function createModel(inputShape: number[], units = 4) {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units, inputShape }));
  return m;
}
const helper = () => tf.variable(tf.zeros([2]), true, 'h');
class Agent { model = createModel([5]); }
function noTf() { return 1; }
used();
`;
    const host: SourceHost = { readFile: (p) => (p === '/w/main.ts' ? text : undefined) };
    const plainRun = createTypeScriptAnalyzer().analyze('/w/main.ts', host);
    const r = createTypeScriptAnalyzer().analyze('/w/main.ts', host, { explore: true });
    assert.deepStrictEqual(r.variables, plainRun.variables);
    assert.deepStrictEqual(r.library!.map((e) => [e.kind, e.name, e.variables.map((v) => [v.name, v.shape])]), [
      ['function', 'createModel', [['dense_Dense1/kernel', [null, 4]], ['dense_Dense1/bias', [4]]]],
      ['function', 'helper', [['h', [2]]]],
      ['class', 'Agent', [['dense_Dense1/kernel', [5, 4]], ['dense_Dense1/bias', [4]]]],
    ]);
    assert.strictEqual(r.library![0]!.location.line, 3);
  });

  it('dispatches by extension', function () {
    assert.ok(isTypeScriptSource('/a/b.ts') && isTypeScriptSource('/a/b.mjs') && !isTypeScriptSource('/a/b.d.ts') && !isTypeScriptSource('/a/b.py'));
    const seen: string[] = [];
    const fake = (tag: string) => ({ analyze: (e: string) => (seen.push(`${tag}:${e}`), run('', e)), invalidate() {}, dispose() {} });
    const a = createDispatchingAnalyzer(fake('py'), fake('ts'));
    a.analyze('/x.py', { readFile: () => '' });
    a.analyze('/x.tsx', { readFile: () => '' });
    a.analyze('/x.d.ts', { readFile: () => '' });
    assert.deepStrictEqual(seen, ['py:/x.py', 'ts:/x.tsx', 'ts:/x.d.ts']);
  });
});
