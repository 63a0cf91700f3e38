// Packages the extension into a .vsix with @vscode/vsce (offline): a minified production build first,
// then `vsce package --no-dependencies` (the bundles inline everything; .vscodeignore keeps the rest out).
// Usage: node scripts/e2e/package.mjs [out.vsix]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const out = path.resolve(process.argv[2] ?? path.join(root, 'tf-scope-explorer.vsix'));
for (const [cmd, args] of [
  [process.execPath, ['scripts/build.mjs', '--minify']],
  [process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--allow-star-activation', '--no-rewrite-relative-links', '-o', out]],
]) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`packaged ${path.relative(root, out)} (${(statSync(out).size / 1024).toFixed(0)} KB)`);
