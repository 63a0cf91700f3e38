// Runs the extension-host suites (test/extension/host/*.suite.ts) inside real VS Code: code-server with
// the smoke-test driver, the extension in development mode, the suites as extensionTestsPath. The
// workbench reports the suites' log lines and exit code through exposed functions.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import type { Browser } from 'playwright-core';
import { copyExamples, launchBrowser, remoteUri, ROOT, screenshot, startCodeServer, workbenchUrl, type Server } from './codeServer';

/**
 * TF programs that VS Code's search would not list, by files.exclude, search.exclude (the workspace's settings) and
 * .gitignore: the tree suite checks that none of them is analysed (1-tree.suite.ts, EXCLUDED_PROGRAMS).
 */
function addExcludedPrograms(ws: string): void {
  const program = "import tensorflow.compat.v1 as tf\nw = tf.get_variable('w', [2, 2])\n";
  for (const rel of ['generated/gen_model.py', 'vendor/lib/vendored.py', 'build/built.py', 'notes/scratch.py']) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), program);
  }
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'files.exclude': { '**/generated': true }, 'search.exclude': { '**/vendor': true }, 'search.useParentIgnoreFiles': true }));
  fs.writeFileSync(path.join(ws, '.gitignore'), '# build output\nbuild/\n');
  fs.writeFileSync(path.join(ws, 'notes', '.gitignore'), 'scratch.py\n');
  // ripgrep's other ignore files: .rgignore excludes what .gitignore re-includes (it takes precedence), the
  // repository's .git/info/exclude, and (search.useParentIgnoreFiles) an .ignore in the workspace's parent folder
  for (const rel of ['rg_excluded.py', 'git_excluded.py', 'parent_ignored.py']) fs.writeFileSync(path.join(ws, rel), program);
  fs.appendFileSync(path.join(ws, '.gitignore'), '!rg_excluded.py\n');
  fs.writeFileSync(path.join(ws, '.rgignore'), 'rg_excluded.py\n');
  fs.mkdirSync(path.join(ws, '.git', 'info'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.git', 'info', 'exclude'), 'git_excluded.py\n');
  fs.writeFileSync(path.join(ws, '..', '.ignore'), 'parent_ignored.py\n');
}

/** Runs the host suites in a fresh code-server; `env` reaches the extension host's process.env. */
async function runHostSuites(name: string, env: Record<string, string>, minPassing: number): Promise<void> {
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-host-'));
    const ws = copyExamples(tmp);
    addExcludedPrograms(ws);
    server = await startCodeServer({ workspace: ws, devMode: true }, tmp);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const lines: string[] = [];
    let exit!: (code: number) => void;
    const exited = new Promise<number>((r) => (exit = r));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      lines.push(line);
      if (!/^\[(Extension Host|.*Deprecation)/.test(line)) process.stdout.write(`      │ ${line.replace(/\n/g, '\n      │ ')}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', remoteUri(ROOT)],
      ['extensionTestsPath', remoteUri(path.join(ROOT, 'out/test/extension/host/index.js'))],
    ];
    if (Object.keys(env).length) payload.push(['extensionEnvironment', JSON.stringify(env)]);
    // the suites report through the exposed functions: the page's load event may come late on a loaded machine
    await page.goto(workbenchUrl(server, ws, payload), { waitUntil: 'domcontentloaded', timeout: 180_000 });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const code = await Promise.race([exited, new Promise<number>((r) => (timer = setTimeout(() => r(-1), 540_000)))]);
    clearTimeout(timer);
    if (code !== 0) await screenshot(page, `${name}-failed`);
    const result = lines.map((l) => /TFSCOPE_HOST_RESULT (.*)/.exec(l)?.[1]).find(Boolean);
    const passing = lines.map((l) => /(\d+) passing/.exec(l)?.[1]).find(Boolean);
    const failing = lines.map((l) => /(\d+) failing/.exec(l)?.[1]).find(Boolean);
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-results', `${name}.log`), `${lines.join('\n')}\n${server.output()}`);
    assert.strictEqual(code, 0, `extension-host suites exited with ${code} (${passing ?? 0} passing, ${failing ?? '?'} failing, result ${result ?? 'none'}); log in test-results/${name}.log`);
    // A suite filter that matches nothing also exits 0: require that tests actually ran.
    assert.ok(Number(passing ?? 0) >= minPassing, `only ${passing ?? 0} extension-host tests ran (expected at least ${minPassing}); log in test-results/${name}.log`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

describe('extension-host suites (real VS Code via code-server)', function () {
  this.timeout(600_000);

  it('all pass', async () => {
    const env: Record<string, string> = {};
    if (process.env.TFSCOPE_HOST_SUITES) env.TFSCOPE_HOST_SUITES = process.env.TFSCOPE_HOST_SUITES;
    await runHostSuites('host-suites', env, process.env.TFSCOPE_HOST_SUITES ? 1 : 20);
  });

  it('the tree suite also passes when the first scan runs in the worker-thread pool', async () => {
    await runHostSuites('host-suites-pool', { TFSCOPE_HOST_SUITES: '1-tree', TFSCOPE_SCAN_POOL_MIN: '1', TFSCOPE_SCAN_POOL_ONLY: '1' }, 7);
  });
});
