// Keras 2 through `tf.keras`: the recorded Keras 2 programs (they import TF 2.21's frozen `tensorflow.python.keras`,
// the only Keras 2 the recorder has) rewritten to `from tensorflow import keras` / `tensorflow.keras.layers`, analysed
// for each target whose tf.keras is Keras 2 (1.15, 2.15, tf_keras), must agree with the same records; analysed for
// Keras 3 most must not (tf.keras is then Keras 3, which names and counts otherwise).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer, SourceHost } from '../../src/core/api';
import { loadAnalyzer } from '../../src/host/node';
import { compare, type Expected } from './compare';

const ROOT = path.join(__dirname, '..', '..', '..', 'test', 'conformance');
const KERAS2_PROGRAMS = /^8[5-9]\d_k2_.*\.py$/;

/** The program as `tf.keras` code: the frozen module's imports replaced by tf.keras's. */
function asTfKeras(text: string): string {
  return text
    .replace(/^from tensorflow\.python import keras$/m, 'from tensorflow import keras')
    .replace(/^from tensorflow\.python\.keras import layers$/m, 'from tensorflow.keras import layers');
}

/** A host serving the rewritten entry (same path, so records' lines and files still match). */
function rewritingHost(entry: string): SourceHost {
  return {
    readFile(p: string): string | undefined {
      if (!fs.existsSync(p)) return undefined;
      const text = fs.readFileSync(p, 'utf8');
      return p === entry ? asTfKeras(text) : text;
    },
  };
}

describe('Keras 2 through tf.keras under a Keras 2 target', function () {
  const programs = fs.readdirSync(path.join(ROOT, 'programs')).filter((f) => KERAS2_PROGRAMS.test(f)).sort();
  const gaps = JSON.parse(fs.readFileSync(path.join(ROOT, 'known-gaps.json'), 'utf8')) as Record<string, string>;
  let analyzer: Analyzer;

  before(async function () {
    analyzer = await loadAnalyzer();
  });

  it('has Keras 2 programs to rewrite', function () {
    assert.ok(programs.length >= 10, `only ${programs.length} Keras 2 programs`);
    for (const p of programs) assert.ok(/tensorflow\.python(\.keras)? import/.test(fs.readFileSync(path.join(ROOT, 'programs', p), 'utf8')), p);
  });

  for (const p of programs) {
    it(`${p} as tf.keras code`, function () {
      if (gaps[p]) this.skip();
      const entry = path.join(ROOT, 'programs', p);
      const exp = JSON.parse(fs.readFileSync(path.join(ROOT, 'expected', p.replace(/\.py$/, '.json')), 'utf8')) as Expected;
      const host = rewritingHost(entry);
      assert.notStrictEqual(host.readFile(entry), fs.readFileSync(entry, 'utf8'), 'the rewrite changed nothing');
      // TF 1.15 runs graph mode only: its eager programs are not TF 1.15 programs
      for (const target of exp.mode === 'v1' ? ['2.15', 'tf_keras', '1.15'] as const : ['2.15', 'tf_keras'] as const) {
        const r = analyzer.analyze(entry, host, { target });
        const diffs = compare(exp, r, entry).map((d) => d.text);
        assert.deepStrictEqual(diffs, [], `${p} under target ${target}`);
      }
    });
  }

  it('tf.keras is Keras 3 under the keras3 target: most Keras 2 records are then not reproduced', function () {
    const differ = programs.filter((p) => {
      const entry = path.join(ROOT, 'programs', p);
      const exp = JSON.parse(fs.readFileSync(path.join(ROOT, 'expected', p.replace(/\.py$/, '.json')), 'utf8')) as Expected;
      return compare(exp, analyzer.analyze(entry, rewritingHost(entry), { target: 'keras3' }), entry).length > 0;
    });
    assert.ok(differ.length >= programs.length - 3, `only ${differ.length}/${programs.length} differ with Keras 3`);
  });
});
