// Unit tests of the extension's fallback quick fixes (used when the analyzer attaches none).
import * as assert from 'assert';
import type { Diagnostic, ProgramResult, ScopeInfo } from '../../src/core/model';
import { apiPrefix, fallbackFixes, fixKind } from '../../src/extension/fixes';

const F = '/w/a.py';
function diag(line: number, message: string, code = 'duplicate-variable'): Diagnostic {
  return { file: F, line, column: 5, severity: 'error', code, message };
}
function scope(name: string, line: number, endLine: number, column = 6): ScopeInfo {
  return { name, parent: null, kind: 'variable_scope', location: { file: F, line, column, endLine }, entries: [{ file: F, line, column, endLine }], variableCount: 1, paramCount: 4, bytes: 16 };
}
function program(scopes: ScopeInfo[], variables: ProgramResult['variables'] = []): ProgramResult {
  return { entry: F, language: 'python', mode: 'v1', variables, scopes, diagnostics: [], files: [F] };
}
function apply(text: string, edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[]): string {
  const lines = text.split('\n');
  const off = (l: number, c: number): number => lines.slice(0, l - 1).reduce((a, s) => a + s.length + 1, 0) + c - 1;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.line, b.column) - off(a.line, a.column))) out = out.slice(0, off(e.line, e.column)) + e.newText + out.slice(off(e.endLine, e.endColumn));
  return out;
}

describe('extension fallback fixes', () => {
  it('classifies by code and by TensorFlow message', () => {
    assert.strictEqual(fixKind(diag(1, 'x')), 'duplicate');
    assert.strictEqual(fixKind(diag(1, 'Variable a/b does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?', 'other')), 'missing');
    assert.strictEqual(fixKind(diag(1, 'unrelated', 'shape-mismatch')), undefined);
  });

  it('adds reuse=tf.AUTO_REUSE / reuse=True to the enclosing variable_scope', () => {
    const text = "import tensorflow as tf\nwith tf.variable_scope('s'):\n    for i in range(2):\n        v = tf.get_variable('w', [2])\n";
    const fixes = fallbackFixes(diag(4, 'Variable s/w already exists, disallowed.'), text, program([scope('s', 2, 4)]));
    assert.deepStrictEqual(fixes.map((f) => f.title), ["Set reuse=tf.AUTO_REUSE on variable_scope('s')", "Set reuse=True on variable_scope('s')", 'Wrap the lookup in variable_scope(..., reuse=True)']);
    assert.match(apply(text, fixes[0]!.edits), /with tf\.variable_scope\('s', reuse=tf\.AUTO_REUSE\):/);
    const existing = "with tf.variable_scope('s', reuse=False):\n    v = tf.get_variable('w', [2])\n";
    const f2 = fallbackFixes(diag(2, 'already exists, disallowed'), existing, program([scope('s', 1, 2)]))[1]!;
    assert.strictEqual(apply(existing, f2.edits).split('\n')[0], "with tf.variable_scope('s', reuse=True):");
  });

  it('wraps a top-level lookup like the third example', () => {
    const text = [
      'with tf.compat.v1.Session() as sess:',
      '    for i in range(3):',
      '        var = tf.compat.v1.get_variable(name)',
      '        print(sess.run(var))',
    ].join('\n');
    assert.strictEqual(apiPrefix(text.split('\n'), 3), 'tf.compat.v1.');
    const [fix] = fallbackFixes(diag(3, 'Variable dynamic_scope/var_0 already exists, disallowed.'), text, program([]));
    assert.strictEqual(apply(text, fix!.edits).split('\n').slice(2, 4).join('\n'), [
      '        with tf.compat.v1.variable_scope(tf.compat.v1.get_variable_scope(), reuse=True):',
      '            var = tf.compat.v1.get_variable(name)',
    ].join('\n'));
  });

  it('moves the initializer op named in the core\'s created-after-initializer warning', () => {
    const text = ['init = tf.global_variables_initializer()', "w = tf.get_variable('w', [2])", 'sess.run(init)'].join('\n');
    const v = { name: 'w', shape: [2], dtype: 'float32', initializer: { kind: 'zeros' as const }, trainable: true, location: { file: F, line: 2, column: 5 }, scope: '', api: 'get_variable', order: 0 };
    const d = diag(2, 'w is created after global_variables_initializer() (line 1): running that op does not initialize it.', 'created-after-initializer');
    const [fix] = fallbackFixes(d, text, program([], [v]));
    assert.strictEqual(apply(text, fix!.edits), ["w = tf.get_variable('w', [2])", 'init = tf.global_variables_initializer()', 'sess.run(init)'].join('\n'));
  });

  it('moves the initializer op after the block that creates the last variable', () => {
    const text = ['init = tf.global_variables_initializer()', "with tf.variable_scope('s'):", "    w = tf.get_variable('w', [2])", 'sess.run(init)'].join('\n');
    const v = { name: 's/w', shape: [2], dtype: 'float32', initializer: { kind: 'zeros' as const }, trainable: true, location: { file: F, line: 3, column: 9 }, scope: 's', api: 'get_variable', order: 0 };
    const [fix] = fallbackFixes(diag(1, 'variables created after the initializer', 'init-order'), text, program([scope('s', 2, 3)], [v]));
    assert.strictEqual(apply(text, fix!.edits), ["with tf.variable_scope('s'):", "    w = tf.get_variable('w', [2])", 'init = tf.global_variables_initializer()', 'sess.run(init)'].join('\n'));
  });
});
