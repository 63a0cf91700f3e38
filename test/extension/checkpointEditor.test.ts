// The editor's checkpoint side, on checkpoints real TensorFlow wrote (test/fixtures/checkpoints): statistics read
// in chunks equal those of the whole tensor (and the sums TF recorded), a corrupt chunk fails TF's checksum, each
// variable's status follows the program's own restore call when it reads the checkpoint (else by name), the
// hover puts both shapes side by side, and the merged .npz holds the checkpoint's values where it restores.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ProgramResult } from '../../src/core/model';
import { NpzWriter } from '../../src/engine/export';
import { openCheckpoint } from '../../src/host/checkpoint';
import { tensorStats, tensorStatsAsync } from '../../src/host/checkpointStats';
import { fsHost, loadAnalyzer } from '../../src/host/node';
import type { CheckpointState } from '../../src/extension/checkpointState';
import { checkpointHoverMarkdown, statusesOf } from '../../src/extension/checkpointStatus';
import { mergedNpz, restoredFrom } from '../../src/extension/checkpointValues';

const FIX = path.resolve(__dirname, '../../../test/fixtures/checkpoints');
const CKPT = path.join(FIX, 'tf1_saver/model.ckpt');

function direct(values: number[]): { min: number; max: number; mean: number; std: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  return { min: Math.min(...values), max: Math.max(...values), mean, std };
}

