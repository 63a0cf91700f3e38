// The summary webview's HTML shell (pure, no `vscode`): a strict CSP (`default-src 'none'`, scripts only
// by nonce, styles/images only from the webview's own resource origin), one local script and one local
// stylesheet. The page title is HTML-escaped; all other user text is rendered by the script as text nodes.
import { randomBytes } from 'crypto';

export function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function summaryHtml(opts: { cspSource: string; scriptUri: string; styleUri: string; title: string; nonce?: string }): string {
  const nonce = opts.nonce ?? makeNonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${htmlEscape(contentSecurityPolicy(opts.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${htmlEscape(opts.styleUri)}">
<title>${htmlEscape(opts.title)}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="muted">Loading…</p></main>
<script nonce="${htmlEscape(nonce)}" src="${htmlEscape(opts.scriptUri)}"></script>
</body>
</html>`;
}
