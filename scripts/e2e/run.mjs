// `npm test`'s second half: installs (idempotently) code-server, Node 24 and Chromium, packages the .vsix,
// then runs the real-VS-Code suites (out/test/extension/e2e/*.e2e.js: the extension-host suites and the
// Playwright UI tests) with mocha. Expects `npm run build && npm run compile-tests` to have run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const cache = process.env.TFSCOPE_E2E_CACHE ?? path.join(root, '.vscode-test');
const t0 = Date.now();

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`e2e: ${cmd} ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

if (!process.env.TFSCOPE_E2E_SKIP_SETUP) run('bash', [path.join(root, 'scripts/e2e/setup.sh')]);
mkdirSync(cache, { recursive: true });
const vsix = path.join(cache, 'tf-scope-explorer.vsix');
if (!process.env.TFSCOPE_E2E_SKIP_PACKAGE || !existsSync(vsix)) {
  run(process.execPath, [path.join(root, 'scripts/e2e/package.mjs'), vsix]);
}
console.log(`e2e: ${path.relative(root, vsix)} is ${(statSync(vsix).size / 1024).toFixed(0)} KB`);
const only = process.argv.slice(2);
const specs = only.length ? only : ['out/test/extension/e2e/*.e2e.js'];
run(process.execPath, [path.join(root, 'node_modules/mocha/bin/mocha.js'), '--no-config', '--timeout', '600000', '--reporter', 'spec', ...specs], {
  env: { ...process.env, TFSCOPE_VSIX: vsix },
});
console.log(`e2e: done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
