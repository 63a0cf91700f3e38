// Unit tests of the .gitignore reading (src/extension/ignoreRules.ts): comments and blanks skipped, unanchored
// patterns at any depth, anchored ones (leading or inner slash) relative to the file's folder, folder-only rules,
// escapes, and `!` re-inclusion where the last matching rule decides.
import * as assert from 'assert';
import { globalExcludesPath, ignoredBy, ignoredIn, parseIgnoreFile, type IgnoreDir, type IgnoreKind } from '../../src/extension/ignoreRules';

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

  // ripgrep's precedence, with globs matched by name only: `on` lists the (base, glob) pairs that match the path
  const dir = (base: string, hasGit: boolean, files: [IgnoreKind, string][]): IgnoreDir =>
    ({ hasGit, sets: files.map(([kind, text]) => ({ base, kind, rules: parseIgnoreFile(text) })) });
  const on = (...pairs: string[]) => (base: string, glob: string): boolean => pairs.includes(`${base}:${glob}`);

  it('lets .rgignore decide over .ignore over .gitignore over the repository exclude, at any depth', () => {
    const root = dir('/ws', true, [['gitignore', 'a.py\n'], ['exclude', 'b.py\n']]);
    const sub = dir('/ws/sub', false, [['rgignore', '!a.py\n'], ['ignore', 'b.py\n']]);
    // the root's .gitignore excludes a.py, the deeper .rgignore re-includes it: .rgignore wins
    assert.strictEqual(ignoredIn([root, sub], undefined, false, on('/ws:**/a.py', '/ws/sub:**/a.py')), false);
    // .ignore (deeper) and exclude (root) agree
    assert.strictEqual(ignoredIn([root, sub], undefined, false, on('/ws:**/b.py', '/ws/sub:**/b.py')), true);
    // for one kind the innermost matching file decides
    const inner = dir('/ws/sub', false, [['gitignore', '!a.py\n']]);
    assert.strictEqual(ignoredIn([root, inner], undefined, false, on('/ws:**/a.py', '/ws/sub:**/a.py')), false);
    assert.strictEqual(ignoredIn([root], undefined, false, on('/ws:**/c.py')), false);
  });

  it('stops .gitignore and exclude at the repository root, but not .ignore; global excludes come last', () => {
    const above = dir('/', false, [['gitignore', 'a.py\n'], ['ignore', 'b.py\n']]);
    const repo = dir('/ws', true, []);
    assert.strictEqual(ignoredIn([above, repo], undefined, false, on('/:**/a.py')), false);
    assert.strictEqual(ignoredIn([above, dir('/ws', false, [])], undefined, false, on('/:**/a.py')), true);
    assert.strictEqual(ignoredIn([above, repo], undefined, false, on('/:**/b.py')), true);
    const global = { base: '/ws', kind: 'gitignore' as const, rules: parseIgnoreFile('*.log.py\n') };
    assert.strictEqual(ignoredIn([repo], global, false, on('/ws:**/*.log.py')), true);
    const keep = dir('/ws', true, [['gitignore', '!x.log.py\n']]);
    assert.strictEqual(ignoredIn([keep], global, false, on('/ws:**/*.log.py', '/ws:**/x.log.py')), false);
  });

  it("finds git's global excludes file as ripgrep does", () => {
    const files: Record<string, string> = {};
    const read = (f: string): string | undefined => files[f];
    assert.strictEqual(globalExcludesPath('/h', undefined, read), '/h/.config/git/ignore');
    assert.strictEqual(globalExcludesPath('/h', '/x', read), '/x/git/ignore');
    files['/x/git/config'] = '[core]\n\texcludesFile = ~/.gitignore_global\n';
    assert.strictEqual(globalExcludesPath('/h', '/x', read), '/h/.gitignore_global');
    files['/h/.gitconfig'] = '[user]\n  name = n\n[core]\n  excludesfile = "/etc/ignore"\n';
    assert.strictEqual(globalExcludesPath('/h', '/x', read), '/etc/ignore');
  });
});
