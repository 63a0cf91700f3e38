// The scan pool must give exactly what the single-thread `tfscope scan` loop gives (examples/ and a generated
// folder with imports, syntax errors, non-TF and binary files), in input order, and survive a worker that dies
// mid-chunk (only that file gets an 'internal-error' result). Works with the tsc worker and the esbuild bundle.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectSources } from '../../src/cli/scan';
import type { ProgramResult } from '../../src/core/model';
import { fsHost, loadAnalyzer } from '../../src/host/node';
import { createScanPool, makeChunks, TF_HINT, type ScanPool } from '../../src/host/scanPool';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CRASH = '#@@tfscope-test-crash@@';

async function singleThread(files: string[]): Promise<{ programs: ProgramResult[]; notTensorFlow: string[] }> {
  const analyzer = await loadAnalyzer();
  const host = fsHost();
  const programs: ProgramResult[] = [];
  const notTensorFlow: string[] = [];
  for (const f of files) {
    const text = host.readFile(f);
    if (text !== undefined && !TF_HINT.test(text)) notTensorFlow.push(f);
    else programs.push(analyzer.analyze(f, host, { mode: 'auto' }));
  }
  return { programs, notTensorFlow };
}

function tf1Program(i: number): string {
  return [
    'import tensorflow.compat.v1 as tf',
    'from pkg import layers',
    'from pkg.util import width',
    'tf.disable_v2_behavior()',
    `with tf.variable_scope("model_${i}"):`,
    `    w = tf.get_variable("w", shape=[${i + 1}, width(${i})], initializer=tf.truncated_normal_initializer(stddev=0.1))`,
    '    for k in range(3):',
    `        layers.dense("layer_%d" % k, ${i + 2}, 8)`,
    '    with tf.variable_scope("head", reuse=tf.AUTO_REUSE):',
    '        b = tf.get_variable("b", shape=[8], initializer=tf.zeros_initializer())',
    '        b2 = tf.get_variable("b", shape=[8])',
    `x = tf.get_variable("w", shape=[${i}])  # duplicate at top level when i == 0 is fine`,
    '',
  ].join('\n');
}

/** A folder exercising imports, errors and the pre-filter; `crashAt` files carry the crash marker. */
function makeFolder(n: number, crashAt: number[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-pool-'));
  fs.mkdirSync(path.join(dir, 'pkg'));
  fs.writeFileSync(path.join(dir, 'pkg', '__init__.py'), '');
  fs.writeFileSync(path.join(dir, 'pkg', 'util.py'), 'def width(i):\n    return 4 + i * 2\n');
  fs.writeFileSync(path.join(dir, 'pkg', 'layers.py'), [
    'import tensorflow as tf',
    'def dense(name, n_in, n_out):',
    '    with tf.compat.v1.variable_scope(name):',
    '        return tf.compat.v1.get_variable("kernel", shape=[n_in, n_out])',
    '',
  ].join('\n'));
  for (let i = 0; i < n; i++) {
    const name = path.join(dir, `prog_${String(i).padStart(3, '0')}.py`);
    let text: string;
    switch (i % 5) {
      case 3: text = `# plain Python, no TensorFlow here\nprint(${i})\n`; break;
      case 4: text = `import tensorflow as tf\nwith tf.compat.v1.variable_scope("s${i}":\n  v = tf.Variable(tf.zeros([${i}]), name="v")\n`; break;
      default: text = tf1Program(i);
    }
    if (crashAt.includes(i)) text += `${CRASH}\n`;
    fs.writeFileSync(name, text);
  }
  // Binary content that still mentions tensorflow (so the pre-filter lets it through to the analyzer).
  fs.writeFileSync(path.join(dir, 'weights.py'), Buffer.concat([Buffer.from('tensorflow\n'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7])]));
  return dir;
}

