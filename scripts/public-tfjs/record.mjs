// Records what real TensorFlow.js (@tensorflow/tfjs 4.22 from node_modules, or --tfjs DIR) does with each public
// TF.js program's drivers (restored by restore.sh into .cache/public-tfjs/<name>/): every variable in creation
// order with name, shape, dtype, trainable, initializer, line, the models with their parameter counts, the first
// error. Writes scripts/public-tfjs/<name>/<driver>.expected.json (our records, committed; upstream code is not).
//
//   node scripts/public-tfjs/record.mjs [--tfjs DIR] [--check] [name...]
//
// Each driver runs in a fresh `node` child through the conformance recorder (scripts/conformance/tfjs-recorder.mjs),
// which transpiles the restored ES-module `.js` files to CommonJS; packages the examples import for their data or
// command line only (program.json `stubs`, e.g. argparse) are answered with an empty stand-in.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { createRecorder } from '../conformance/tfjs-recorder.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const MARK = '@@tfjs-record@@';

if (process.argv[2] === '--child') {
  const [, , , tfjsDir, driverDir, driver, stubs] = process.argv;
  const recorder = createRecorder(tfjsDir, { jsRoot: driverDir });
  const Module = createRequire(path.join(tfjsDir, 'package.json'))('module');
  const stubbed = new Set(JSON.parse(stubs));
  const require0 = Module.prototype.require;
  Module.prototype.require = function (id) {
    // a stand-in at every depth (`models.TFJS` is a constructor too); not a thenable, so awaiting it ends
    if (stubbed.has(id)) {
      const stub = new Proxy(function () {}, { get: (t, k) => (k === '__esModule' ? false : k === 'then' || typeof k === 'symbol' ? undefined : stub), apply: () => ({}), construct: () => ({}) });
      return stub;
    }
    return require0.apply(this, arguments);
  };
  const rec = recorder.record(path.join(driverDir, driver), driverDir);
  process.stdout.write('\n' + MARK + JSON.stringify({ program: driver, ...rec }));
  process.exit(0);
}

const args = process.argv.slice(2);
let tfjsDir = root;
let check = false;
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--tfjs') tfjsDir = path.resolve(args[++i]);
  else if (args[i] === '--check') check = true;
  else names.push(args[i]);
}
const all = names.length ? names : fs.readdirSync(here).filter((d) => fs.existsSync(path.join(here, d, 'program.json'))).sort();
let bad = 0;
for (const name of all) {
  const spec = JSON.parse(fs.readFileSync(path.join(here, name, 'program.json'), 'utf8'));
  const driverDir = path.join(root, '.cache/public-tfjs', name, path.dirname(spec.files[0]));
  for (const d of spec.drivers) {
    if (!fs.existsSync(path.join(driverDir, d))) {
      console.error(`${name}/${d}: not restored (scripts/public-tfjs/restore.sh ${name})`);
      bad++;
      continue;
    }
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', tfjsDir, driverDir, d, JSON.stringify(spec.stubs ?? [])], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 26 });
    const line = r.stdout?.split('\n').find((l) => l.startsWith(MARK));
    if (r.status !== 0 || !line) {
      console.error(`${name}/${d}: no record (${r.status})\n${r.stderr}`);
      bad++;
      continue;
    }
    const rec = JSON.parse(line.slice(MARK.length));
    const text = `${JSON.stringify(rec, null, 1)}\n`;
    const target = path.join(here, name, d.replace(/\.[jt]s$/, '.expected.json'));
    if (check) {
      const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
      if (!same) bad++;
      console.log(`${same ? 'same  ' : 'DIFFER'} ${name}/${d}`);
      continue;
    }
    fs.writeFileSync(target, text);
    const params = (rec.models ?? []).map((m) => `${m.name} ${m.totalParams}`).join(', ');
    console.log(`${name}/${d}: ${rec.variables.length} variables${params ? ` (${params})` : ''}${rec.error ? `, raised ${rec.error.type}: ${rec.error.message}` : ''}`);
  }
}
process.exit(bad ? 1 : 0);
