// `tfscope init` end to end on the seed's first example (examples/seed_explicit_init.py): analyzer →
// engine → JSON/table → .npz (loaded by NumPy when /usr/bin/python3 has it), plus usage errors.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inScope, runInit } from '../../src/cli/init';
import { capture as captureRun } from '../support/capture';

const root = path.resolve(__dirname, '../../..');
const example = path.join(root, 'examples/seed_explicit_init.py');

const capture = (args: string[]): ReturnType<typeof captureRun> => captureRun(runInit, args);

interface JsonVar {
  name: string; shape: number[]; dtype: string; initializer: { kind: string; mean?: number; stddev?: number }; backend: string;
  stats: { min: number; max: number; mean: number; std: number; zeros: number }; histogram: { counts: number[] };
  expected: { family: string; mean?: number; std?: number }; checks: { ok: boolean }; exact: boolean; exactNote?: string;
}

describe('tfscope init', () => {
  it('materializes my_scope of the seed example as JSON', async () => {
    const { code, out } = await capture([example, '--scope', 'my_scope', '--json', '--backend', 'cpu']);
    assert.strictEqual(code, 0);
    const r = JSON.parse(out) as { schemaVersion: number; backend: string; variables: JsonVar[] };
    assert.strictEqual(r.schemaVersion, 1);
    assert.strictEqual(r.backend, 'cpu');
    assert.deepStrictEqual(r.variables.map((v) => [v.name, v.shape, v.dtype, v.initializer.kind]), [
      ['my_scope/weight', [10, 10], 'float32', 'zeros'],
      ['my_scope/bias', [10], 'float32', 'random_normal'],
    ]);
    const [w, b] = r.variables;
    assert.deepStrictEqual([w!.stats.min, w!.stats.max, w!.stats.zeros, w!.exact], [0, 0, 100, true]);
    assert.deepStrictEqual([b!.initializer.mean, b!.initializer.stddev, b!.expected.family, b!.expected.mean, b!.expected.std], [0, 1, 'normal', 0, 1]);
    assert.strictEqual(b!.histogram.counts.reduce((a, x) => a + x, 0), 10);
    // no seeds in the program: TF's values are nondeterministic, and the output says so
    assert.strictEqual(b!.exact, false);
    assert.match(b!.exactNote!, /no seeds/);
    assert.ok(b!.checks.ok);
  });

  it('prints a table and writes an .npz that numpy loads', async function () {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-cli-')), 'values.npz');
    const { code, out } = await capture([example, '--scope', 'my_scope', '--seed', '7', '--out', file]);
    assert.strictEqual(code, 0);
    assert.match(out, /my_scope\/weight\s+\[10,10\]\s+float32\s+zeros/);
    assert.match(out, /my_scope\/bias\s+\[10\]\s+float32\s+random_normal\(mean=0, stddev=1\)/);
    assert.match(out, new RegExp(`wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    let numpy = true;
    try {
      execFileSync('/usr/bin/python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    } catch {
      numpy = false;
    }
    if (!numpy) {
      // eslint-disable-next-line no-console
      console.log('      skipped the numpy.load check: /usr/bin/python3 has no numpy');
      this.skip();
    }
    const py = 'import sys, numpy as np; d = np.load(sys.argv[1]); print(sorted(d.files), d["my_scope/weight"].shape, float(abs(d["my_scope/weight"]).sum()), d["my_scope/bias"].shape, d["my_scope/bias"].dtype)';
    assert.strictEqual(execFileSync('/usr/bin/python3', ['-c', py, file], { encoding: 'utf8' }).trim(), "['my_scope/bias', 'my_scope/weight'] (10, 10) 0.0 (10,) float32");
  });

  it('keeps a scope and its sub-scopes only', () => {
    const v = (name: string) => ({ name }) as never;
    assert.deepStrictEqual(inScope([v('a/x'), v('ab/y'), v('a/b/z'), v('a')], 'a').map((x: { name: string }) => x.name), ['a/x', 'a/b/z', 'a']);
    assert.strictEqual(inScope([v('a/x')], null).length, 1);
  });

  it('bad usage exits 2 with a message', async () => {
    for (const args of [[], [example, '--out', 'x.txt'], [example, '--seed', 'abc'], ['/no/such/file.py'], [example, '--frobnicate']]) {
      const { code, err } = await capture(args);
      assert.strictEqual(code, 2, args.join(' '));
      assert.match(err, /tfscope init: /);
    }
  });
});