describe('scan pool', function () {
  this.timeout(120_000);
  let pool: ScanPool;
  const dirs: string[] = [];
  before(async () => {
    pool = await createScanPool({ workers: 2, chunkBytes: 600, crashMarker: CRASH });
  });
  after(async () => {
    await pool.close();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('equals the single-thread analyzer on examples/', async () => {
    const files = collectSources([path.join(ROOT, 'examples')], []);
    assert.ok(files.length > 0);
    const got = await pool.scan(files);
    const want = await singleThread(files);
    assert.deepStrictEqual(got.programs, want.programs);
    assert.deepStrictEqual(got.notTensorFlow, want.notTensorFlow);
    assert.ok(got.programs.some((p) => p.variables.length > 0));
  });

  it('equals the single-thread analyzer on a generated folder, in input order', async () => {
    const dir = makeFolder(60);
    dirs.push(dir);
    const files = collectSources([dir], []);
    const got = await pool.scan(files, { mode: 'auto' });
    const want = await singleThread(files);
    assert.deepStrictEqual(got.programs.map((p) => p.entry), want.programs.map((p) => p.entry));
    assert.deepStrictEqual(got.programs, want.programs);
    assert.deepStrictEqual(got.notTensorFlow, want.notTensorFlow);
    assert.strictEqual(got.workerCrashes, 0);
    const binary = got.programs.find((p) => p.entry.endsWith('weights.py'));
    assert.ok(binary?.diagnostics.some((d) => d.code === 'binary-file'), 'the binary file is reported, not fatal');
    assert.ok(got.programs.some((p) => p.diagnostics.some((d) => d.code === 'syntax-error')));
    assert.ok(got.programs.filter((p) => p.variables.some((v) => v.name.includes('/layer_2/kernel'))).length >= 30, 'imports were followed');
  });

  it('survives workers that die mid-chunk: only those files fail, the rest are unchanged', async () => {
    const dir = makeFolder(40, [7, 21]);
    dirs.push(dir);
    const files = collectSources([dir], []);
    const got = await pool.scan(files);
    const want = await singleThread(files);
    assert.strictEqual(got.workerCrashes, 2);
    assert.strictEqual(got.programs.length, want.programs.length);
    for (let i = 0; i < got.programs.length; i++) {
      const g = got.programs[i]!;
      if (/prog_0(07|21)\.py$/.test(g.entry)) {
        assert.strictEqual(g.diagnostics[0]?.code, 'internal-error', g.entry);
        assert.strictEqual(g.variables.length, 0);
      } else {
        assert.deepStrictEqual(g, want.programs[i]);
      }
    }
    // The pool is still usable afterwards.
    const again = await pool.scan(files.filter((f) => !/prog_0(07|21)\.py$/.test(f)));
    assert.strictEqual(again.workerCrashes, 0);
    assert.ok(again.programs.every((p) => !p.diagnostics.some((d) => d.code === 'internal-error')));
  });

  it('with json: each result as the text JSON.stringify makes of it, crashed files included, in input order', async () => {
    const dir = makeFolder(30, [11]);
    dirs.push(dir);
    const files = collectSources([dir], []);
    const got = await pool.scan(files, { json: true, record: true });
    const want = await singleThread(files);
    assert.strictEqual(got.programs.length, 0);
    assert.strictEqual(got.workerCrashes, 1);
    assert.deepStrictEqual(got.texts.map((t) => t.entry), want.programs.map((p) => p.entry));
    for (let i = 0; i < got.texts.length; i++) {
      const t = got.texts[i]!;
      const crashed = t.entry.endsWith('prog_011.py');
      assert.strictEqual(t.internalError, crashed, t.entry);
      if (crashed) assert.strictEqual((JSON.parse(t.json) as ProgramResult).diagnostics[0]?.code, 'internal-error');
      else assert.strictEqual(t.json, JSON.stringify(want.programs[i]));
      if (!crashed) assert.ok(got.reads.get(t.entry)?.some(([f]) => f === t.entry), 'reads are reported by entry');
    }
  });

  it('handles an empty list, missing files and concurrent scan calls', async () => {
    assert.deepStrictEqual(await pool.scan([]), { programs: [], texts: [], notTensorFlow: [], chars: 0, workerCrashes: 0, busyMs: [0, 0], reads: new Map() });
    const missing = path.join(os.tmpdir(), 'tfscope-no-such-dir', 'gone.py');
    const examples = collectSources([path.join(ROOT, 'examples')], []);
    const [a, b] = await Promise.all([pool.scan([missing]), pool.scan(examples)]);
    assert.strictEqual(a.programs[0]?.diagnostics[0]?.code, 'unreadable');
    assert.deepStrictEqual(b.programs, (await singleThread(examples)).programs);
  });

  it('runs from the esbuild bundle (dist/scanPoolWorker.js) with the same results', async function () {
    const bundled = path.join(ROOT, 'dist', 'scanPoolWorker.js');
    if (!fs.existsSync(bundled)) this.skip();
    const p = await createScanPool({ workers: 1, workerFile: bundled });
    try {
      const files = collectSources([path.join(ROOT, 'examples')], []);
      assert.deepStrictEqual((await p.scan(files)).programs, (await singleThread(files)).programs);
    } finally {
      await p.close();
    }
  });

  it('analyses every file with prefilter: false', async () => {
    const dir = makeFolder(10);
    dirs.push(dir);
    const files = collectSources([dir], []);
    const got = await pool.scan(files, { prefilter: false, mode: 'v1' });
    const analyzer = await loadAnalyzer();
    assert.deepStrictEqual(got.notTensorFlow, []);
    assert.deepStrictEqual(got.programs, files.map((f) => analyzer.analyze(f, fsHost(), { mode: 'v1' })));
  });

  it('rejects, instead of hanging, when its workers cannot start', async () => {
    await assert.rejects(createScanPool({ workers: 2, workerFile: path.join(os.tmpdir(), 'tfscope-no-such-worker.js') }), /cannot start/);
  });

  it('chunks keep neighbours together and come largest first', () => {
    const files = ['/a/x.py', '/a/y.py', '/a/z.py', '/b/u.py', '/b/v.py'];
    const chunks = makeChunks(files, [10, 10, 10, 50, 1], 20);
    assert.deepStrictEqual(chunks.map((c) => c.files.map((f) => f.index)), [[3], [0, 1], [2], [4]]);
    assert.deepStrictEqual(chunks.flatMap((c) => c.files.map((f) => f.index)).sort(), [0, 1, 2, 3, 4]);
  });
});
