// Unit tests of the extension's pure presentation helpers (labels, markdown escaping, snippets).
import * as assert from 'assert';
import type { VariableInfo } from '../../src/core/model';
import { unknownNote, codeLensTitle, formatBytes, formatInitializer, initializedMessage, initializerSnippet, notInitializableReason, initializerVarName, mdCode, mdEscape, scopeDescription, sparkline, variableDescription, variableMarkdown } from '../../src/extension/format';

const weight: VariableInfo = {
  name: 'my_scope/weight', shape: [10, 10], dtype: 'float32', initializer: { kind: 'zeros', api: 'v1' }, trainable: true,
  location: { file: '/ws/a.py', line: 5, column: 9 }, scope: 'my_scope', api: 'get_variable', order: 0,
};

describe('extension format', () => {
  it('formats sizes and counts', () => {
    assert.strictEqual(formatBytes(440), '440 B');
    assert.strictEqual(formatBytes(4096), '4.0 KB');
    assert.strictEqual(formatBytes(3 * 1024 * 1024), '3.0 MB');
    assert.strictEqual(scopeDescription({ variableCount: 2, paramCount: 110, bytes: 440 }), '2 vars · 110 params · 440 B');
    assert.strictEqual(scopeDescription({ variableCount: 1, paramCount: 1234567, bytes: 4938268 }), '1 var · 1,234,567 params · 4.7 MB');
  });

  it('builds the CodeLens title of the issue', () => {
    assert.strictEqual(codeLensTitle({ name: 'my_scope', variableCount: 2, paramCount: 110 }), 'my_scope · 2 variables · 110 params · Initialize');
  });

  it('describes variables and initializers with their arguments', () => {
    assert.strictEqual(variableDescription(weight), '[10, 10] float32 · zeros');
    assert.strictEqual(formatInitializer({ kind: 'random_normal', mean: 0, stddev: 1, seed: null, api: 'v1' }), 'random_normal(mean=0, stddev=1, seed=None)');
    assert.strictEqual(formatInitializer({ kind: 'constant', value: 0.5 }), 'constant(value=0.5)');
    // elementwise steps after the initializer read as code, not JSON
    const scaled = { kind: 'random_normal', mean: 0, stddev: 1, seed: 1, api: 'v2', baseDtype: 'float32', post: [{ op: 'mul', value: 2, by: 'eager' }, { op: 'sub', value: 1, by: 'eager' }] };
    assert.strictEqual(formatInitializer(scaled as never), 'random_normal(mean=0, stddev=1, seed=1) * 2, then x - 1');
    assert.strictEqual(variableDescription({ ...weight, shape: [null, 3] }), '[?, 3] float32 · zeros');
  });

  it('escapes user names in markdown so HTML shows as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    assert.strictEqual(mdEscape(evil), '\\<img src=x onerror=alert\\(1\\)\\>');
    const md = variableMarkdown({ ...weight, name: evil });
    assert.ok(md.includes('\\<img src=x onerror=alert\\(1\\)\\>'), md);
    assert.ok(!/(^|[^\\])</.test(md), md);
    assert.strictEqual(mdCode('a`b'), '``a`b``');
  });

  it('renders params and bytes in the hover table', () => {
    const md = variableMarkdown(weight, { root: '/ws' });
    assert.match(md, /\| params \| 100 \|/);
    assert.match(md, /\| bytes \| 400 B \|/);
    assert.match(md, /\| defined at \| `a\.py:5` \|/);
  });

  it('says where a seed came from in the hover table', () => {
    assert.match(variableMarkdown({ ...weight, seed: { graph: 5, op: 1, skip: 1536 } }), /\| seed \| graph 5, op 1, kernel already advanced 1,536 blocks \|/);
    assert.match(variableMarkdown({ ...weight, seed: { graph: 7, op: 347712783, drawn: 'python' } }), /op 347712783 \(drawn by Keras from Python's random\)/);
    const unknown = variableMarkdown({ ...weight, seed: { graph: 3, op: null, dependsOnRuntime: true, note: 'a <b> reason; values come from our own generator' } });
    assert.match(unknown, /\(runtime-dependent: a \\<b\\> reason\) \|/);
  });

  it('produces the initializer snippet, guarding prefix clashes', () => {
    assert.strictEqual(initializerSnippet('my_scope'), "tf.compat.v1.variables_initializer(tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, scope='my_scope'))");
    assert.match(initializerSnippet('layer', ['layer', 'layer_1']), /scope='layer\/'/);
    assert.strictEqual(initializerVarName('outer_scope/inner_scope'), 'init_outer_scope_inner_scope');
  });

  it('draws a sparkline that follows the histogram', () => {
    assert.strictEqual(sparkline([0, 1, 2, 4, 8]), ' ▁▂▄█');
    assert.strictEqual(sparkline([5, 5, 5, 5], 2), '██');
    assert.strictEqual(sparkline([]), '');
  });

  it('formats TF.js initializers in TF.js syntax (no Python seed=None)', () => {
    assert.strictEqual(formatInitializer({ kind: 'glorot_normal', scale: 1, mode: 'fan_avg', distribution: 'truncated_normal', seed: null, api: 'tfjs', defaulted: true }), 'tf.initializers.glorotNormal()');
    assert.strictEqual(formatInitializer({ kind: 'random_normal', mean: 0, stddev: 0.05, seed: 3, api: 'tfjs' }), 'tf.initializers.randomNormal({ mean: 0, stddev: 0.05, seed: 3 })');
    assert.strictEqual(formatInitializer({ kind: 'variance_scaling', scale: 2, mode: 'fan_in', distribution: 'truncated_normal', seed: null, api: 'tfjs' }), "tf.initializers.varianceScaling({ scale: 2, mode: 'fanIn', distribution: 'truncatedNormal' })");
    assert.strictEqual(formatInitializer({ kind: 'constant', value: 0.9, api: 'tfjs' }), 'tf.initializers.constant({ value: 0.9 })');
  });

  it('explains a scope that cannot be initialized and counts what an initialization made', () => {
    assert.match(notInitializableReason([{ name: 'encoder/w', shape: [null, 128] }, { name: 'encoder/b', shape: null }])!, /^None of the 2 variables has a fully known shape \(for example encoder\/w \[\?, 128\]\)/);
    assert.strictEqual(notInitializableReason([{ name: 'a', shape: [null] }, { name: 'b', shape: [2] }]), undefined);
    assert.match(notInitializableReason([])!, /no variables/);
    assert.strictEqual(initializedMessage(2, 2), 'Initialized 2 variables.');
    assert.strictEqual(initializedMessage(3, 1), "Initialized 1 of 3 variables; 2 skipped (see each row's reason).");
    assert.strictEqual(initializedMessage(3, 0), "Nothing was initialized: all 3 variables were skipped (see each row's reason).");
  });

  it('explains a ? in a name or shape, and says nothing when all is known', () => {
    assert.match(unknownNote('encoder/layer_?/dense/kernel', [null, 128])!, /Each `\?` in the name and shape is a value the analysis could not evaluate statically/);
    assert.match(unknownNote('w', [3, null])!, /in the shape/);
    assert.strictEqual(unknownNote('w', [3, 4]), undefined);
  });
});
