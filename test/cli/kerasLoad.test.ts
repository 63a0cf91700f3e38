// Keras 3's model.load_weights against files real Keras wrote (test/fixtures/checkpoints/keras): each program of
// test/fixtures/checkpoints/keras_load was run by Keras 3.15 (scripts/checkpoints/record_restores.py keras_load);
// the analyzer raises (or, with skip_mismatch, warns) what Keras did, at the load_weights call, and restores the
// weights Keras loaded: `.weights.h5`/`.keras` by class-keyed paths, legacy `.h5` by topological order or by_name. Keras's shape
// message ends with the variable's current values, which the analysis does not know: there it says `value=…`.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer } from '../../src/core/api';
import { loadHdf5 } from '../../src/host/kerasWeights';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const DIR = path.resolve(__dirname, '../../../test/fixtures/checkpoints/keras_load');

interface Recorded { error: { type: string; message: string } | null; warnings: string[]; loaded?: string[] }

const withoutValues = (m: string): string => m.replace(/value=\[[\s\S]*?\]>/, 'value=…>');

describe('Keras 3 load_weights against real .weights.h5 / .keras files', function () {
  this.timeout(60000);
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Recorded>;
  let analyzer: Analyzer;
  before(async () => {
    analyzer = await loadAnalyzer();
    await loadHdf5();
  });

  for (const [file, rec] of Object.entries(expected)) {
    it(`${file}: ${rec.error ? `raises ${rec.error.type}` : rec.warnings.length ? 'warns' : 'loads'} as Keras did`, () => {
      const r = analyzer.analyze(path.join(DIR, file), fsHost(), {});
      const raised = r.diagnostics.filter((d) => d.raises);
      assert.deepStrictEqual(raised.map((d) => d.raises), rec.error ? [{ ...rec.error, message: withoutValues(rec.error.message) }] : []);
      const warned = r.diagnostics.filter((d) => d.code === 'keras-load-weights' && !d.raises).map((d) => d.message.replace(/^load_weights\(skip_mismatch=True\) warns and skips: /, ''));
      // a legacy load's warnings share one diagnostic, a line each
      assert.deepStrictEqual(warned.join('\n'), rec.warnings.map(withoutValues).join('\n'));
      // the weights Keras loaded (set to a sentinel before the call, changed after it) are the ones the analysis restores
      const restored = (r.restores ?? []).filter((x) => x.api === 'load_weights').flatMap((x) => x.restored.map((p) => p.variable));
      assert.deepStrictEqual([...restored].sort(), [...(rec.loaded ?? [])].sort());
      for (const d of [...raised, ...r.diagnostics.filter((x) => x.code === 'keras-load-weights')]) {
        assert.match(fs.readFileSync(path.join(DIR, file), 'utf8').split('\n')[d.line - 1]!, /load_weights\(/);
      }
    });
  }

  it('the same model loads every weight from its class-keyed entry (layers/dense_1/vars/1 for the second Dense\'s bias)', () => {
    const r = analyzer.analyze(path.join(DIR, '01_same.py'), fsHost(), {});
    const restored = r.restores!.find((x) => x.api === 'load_weights')!.restored;
    assert.deepStrictEqual(restored.map((x) => [x.variable, x.tensor]), [
      ['sequential/a/kernel', 'layers/dense/vars/0'], ['sequential/a/bias', 'layers/dense/vars/1'],
      ['sequential/b/gamma', 'layers/batch_normalization/vars/0'], ['sequential/b/beta', 'layers/batch_normalization/vars/1'],
      ['sequential/b/moving_mean', 'layers/batch_normalization/vars/2'], ['sequential/b/moving_variance', 'layers/batch_normalization/vars/3'],
      ['sequential/c/kernel', 'layers/dense_1/vars/0'], ['sequential/c/bias', 'layers/dense_1/vars/1'],
    ]);
  });
});
