// Extension-host suite: a TensorFlow.js program (.ts importing @tensorflow/tfjs) written into the workspace
// is picked up by the file watcher, analysed by the TypeScript analyzer and listed in the Variable Scopes
// tree (program → layer scopes → weights); deleting it removes it. Runs after the tree suite (it adds a program).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/extension/programIndex';
import { api, hoverText, waitFor, wsFile } from './util';

const PROGRAM = `import * as tf from '@tensorflow/tfjs';

const model = tf.sequential();
model.add(tf.layers.dense({ units: 4, inputShape: [3], name: 'hidden' }));
model.add(tf.layers.dense({ units: 2 }));
const W = tf.variable(tf.randomNormal([5, 6], 0, 0.1), true, 'weights');
`;

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

describe('TensorFlow.js programs in the tree', () => {
  const file = wsFile('tfjs_model.ts');

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.file(file)).then(undefined, () => undefined);
  });

  it('lists a new TF.js program with its layers and weights, and drops it when deleted', async () => {
    const a = await api();
    await vscode.workspace.fs.writeFile(vscode.Uri.file(file), Buffer.from(PROGRAM));
    const prog = await waitFor('the TF.js program in the tree', async () => {
      const roots = (await a.tree.getChildren(undefined)) ?? [];
      return roots.find((n) => label(a.tree.getTreeItem(n)) === 'tfjs_model.ts');
    });
    assert.match(String(a.tree.getTreeItem(prog).description), / · tfjs$/);
    assert.match((a.tree.getTreeItem(prog).tooltip as vscode.MarkdownString).value, /TensorFlow\.js/);
    const children: TreeNode[] = (await a.tree.getChildren(prog)) ?? [];
    // the model first, with model.summary()'s count; then the layers' scopes and the variables
    const scopes = children.filter((n) => n.kind !== 'model');
    assert.deepStrictEqual(children.filter((n) => n.kind === 'model').map((s) => [label(a.tree.getTreeItem(s)), a.tree.getTreeItem(s).description]), [
      ['sequential_1', 'Sequential · 2 layers · 26 params'],
    ]);
    assert.deepStrictEqual(scopes.map((s) => [label(a.tree.getTreeItem(s)), a.tree.getTreeItem(s).description]), [
      ['hidden', '2 vars · 16 params · 64 B'],
      ['dense_Dense1', '2 vars · 10 params · 40 B'],
      ['weights', '[5, 6] float32 · random_normal'],
    ]);
    const weights = (await a.tree.getChildren(scopes[0]!)) ?? [];
    assert.deepStrictEqual(weights.map((w) => [label(a.tree.getTreeItem(w)), a.tree.getTreeItem(w).description]), [
      ['kernel', '[3, 4] float32 · glorot_normal'],
      ['bias', '[4] float32 · zeros'],
    ]);
    // Hover over the binding of a tf.variable: its name, shape and initializer.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(5, 7));
    const text = hoverText(hovers ?? []);
    assert.match(text, /weights/);
    // In TF.js's own syntax, not Python's (no seed=None).
    assert.match(text, /tf\.initializers\.randomNormal\(\{ mean: 0, stddev: 0\.1 \}\)/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.file(file));
    await waitFor('the TF.js program to leave the tree', async () => {
      const roots = (await a.tree.getChildren(undefined)) ?? [];
      return !roots.some((n) => label(a.tree.getTreeItem(n)) === 'tfjs_model.ts');
    });
  });
});
