#!/usr/bin/env node
// Entry point of the `tfscope` command: runs the bundled CLI (dist/cli.js, built by `npm run build`).
'use strict';
const path = require('path');
const fs = require('fs');
// `--version` answers without loading the bundle (startup is most of what it costs).
if (process.argv[2] === '--version' || process.argv[2] === '-V') {
  process.stdout.write(`tfscope ${JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
  process.exit(0);
}
// Node >= 22.1 keeps V8's compiled code of the bundles between runs (compiling the 3.8 MB init bundle is ~0.2 s of
// CPU per run on Node 20, which has no such cache: there this is a no-op). A cache folder that cannot be written
// costs only the caching; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const { enableCompileCache } = require('module');
if (typeof enableCompileCache === 'function') {
  try {
    enableCompileCache();
  } catch {
    // run uncached
  }
}
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('tfscope: dist/cli.js is missing; run `npm install` (or `npm run build`) first.\n');
  process.exit(1);
}
// A command whose work is left pending with nothing to wait on (a lost worker message) would otherwise end the
// process silently with code 0 and no output: say so and fail instead.
let settled = false;
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write('tfscope: internal error: the command stopped before it finished (its work was left waiting on nothing)\n');
  process.exitCode = 1;
});
require(bundle).main(process.argv.slice(2)).then(
  (code) => { settled = true; process.exitCode = code; },
  (err) => { settled = true; process.stderr.write(`tfscope: internal error: ${err && err.stack || err}\n`); process.exitCode = 1; },
);
