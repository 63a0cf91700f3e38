// TF.js conformance: each test/conformance/tfjs/expected/<program>.json records what real TensorFlow.js 4.22
// did with test/conformance/tfjs/programs/<program>.ts (scripts/conformance/generate-tfjs.mjs). The TypeScript
// analyzer runs on the same program, without TF.js, and must agree on the raised error, the variables' names in
// creation order, shape, dtype, trainable, initializer distribution and source line (the comparator: tfjsCompare.ts).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createTypeScriptAnalyzer } from '../../src/core/typescript/analyzer';
import { fsHost } from '../../src/host/node';
import { compareTfjs, type Expected } from './tfjsCompare';

const ROOT = path.resolve(__dirname, '../../../test/conformance/tfjs');
const PROGRAMS = path.join(ROOT, 'programs');
const EXPECTED = path.join(ROOT, 'expected');

function expectations(): Expected[] {
  if (!fs.existsSync(EXPECTED)) return [];
  return fs.readdirSync(EXPECTED).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(EXPECTED, f), 'utf8')) as Expected);
}

describe('conformance with TensorFlow.js 4.22', function () {
  const all = expectations();
  let exact = 0;
  const analyzer = createTypeScriptAnalyzer();

  after(function () {
    console.log(`tfjs conformance: ${exact}/${all.length} programs exact`);
  });

  it('has recorded expectations for its programs', function () {
    const programs = fs.readdirSync(PROGRAMS).filter((f) => /^\d{3,4}_.*\.ts$/.test(f));
    const recorded = new Set(all.map((e) => e.program));
    assert.ok(all.length >= 20, `only ${all.length} expectations`);
    assert.deepStrictEqual(programs.filter((p) => !recorded.has(p)), [], 'programs without expectations: run generate-tfjs.mjs');
  });

  for (const exp of all) {
    it(exp.program, function () {
      const entry = path.join(PROGRAMS, exp.program);
      const r = analyzer.analyze(entry, fsHost());
      const diffs = compareTfjs(exp, r, entry, PROGRAMS).map((d) => d.text);
      if (diffs.length) assert.fail(`${exp.program} differs from TF.js:\n    ${diffs.join('\n    ')}`);
      exact++;
    });
  }
});
