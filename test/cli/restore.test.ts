// Restore calls against a checkpoint written by real TensorFlow (test/fixtures/checkpoints/tf1_saver): each
// program of test/fixtures/checkpoints/restore was run by TF 2.21 (scripts/checkpoints/record_restores.py);
// the analyzer raises what TF raised, in its words, at the restore call, and restores what TF restored.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Analyzer } from '../../src/core/api';
import type { ProgramResult } from '../../src/core/model';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'test/fixtures/checkpoints/restore');

interface Recorded { error: { type: string; message: string } | null; initFromCheckpoint: string[] }

describe('restore calls against a real checkpoint (init_from_checkpoint, Saver.restore)', function () {
  this.timeout(60000);
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Recorded>;
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
  });
  const analyze = (file: string): ProgramResult => analyzer.analyze(path.join(DIR, file), fsHost(), {});

  for (const [file, rec] of Object.entries(expected)) {
    it(`${file}: ${rec.error ? `raises ${rec.error.type}` : 'runs'} as TensorFlow did`, () => {
      const r = analyze(file);
      const raised = r.diagnostics.filter((d) => d.raises);
      assert.deepStrictEqual(raised.map((d) => d.raises), rec.error ? [rec.error] : []);
      if (rec.error) {
        // at the line of the restore call
        const line = fs.readFileSync(path.join(DIR, file), 'utf8').split('\n')[raised[0]!.line - 1]!;
        assert.match(line, /init_from_checkpoint|\.restore\(/);
      }
      const ifc = (r.restores ?? []).filter((x) => x.api === 'init_from_checkpoint').flatMap((x) => x.restored.map((v) => v.variable));
      assert.deepStrictEqual(ifc.sort(), [...rec.initFromCheckpoint].sort());
    });
  }

  it('BERT\'s pattern: the computed map restores the encoder; the classifier head is listed as keeping its initializer', () => {
    const info = analyze('01_bert_map.py').diagnostics.find((d) => d.code === 'checkpoint-restore')!;
    assert.strictEqual(info.message, 'init_from_checkpoint restores 4 variables from ../tf1_saver/model.ckpt; 2 keep their initializers: output_weights, output_bias.');
  });

  it('a prefix mistake: the empty map is flagged with the assignment map that lines the names up, as a quick fix', () => {
    const d = analyze('02_bert_map_prefixed.py').diagnostics.find((x) => x.code === 'checkpoint-map-empty')!;
    assert.strictEqual(d.severity, 'warning');
    assert.match(d.message, /the assignment map is empty: nothing is restored/);
    assert.match(d.message, /3 variables line up with \{"bert\/":"model\/bert\/"\}/);
    const edit = d.fixes![0]!.edits[0]!;
    assert.strictEqual(edit.newText, "{'bert/': 'model/bert/'}");
    const line = fs.readFileSync(path.join(DIR, '02_bert_map_prefixed.py'), 'utf8').split('\n')[edit.line - 1]!;
    assert.strictEqual(line.slice(edit.column - 1, edit.endColumn - 1), 'amap');
  });

  it('a map value one scope too shallow: TF\'s scope-only error, with the fix naming the one variable that ends with it', () => {
    const file = '14_name_one_scope_too_shallow.py';
    const d = analyze(file).diagnostics.find((x) => x.code === 'checkpoint-scope-map')!;
    const edit = d.fixes![0]!.edits[0]!;
    assert.strictEqual(edit.newText, '"model/bert/embeddings/word_embeddings"');
    const line = fs.readFileSync(path.join(DIR, file), 'utf8').split('\n')[edit.line - 1]!;
    assert.strictEqual(line.slice(edit.column - 1, edit.endColumn - 1), '"bert/embeddings/word_embeddings"');
    assert.strictEqual(line.indexOf('"bert/embeddings/word_embeddings"', line.indexOf(':')), edit.column - 1, 'the value, not the key');
  });

  it('a resource variable restored with another shape: no error (TF does not check), a warning that it changes shape', () => {
    const d = analyze('13_resource_reshape.py').diagnostics.filter((x) => x.code.startsWith('checkpoint-') && x.severity !== 'info');
    assert.deepStrictEqual(d.map((x) => x.code), ['checkpoint-reshapes']);
    assert.match(d[0]!.message, /shape \[8, 16\]; the restore assigns the checkpoint's \[8, 8\]/);
  });

  it('a checkpoint that is not in the workspace, or a path not known statically: an info, nothing checked', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-restore-'));
    try {
      const prog = path.join(tmp, 'p.py');
      fs.writeFileSync(prog, [
        'import sys', 'import tensorflow.compat.v1 as tf', 'tf.disable_v2_behavior()', 'v = tf.get_variable("v", [2])',
        'tf.train.init_from_checkpoint("ckpt/model.ckpt", {"/": "/"})', 'tf.train.init_from_checkpoint(sys.argv[1], {"/": "/"})', '',
      ].join('\n'));
      const r = analyzer.analyze(prog, fsHost(), {});
      const infos = r.diagnostics.filter((d) => d.code.startsWith('checkpoint-'));
      assert.deepStrictEqual(infos.map((d) => [d.line, d.code, d.severity]), [[5, 'checkpoint-not-found', 'info'], [6, 'checkpoint-unknown', 'info']]);
      assert.match(infos[0]!.message, new RegExp(`no checkpoint 'ckpt/model.ckpt' in the workspace \\(looked for ${tmp}/ckpt/model.ckpt\\)`));
      assert.match(infos[1]!.message, /the checkpoint path sys\.argv\[1\] is not known statically/);
      assert.ok(!r.diagnostics.some((d) => d.raises));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
