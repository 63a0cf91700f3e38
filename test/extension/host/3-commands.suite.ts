// Extension-host suite: the command table (every contributed command registered), Copy Full Name,
// Insert Initializer Code, and Initialize Scope end to end through the engine into the summary panel.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../../../src/extension/commandIds';
import { openCheckpoint } from '../../../src/host/checkpoint';
import { api, hoverText, waitFor, wsFile } from './util';

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
      (await api()).checkpoint.clear(); // the comparison chose the checkpoint for the editor: the next tests start without
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.unlinkSync(file);
      await waitFor('restore_ckpt.py to leave the tree', async () => !(await api()).analysis.index.get(file));
    }
  });

  it('with the checkpoint chosen: tree decorations, a hover with its shape and statistics, Initialize and the merged export with its values', async function () {
    this.timeout(120_000);
    const a = await api();
    const file = wsFile('ckpt_editor.py');
    fs.writeFileSync(file, [
      'import tensorflow.compat.v1 as tf',
      'tf.disable_v2_behavior()',
      "with tf.variable_scope('bert'):",
      "    table = tf.get_variable('embeddings/word_embeddings', [16, 8])",
      "    pooler = tf.get_variable('pooler/dense/kernel', [8, 16])",
      "head = tf.get_variable('output_weights', [2, 8], initializer=tf.zeros_initializer())",
      '',
    ].join('\n'));
    const out = path.join(os.tmpdir(), `tfscope-merged-${process.pid}.npz`);
    try {
      await waitFor('ckpt_editor.py in the tree', () => a.analysis.index.get(file)?.variables.length === 3);
      await vscode.commands.executeCommand('tfScope.compareWithCheckpoint', { entry: file, checkpoint: CKPT });
      const nodes = a.analysis.index.flatten(file);
      const item = (pred: (n: (typeof nodes)[number]) => boolean): vscode.TreeItem => a.tree.getTreeItem(nodes.find(pred)!);
      const table = item((n) => n.kind === 'variable' && n.variable.name === 'bert/embeddings/word_embeddings');
      assert.match(String(table.description), / · restored$/);
      assert.strictEqual((table.iconPath as vscode.ThemeIcon).id, 'pass-filled');
      assert.match(String(item((n) => n.kind === 'variable' && n.variable.name === 'bert/pooler/dense/kernel').description), / · mismatched$/);
      assert.match(String(item((n) => n.kind === 'variable' && n.variable.name === 'output_weights').description), / · missing$/);
      assert.match(String(item((n) => n.kind === 'scope' && n.scope.name === 'bert').description), /ckpt: 1 restored, 1 mismatched$/);
      // the hover over `table` (line 4): the analysis's, and beside it the checkpoint's shape and statistics
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', vscode.Uri.file(file), new vscode.Position(3, 6));
      const text = hoverText(hovers);
      assert.match(text, /\*\*Checkpoint\*\* `model\.ckpt`: \*\*restored\*\*/);
      assert.match(text, /\| checkpoint `bert\/embeddings\/word_embeddings` \| \[16, 8\] \| float32 \|/);
      const listed = (JSON.parse(fs.readFileSync(path.join(path.dirname(CKPT), 'list.json'), 'utf8')) as { name: string; sum: number }[]).find((l) => l.name === 'bert/embeddings/word_embeddings')!;
      const mean = Number(/mean (-?[0-9.e+-]+)/.exec(text)![1]);
      assert.ok(Math.abs(mean - listed.sum / 128) < 1e-6, `hover mean ${mean}, TF's sum/128 ${listed.sum / 128}`);
      // Initialize: the restored variable shows the checkpoint's values; the others are drawn
      await vscode.commands.executeCommand('tfScope.initializeAll', { entry: file }, 3);
      const panel = await waitFor('the summary panel', () => a.panels.get(file, ''), 60_000);
      const st = await waitFor('initialization to finish', () => (panel.current.status !== 'running' ? panel.current : undefined), 90_000);
      assert.strictEqual(st.status, 'done', st.message);
      const row = st.rows.find((r) => r.name === 'bert/embeddings/word_embeddings')!;
      assert.strictEqual(row.initializer, 'restored from model.ckpt');
      assert.ok(Math.abs(row.summary!.stats.mean - listed.sum / 128) < 1e-9);
      assert.strictEqual(row.summary!.histogram.counts.reduce((x, y) => x + y, 0), 128);
      assert.deepStrictEqual(st.rows.find((r) => r.name === 'output_weights')!.summary!.stats.zeros, 16);
      // the merged .npz: the checkpoint's values where it restores, the initializer's elsewhere
      const r = await vscode.commands.executeCommand<{ file: string }>('tfScope.exportValues', { entry: file, scope: '', format: 'npz', file: out });
      const merged = openCheckpoint(r.file);
      assert.deepStrictEqual(merged.index.entries.map((e) => e.name), ['bert/embeddings/word_embeddings', 'bert/pooler/dense/kernel', 'output_weights']);
      assert.deepStrictEqual(merged.values('bert/embeddings/word_embeddings').values, openCheckpoint(CKPT).values('bert/embeddings/word_embeddings').values);
      assert.deepStrictEqual(merged.values('output_weights').values, new Array(16).fill(0));
    } finally {
      a.checkpoint.clear();
      a.panels.get(file, '')?.panel.dispose();
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      fs.rmSync(out, { force: true });
      fs.unlinkSync(file);
      await waitFor('ckpt_editor.py to leave the tree', async () => !(await api()).analysis.index.get(file));
    }
  });
});
