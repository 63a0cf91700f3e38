// One benchmark session in real VS Code (code-server + Chromium, test/extension/e2e/codeServer.ts): opens `ws`,
// runs the compiled extension-host script `testsPath` with `env` (TFSCOPE_BENCH_OUT is added) and returns the JSON
// it wrote; throws with the host's last log lines when it fails or runs past `timeoutMs`. Used by run.mjs and tree.mjs.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cs = createRequire(import.meta.url)(path.join(root, 'out/test/extension/e2e/codeServer.js'));

export async function runInEditor({ tmp, ws, testsPath, env = {}, timeoutMs }) {
  const outFile = path.join(tmp, 'bench-out.json');
  const server = await cs.startCodeServer({ workspace: ws, devMode: true }, tmp);
  const browser = await cs.launchBrowser();
  try {
    const page = await browser.newPage();
    let exit;
    const exited = new Promise((r) => (exit = r));
    const logs = [];
    await page.exposeFunction('codeAutomationLog', (_t, args) => logs.push(String(args)));
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await page.goto(cs.workbenchUrl(server, ws, [
      ['extensionDevelopmentPath', cs.remoteUri(root)],
      ['extensionTestsPath', cs.remoteUri(path.join(root, testsPath))],
      ['extensionEnvironment', JSON.stringify({ TFSCOPE_BENCH_OUT: outFile, ...env })],
    ]));
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r(-1), timeoutMs)))]);
    clearTimeout(timer);
    if (code !== 0 || !existsSync(outFile)) throw new Error(`bench failed (${code}):\n${logs.slice(-30).join('\n').slice(0, 4000)}`);
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    await browser.close();
    await server.stop();
  }
}
