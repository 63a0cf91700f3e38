// `npm run test:electron`: the same extension-host suites in desktop VS Code through @vscode/test-electron
// (downloads VS Code, so it only works where update.code.visualstudio.com is reachable; not run in CI).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const ws = path.join(mkdtempSync(path.join(tmpdir(), 'tfscope-electron-')), 'examples');
cpSync(path.join(root, 'examples'), ws, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/extension/host/index.js'),
    launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (e) {
  console.error(`test:electron failed: ${e}`);
  process.exit(1);
}
