// The differential tester's dispatcher: `npm run difftest -- --lang python|tfjs --n 2000 --seed S [...]`.
// tfjs: the TF.js runner compiled from test/difftest/tfjs/ (out/test/difftest/tfjs/cli.js; `npm run difftest`
// compiles first); python: scripts/difftest/python/run.mjs (or run.py) when that runner is installed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.dirname(path.dirname(here));
const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const lang = at >= 0 ? args[at + 1] : undefined;
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;

if (lang === 'tfjs') {
  const cli = path.join(root, 'out/test/difftest/tfjs/cli.js');
  if (!fs.existsSync(cli)) {
    console.error(`${cli} is missing: run \`npx tsc -b\` first`);
    process.exit(2);
  }
  process.exitCode = await createRequire(import.meta.url)(cli).main(rest);
} else if (lang === 'python') {
  const mjs = path.join(here, 'python/run.mjs');
  const py = path.join(here, 'python/run.py');
  if (fs.existsSync(mjs)) process.exit(spawnSync(process.execPath, [mjs, ...rest], { stdio: 'inherit' }).status ?? 1);
  else if (fs.existsSync(py)) process.exit(spawnSync('python3', [py, ...rest], { stdio: 'inherit' }).status ?? 1);
  else {
    console.error('The Python differential runner is not installed (scripts/difftest/python/run.mjs or run.py).');
    process.exit(2);
  }
} else {
  console.error('usage: npm run difftest -- --lang python|tfjs [--n 2000] [--seed S] [--jobs J] [--save]');
  process.exit(2);
}
