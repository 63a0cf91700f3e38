// Unit tests of the extension manifest and house rules: the command table matches contributes.commands,
// activation is lazy, the extension is safe in untrusted/remote workspaces, only src/extension imports
// `vscode`, the webview protocol rejects malformed messages and the HTML shell carries a strict CSP.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_IDS } from '../../src/extension/commandIds';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../src/extension/defaults';
import { contentSecurityPolicy, htmlEscape, summaryHtml } from '../../src/extension/webviewHtml';
import { isFromWebview, isPersistedState } from '../../src/webview/protocol';
import { TARGET_LABELS } from '../../src/core/target';
import { valuesSetting } from '../../src/extension/suppliedValues';

const ROOT = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('extension manifest', () => {
  it('contributes exactly the commands of the command table', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepStrictEqual(contributed, [...COMMAND_IDS].sort());
    const titles = Object.fromEntries(pkg.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
    assert.strictEqual(titles['tfScope.initializeScope'], 'Initialize Scope');
    assert.strictEqual(titles['tfScope.reveal'], 'Reveal in Scope Tree');
    for (const menu of Object.values(pkg.contributes.menus) as { command: string }[][]) {
      for (const m of menu) assert.ok(COMMAND_IDS.includes(m.command as never) || m.command.startsWith('workbench.'), m.command);
    }
  });

  it('activates lazily and runs in untrusted, remote workspaces', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
    assert.ok(pkg.activationEvents.includes('onLanguage:python'));
    assert.ok(pkg.activationEvents.includes('onView:tfScope.scopes'));
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.deepStrictEqual(pkg.extensionKind, ['workspace']);
    assert.strictEqual(pkg.contributes.viewsContainers.activitybar[0].icon, 'media/tf-scope.svg');
    assert.ok(fs.existsSync(path.join(ROOT, pkg.icon)));
  });

  it('declares every setting with the defaults config.ts uses', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepStrictEqual(Object.keys(props).sort(), ['tfScope.backend', 'tfScope.cache', 'tfScope.checkpoint', 'tfScope.codeLens', 'tfScope.exclude', 'tfScope.followCursor', 'tfScope.include', 'tfScope.maxTensorElements', 'tfScope.maxTotalBytes', 'tfScope.pythonPath', 'tfScope.seed', 'tfScope.showAnalysisLimits', 'tfScope.showTrainingStateFlat', 'tfScope.tensorflowVersion', 'tfScope.tfMode', 'tfScope.values']);
    assert.strictEqual(props['tfScope.showAnalysisLimits'].default, false, 'the analyzer\'s limits stay out of Problems by default');
    assert.deepStrictEqual(props['tfScope.include'].default, DEFAULT_INCLUDE);
    assert.deepStrictEqual(props['tfScope.exclude'].default, DEFAULT_EXCLUDE);
    assert.deepStrictEqual(props['tfScope.backend'].enum, ['auto', 'node', 'wasm', 'cpu']);
    // the target's values are exactly the analyzer's (src/core/target.ts), 'auto' first and default
    assert.deepStrictEqual(props['tfScope.tensorflowVersion'].enum, ['auto', ...Object.keys(TARGET_LABELS)]);
    assert.deepStrictEqual(props['tfScope.values'].default, {});
    // what the setting's JSON values become for the analyzer (Python literal text); bad names are dropped
    assert.deepStrictEqual(valuesSetting({ n_layer: 12, act: 'gelu', rate: 0.1, on: true, none: null, 'bad name': 1, obj: {} }),
      { n_layer: '12', act: 'gelu', rate: '0.1', on: 'True', none: 'None' });
    assert.deepStrictEqual(valuesSetting(['x']), {});
    assert.strictEqual(props['tfScope.tensorflowVersion'].default, 'auto');
    assert.strictEqual(props['tfScope.cache'].default, true, 'analyses persist in the workspace storage by default');
    assert.strictEqual(props['tfScope.pythonPath'].default, '', 'empty: the Python extension\'s interpreter, else a workspace .venv');
  });

  it('keeps tfjs and the engine out of the extension bundle (they run in the worker)', async function () {
    this.timeout(30_000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const r = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/extension/extension.ts')], bundle: true, platform: 'node', format: 'cjs',
      external: ['vscode', '@tensorflow/tfjs-node'], write: false, metafile: true, outfile: 'x.js', logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    assert.deepStrictEqual(inputs.filter((f) => /@tensorflow|src\/engine\/engine\.ts/.test(f)), []);
    assert.ok(inputs.some((f) => f.endsWith('src/engine/client.ts')), 'the engine client is bundled');
  });

  it('keeps `vscode` imports inside src/extension', () => {
    const offenders = walk(path.join(ROOT, 'src'))
      .filter((f) => f.endsWith('.ts') && !f.startsWith(path.join(ROOT, 'src', 'extension') + path.sep))
      .filter((f) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(offenders, []);
  });

  it('validates webview messages and persisted state', () => {
    assert.ok(isFromWebview({ type: 'reinitialize', seed: 3 }));
    assert.ok(isFromWebview({ type: 'reinitialize', seed: null }));
    assert.ok(!isFromWebview({ type: 'reinitialize', seed: '3' }));
    assert.ok(!isFromWebview({ type: 'export', format: 'pickle' }));
    assert.ok(!isFromWebview({ type: 'eval', code: 'x' }));
    assert.ok(!isFromWebview(null));
    assert.ok(isPersistedState({ version: 1, panel: { entry: '/a.py', scope: 's', rows: [] }, expanded: [] }));
    assert.ok(!isPersistedState({ version: 2 }));
  });

  it('serves the webview with a strict CSP and escapes the title', () => {
    const csp = contentSecurityPolicy('https://x.vscode-cdn.net', 'abc');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc'/);
    assert.ok(!csp.includes('unsafe'));
    const html = summaryHtml({ cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/dist/webview.js', styleUri: 'vscode-resource:/media/summary.css', title: '<img src=x onerror=alert(1)>', nonce: 'N1' });
    assert.ok(!html.includes('<img'));
    assert.match(html, /<title>&lt;img src=x onerror=alert\(1\)&gt;<\/title>/);
    assert.match(html, /<script nonce="N1" src="vscode-resource:\/dist\/webview.js"><\/script>/);
    assert.strictEqual(htmlEscape(`"'&`), '&quot;&#39;&amp;');
    const two = [summaryHtml({ cspSource: 'a', scriptUri: 'b', styleUri: 'c', title: 't' }), summaryHtml({ cspSource: 'a', scriptUri: 'b', styleUri: 'c', title: 't' })];
    assert.notStrictEqual(/nonce="([^"]+)"/.exec(two[0]!)![1], /nonce="([^"]+)"/.exec(two[1]!)![1]);
  });
});
