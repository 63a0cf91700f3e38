// The "Supply value for X…" command (issue 15 item 3): asks for a value the analysis reported unknown and writes
// it to the workspace's `tfScope.values` setting (whose change re-analyses every program) or, when chosen, as a
// `# tfscope: name=value` comment at the top of the entry file. Also lets tooltips and hovers run its links.
import * as vscode from 'vscode';
import { literalOf, SUPPLY_COMMAND, type SupplyArgs } from './unknownsText';

/** Lets the markdown's command links run (tree tooltips and hovers are untrusted by default). */
export function trustSupplyLinks(md: vscode.MarkdownString): vscode.MarkdownString {
  md.isTrusted = { enabledCommands: [SUPPLY_COMMAND] };
  return md;
}

/**
 * `tfScope.supplyValue`: asks for the value of `name` and writes it to the workspace's `tfScope.values` (the
 * change re-analyses every program), or, when chosen, as a `# tfscope: name=value` comment at the top of the
 * entry file.
 */
export async function supplyValueCommand(args?: SupplyArgs): Promise<boolean> {
  const name = args?.name ?? await vscode.window.showInputBox({ title: 'Supply a value', prompt: 'Name of the value (as the analysis reports it, e.g. n_layer)' });
  if (!name) return false;
  const text = await vscode.window.showInputBox({
    title: `Supply value for ${name}`,
    prompt: `The value of ${name} as a Python literal (12, 0.1, 'gelu', True); the programs are analysed again with it`,
    validateInput: (v) => (v.trim() ? undefined : 'Enter a value'),
  });
  if (text === undefined || !text.trim()) return false;
  const value = literalOf(text);
  const toComment = args?.entry && await vscode.window.showQuickPick(
    [{ label: 'Workspace setting tfScope.values', id: 'setting' }, { label: `# tfscope: comment in ${args.entry.split(/[\\/]/).pop()}`, id: 'comment' }],
    { title: `Where to keep ${name}=${value}` },
  ).then((p) => p?.id === 'comment');
  if (toComment && args?.entry) {
    const doc = await vscode.workspace.openTextDocument(args.entry);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), `# tfscope: ${name}=${value}\n`);
    await vscode.workspace.applyEdit(edit);
    return doc.save();
  }
  const config = vscode.workspace.getConfiguration('tfScope');
  const current = config.get<Record<string, unknown>>('values', {}) ?? {};
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('values', { ...current, [name]: value }, target);
  return true;
}
