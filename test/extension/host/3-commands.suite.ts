// Extension-host suite: the command table (every contributed command registered), Copy Full Name,
// Insert Initializer Code, and Initialize Scope end to end through the engine into the summary panel.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../../src/extension/commandIds';
import { api, waitFor, wsFile } from './util';

describe('commands', () => {
  it('registers every command of the table', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of COMMAND_IDS) assert.ok(all.has(id), `${id} is not registered`);
  });

  it('copies a variable full name', async () => {
    const a = await api();
    const node = a.analysis.index.flatten(wsFile('seed_nested_scopes.py')).find((n) => n.kind === 'variable' && n.variable.name.endsWith('weight1'))!;
    const name = await vscode.commands.executeCommand('tfScope.copyName', node);
    assert.strictEqual(name, 'outer_scope/inner_scope/weight1');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'outer_scope/inner_scope/weight1');
  });

  it('inserts the initializer code for a scope after its with block', async () => {
    const file = wsFile('seed_explicit_init.py');
    const code = await vscode.commands.executeCommand<string>('tfScope.insertInitializer', { entry: file, scope: 'my_scope' });
    assert.strictEqual(code, "init_my_scope = tf.compat.v1.variables_initializer(tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, scope='my_scope'))");
    const doc = vscode.window.activeTextEditor!.document;
    assert.strictEqual(doc.lineAt(6).text, code);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Initialize Scope materializes my_scope and shows the summary table', async function () {
    this.timeout(120_000);
    const a = await api();
    const file = wsFile('seed_explicit_init.py');
    await vscode.commands.executeCommand('tfScope.initializeScope', { entry: file, scope: 'my_scope' }, 7);
    const panel = await waitFor('the summary panel', () => a.panels.get(file, 'my_scope'), 60_000);
    const st = await waitFor('initialization to finish', () => (panel.current.status !== 'running' ? panel.current : undefined), 90_000);
    assert.strictEqual(st.status, 'done', st.message);
    assert.deepStrictEqual(st.rows.map((r) => [r.name, r.shape, r.params]), [['my_scope/weight', [10, 10], 100], ['my_scope/bias', [10], 10]]);
    const w = st.rows[0]!.summary!;
    assert.deepStrictEqual([w.stats.min, w.stats.max, w.stats.zeros], [0, 0, 100]);
    const b = st.rows[1]!.summary!;
    assert.strictEqual(b.count, 10);
    assert.ok(b.stats.std > 0.2 && b.stats.std < 2.5, `bias std ${b.stats.std}`);
    assert.strictEqual(a.engine.cached(file, 'my_scope/bias')?.summary.stats.mean, b.stats.mean);
    // Once initialized, the hover over W carries the statistics and a sparkline.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', vscode.Uri.file(file), new vscode.Position(4, 4));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /\*\*Initial values\*\* \(seed 7, \w+.*\): min 0 · max 0 · mean 0 · std 0/);
    assert.match(text, /`[▁▂▃▄▅▆▇█ ]+`/);
  });

  it('Export Initial Values writes an .npz file', async function () {
    this.timeout(60_000);
    const out = path.join(os.tmpdir(), `tfscope-export-${process.pid}.npz`);
    const r = await vscode.commands.executeCommand<{ file: string; bytes: number }>('tfScope.exportValues', { entry: wsFile('seed_nested_scopes.py'), scope: 'outer_scope', format: 'npz', file: out });
    assert.ok(r && fs.existsSync(out), 'export produced a file');
    const head = fs.readFileSync(out).subarray(0, 2).toString('latin1');
    assert.strictEqual(head, 'PK');
    assert.ok(r.bytes > 80 * 4);
  });
});

describe('checkpoints', () => {
  // the checkpoint TF's Saver wrote (test/fixtures/checkpoints/tf1_saver), from the repository the suite runs in
  const CKPT = path.resolve(__dirname, '../../../../test/fixtures/checkpoints/tf1_saver/model.ckpt');

  it('a restore that fails is a Problem at its call; the quick fix and Compare with Checkpoint… see the same names', async function () {
    this.timeout(60_000);
    await api();
    const file = wsFile('restore_ckpt.py');
    fs.writeFileSync(file, [
      'import tensorflow.compat.v1 as tf',
      'tf.disable_v2_behavior()',
      "with tf.variable_scope('model/bert'):",
      "    tf.get_variable('embeddings/word_embeddings', [16, 8])",
      "    tf.get_variable('pooler/dense/kernel', [8, 8])",
      "head = tf.get_variable('head', [8, 2])",
      `tf.train.init_from_checkpoint(${JSON.stringify(CKPT)}, {'bert/embeddings/word_embeddings': 'model/bert/embeddings/word_embeddings', 'bert/x': 'head'})`,
      '',
    ].join('\n'));
    const uri = vscode.Uri.file(file);
    try {
      const d = await waitFor('the init_from_checkpoint error', () => vscode.languages.getDiagnostics(uri).find((x) => x.message.startsWith('Tensor bert/x is not found in')));
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
      assert.strictEqual(d.range.start.line, 6);
      const c = await vscode.commands.executeCommand<{ counts: Record<string, number>; prefixFix?: { assignmentMap: Record<string, string> } }>(
        'tfScope.compareWithCheckpoint', { entry: file, checkpoint: CKPT });
      assert.deepStrictEqual(c.counts, { restored: 0, mismatched: 0, missing: 3, unused: 6 });
      assert.deepStrictEqual(c.prefixFix?.assignmentMap, { 'bert/': 'model/bert/' });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.unlinkSync(file);
      await waitFor('restore_ckpt.py to leave the tree', async () => !(await api()).analysis.index.get(file));
    }
  });
});
