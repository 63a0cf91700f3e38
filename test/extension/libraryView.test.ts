// The library view in the tree over the real analyzer: BERT-shaped modeling.py creates nothing when run, so its
// functions and classes show as library nodes (what each would create with its defaults) with their scopes,
// apart from the program's own lookups (no CodeLens or Initialize from them); hovers fall back to them.
import * as assert from 'assert';
import * as path from 'path';
import { isInteresting, ProgramIndex, type TreeNode } from '../../src/extension/programIndex';
import { fsHost, loadAnalyzer } from '../../src/host/node';

const MODELING = path.resolve(__dirname, '../../../test/fixtures/bertlike/modeling.py');

function shape(n: TreeNode, depth: number): unknown {
  if (n.kind === 'variable') return n.variable.name.split('/').pop();
  const label = n.kind === 'library' ? `${n.lib.name} (${n.lib.kind})` : n.kind === 'scope' ? n.scope.name.split('/').pop() : n.kind;
  return depth === 0 ? label : [label, n.children.map((c) => shape(c, depth - 1))];
}

describe('library view in the tree', () => {
  const index = new ProgramIndex();
  before(async () => {
    const a = await loadAnalyzer();
    index.set(a.analyze(MODELING, fsHost(), { explore: true }));
  });

  it('lists modeling.py for its library: one node per definition that creates variables', () => {
    assert.ok(isInteresting(index.get(MODELING)!));
    assert.deepStrictEqual(shape(index.tree(MODELING)!, 1), ['program', [
      'EncoderModel (class)', 'embedding_lookup (function)', 'embedding_postprocessor (function)', 'layer_norm (function)', 'transformer_model (function)',
    ]]);
    const model = index.tree(MODELING)!.children[0]!;
    assert.deepStrictEqual(shape(model, 3), ['EncoderModel (class)', [['encoder', [
      ['embeddings', ['word_embeddings', 'token_type_embeddings', 'LayerNorm']],
      ['encoder', ['layer_?']],
      ['pooler', ['dense']],
    ]]]]);
  });

  it('keeps library nodes out of the program lookups (no CodeLens, no Initialize) and hovers their variables', () => {
    assert.deepStrictEqual(index.scopeEntriesIn(MODELING), []);
    assert.deepStrictEqual(index.allScopes(), []);
    // `embedding_table = tf.get_variable(` in embedding_lookup (line 97): the library's variable, marked as such.
    const hit = index.hitAt(MODELING, 97, 5, 'embedding_table');
    assert.ok(hit?.kind === 'variable' && hit.library?.name === 'EncoderModel', JSON.stringify(hit && { kind: hit.kind }));
    assert.strictEqual(hit.variable.name, 'encoder/embeddings/word_embeddings');
  });
});
