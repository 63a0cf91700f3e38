// Extension-host suite: hovers, CodeLens, Problems diagnostics, quick fixes and re-analysis as the user
// types, through VS Code's own provider commands (vscode.executeHoverProvider etc.).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, hoverText, waitFor, wsFile } from './util';

const REUSE_ERROR = 'Variable dynamic_scope/var_0 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?';

describe('python editor features', () => {
  before(async () => {
    await api();
  });

  it('hovers the binding W with name, shape, dtype, params, bytes and initializer', async () => {
    const uri = vscode.Uri.file(wsFile('seed_explicit_init.py'));
    await vscode.workspace.openTextDocument(uri);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(4, 4)));
    assert.match(text, /\*\*my\\_scope\/weight\*\*/);
    assert.match(text, /\| shape \| `\[10, 10\]` \|/);
    assert.match(text, /\| dtype \| `float32` \|/);
    assert.match(text, /\| params \| 100 \|/);
    assert.match(text, /\| bytes \| 400 B \|/);
    assert.match(text, /zeros\(/);
    assert.match(text, /\| trainable \| yes \|/);
    assert.match(text, /\| defined at \| `seed_explicit_init\.py:5` \|/);
  });

  it('hovers the name string "bias" and a later use of b', async () => {
    const uri = vscode.Uri.file(wsFile('seed_explicit_init.py'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const col = doc.lineAt(5).text.indexOf('"bias"') + 2;
    const onName = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(5, col)));
    assert.match(onName, /my\\_scope\/bias/);
    assert.match(onName, /random\\?_normal\(mean=0, stddev=1/);
    const useLine = doc.lineAt(12).text; // print(sess.run(b))
    const use = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(12, useLine.lastIndexOf('b)'))));
    assert.match(use, /my\\_scope\/bias/);
  });

  it('hovers a scope with line with its variables', async () => {
    const uri = vscode.Uri.file(wsFile('seed_nested_scopes.py'));
    await vscode.workspace.openTextDocument(uri);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(4, 40)));
    assert.match(text, /\*\*outer\\_scope\/inner\\_scope\*\*/);
    assert.match(text, /2 variables · 30 params · 120 B/);
  });

  it('puts a CodeLens over each scope', async () => {
    const uri = vscode.Uri.file(wsFile('seed_nested_scopes.py'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => [l.range.start.line, l.command?.title]);
    assert.deepStrictEqual(titles, [
      [3, 'outer_scope · 3 variables · 80 params · Initialize'],
      [4, 'outer_scope/inner_scope · 2 variables · 30 params · Initialize'],
    ]);
    const mine = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', vscode.Uri.file(wsFile('seed_explicit_init.py')));
    assert.strictEqual(mine[0]?.command?.title, 'my_scope · 2 variables · 110 params · Initialize');
  });

  it('reports the reuse error of the third example in Problems at line 16', async () => {
    const uri = vscode.Uri.file(wsFile('seed_dynamic_scope.py'));
    const d = await waitFor('the reuse diagnostic', () => vscode.languages.getDiagnostics(uri).find((x) => x.message.includes(REUSE_ERROR)));
    assert.strictEqual(d.range.start.line, 15);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.source, 'tfscope');
  });

  it('re-analyses as the user types: a new variable appears, a new duplicate is reported', async () => {
    const a = await api();
    const uri = vscode.Uri.file(wsFile('seed_explicit_init.py'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(6, 0), '    c = tf.compat.v1.get_variable("gamma", shape=[3, 4], initializer=tf.compat.v1.ones_initializer())\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const v = await waitFor('my_scope/gamma', () => a.analysis.index.get(uri.fsPath)?.variables.find((x) => x.name === 'my_scope/gamma'));
    assert.deepStrictEqual(v.shape, [3, 4]);
    const dup = new vscode.WorkspaceEdit();
    dup.insert(uri, new vscode.Position(7, 0), '    d = tf.compat.v1.get_variable("gamma", shape=[3, 4])\n');
    assert.ok(await vscode.workspace.applyEdit(dup));
    const diag = await waitFor('the duplicate diagnostic', () => vscode.languages.getDiagnostics(uri).find((x) => /my_scope\/gamma already exists/.test(x.message)));
    assert.strictEqual(diag.range.start.line, 7);
    // Undo both edits: the file on disk never changed, the problems go away.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the duplicate to disappear', () => !vscode.languages.getDiagnostics(uri).some((x) => /gamma/.test(x.message)));
  });

  it('picks up a new file and moves a too-early initializer op with the quick fix', async () => {
    const file = wsFile('late_init.py');
    fs.writeFileSync(file, [
      'import tensorflow.compat.v1 as tf',
      'tf.disable_v2_behavior()',
      'init = tf.global_variables_initializer()',
      "with tf.variable_scope('late'):",
      "    w = tf.get_variable('w', shape=[3], initializer=tf.zeros_initializer())",
      'with tf.Session() as sess:',
      '    sess.run(init)',
      '',
    ].join('\n'));
    const uri = vscode.Uri.file(file);
    const d = await waitFor('the created-after-initializer warning', () => vscode.languages.getDiagnostics(uri).find((x) => /created after global_variables_initializer\(\)/.test(x.message)));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const move = actions.find((x) => /Move the initializer/.test(x.title));
    assert.ok(move?.edit, `no move fix (got: ${actions.map((x) => x.title).join(', ')})`);
    assert.ok(await vscode.workspace.applyEdit(move.edit));
    await waitFor('the warning to disappear', () => !vscode.languages.getDiagnostics(uri).some((x) => /created after/.test(x.message)));
    const lines = doc.getText().split('\n');
    assert.ok(lines.indexOf('init = tf.global_variables_initializer()') > lines.findIndex((l) => l.includes("get_variable('w'")), doc.getText());
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.unlinkSync(file);
    await waitFor('late_init.py to leave the tree', async () => !(await api()).analysis.index.get(file));
  });

  it('offers quick fixes for the reuse error and applying one removes it', async () => {
    const uri = vscode.Uri.file(wsFile('seed_dynamic_scope.py'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const d = await waitFor('the reuse diagnostic', () => vscode.languages.getDiagnostics(uri).find((x) => x.message.includes(REUSE_ERROR)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const mine = actions.filter((x) => /reuse/i.test(x.title));
    assert.ok(mine.length >= 1, `no quick fix for the reuse error (got: ${actions.map((x) => x.title).join(', ')})`);
    const fix = mine.find((x) => x.isPreferred) ?? mine[0]!;
    assert.ok(fix.edit, 'the quick fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitFor('the reuse error to disappear', () => !vscode.languages.getDiagnostics(uri).some((x) => x.message.includes(REUSE_ERROR)));
    assert.match(doc.getText(), /reuse=/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the reuse error to come back after revert', () => vscode.languages.getDiagnostics(uri).some((x) => x.message.includes(REUSE_ERROR)));
  });
});