describe('checkpoint statistics read in chunks', () => {
  const listed = JSON.parse(fs.readFileSync(path.join(FIX, 'tf1_saver/list.json'), 'utf8')) as { name: string; shape: number[]; dtype: string; sum: number | null }[];

  it('equal the whole tensor\'s (min, max, mean, std) with 8-byte chunks, and mean × count is the sum TF recorded', () => {
    const ckpt = openCheckpoint(CKPT);
    for (const l of listed.filter((x) => x.sum !== null && x.shape.length)) {
      const s = tensorStats(ckpt, l.name, 10, 8);
      const d = direct(ckpt.values(l.name).values);
      assert.strictEqual(s.count, l.shape.reduce((a, b) => a * b, 1));
      assert.deepStrictEqual([s.min, s.max], [d.min, d.max], l.name);
      assert.ok(Math.abs(s.mean - d.mean) < 1e-12 && Math.abs(s.std - d.std) < 1e-12, l.name);
      assert.ok(Math.abs(s.mean * s.count - l.sum!) < 1e-6, `${l.name}: ${s.mean * s.count} vs ${l.sum}`);
      assert.strictEqual(s.histogram!.counts.reduce((a, b) => a + b, 0), s.count);
      assert.strictEqual(s.chunkBytes, 8);
    }
  });

  it('the asynchronous reader (a turn of the event loop after each chunk) gives the same statistics', async () => {
    const ckpt = openCheckpoint(CKPT);
    for (const l of listed.filter((x) => x.sum !== null && x.shape.length)) {
      assert.deepStrictEqual(await tensorStatsAsync(ckpt, l.name, 10, 8), tensorStats(ckpt, l.name, 10, 8), l.name);
    }
  });

  it('a flipped byte in the data file fails TF\'s checksum after the last chunk', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-stats-'));
    try {
      fs.copyFileSync(`${CKPT}.index`, path.join(tmp, 'm.index'));
      const data = fs.readFileSync(`${CKPT}.data-00000-of-00001`);
      const ckpt0 = openCheckpoint(CKPT);
      const e = ckpt0.byteRange!('bert/embeddings/word_embeddings')!;
      data[e.offset + 5] = data[e.offset + 5]! ^ 0x01;
      fs.writeFileSync(path.join(tmp, 'm.data-00000-of-00001'), data);
      assert.throws(() => tensorStats(openCheckpoint(path.join(tmp, 'm')), 'bert/embeddings/word_embeddings', 0, 16), /checksum mismatch/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('variable statuses against the chosen checkpoint', function () {
  this.timeout(60000);
  let finetune: ProgramResult;
  let bertMap: ProgramResult;
  before(async () => {
    const analyzer = await loadAnalyzer();
    finetune = analyzer.analyze(path.join(FIX, 'programs/finetune.py'), fsHost(), {});
    bertMap = analyzer.analyze(path.join(FIX, 'restore/01_bert_map.py'), fsHost(), {});
  });

  it('without a restore call of its own: by name, as a strict restore (restored / mismatched / missing)', () => {
    const s = statusesOf(finetune, openCheckpoint(CKPT));
    assert.deepStrictEqual([...s].map(([n, v]) => [n, v.status]), [
      ['bert/embeddings/word_embeddings', 'restored'], ['bert/encoder/layer_0/attention/self/query/kernel', 'restored'],
      ['bert/encoder/layer_0/attention/self/query/bias', 'restored'], ['bert/pooler/dense/kernel', 'mismatched'],
      ['output_weights', 'missing'], ['output_bias', 'missing'], ['global_step', 'restored'],
    ]);
  });

  it('with init_from_checkpoint over BERT\'s assignment map: what TF restored is restored, the head is initialized', () => {
    const s = statusesOf(bertMap, openCheckpoint(CKPT));
    const expected = JSON.parse(fs.readFileSync(path.join(FIX, 'restore/expected.json'), 'utf8'))['01_bert_map.py'] as { initFromCheckpoint: string[] };
    assert.deepStrictEqual([...s].filter(([, v]) => v.status === 'restored').map(([n]) => n), expected.initFromCheckpoint);
    assert.deepStrictEqual([...s].filter(([, v]) => v.status !== 'restored').map(([n, v]) => [n, v.status]), [['output_weights', 'initialized'], ['output_bias', 'initialized']]);
  });

  it('the hover shows the code\'s and the checkpoint\'s shapes and the tensor\'s statistics', () => {
    const ckpt = openCheckpoint(CKPT);
    const s = statusesOf(finetune, ckpt);
    const v = finetune.variables.find((x) => x.name === 'bert/pooler/dense/kernel')!;
    const md = checkpointHoverMarkdown('model.ckpt', v, s.get(v.name)!, ckpt, (t) => tensorStats(ckpt, t));
    assert.match(md, /\*\*mismatched\*\*/);
    assert.match(md, /\| code \| \[8, 16\] \| float32 \|/);
    assert.match(md, /\| checkpoint `bert\/pooler\/dense\/kernel` \| \[8, 8\] \| float32 \|/);
    const d = direct(ckpt.values('bert/pooler/dense/kernel').values);
    assert.ok(md.includes(`min ${d.min.toPrecision(4)}`) || md.includes(`min ${d.min.toExponential(3)}`), md);
  });

  it('the merged .npz: restored variables with the checkpoint\'s values, the others with the initializer\'s', async () => {
    const ckpt = openCheckpoint(CKPT);
    const statuses = statusesOf(bertMap, ckpt);
    const state = { checkpoint: ckpt, statusOf: (_e: string, n: string) => statuses.get(n) } as unknown as CheckpointState;
    const restored = restoredFrom(state, bertMap.entry, bertMap.variables);
    assert.strictEqual(restored.size, 4);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-merge-test-'));
    try {
      const out = await mergedNpz(state, restored, bertMap.variables, path.join(tmp, 'm.npz'), async (vars, file) => {
        // stands in for the engine's export: recognisable values per variable
        const w = new NpzWriter(file);
        for (const v of vars) w.add(v.name, Float32Array.from({ length: v.shape!.reduce<number>((a, b) => a * b!, 1) }, (_x, i) => i + 0.5), v.dtype, v.shape as number[]);
        w.close();
      });
      assert.deepStrictEqual([out.restored, out.initialized], [4, 2]);
      const back = openCheckpoint(out.file);
      assert.deepStrictEqual(back.index.entries.map((e) => e.name), bertMap.variables.map((v) => v.name));
      for (const [name, tensor] of restored) assert.deepStrictEqual(back.values(name).values, ckpt.values(tensor).values, name);
      assert.deepStrictEqual(back.values('output_bias').values, [0.5, 1.5]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
