// Unit tests of the unknowns' presentation (pure): the tree/hover markdown that explains each symbol with a
// "Supply value" command link, the symbolic shape in a variable's description and hover, and the literal
// the supply command writes to `tfScope.values`.
import * as assert from 'assert';
import type { VariableInfo } from '../../src/core/model';
import { variableDescription, variableMarkdown } from '../../src/extension/format';
import { literalOf, SUPPLY_COMMAND, suppliableNames, unknownsMarkdown } from '../../src/extension/unknownsText';

const cAttn: VariableInfo = {
  name: 'model/h{layer}/c_attn', shape: [null, null], dtype: 'float32', initializer: { kind: 'zeros', api: 'v1' }, trainable: true,
  location: { file: '/ws/lib/model.py', line: 10, column: 17 }, scope: 'model/h{layer}', api: 'get_variable', order: 1,
  symbolic: {
    shape: ['n_embd', '3*n_embd'],
    unknowns: [
      { symbol: 'layer', kind: 'loop', expression: 'layer', reason: 'loop variable over `range(hparams.n_layer)`, whose items are not known statically', location: { file: '/ws/lib/model.py', line: 8, column: 13 } },
      { symbol: 'n_embd', kind: 'attribute', expression: 'hparams.n_embd', reason: '`hparams.n_embd` is not known statically', location: { file: '/ws/lib/model.py', line: 7, column: 40 }, supply: 'n_embd' },
    ],
  },
};

describe('unknowns explained in the editor', () => {
  it('describes and hovers a variable by its symbolic shape', () => {
    assert.strictEqual(variableDescription(cAttn), '[n_embd, 3*n_embd] float32 · zeros');
    const md = variableMarkdown(cAttn, { root: '/ws', unknowns: 'X' });
    assert.match(md, /\| shape \| `\[n_embd, 3\*n_embd\]` \(symbolic\) \|/);
    assert.ok(md.endsWith('\n\nX'), 'the explanation replaces the general note');
  });

  it('lists each unknown with its origin and a supply link only where a supplied value is honoured', () => {
    const md = unknownsMarkdown([cAttn, cAttn], { root: '/ws', entry: '/ws/lib/model.py' })!;
    const bullets = md.split('\n').filter((l) => l.startsWith('- '));
    assert.strictEqual(bullets.length, 2, md);
    assert.strictEqual(bullets[0], '- `layer`: loop variable over `range(hparams.n_layer)`, whose items are not known statically (`lib/model.py:8`)');
    const args = encodeURIComponent(JSON.stringify([{ name: 'n_embd', entry: '/ws/lib/model.py' }]));
    assert.strictEqual(bullets[1], `- \`n_embd = hparams.n_embd\`: \`hparams.n_embd\` is not known statically (\`lib/model.py:7\`) · [Supply value for n\\_embd…](command:${SUPPLY_COMMAND}?${args})`);
    assert.strictEqual(unknownsMarkdown([{ ...cAttn, symbolic: undefined }]), undefined);
  });

  it('writes values as Python literals: numbers and constants as typed, a bare word as a string', () => {
    assert.deepStrictEqual(['12', ' 0.5 ', 'True', 'None', "'gelu'", '[1, 2]', 'gelu', '-3'].map(literalOf), ['12', '0.5', 'True', 'None', "'gelu'", '[1, 2]', '"gelu"', '-3']);
  });

  it("reads the names a missing-value message offers to supply (the quick fix's)", () => {
    assert.deepStrictEqual(suppliableNames('`FLAGS.config_file` is not known statically (the flag --config_file has no default). Give it with a `# tfscope: config_file=...` comment, `tfscope scan --set config_file=...` or the `tfScope.values` setting.'), ['config_file']);
    assert.deepStrictEqual(suppliableNames('`n_layer`, `n_embd` are not known statically (x). Give them with a `# tfscope: n_layer=... n_embd=...` comment'), ['n_layer', 'n_embd']);
    assert.deepStrictEqual(suppliableNames('The loop cannot be evaluated'), []);
  });
});
