// Conformance suite: each test/conformance/expected/<program>.json records what real TensorFlow 2.21 did with
// test/conformance/programs/<program>.py (scripts/conformance/generate.py). Here the static analyzer runs on
// the same program, with no TensorFlow, and must agree on the raised error, the variables' names in creation
// order, shape, dtype, trainable, collections, initializer distribution and source line. Values TF records
// as constants that the analyzer gives as NumPy draws are drawn by the engine and compared value by value.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer } from '../../src/core/api';
import type { ProgramResult } from '../../src/core/model';
import { fsHost, loadAnalyzer } from '../../src/host/node';
import { compare, type Expected } from './compare';

const ROOT = path.resolve(__dirname, '../../../test/conformance');
const PROGRAMS = path.join(ROOT, 'programs');
const EXPECTED = path.join(ROOT, 'expected');

function expectations(): Expected[] {
  if (!fs.existsSync(EXPECTED)) return [];
  return fs
    .readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(EXPECTED, f), 'utf8')) as Expected);
}

describe('conformance with TensorFlow 2.21', function () {
  const all = expectations();
  let analyzer: Analyzer;
  let exact = 0;

  before(async function () {
    analyzer = await loadAnalyzer();
  });

  after(function () {
    console.log(`conformance: ${exact}/${all.length} programs exact`);
  });

  it('has recorded expectations for its programs', function () {
    const programs = fs.readdirSync(PROGRAMS).filter((f) => /^\d{3}_.*\.py$/.test(f));
    const recorded = new Set(all.map((e) => e.program));
    assert.ok(all.length >= 110, `only ${all.length} expectations`);
    assert.deepStrictEqual(programs.filter((p) => !recorded.has(p)), [], 'programs without expectations: run generate.py');
  });

  for (const exp of all) {
    it(exp.program, function () {
      const entry = path.join(PROGRAMS, exp.program);
      let r: ProgramResult;
      try {
        r = analyzer.analyze(entry, fsHost());
      } catch (err) {
        assert.fail(`analyzer threw: ${(err as Error).stack ?? String(err)}`);
      }
      const diffs = compare(exp, r, entry).map((d) => d.text);
      if (diffs.length) assert.fail(`${exp.program} (${exp.mode}) differs from TensorFlow:\n    ${diffs.join('\n    ')}`);
      exact++;
    });
  }
});
