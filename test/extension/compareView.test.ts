// The "Compare with Checkpoint…" view over a real comparison: a fine-tuning program against the checkpoint TF's
// Saver wrote (test/fixtures/checkpoints): every status in its section with TensorFlow's shapes, names escaped,
// and a page that runs no script.

import * as assert from 'assert';
import * as path from 'path';
import { compareWeights } from '../../src/core/checkpoint/compare';
import { comparisonHtml } from '../../src/extension/compareView';
import { openCheckpoint } from '../../src/host/checkpoint';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const FIX = path.resolve(__dirname, '../../../test/fixtures/checkpoints');

describe('checkpoint comparison view', function () {
  this.timeout(60000);
  it('lists mismatched, missing, restored and unused with both shapes; no script', async () => {
    const program = (await loadAnalyzer()).analyze(path.join(FIX, 'programs/finetune.py'), fsHost(), {});
    const ckpt = openCheckpoint(path.join(FIX, 'tf1_saver'));
    const c = compareWeights(program.variables, ckpt.index.entries, ckpt.format);
    const html = comparisonHtml(c, 'programs/finetune.py', 'tf1_saver/model.ckpt <latest>');
    assert.match(html, /4 restored, 1 mismatched, 2 missing from the checkpoint, 1 checkpoint entries unused\. A strict restore/);
    assert.match(html, /<h2>Mismatched \(1\)<\/h2>\s*<table><tr><th>variable<\/th>.*<td>bert\/pooler\/dense\/kernel<\/td><td>\[8, 16\] float32<\/td><td>\[8, 8\] float32<\/td>/s);
    assert.match(html, /<h2>Missing from the checkpoint \(2\)<\/h2>\s*<table>.*<td>output_weights<\/td><td>\[2, 8\] float32<\/td>/s);
    assert.match(html, /<td>conv\/filters<\/td><td>\[2, 3, 4\] float32<\/td>/);
    assert.match(html, /tf1_saver\/model\.ckpt &lt;latest&gt;/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /default-src 'none'/);
  });
});
