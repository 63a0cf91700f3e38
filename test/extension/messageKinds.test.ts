// The three kinds of message in the editor's index, over the real analyzer on the BERT-shaped fixture plus a
// file that only imports an unknown package: analyzer limits stay out of Problems, tree counts and the program
// list unless `showAnalysisLimits`; tooltips name the file of each message.
import * as assert from 'assert';
import * as path from 'path';
import type { SourceHost } from '../../src/core/api';
import { problemsMarkdown } from '../../src/extension/format';
import { ProgramIndex } from '../../src/extension/programIndex';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const BERT = path.resolve(__dirname, '../../../test/fixtures/bertlike');
const ONLY_LIMITS = path.join(BERT, 'only_limits.py');

describe('editor message kinds (BERT-shaped fixture)', () => {
  const index = new ProgramIndex();
  before(async () => {
    const a = await loadAnalyzer();
    const disk = fsHost();
    const host: SourceHost = { readFile: (p) => (p === ONLY_LIMITS ? 'import somepackage\nfor x in somepackage.items():\n    pass\n' : disk.readFile(p)) };
    for (const f of ['encoder.py', 'modeling.py', 'run_classifier.py', 'tokenization.py']) index.set(a.analyze(path.join(BERT, f), host));
    index.set(a.analyze(ONLY_LIMITS, host));
  });
  const driver = path.join(BERT, 'run_classifier.py');
  const LIMITS: [string, number, string][] = [
    ['run_classifier.py', 35, 'missing-value'], ['modeling.py', 42, 'unknown-iterable'],
    ...[64, 65, 66, 70, 76, 77].map((line): [string, number, string] => ['modeling.py', line, 'missing-value']),
    ['modeling.py', 126, 'unknown-iterable'],
  ];

  it('lists only the driver as a TensorFlow program (limits alone do not make one)', () => {
    assert.deepStrictEqual(index.visible().map((r) => path.basename(r.entry)), ['run_classifier.py']);
  });

  it('keeps the loop limit out of Problems and the tree counts, and explains it at the program and its scope', () => {
    assert.deepStrictEqual([...index.diagnosticsByFile().keys()], []);
    assert.deepStrictEqual(index.diagnosticsFor(path.join(BERT, 'modeling.py')), []);
    const root = index.tree(driver)!;
    assert.deepStrictEqual(index.problemsOf(root), []);
    // the config file flag without a default (run_classifier.py:35), BertConfig.from_dict over the unreadable
    // JSON (line 42), each config value the encoder reads from it (64-77), the loop over the unknown layer count (126)
    assert.deepStrictEqual(index.limitsOf(root).map((d) => [path.basename(d.file), d.line, d.code]), LIMITS);
    const md = problemsMarkdown([], index.limitsOf(root), BERT);
    assert.match(md, /\*\*Not followed by the analysis\*\*/);
    assert.match(md, /`modeling\.py:42` The loop's iterable cannot be evaluated statically/);
    assert.match(md, /`run_classifier\.py:35` \\`FLAGS\\\.config\\_file\\` is not known statically/);
    assert.match(md, /… 1 more \(see the log\)/);
  });

  it('with showAnalysisLimits, Problems and the tree counts show the same messages', () => {
    index.showAnalysisLimits = true;
    try {
      const problems = [...index.diagnosticsByFile().values()].flat();
      const byFile = [...LIMITS.filter((l) => l[0] === 'run_classifier.py'), ...LIMITS.filter((l) => l[0] === 'modeling.py')];
      assert.deepStrictEqual(problems.map((d) => [path.basename(d.file), d.line, d.code]), [...byFile, ['only_limits.py', 1, 'unresolved-import'], ['only_limits.py', 2, 'unknown-iterable']]);
      assert.deepStrictEqual(index.problemsOf(index.tree(driver)!).length, LIMITS.length);
      assert.deepStrictEqual(index.limitsOf(index.tree(driver)!), []);
      // Still not a TensorFlow program.
      assert.deepStrictEqual(index.visible().map((r) => path.basename(r.entry)), ['run_classifier.py']);
    } finally {
      index.showAnalysisLimits = false;
    }
  });

  it("a problem's tooltip line names its file relative to the workspace", () => {
    const md = problemsMarkdown([{ file: path.join(BERT, 'modeling.py'), line: 119, column: 1, code: 'shape-not-defined', message: 'ValueError: x', severity: 'error' }], [], BERT);
    assert.strictEqual(md, '\n\n$(error) `modeling.py:119` ValueError: x');
  });
});
