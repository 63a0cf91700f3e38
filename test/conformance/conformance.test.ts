// Conformance suite: each test/conformance/expected/<program>.json records what real TensorFlow 2.21 did with
// test/conformance/programs/<program>.py (scripts/conformance/generate.py). Here the static analyzer runs on
// the same program, with no TensorFlow, and must agree on the raised error, the variables' names in creation
// order, shape, dtype, trainable, collections, initializer distribution and source line. Values TF records
// as constants that the analyzer gives as NumPy draws are drawn by the engine and compared value by value.
// Programs listed in known-gaps.json (program -> the TF rule the analyzer lacks) are reported as pending while
// they differ, and fail the run once they agree, so that the list stays true.

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
const KNOWN_GAPS = path.join(ROOT, 'known-gaps.json');

function expectations(): Expected[] {
  if (!fs.existsSync(EXPECTED)) return [];
  return fs
    .readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(EXPECTED, f), 'utf8')) as Expected);
}

/** known-gaps.json: program file name -> one line naming what TF does that the analyzer does not (yet). */
function knownGaps(): Map<string, string> {
  if (!fs.existsSync(KNOWN_GAPS)) return new Map();
  const raw = JSON.parse(fs.readFileSync(KNOWN_GAPS, 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(raw).filter(([k]) => !k.startsWith('//')).map(([k, v]) => [k, String(v)]));
}

describe('conformance with TensorFlow 2.21', function () {
  const all = expectations();
  const gaps = knownGaps();
  let analyzer: Analyzer;
  let exact = 0;
  let pending = 0;

  before(async function () {
    analyzer = await loadAnalyzer();
  });

  after(function () {
    console.log(`conformance: ${exact}/${all.length} programs exact (${pending} known gaps pending)`);
  });

  it('lists only recorded programs as known gaps, each with a reason', function () {
    const recorded = new Set(all.map((e) => e.program));
    assert.deepStrictEqual([...gaps.keys()].filter((p) => !recorded.has(p)), [], 'known-gaps.json names programs without records');
    for (const [p, why] of gaps) assert.ok(why.trim().length >= 20, `known gap ${p} needs a reason naming the missing TF rule`);
  });

  it('has recorded expectations for its programs', function () {
    const programs = fs.readdirSync(PROGRAMS).filter((f) => /^\d{3,4}_.*\.py$/.test(f));
    const recorded = new Set(all.map((e) => e.program));
    assert.ok(all.length >= 110, `only ${all.length} expectations`);
    assert.deepStrictEqual(programs.filter((p) => !recorded.has(p)), [], 'programs without expectations: run generate.py');
  });

  for (const exp of all) {
    it(exp.program, function () {
      const entry = path.join(PROGRAMS, exp.program);
      let r: ProgramResult;
      try {
        // The records are TensorFlow 2.21 with Keras 3: the analysis targets exactly that, unless the record was
        // made with the TF 1.x harness (scripts/conformance/tf1_shims.py), which says which TF it stands for.
        r = analyzer.analyze(entry, fsHost(), { target: exp.target ?? 'keras3' });
      } catch (err) {
        assert.fail(`analyzer threw: ${(err as Error).stack ?? String(err)}`);
      }
      const diffs = compare(exp, r, entry).map((d) => d.text);
      const gap = gaps.get(exp.program);
      if (gap !== undefined) {
        if (!diffs.length) assert.fail(`${exp.program} is listed in known-gaps.json but now agrees with TensorFlow: remove it from the list`);
        pending++;
        this.skip();
      }
      if (diffs.length) assert.fail(`${exp.program} (${exp.mode}) differs from TensorFlow:\n    ${diffs.join('\n    ')}`);
      exact++;
    });
  }
});
