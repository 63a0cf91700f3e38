// Extension-host suite: activation contract and the Variable Scopes tree over the bundled examples
// (program → scopes → variables, descriptions with real counts), follow-cursor and Reveal.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/extension/programIndex';
import { api, waitFor, wsFile } from './util';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

async function children(n?: TreeNode): Promise<{ node: TreeNode; item: vscode.TreeItem }[]> {
  const a = await api();
  const kids = (await a.tree.getChildren(n)) ?? [];
  return kids.map((node) => ({ node, item: a.tree.getTreeItem(node) }));
}

describe('scope tree', () => {
  it('activates quickly and declares itself safe for untrusted, remote workspaces', async () => {
    const a = await api();
    assert.ok(a.activationMs < 200, `activation took ${a.activationMs} ms`);
    const pkg = vscode.extensions.getExtension('tfscope.tf-scope-explorer')!.packageJSON;
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.deepStrictEqual(pkg.extensionKind, ['workspace']);
  });

  it('lists the three example programs', async () => {
    const a = await api();
    // TFSCOPE_SCAN_POOL_MIN=1 makes the first scan run in the core's worker-thread pool, and TFSCOPE_SCAN_POOL_ONLY=1
    // leaves it all of the work: the three programs below are then the worker threads' results.
    const pool = process.env.TFSCOPE_SCAN_POOL_MIN === '1';
    assert.strictEqual(a.analysis.lastScanMode, pool ? 'pool' : 'host');
    const fromPool = a.analysis.lastPoolPrograms.map((p) => path.basename(p)).sort();
    assert.deepStrictEqual(fromPool, pool && process.env.TFSCOPE_SCAN_POOL_ONLY === '1' ? ['seed_dynamic_scope.py', 'seed_explicit_init.py', 'seed_nested_scopes.py'] : []);
    const roots = await children();
    assert.deepStrictEqual(roots.map((r) => label(r.item)), ['seed_dynamic_scope.py', 'seed_explicit_init.py', 'seed_nested_scopes.py']);
  });

  it('skips the programs that VS Code search skips: files.exclude, search.exclude, .gitignore (folder and nested), .rgignore over .gitignore, .git/info/exclude, a parent folder\'s .ignore', async () => {
    const a = await api();
    // written by the runner (1-host.e2e.ts, addExcludedPrograms), each a TF program creating a variable
    for (const rel of ['generated/gen_model.py', 'vendor/lib/vendored.py', 'build/built.py', 'notes/scratch.py', 'rg_excluded.py', 'git_excluded.py', 'parent_ignored.py']) {
      assert.ok(fs.existsSync(wsFile(rel)), `${rel} should exist in the test workspace`);
      assert.strictEqual(a.analysis.index.programOf({ entry: wsFile(rel) }), undefined, `${rel} was analysed`);
    }
  });

  it('shows my_scope with its counts and both variables with shape, dtype and initializer', async () => {
    const roots = await children();
    const prog = roots.find((r) => label(r.item) === 'seed_explicit_init.py')!;
    const scopes = await children(prog.node);
    assert.deepStrictEqual(scopes.map((s) => label(s.item)), ['my_scope']);
    assert.strictEqual(scopes[0]!.item.description, '2 vars · 110 params · 440 B');
    assert.strictEqual(scopes[0]!.item.contextValue, 'scope');
    const vars = await children(scopes[0]!.node);
    assert.deepStrictEqual(vars.map((v) => [label(v.item), v.item.description]), [
      ['weight', '[10, 10] float32 · zeros'],
      ['bias', '[10] float32 · random_normal'],
    ]);
    const tip = vars[0]!.item.tooltip as vscode.MarkdownString;
    assert.match(tip.value, /my\\_scope\/weight/);
    assert.match(tip.value, /\| params \| 100 \|/);
  });

  it('nests inner_scope inside outer_scope in source order', async () => {
    const roots = await children();
    const prog = roots.find((r) => label(r.item) === 'seed_nested_scopes.py')!;
    const [outer] = await children(prog.node);
    assert.strictEqual(label(outer!.item), 'outer_scope');
    assert.strictEqual(outer!.item.description, '3 vars · 80 params · 320 B');
    const kids = await children(outer!.node);
    assert.deepStrictEqual(kids.map((k) => [label(k.item), k.item.description]), [
      ['inner_scope', '2 vars · 30 params · 120 B'],
      ['weight2', '[5, 10] float32 · truncated_normal'],
    ]);
    const inner = await children(kids[0]!.node);
    assert.deepStrictEqual(inner.map((k) => [label(k.item), k.item.description]), [
      ['weight1', '[5, 5] float32 · ones'],
      ['bias1', '[5] float32 · constant'],
    ]);
  });

  it('decorates the program and scope that hold the reuse error', async () => {
    const roots = await children();
    const prog = roots.find((r) => label(r.item) === 'seed_dynamic_scope.py')!;
    assert.match(String(prog.item.description), /1 problem/);
    assert.strictEqual((prog.item.iconPath as vscode.ThemeIcon).id, 'error');
    const [scope] = await children(prog.node);
    assert.strictEqual(label(scope!.item), 'dynamic_scope');
    const vars = await children(scope!.node);
    assert.deepStrictEqual(vars.map((v) => label(v.item)), ['var_0', 'var_1', 'var_2']);
  });

  it('follows the cursor into the tree', async () => {
    const a = await api();
    await vscode.commands.executeCommand('tfScope.scopes.focus');
    await waitFor('the view to be visible', () => a.tree.view.visible);
    const doc = await vscode.workspace.openTextDocument(wsFile('seed_nested_scopes.py'));
    const ed = await vscode.window.showTextDocument(doc);
    ed.selection = new vscode.Selection(6, 12, 6, 12); // the bias1 statement (line 7)
    const sel = await waitFor('bias1 to be selected', () => {
      const s = a.tree.view.selection[0];
      return s?.kind === 'variable' && s.variable.name === 'outer_scope/inner_scope/bias1' ? s : undefined;
    });
    assert.strictEqual(sel.kind, 'variable');
  });

  it('Reveal in Scope Tree selects the scope of a with line', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(wsFile('seed_explicit_init.py'));
    const ed = await vscode.window.showTextDocument(doc);
    ed.selection = new vscode.Selection(3, 10, 3, 10);
    const id = await vscode.commands.executeCommand<string>('tfScope.reveal');
    assert.strictEqual(id, `s:${wsFile('seed_explicit_init.py')}:my_scope`);
    await waitFor('my_scope to be selected', () => a.tree.view.selection[0]?.id === id);
  });

  it('re-scans unchanged programs from the workspace storage cache, and re-analyses an edited one', async () => {
    const a = await api();
    const snapshot = (): string[] => a.analysis.index.visible().map((r) => `${r.entry}: ${r.variables.map((v) => `${v.name}${JSON.stringify(v.shape)}`).join(' ')}`);
    const before = snapshot();
    await a.analysis.refresh();
    const files = a.analysis.index.visible().length;
    assert.ok(files >= 3 && a.analysis.lastCacheHits >= files, `${a.analysis.lastCacheHits} cache hits for ${files} programs`);
    assert.deepStrictEqual(snapshot(), before);
    // An unsaved edit changes the text the program is analysed from: that program alone is analysed again.
    const doc = await vscode.workspace.openTextDocument(wsFile('seed_nested_scopes.py'));
    const ed = await vscode.window.showTextDocument(doc);
    const hits = a.analysis.lastCacheHits;
    await ed.edit((e) => e.insert(new vscode.Position(doc.lineCount, 0), '\n'));
    try {
      await a.analysis.refresh();
      assert.strictEqual(a.analysis.lastCacheHits, hits - 1);
      assert.deepStrictEqual(snapshot(), before);
    } finally {
      await vscode.commands.executeCommand('undo');
      await a.analysis.flush();
    }
  });

  it('does not analyse a file that appears later where the walk skips files, and does analyse one elsewhere', async () => {
    const a = await api();
    const program = "import tensorflow.compat.v1 as tf\nw = tf.get_variable('late', [3], initializer=tf.zeros_initializer())\n";
    const skipped = ['generated/late.py', 'build/late.py', 'notes/scratch.py', 'git_excluded.py'].map(wsFile);
    const taken = wsFile(path.join('pkg2', 'late.py'));
    for (const f of [...skipped, taken]) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, program);
    }
    try {
      // what the file watcher does on a create or a change, then the re-analysis to its end
      for (const f of [...skipped, taken]) a.analysis.changed(vscode.Uri.file(f));
      await a.analysis.flush();
      assert.deepStrictEqual(a.analysis.index.get(taken)?.variables.map((v) => v.name), ['late']);
      for (const f of skipped) assert.strictEqual(a.analysis.index.programOf({ entry: f }), undefined, `${f} was analysed`);
    } finally {
      fs.rmSync(wsFile('pkg2'), { recursive: true, force: true });
      for (const f of skipped.slice(0, 2)) fs.rmSync(f, { force: true });
      a.analysis.changed(vscode.Uri.file(taken));
      await a.analysis.flush();
    }
    assert.strictEqual(a.analysis.index.get(taken), undefined);
  });

  it('lists the files tfScope.include matches at any depth, and none under an excluded folder', async () => {
    const a = await api();
    const program = "import tensorflow.compat.v1 as tf\nwith tf.variable_scope('s'):\n    w = tf.get_variable('w', [2], initializer=tf.zeros_initializer())\n";
    const deep = wsFile(path.join('pkg', 'deep', 'model.py'));
    const hidden = wsFile(path.join('node_modules', 'lib', 'model.py'));
    for (const f of [deep, hidden]) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, program);
    }
    try {
      await a.analysis.refresh();
      assert.deepStrictEqual(a.analysis.index.get(deep)?.variables.map((v) => v.name), ['s/w']);
      assert.strictEqual(a.analysis.index.get(hidden), undefined, 'node_modules is in tfScope.exclude');
    } finally {
      fs.rmSync(wsFile('pkg'), { recursive: true, force: true });
      fs.rmSync(wsFile('node_modules'), { recursive: true, force: true });
      await a.analysis.refresh();
    }
    assert.strictEqual(a.analysis.index.get(deep), undefined);
  });
  it("explains a library's unknown dim held in a variable by the assignment that gave it and the parameter it reads", async () => {
    const a = await api();
    // a tpu-ResNet-style helper of our own: the moving variance's shape is a tuple built from the input's shape
    const file = wsFile('norm_lib.py');
    fs.writeFileSync(file, [
      'import tensorflow.compat.v1 as tf',
      '',
      '',
      "def batch_std(inputs, name='moving_variance'):",
      '    var_shape = (1, inputs.shape[1], 1, 1)',
      '    return tf.get_variable(name, shape=var_shape, initializer=tf.ones_initializer(), trainable=False)',
      '',
    ].join('\n'));
    try {
      await a.analysis.refresh();
      const root = (await a.tree.getChildren()).find((r) => r.entry === file);
      assert.ok(root, 'norm_lib.py is in the tree');
      const found: TreeNode[] = [];
      const walk = async (n: TreeNode, depth: number): Promise<void> => {
        if (n.kind === 'variable' && n.variable.name.endsWith('moving_variance')) found.push(n);
        if (depth < 6) for (const c of (await a.tree.getChildren(n)) ?? []) await walk(c, depth + 1);
      };
      await walk(root, 0);
      assert.strictEqual(found.length, 1, 'one moving_variance row');
      const item = a.tree.getTreeItem(found[0]!);
      assert.match(String(item.description), /^\[1, \?, 1, 1\] float32/);
      const tip = (item.tooltip as vscode.MarkdownString).value.replace(/[\\`]/g, '');
      assert.match(tip, /var_shape\[1\] is inputs\.shape\[1\] \(line 5\), which is not known statically: inputs is a parameter of batch_std \(line 4\)/, tip);
    } finally {
      fs.rmSync(file, { force: true });
      await a.analysis.refresh();
    }
  });
});
