// Quick fixes the TF.js analyzer attaches to TF.js's errors (shown in TS/JS editors as in Python ones): a
// `tf.variable` whose name is already registered gets a rename to a name no variable holds; applying the edit
// removes the error.

import * as assert from 'assert';
import type { SourceHost } from '../../../src/core/api';
import type { ProgramResult, TextEdit } from '../../../src/core/model';
import { createTypeScriptAnalyzer } from '../../../src/core/typescript/analyzer';

const FILE = '/w/main.ts';

function run(text: string): ProgramResult {
  const host: SourceHost = { readFile: (p) => (p === FILE ? text : undefined) };
  return createTypeScriptAnalyzer().analyze(FILE, host, {});
}

function apply(text: string, e: TextEdit): string {
  const lines = text.split('\n');
  const l = lines[e.line - 1]!;
  lines[e.line - 1] = l.slice(0, e.column - 1) + e.newText + l.slice(e.endColumn - 1);
  return lines.join('\n');
}

describe('TF.js quick fixes', function () {
  it('renames a tf.variable whose name is taken to the first free name', function () {
    const text = [
      "import * as tf from '@tensorflow/tfjs';",
      "const a = tf.variable(tf.ones([2]), true, 'w');",
      "const b = tf.variable(tf.ones([2]), true, 'w_1');",
      'const c = tf.variable(tf.zeros([3]), true, "w");',
      '',
    ].join('\n');
    const r = run(text);
    const d = r.diagnostics.find((x) => x.raises)!;
    assert.deepStrictEqual([d.line, d.code, d.raises!.message], [4, 'duplicate-variable', 'Variable with name w was already registered']);
    assert.deepStrictEqual(d.fixes, [{ title: "Rename the variable to 'w_2'", edits: [{ file: FILE, line: 4, column: 44, endLine: 4, endColumn: 47, newText: '"w_2"' }] }]);
    const fixed = run(apply(text, d.fixes![0]!.edits[0]!));
    assert.deepStrictEqual(fixed.diagnostics.filter((x) => x.raises), []);
    assert.deepStrictEqual(fixed.variables.map((v) => v.name), ['w', 'w_1', 'w_2']);
  });

  it('offers no rename when the name is not a literal at the call', function () {
    const r = run("import * as tf from '@tensorflow/tfjs';\nconst n = 'v';\ntf.variable(tf.ones([1]), true, n);\ntf.variable(tf.ones([1]), true, n);\n");
    const d = r.diagnostics.find((x) => x.raises)!;
    assert.strictEqual(d.code, 'duplicate-variable');
    assert.strictEqual(d.fixes, undefined);
  });
});
