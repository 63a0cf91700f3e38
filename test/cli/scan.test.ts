// End-to-end tests of `tfscope scan` as users and CI call it: the built bin on the bundled examples,
// the JSON contract (schemaVersion 1), the readable tree, exit codes, and skipped inputs.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ScanOutput } from '../../src/core/model';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'tfscope.js');

function tfscope(args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('tfscope scan', function () {
  this.timeout(60000);

  it('--json on the examples follows the contract', () => {
    const r = tfscope(['scan', 'examples', '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ScanOutput;
    assert.strictEqual(out.schemaVersion, 1);
    const byEntry = new Map(out.programs.map((p) => [path.basename(p.entry), p]));
    const p1 = byEntry.get('seed_explicit_init.py')!;
    assert.strictEqual(p1.language, 'python');
    assert.deepStrictEqual(p1.variables.map((v) => [v.name, v.shape, v.dtype, v.initializer.kind, v.trainable]), [
      ['my_scope/weight', [10, 10], 'float32', 'zeros', true],
      ['my_scope/bias', [10], 'float32', 'random_normal', true],
    ]);
    assert.deepStrictEqual(p1.variables[0]!.location, { file: path.join(ROOT, 'examples/seed_explicit_init.py'), line: 5, column: 9, endLine: 5, endColumn: 106 });
    const p3 = byEntry.get('seed_dynamic_scope.py')!;
    const err = p3.diagnostics.find((d) => d.raises)!;
    assert.deepStrictEqual(
      { file: path.basename(err.file), line: err.line, column: err.column, severity: err.severity, code: err.code, type: err.raises!.type },
      { file: 'seed_dynamic_scope.py', line: 16, column: 15, severity: 'error', code: 'duplicate-variable', type: 'ValueError' },
    );
    const p2 = byEntry.get('seed_nested_scopes.py')!;
    assert.deepStrictEqual(p2.variables.find((v) => v.name === 'outer_scope/inner_scope/bias1')!.initializer, { kind: 'constant', value: 0.5, api: 'v1' });
  });

  it('prints a readable scope tree with parameter counts', () => {
    const r = tfscope(['scan', 'examples/seed_nested_scopes.py']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /outer_scope\/ {2}\(3 variables, 80 params\)/);
    assert.match(r.stdout, /inner_scope\/ {2}\(2 variables, 30 params\)/);
    assert.match(r.stdout, /weight1 {2}\[5,5\] float32 ones/);
    assert.match(r.stdout, /bias1 {2}\[5\] float32 constant \(value=0\.5\)/);
  });

  it('scans a large folder on worker threads with the same results as one file at a time', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-pool-'));
    try {
      for (let i = 0; i < 60; i++) {
        fs.writeFileSync(path.join(dir, `m${String(i).padStart(2, '0')}.py`),
          `import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\nwith tf.variable_scope("s${i}"):\n    w = tf.get_variable("w", [${i + 1}, 2])\n`);
      }
      fs.writeFileSync(path.join(dir, 'notes.py'), 'print("hello")\n');
      const r = tfscope(['scan', dir, '--json']);
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as ScanOutput;
      assert.strictEqual(out.programs.length, 60);
      out.programs.forEach((p, i) => {
        assert.strictEqual(path.basename(p.entry), `m${String(i).padStart(2, '0')}.py`);
        assert.deepStrictEqual(p.variables.map((v) => [v.name, v.shape]), [[`s${i}/w`, [i + 1, 2]]]);
      });
      const one = JSON.parse(tfscope(['scan', path.join(dir, 'm07.py'), '--json']).stdout) as ScanOutput;
      assert.deepStrictEqual(one.programs[0], out.programs[7]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fmtCount groups digits as toLocaleString(\'en-US\') does', async () => {
    const { fmtCount } = await import('../../src/cli/scan');
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 123456789012, -4321, 2 ** 53 - 1, 1.5, 2 ** 60]) assert.strictEqual(fmtCount(n), n.toLocaleString('en-US'), String(n));
  });

  it('--version prints the package version, from the bin and from the bundle', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(tfscope(['--version']).stdout, `tfscope ${pkg.version}\n`);
    const { main } = await import('../../src/cli/main');
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((s: string) => written.push(s) > 0) as unknown as typeof process.stdout.write;
    try {
      assert.strictEqual(await main(['--version']), 0);
    } finally {
      process.stdout.write = write;
    }
    assert.deepStrictEqual(written, [`tfscope ${pkg.version}\n`]);
  });

  it('exits 2 on bad usage and names the problem', () => {
    assert.strictEqual(tfscope(['scan']).code, 2);
    const r = tfscope(['scan', '--frobnicate', 'examples']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown option '--frobnicate'/);
    assert.strictEqual(tfscope(['bogus']).code, 2);
  });

  it('skips missing, non-Python and oversized inputs with reasons, and still analyses the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-'));
    try {
      fs.writeFileSync(path.join(dir, 'ok.py'), 'import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\nv = tf.get_variable("v", [3])\n');
      fs.writeFileSync(path.join(dir, 'broken.py'), 'import tensorflow as tf\ndef (:\n');
      fs.writeFileSync(path.join(dir, 'big.py'), Buffer.alloc(6 * 1024 * 1024, 0x20));
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'hello');
      const r = tfscope(['scan', dir, path.join(dir, 'notes.txt'), path.join(dir, 'missing.py'), '--json']);
      assert.strictEqual(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as ScanOutput;
      const ok = out.programs.find((p) => p.entry.endsWith('ok.py'))!;
      assert.deepStrictEqual(ok.variables.map((v) => v.name), ['v']);
      const broken = out.programs.find((p) => p.entry.endsWith('broken.py'))!;
      assert.ok(broken.diagnostics.some((d) => d.code === 'syntax-error'));
      const reasons = new Map((out.skipped ?? []).map((s) => [path.basename(s.file), s.reason]));
      assert.match(reasons.get('big.py') ?? '', /6\.0 MB/);
      assert.match(reasons.get('notes.txt') ?? '', /not a Python source/);
      assert.match(reasons.get('missing.py') ?? '', /no such file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--set gives values the program takes from outside (a flag without default, then the config file it names)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-set-'));
    try {
      fs.writeFileSync(path.join(dir, 'train.py'), [
        'import json', 'import tensorflow as tf', 'flags = tf.flags', 'FLAGS = flags.FLAGS',
        'flags.DEFINE_string("config", None, "config file")', 'flags.DEFINE_integer("depth", None, "layers")',
        'def main(_):', '  with tf.gfile.GFile(FLAGS.config) as f:', '    c = json.load(f)',
        '  for i in range(FLAGS.depth):', '    tf.get_variable("w%d" % i, [c["units"], c["units"]])',
        'tf.app.run()', '',
      ].join('\n'));
      fs.writeFileSync(path.join(dir, 'conf.json'), '{"units": 6}');
      const bare = tfscope(['scan', 'train.py', '--no-cache', '--no-library'], dir);
      assert.strictEqual(bare.code, 0, bare.stderr);
      assert.match(bare.stdout, /missing train\.py:8:\d+ \[missing-value\] `FLAGS\.config` is not known statically \(the flag --config has no default\)/);
      assert.match(bare.stdout, /missing train\.py:10:\d+ \[missing-value\] `FLAGS\.depth`/);
      const r = tfscope(['scan', 'train.py', '--json', '--no-cache', '--set', 'config=conf.json', '--set=depth=2'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      const p = (JSON.parse(r.stdout) as ScanOutput).programs[0]!;
      assert.deepStrictEqual(p.variables.map((v) => [v.name, v.shape]), [['w0', [6, 6]], ['w1', [6, 6]]]);
      assert.deepStrictEqual(p.diagnostics.filter((d) => d.code === 'missing-value'), []);
      assert.ok(p.files.includes(path.join(dir, 'conf.json')));
      // the cache keeps results per set of values
      const cache = path.join(dir, '.cache');
      const first = tfscope(['scan', 'train.py', '--json', '--cache', cache, '--set', 'config=conf.json', '--set', 'depth=1'], dir);
      const second = tfscope(['scan', 'train.py', '--json', '--cache', cache, '--set', 'config=conf.json', '--set', 'depth=3'], dir);
      assert.strictEqual((JSON.parse(first.stdout) as ScanOutput).programs[0]!.variables.length, 1);
      assert.strictEqual((JSON.parse(second.stdout) as ScanOutput).programs[0]!.variables.length, 3);
      const badSet = tfscope(['scan', 'train.py', '--set', 'depth'], dir);
      assert.strictEqual(badSet.code, 2);
      assert.match(badSet.stderr, /--set takes name=value/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports Keras models with model.summary()\'s counts as real Keras recorded them (JSON and the readable tree)', () => {
    // conformance program 967: a frozen Sequential base under a functional head, compiled and fitted
    const program = 'test/conformance/programs/967_k3life_frozen_base_compile.py';
    const rec = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/conformance/expected/967_k3life_frozen_base_compile.json'), 'utf8')) as
      { models: { name: string; className: string; totalParams: number; trainableParams: number; nonTrainableParams: number; countParams: number }[] };
    const r = tfscope(['scan', program, '--json']);
    assert.strictEqual(r.code, 0, r.stderr);
    const models = (JSON.parse(r.stdout) as ScanOutput).programs[0]!.models ?? [];
    assert.deepStrictEqual(models.map((m) => [m.name, m.className, m.totalParams, m.trainableParams, m.nonTrainableParams]),
      rec.models.map((m) => [m.name, m.className, m.countParams, m.trainableParams, m.nonTrainableParams]));
    const text = tfscope(['scan', program]);
    for (const m of rec.models) {
      assert.ok(text.stdout.includes(`model ${m.name} (${m.className}`), text.stdout);
      assert.ok(text.stdout.includes(`${m.countParams} params (${m.trainableParams} trainable, ${m.nonTrainableParams} non-trainable)`), text.stdout);
    }
  });
});
