// Unit tests of the analysis index over the real analyzer's output for the bundled examples: tree shape,
// position lookups (hover/follow-cursor) and the dependents graph used for incremental re-analysis.
import * as assert from 'assert';
import * as path from 'path';
import { buildTree, ProgramIndex, type TreeNode } from '../../src/extension/programIndex';
import { fsHost, loadAnalyzer } from '../../src/host/node';
import { modelDescription } from '../../src/extension/format';

const EX = path.resolve(__dirname, '../../../examples');

function names(n: TreeNode): unknown {
  if (n.kind === 'variable') return n.variable.name;
  if (n.kind === 'state') return ['training state', n.children.map(names)];
  if (n.kind === 'library') return [n.lib.name, n.children.map(names)];
  if (n.kind === 'model' || n.kind === 'modelLayer') return `model node ${n.kind === 'model' ? n.model.name : n.name}`;
  return [n.kind === 'program' ? path.basename(n.entry) : n.scope.name, n.children.map(names)];
}

describe('extension program index', () => {
  const index = new ProgramIndex();
  before(async () => {
    const a = await loadAnalyzer();
    for (const f of ['seed_explicit_init.py', 'seed_nested_scopes.py', 'seed_dynamic_scope.py']) index.set(a.analyze(path.join(EX, f), fsHost()));
  });

  it('builds program → scopes → variables in source order', () => {
    assert.deepStrictEqual(names(buildTree(index.get(path.join(EX, 'seed_nested_scopes.py'))!)), [
      'seed_nested_scopes.py',
      [['outer_scope', [['outer_scope/inner_scope', ['outer_scope/inner_scope/weight1', 'outer_scope/inner_scope/bias1']], 'outer_scope/weight2']]],
    ]);
    assert.deepStrictEqual(names(index.tree(path.join(EX, 'seed_dynamic_scope.py'))!), [
      'seed_dynamic_scope.py', [['dynamic_scope', ['dynamic_scope/var_0', 'dynamic_scope/var_1', 'dynamic_scope/var_2']]],
    ]);
  });

  it('finds the variable of a binding, a name string and a later use', () => {
    const f = path.join(EX, 'seed_explicit_init.py');
    const w = index.hitAt(f, 5, 5);
    assert.ok(w?.kind === 'variable' && w.variable.name === 'my_scope/weight' && w.via === 'binding');
    const bias = index.hitAt(f, 6, 38);
    assert.ok(bias?.kind === 'variable' && bias.variable.name === 'my_scope/bias' && bias.via === 'name');
    const use = index.hitAt(f, 13, 20, 'b');
    assert.ok(use?.kind === 'variable' && use.variable.name === 'my_scope/bias' && use.via === 'use');
    const scope = index.hitAt(f, 4, 1);
    assert.ok(scope?.kind === 'scope' && scope.scope.name === 'my_scope');
    assert.strictEqual(index.hitAt(f, 8, 1), undefined);
  });

  it('selects the innermost scope block for follow-cursor', () => {
    const f = path.join(EX, 'seed_nested_scopes.py');
    const n = index.nodeAt(f, 8, 3);
    assert.ok(n?.kind === 'variable' && n.variable.name === 'outer_scope/weight2');
    const s = index.nodeAt(f, 5, 1);
    assert.ok(s?.kind === 'scope' && s.scope.name === 'outer_scope/inner_scope');
  });

  it('lists CodeLens positions and dedupes diagnostics', () => {
    const f = path.join(EX, 'seed_nested_scopes.py');
    assert.deepStrictEqual(index.scopeEntriesIn(f).map((e) => [e.loc.line, e.scope.name, e.scope.paramCount]), [[4, 'outer_scope', 80], [5, 'outer_scope/inner_scope', 30]]);
    const diags = index.diagnosticsByFile().get(path.join(EX, 'seed_dynamic_scope.py'))!;
    assert.strictEqual(diags.length, 1);
    assert.strictEqual(diags[0]!.line, 16);
    assert.match(diags[0]!.message, /Variable dynamic_scope\/var_0 already exists, disallowed/);
  });

  it('gives one file\'s diagnostics as diagnosticsByFile does and tracks which files changed', () => {
    const idx = new ProgramIndex();
    const base = { language: 'python' as const, mode: 'v1' as const, variables: [], scopes: [] };
    const diag = (file: string, line: number, message: string) => ({ file, line, column: 1, severity: 'error' as const, code: 'x', message });
    const same = (): void => {
      const all = idx.diagnosticsByFile();
      for (const f of ['/w/main.py', '/w/model.py', '/w/other.py']) assert.deepStrictEqual(idx.diagnosticsFor(f), all.get(f) ?? [], f);
    };
    idx.set({ ...base, entry: '/w/main.py', files: ['/w/main.py', '/w/model.py'], diagnostics: [diag('/w/model.py', 3, 'a'), diag('/w/main.py', 1, 'b')] });
    idx.set({ ...base, entry: '/w/other.py', files: ['/w/other.py', '/w/model.py'], diagnostics: [diag('/w/model.py', 3, 'a'), diag('/w/model.py', 2, 'c')] });
    same();
    assert.deepStrictEqual(idx.diagnosticsFor('/w/model.py').map((d) => d.message), ['a', 'c']);
    assert.deepStrictEqual(idx.takeChangedDiagnosticFiles().sort(), ['/w/main.py', '/w/model.py']);
    assert.deepStrictEqual(idx.takeChangedDiagnosticFiles(), []);
    // Re-analysis moves a program to the end, in both views.
    idx.set({ ...base, entry: '/w/main.py', files: ['/w/main.py', '/w/model.py'], diagnostics: [diag('/w/model.py', 5, 'd')] });
    same();
    assert.deepStrictEqual(idx.diagnosticsFor('/w/model.py').map((d) => d.message), ['a', 'c', 'd']);
    assert.deepStrictEqual(idx.takeChangedDiagnosticFiles().sort(), ['/w/main.py', '/w/model.py']);
    idx.delete('/w/other.py');
    same();
    assert.deepStrictEqual(idx.takeChangedDiagnosticFiles(), ['/w/model.py']);
    idx.clear();
    same();
    assert.deepStrictEqual(idx.takeChangedDiagnosticFiles(), ['/w/model.py']);
  });

  it('tracks dependents for re-analysis and forgets deleted programs', () => {
    const idx = new ProgramIndex();
    const base = { language: 'python' as const, mode: 'v1' as const, variables: [], scopes: [], diagnostics: [] };
    idx.set({ ...base, entry: '/w/main.py', files: ['/w/main.py', '/w/model.py'] });
    idx.set({ ...base, entry: '/w/other.py', files: ['/w/other.py', '/w/model.py'] });
    assert.deepStrictEqual(idx.dependentsOf('/w/model.py').sort(), ['/w/main.py', '/w/other.py']);
    idx.set({ ...base, entry: '/w/other.py', files: ['/w/other.py'] });
    assert.deepStrictEqual(idx.dependentsOf('/w/model.py'), ['/w/main.py']);
    idx.delete('/w/main.py');
    assert.deepStrictEqual(idx.dependentsOf('/w/model.py'), []);
    assert.strictEqual(idx.visible().length, 0);
  });

  it('puts the models first, each layer linked to its weights\' scope or to the model it is', async () => {
    const a = await loadAnalyzer();
    const file = path.resolve(__dirname, '../../../test/conformance/tfjs/programs/053_nested_models.ts');
    const root = buildTree(a.analyze(file, fsHost()));
    const models = root.children.filter((n) => n.kind === 'model');
    assert.deepStrictEqual(root.children.slice(0, models.length), models);
    const view = models.map((m) => [m.model.name, m.model.totalParams, m.children.map((l) => `${l.name}→${!l.target ? '-' : l.target.kind === 'model' ? `model ${l.target.model.name}` : l.target.scope.name}`)]);
    assert.deepStrictEqual(view, [
      ['sequential_1', 23, ['dense_Dense1→dense_Dense1', 'dense_Dense2→dense_Dense2']],
      ['sequential_2', 38, ['sequential_1→model sequential_1', 'dense_Dense3→dense_Dense3']],
      ['enc', 12, ['input1→-', 'dense_Dense4→dense_Dense4']],
      ['sequential_3', 37, ['enc→model enc', 'dense_Dense5→dense_Dense5']],
      ['model1', 21, ['input2→-', 'input3→-', 'enc→model enc', 'concatenate_Concatenate1→-', 'dense_Dense6→dense_Dense6']],
    ]);
    assert.strictEqual(modelDescription(models[1]!.model), 'Sequential · 2 layers · 38 params');
    assert.strictEqual(modelDescription({ name: 'm', className: 'Functional', layers: ['bn'], totalParams: 1290, trainableParams: 1034, nonTrainableParams: 256 }), 'Functional · 1 layer · 1,290 params (1,034 trainable, 256 non-trainable)');
  });
});
