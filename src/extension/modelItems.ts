// Tree items of the models a program builds (programIndex's ModelNode / ModelLayerNode): the model with
// model.summary()'s counts, and each of its layers linked to the scope holding its weights (or the nested
// model it is). Thin vscode adapter over format.ts.
import * as vscode from 'vscode';
import type { ModelLayerNode, ModelNode } from './programIndex';
import { mdEscape, modelDescription, scopeDescription } from './format';

export function modelItem(n: ModelNode): vscode.TreeItem {
  const m = n.model;
  const item = new vscode.TreeItem(m.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = n.id;
  item.description = modelDescription(m);
  const counts = m.totalParams === null
    ? 'Some weight has a shape the analysis does not know, so the totals are not known.'
    : `Total params: ${m.totalParams.toLocaleString('en-US')}\\\nTrainable params: ${(m.trainableParams ?? 0).toLocaleString('en-US')}\\\nNon-trainable params: ${(m.nonTrainableParams ?? 0).toLocaleString('en-US')}`;
  item.tooltip = new vscode.MarkdownString(`**${mdEscape(m.name)}** (${m.className}), as \`model.summary()\` counts it:\n\n${counts}\n\nLayers: ${m.layers.map((l) => `\`${l}\``).join(', ') || 'none'}`);
  item.contextValue = 'model';
  item.iconPath = new vscode.ThemeIcon('symbol-structure');
  if (m.location) item.command = { command: 'tfScope.openLocation', title: 'Go to Model', arguments: [m.location] };
  item.accessibilityInformation = { label: `model ${m.name}, ${item.description}` };
  return item;
}

export function modelLayerItem(n: ModelLayerNode): vscode.TreeItem {
  const item = new vscode.TreeItem(n.name, vscode.TreeItemCollapsibleState.None);
  item.id = n.id;
  const t = n.target;
  item.description = !t ? 'no weights' : t.kind === 'model' ? `model · ${modelDescription(t.model)}` : scopeDescription(t.scope);
  item.tooltip = !t ? `${n.name} creates no weights.` : t.kind === 'model' ? `${n.name} is a model used as a layer.` : `Weights in scope ${t.scope.name}.`;
  item.contextValue = 'model.layer';
  item.iconPath = new vscode.ThemeIcon(t?.kind === 'model' ? 'symbol-structure' : 'symbol-class');
  const loc = t?.kind === 'model' ? t.model.location : t?.scope.location;
  if (loc) item.command = { command: 'tfScope.openLocation', title: 'Go to Layer', arguments: [loc] };
  return item;
}
