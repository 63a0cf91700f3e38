// Unit tests of the .gitignore reading (src/extension/ignoreRules.ts): comments and blanks skipped, unanchored
// patterns at any depth, anchored ones (leading or inner slash) relative to the file's folder, folder-only rules,
// escapes, and `!` re-inclusion where the last matching rule decides.
import * as assert from 'assert';
import { ignoredBy, parseIgnoreFile } from '../../src/extension/ignoreRules';

describe('ignore files', () => {
  it('turns each gitignore form into a glob relative to its folder', () => {
    const rules = parseIgnoreFile('# comment\n\nbuild/\n*.pyc\n/ckpt\ndocs/_build\n\\#notes.py\n!keep.pyc   \n**/logs\n');
    assert.deepStrictEqual(rules, [
      { glob: '**/build', negate: false, dirOnly: true },
      { glob: '**/*.pyc', negate: false, dirOnly: false },
      { glob: 'ckpt', negate: false, dirOnly: false },
      { glob: 'docs/_build', negate: false, dirOnly: false },
      { glob: '**/#notes.py', negate: false, dirOnly: false },
      { glob: '**/keep.pyc', negate: true, dirOnly: false },
      { glob: '**/logs', negate: false, dirOnly: false },
    ]);
  });

  it('lets the last matching rule decide, and folder rules skip files', () => {
    const rules = parseIgnoreFile('*.py\n!keep.py\nout/\n');
    const on = (...globs: string[]) => (g: string): boolean => globs.includes(g);
    assert.strictEqual(ignoredBy(rules, false, on('**/*.py')), true);
    assert.strictEqual(ignoredBy(rules, false, on('**/*.py', '**/keep.py')), false);
    assert.strictEqual(ignoredBy(rules, false, on('**/out')), undefined);
    assert.strictEqual(ignoredBy(rules, true, on('**/out')), true);
  });
});
