// Checkpoints written by real TensorFlow (test/fixtures/checkpoints, from scripts/checkpoints/make_fixtures.py):
// the reader lists what tf.train.list_variables lists with bit-equal values, bad files give clear errors, and
// `tfscope compare` classifies a fine-tuning program's variables and finds a scope-prefix mistake with its fix.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCompare } from '../../src/cli/compare';
import type { CheckpointComparison } from '../../src/core/checkpoint/compare';
import { CheckpointFormatError } from '../../src/core/checkpoint/tfBundle';
import { openCheckpoint } from '../../src/host/checkpoint';
import { capture as captureRun } from '../support/capture';

const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.join(ROOT, 'test/fixtures/checkpoints');

interface Listed { name: string; shape: number[]; dtype: string; first: number[] | null; sum: number | null }

const capture = (args: string[]): ReturnType<typeof captureRun> => captureRun(runCompare, args);

describe('TensorFlow checkpoints (V2 bundle)', () => {
  for (const dir of ['tf1_saver', 'tf2_object']) {
    it(`${dir}: names, shapes and dtypes as tf.train.list_variables reports them; values bit-equal`, () => {
      const listed = JSON.parse(fs.readFileSync(path.join(FIX, dir, 'list.json'), 'utf8')) as Listed[];
      const ckpt = openCheckpoint(path.join(FIX, dir));
      assert.deepStrictEqual(ckpt.index.entries.map((e) => [e.name, e.shape, e.dtype]), listed.map((l) => [l.name, l.shape, l.dtype]));
      for (const l of listed) {
        if (l.first === null) continue;
        const { values } = ckpt.values(l.name);
        assert.deepStrictEqual(values.slice(0, 4), l.first, l.name);
        assert.strictEqual(values.reduce((a, b) => a + b, 0), l.sum, l.name);
      }
    });
  }

  for (const [label, file, listing] of [
    ['np.savez (stored)', 'files/stored.npz', 'files/list.json'],
    ['np.savez_compressed (deflated)', 'files/compressed.npz', 'files/list.json'],
    ['.safetensors', 'files/weights.safetensors', 'files/list.json'],
    ['TF.js model.json, tensors spanning 64-byte shards', 'tfjs/model.json', 'tfjs/list.json'],
    ['TF.js model folder', 'tfjs', 'tfjs/list.json'],
  ] as const) {
    it(`${label}: names, shapes, dtypes and values as written`, () => {
      const listed = JSON.parse(fs.readFileSync(path.join(FIX, listing), 'utf8')) as { name: string; shape: number[]; dtype: string; values: number[] }[];
      const w = openCheckpoint(path.join(FIX, file));
      const sorted = (xs: { name: string }[]): string[] => xs.map((x) => x.name).sort();
      assert.deepStrictEqual(sorted(w.index.entries), sorted(listed));
      for (const l of listed) {
        const e = w.index.entries.find((x) => x.name === l.name)!;
        assert.deepStrictEqual([e.shape, e.dtype], [l.shape, l.dtype], l.name);
        const got = w.values(l.name);
        assert.deepStrictEqual(got.values, l.values, l.name);
      }
    });
  }

  it('accepts the prefix, the .index, a data shard or the folder; bad input gets a message, not a crash', () => {
    const prefix = path.join(FIX, 'tf1_saver/model.ckpt');
    for (const p of [prefix, `${prefix}.index`, `${prefix}.data-00000-of-00001`, path.join(FIX, 'tf1_saver')]) assert.strictEqual(openCheckpoint(p).prefix, prefix);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-ckpt-'));
    try {
      fs.writeFileSync(path.join(tmp, 'a.index'), fs.readFileSync(`${prefix}.index`).subarray(0, 100));
      assert.throws(() => openCheckpoint(path.join(tmp, 'a')), (e: unknown) => e instanceof CheckpointFormatError && /not a TensorFlow checkpoint index|block outside/.test(e.message));
      fs.copyFileSync(`${prefix}.index`, path.join(tmp, 'b.index'));
      const data = fs.readFileSync(`${prefix}.data-00000-of-00001`);
      data[10] = data[10]! ^ 0xff;
      fs.writeFileSync(path.join(tmp, 'b.data-00000-of-00001'), data);
      const b = openCheckpoint(path.join(tmp, 'b'));
      assert.throws(() => b.values(b.index.entries[0]!.name), /checksum mismatch/);
      assert.throws(() => openCheckpoint(tmp), /holds 2 checkpoints/);
      assert.throws(() => openCheckpoint(path.join(tmp, 'none')), /no such checkpoint/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('tfscope compare', function () {
  this.timeout(60000);
  const ckpt = path.join(FIX, 'tf1_saver');

  it('a fine-tuning program: the encoder is restored, the classifier head stays initialized, a changed width is a mismatch', async () => {
    const r = await capture([path.join(FIX, 'programs/finetune.py'), '--checkpoint', ckpt, '--json']);
    assert.strictEqual(r.code, 1, r.err);
    const c = JSON.parse(r.out) as CheckpointComparison;
    assert.deepStrictEqual(c.variables.map((v) => [v.name, v.status]), [
      ['bert/embeddings/word_embeddings', 'restored'],
      ['bert/encoder/layer_0/attention/self/query/kernel', 'restored'],
      ['bert/encoder/layer_0/attention/self/query/bias', 'restored'],
      ['bert/pooler/dense/kernel', 'mismatched'],
      ['output_weights', 'missing'],
      ['output_bias', 'missing'],
      ['global_step', 'restored'],
    ]);
    assert.deepStrictEqual(c.variables[3]!.checkpoint, { shape: [8, 8], dtype: 'float32' });
    assert.deepStrictEqual(c.unused.map((t) => t.name), ['conv/filters']);
    assert.strictEqual(c.prefixFix, undefined);
  });

  it('one scope too deep: every variable missing, and the assignment map that TensorFlow accepts to line them up', async () => {
    const r = await capture([path.join(FIX, 'programs/prefixed.py'), '--checkpoint', ckpt, '--json']);
    const c = JSON.parse(r.out) as CheckpointComparison;
    assert.deepStrictEqual(c.counts, { restored: 0, mismatched: 0, missing: 3, unused: 6 });
    assert.deepStrictEqual(c.prefixFix, { from: '', to: 'model/', restores: 3, assignmentMap: { 'bert/': 'model/bert/' } });
    const text = await capture([path.join(FIX, 'programs/prefixed.py'), '--checkpoint', ckpt]);
    assert.match(text.out, /init_from_checkpoint\(ckpt, \{"bert\/":"model\/bert\/"\}\)/);
  });

  it('a TF.js program against a TF.js model.json: the saved layers restored, the added one missing', async () => {
    const r = await capture([path.join(FIX, 'programs/model.ts'), '--checkpoint', path.join(FIX, 'tfjs'), '--json']);
    assert.strictEqual(r.code, 1, r.err);
    const c = JSON.parse(r.out) as CheckpointComparison;
    assert.deepStrictEqual(c.variables.map((v) => [v.name, v.status]), [
      ['dense_Dense1/kernel', 'restored'], ['dense_Dense1/bias', 'restored'], ['dense_Dense2/kernel', 'restored'], ['dense_Dense2/bias', 'restored'],
      ['dense_Dense3/kernel', 'missing'], ['dense_Dense3/bias', 'missing'],
    ]);
    assert.match(c.variables[4]!.message, /not in the weights file/);
  });

  it('--scope limits both sides; all restored exits 0; usage errors exit 2', async () => {
    const r = await capture([path.join(FIX, 'programs/finetune.py'), '--checkpoint', ckpt, '--scope', 'bert/encoder', '--json']);
    assert.strictEqual(r.code, 0);
    const c = JSON.parse(r.out) as CheckpointComparison;
    assert.deepStrictEqual(c.counts, { restored: 2, mismatched: 0, missing: 0, unused: 0 });
    assert.strictEqual((await capture([path.join(FIX, 'programs/finetune.py')])).code, 2);
    const bad = await capture([path.join(FIX, 'programs/finetune.py'), '--checkpoint', '/nonexistent/ckpt']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /no such checkpoint/);
  });
});
