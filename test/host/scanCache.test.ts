// The persistent scan cache (src/host/scanCache.ts) through `tfscope scan`'s analyzeAll: warm scans equal cold
// ones, an edit to an imported helper or a newly created module re-analyses the importing program, options do
// not share entries, a corrupt cache file is ignored with a message, and the worker-pool path caches too.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeAll } from '../../src/cli/scan';
import type { ProgramResult } from '../../src/core/model';
import { ScanCache } from '../../src/host/scanCache';

function names(programs: ProgramResult[]): [string, string[], (number | null)[][]][] {
  return programs.map((p) => [path.basename(p.entry), p.variables.map((v) => v.name), p.variables.map((v) => v.shape ?? [])]);
}

describe('scan cache', function () {
  this.timeout(120000);
  let ws: string;
  let dir: string;
  const warnings: string[] = [];
  const cache = (mode: 'auto' | 'v1' = 'auto'): ScanCache => new ScanCache(dir, { mode, explore: true }, (m) => warnings.push(m));
  const write = (f: string, text: string): string => {
    const p = path.join(ws, f);
    fs.writeFileSync(p, text);
    return p;
  };

  beforeEach(() => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-ws-'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-cache-'));
    warnings.length = 0;
  });
  afterEach(() => {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a warm scan gives the cold result from the cache; editing an imported helper re-analyses its importer', async () => {
    write('helpers.py', 'import tensorflow as tf\ndef block(n):\n    return tf.compat.v1.get_variable("w", shape=[n, 3])\n');
    const main = write('main.py', 'import tensorflow as tf\nfrom helpers import block\nwith tf.compat.v1.variable_scope("enc"):\n    block(4)\n');
    const other = write('other.py', 'import tensorflow as tf\nv = tf.compat.v1.get_variable("b", shape=[2])\n');
    const files = [main, other];
    const c1 = cache();
    const cold = await analyzeAll(files, { mode: 'auto', explore: true }, c1);
    assert.deepStrictEqual(names(cold), [['main.py', ['enc/w'], [[4, 3]]], ['other.py', ['b'], [[2]]]]);
    assert.deepStrictEqual([c1.stats.hits, c1.stats.misses], [0, 2]);

    const c2 = cache();
    const warm = await analyzeAll(files, { mode: 'auto', explore: true }, c2);
    assert.deepStrictEqual(warm, cold);
    assert.deepStrictEqual([c2.stats.hits, c2.stats.misses], [2, 0]);

    write('helpers.py', 'import tensorflow as tf\ndef block(n):\n    return tf.compat.v1.get_variable("w", shape=[n, 5])\n');
    const c3 = cache();
    const edited = await analyzeAll(files, { mode: 'auto', explore: true }, c3);
    assert.deepStrictEqual(names(edited), [['main.py', ['enc/w'], [[4, 5]]], ['other.py', ['b'], [[2]]]]);
    assert.deepStrictEqual([c3.stats.hits, c3.stats.misses], [1, 1], 'only the importer of the helper is re-analysed');
    assert.deepStrictEqual(warnings, []);
  });

  it('a module created where an import found none invalidates the importer', async () => {
    const main = write('main.py', 'import tensorflow as tf\nimport layers_lib\nlayers_lib.make()\nv = tf.compat.v1.get_variable("v", shape=[1])\n');
    const before = await analyzeAll([main], { mode: 'v1' }, cache('v1'));
    assert.deepStrictEqual(names(before), [['main.py', ['v'], [[1]]]]);
    write('layers_lib.py', 'import tensorflow as tf\ndef make():\n    tf.compat.v1.get_variable("made", shape=[7])\n');
    const c = cache('v1');
    const after = await analyzeAll([main], { mode: 'v1' }, c);
    assert.deepStrictEqual(names(after), [['main.py', ['made', 'v'], [[7], [1]]]]);
    assert.strictEqual(c.stats.hits, 0);
  });

  it('entries are per option set: a v1 scan does not answer an auto scan', async () => {
    const main = write('main.py', 'import tensorflow as tf\nv = tf.Variable(tf.zeros([3]), name="v")\n');
    await analyzeAll([main], { mode: 'v1', explore: true }, cache('v1'));
    const c = cache('auto');
    await analyzeAll([main], { mode: 'auto', explore: true }, c);
    assert.deepStrictEqual([c.stats.hits, c.stats.misses], [0, 1]);
  });

  it('a corrupt or truncated cache file is ignored with a message and the result is still right', async () => {
    const main = write('main.py', 'import tensorflow as tf\nv = tf.compat.v1.get_variable("v", shape=[6])\n');
    const cold = await analyzeAll([main], { mode: 'auto', explore: true }, cache());
    const stored = fs.readdirSync(dir).flatMap((d) => fs.readdirSync(path.join(dir, d)).map((f) => path.join(dir, d, f)));
    assert.strictEqual(stored.length, 1);
    const damages = [
      (t: string) => t.slice(0, t.length / 2), () => '{"format":1}', () => '\u0000\u0001garbage',
      // one character of the result changed, still valid JSON: the sha1 catches it
      (t: string) => t.replace('"shape":[6]', '"shape":[7]'),
      // the result cut at a place where it still parses
      (t: string) => t.slice(0, t.lastIndexOf('\n') + 1) + '{}',
    ];
    for (const damage of damages) {
      fs.writeFileSync(stored[0]!, damage(fs.readFileSync(stored[0]!, 'utf8')));
      warnings.length = 0;
      const c = cache();
      const again = await analyzeAll([main], { mode: 'auto', explore: true }, c);
      assert.deepStrictEqual(again, cold);
      assert.deepStrictEqual([c.stats.corrupt, c.stats.hits], [1, 0]);
      assert.match(warnings.join('\n'), /ignoring a corrupt cache file/);
      // rewritten: the next scan hits again
      const c2 = cache();
      assert.deepStrictEqual(await analyzeAll([main], { mode: 'auto', explore: true }, c2), cold);
      assert.strictEqual(c2.stats.hits, 1);
    }
  });

  it('tfscope scan --json splices the cached text in: byte for byte what a cold scan prints', async () => {
    const { scanOutput } = await import('../../src/cli/scan');
    const main = write('main.py', 'import tensorflow as tf\nwith tf.compat.v1.variable_scope("a"):\n    v = tf.compat.v1.get_variable("v", shape=[6], initializer=tf.compat.v1.constant_initializer(0.25))\n');
    const lib = write('lib.py', 'import tensorflow as tf\ndef f():\n    tf.compat.v1.get_variable("w", [2, 2])\n');
    const bin = path.resolve(__dirname, '../../../bin/tfscope.js');
    const run = (): string => execFileSync(process.execPath, [bin, 'scan', main, lib, '--json', '--cache', dir], { encoding: 'utf8' });
    const cold = run();
    const warm = run();
    assert.strictEqual(warm, cold);
    const fresh = await analyzeAll([main, lib], { mode: 'auto', target: 'auto', explore: true }, null);
    assert.strictEqual(cold, `${JSON.stringify(scanOutput(fresh, []))}\n`);
    assert.strictEqual(fs.readdirSync(dir).length > 0, true);
  });

  it('get (the extension\'s path) parses what put stored, and misses when a read file changed', async () => {
    const main = write('main.py', 'import tensorflow as tf\nv = tf.compat.v1.get_variable("v", shape=[3])\n');
    const [r] = await analyzeAll([main], { mode: 'auto', explore: true }, null);
    const c = cache();
    c.put(main, [[main, 'h1'], [path.join(ws, 'requirements.txt'), null]], r!);
    assert.deepStrictEqual(c.get(main, (p) => (p === main ? 'h1' : null)), r);
    assert.strictEqual(c.getJson(main, (p) => (p === main ? 'h1' : null)), JSON.stringify(r));
    assert.strictEqual(c.get(main, (p) => (p === main ? 'h2' : null)), undefined);
    assert.strictEqual(c.get(main, () => 'h1'), undefined, 'a file that was missing now exists');
    assert.deepStrictEqual([c.stats.hits, c.stats.misses, c.stats.corrupt], [2, 2, 0]);
  });

  it('an unwritable cache folder costs only the caching, with one message', async () => {
    const main = write('main.py', 'import tensorflow as tf\nv = tf.compat.v1.get_variable("v", shape=[2])\n');
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'not a folder');
    const c = new ScanCache(blocker, { mode: 'auto' }, (m) => warnings.push(m));
    const r = await analyzeAll([main], { mode: 'auto' }, c);
    assert.deepStrictEqual(names(r), [['main.py', ['v'], [[2]]]]);
    assert.strictEqual(c.stats.writeErrors, 1);
    assert.strictEqual(warnings.length, 1);
  });

  it('the worker-pool path (many files) records and reuses too', async () => {
    const files = Array.from({ length: 60 }, (_x, i) =>
      write(`p${i}.py`, `import tensorflow as tf\nwith tf.compat.v1.variable_scope("s${i}"):\n    tf.compat.v1.get_variable("w", shape=[${i + 1}])\n`));
    const c1 = cache();
    const cold = await analyzeAll(files, { mode: 'auto', explore: true }, c1);
    assert.strictEqual(cold.length, 60);
    assert.deepStrictEqual(names(cold)[59], ['p59.py', ['s59/w'], [[60]]]);
    const c2 = cache();
    const warm = await analyzeAll(files, { mode: 'auto', explore: true }, c2);
    assert.deepStrictEqual(warm, cold);
    assert.deepStrictEqual([c2.stats.hits, c2.stats.misses], [60, 0]);
  });
});
