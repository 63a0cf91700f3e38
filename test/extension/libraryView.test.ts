// The library view in the tree over the real analyzer: BERT-shaped modeling.py creates nothing when run, so its
// functions and classes show as library nodes (what each would create with its defaults) with their scopes,
// with CodeLens over their scopes' lines (of the definition the line is in), Initialize through a program-shaped
// view of one definition, and hovers that fall back to them.
import * as assert from 'assert';
import * as path from 'path';
import { isInteresting, ProgramIndex, variablesIn, type TreeNode } from '../../src/extension/programIndex';
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
    index.set(a.analyze(MODELING, fsHost(), { explore: 'if-empty' }));
  });

  it('lists modeling.py for its library: one node per definition that creates variables', () => {
    assert.ok(isInteresting(index.get(MODELING)!));
    assert.deepStrictEqual(shape(index.tree(MODELING)!, 1), ['program', [
      'EncoderModel (class)', 'embedding_lookup (function)', 'embedding_postprocessor (function)', 'layer_norm (function)', 'transformer_model (function)',
    ]]);
    const model = index.tree(MODELING)!.children[0]!;
    assert.deepStrictEqual(shape(model, 3), ['EncoderModel (class)', [['encoder', [
      ['embeddings', ['word_embeddings', 'token_type_embeddings', 'LayerNorm']],
      ['encoder', ['layer_{layer_idx}']],
      ['pooler', ['dense']],
    ]]]]);
  });

  it('gives CodeLens to library scopes, of the definition each line is written in', () => {
    const lenses = index.scopeEntriesIn(MODELING).map((e) => `${e.loc.line} ${e.library}: ${e.scope.name} (${e.scope.variableCount})`);
    assert.deepStrictEqual(lenses.slice(0, 8), [
      '60 EncoderModel: encoder (12)',
      '61 EncoderModel: encoder/embeddings (4)',
      '72 EncoderModel: encoder/encoder (6)',
      '79 EncoderModel: encoder/pooler (2)',
      '81 EncoderModel: encoder/pooler/dense (2)',
      // embedding_postprocessor's and layer_norm's own lines: their lens is theirs, not the class's that calls them.
      '113 embedding_postprocessor: LayerNorm (2)',
      '119 layer_norm: LayerNorm (2)',
      '127 transformer_model: layer_0 (6)',
    ]);
  });

  it('initializes a library scope through the view of its definition; the program itself stays empty', () => {
    assert.strictEqual(index.get(MODELING)!.variables.length, 0);
    const view = index.programOf({ entry: MODELING, library: 'EncoderModel' })!;
    assert.deepStrictEqual(variablesIn(view, 'encoder/pooler').map((v) => [v.name, v.shape]), [
      ['encoder/pooler/dense/kernel', [null, null]],
      ['encoder/pooler/dense/bias', [null]],
    ]);
    assert.strictEqual(index.programOf({ entry: MODELING, library: 'nope' }), undefined);
    const picks = index.allScopes();
    assert.deepStrictEqual(picks.slice(0, 2).map((p) => [p.library, p.scope.name]), [['EncoderModel', 'encoder'], ['EncoderModel', 'encoder/embeddings']]);
    assert.ok(picks.every((p) => p.library !== undefined), 'a library file has no scopes of its own');
  });

  it('hovers a library variable at its creating statement, of the definition the line is in', () => {
    // `embedding_table = tf.get_variable(` in embedding_lookup (line 97): EncoderModel reaches it too (as
    // encoder/embeddings/word_embeddings), but the hover is embedding_lookup's own, as its CodeLens would be.
    const hit = index.hitAt(MODELING, 97, 5, 'embedding_table');
    assert.ok(hit?.kind === 'variable' && hit.library?.name === 'embedding_lookup', JSON.stringify(hit && { kind: hit.kind }));
    assert.strictEqual(hit.variable.name, 'word_embeddings');
    assert.deepStrictEqual(hit.variable.shape, [null, 128]);
  });
});
