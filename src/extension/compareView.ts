// The "Compare with Checkpoint…" view as HTML (pure: no `vscode`): the counts, then each variable that is not
// restored (mismatched: both shapes; missing: keeps its initializer), the restored ones, the checkpoint entries
// no variable takes, and the prefix fix. A static page: no scripts, a CSP that allows only the inline style.

import type { CheckpointComparison } from '../core/checkpoint/compare';
import { htmlEscape } from './webviewHtml';

const shape = (s: readonly (number | null)[] | null): string => (s === null ? '?' : `[${s.map((d) => d ?? '?').join(', ')}]`);

function table(head: string[], rows: string[][]): string {
  if (!rows.length) return '';
  const tr = (cells: string[], tag: string): string => `<tr>${cells.map((c) => `<${tag}>${htmlEscape(c)}</${tag}>`).join('')}</tr>`;
  return `<table>${tr(head, 'th')}${rows.map((r) => tr(r, 'td')).join('')}</table>`;
}

export function comparisonHtml(c: CheckpointComparison, program: string, checkpoint: string): string {
  const n = c.counts;
  const by = (status: string): CheckpointComparison['variables'] => c.variables.filter((v) => v.status === status);
  const sections = [
    `<h2>Mismatched (${n.mismatched})</h2>`,
    table(['variable', 'program', 'checkpoint', 'what TensorFlow does'], by('mismatched').map((v) => [v.name, `${shape(v.shape)} ${v.dtype}`, `${shape(v.checkpoint?.shape ?? null)} ${v.checkpoint?.dtype ?? ''}`, v.message])),
    `<h2>Missing from the checkpoint (${n.missing})</h2>`,
    table(['variable', 'shape', 'what TensorFlow does'], by('missing').map((v) => [v.name, `${shape(v.shape)} ${v.dtype}`, v.message])),
    `<h2>Restored (${n.restored})</h2>`,
    table(['variable', 'shape'], by('restored').map((v) => [v.name, `${shape(v.shape)} ${v.dtype}`])),
    `<h2>Checkpoint entries no variable takes (${n.unused})</h2>`,
    table(['tensor', 'shape'], c.unused.map((t) => [t.name, `${shape(t.shape)} ${t.dtype}`])),
  ];
  const fix = c.prefixFix
    ? `<p class="fix">The checkpoint's names start with ${htmlEscape(c.prefixFix.from ? `'${c.prefixFix.from}'` : 'no prefix')} where the program's start with '${htmlEscape(c.prefixFix.to)}' (${c.prefixFix.restores} variables): <code>tf.compat.v1.train.init_from_checkpoint(ckpt, ${htmlEscape(JSON.stringify(c.prefixFix.assignmentMap))})</code></p>`
    : '';
  const verdict = c.strictRestoreFails ? 'A strict restore (Saver.restore) of these variables fails.' : 'Every variable is restored.';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>Checkpoint comparison</title>
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}table{border-collapse:collapse;margin-bottom:1em}
td,th{border:1px solid var(--vscode-panel-border);padding:2px 6px;text-align:left;font-family:var(--vscode-editor-font-family)}h2{font-size:1.1em}</style></head>
<body><h1>${htmlEscape(program)} against ${htmlEscape(checkpoint)}</h1>
<p class="counts">${n.restored} restored, ${n.mismatched} mismatched, ${n.missing} missing from the checkpoint, ${n.unused} checkpoint entries unused. ${verdict}</p>
${fix}${sections.join('\n')}</body></html>`;
}
