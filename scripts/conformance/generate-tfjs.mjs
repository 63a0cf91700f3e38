// Records what real TensorFlow.js (@tensorflow/tfjs 4.22, installed OUTSIDE the repo) does with each
// test/conformance/tfjs/programs/NNN_*.ts: every variable the engine registers, in creation order, with name,
// shape, dtype, trainable, initializer (class + config for layer weights, the factory call for tf.variable)
// and the program line, plus the first error. Writes test/conformance/tfjs/expected/NNN_*.json.
//
//   npm install --prefix /tmp/tfjs-ref @tensorflow/tfjs@4.22.0
//   node scripts/conformance/generate-tfjs.mjs [--tfjs /tmp/tfjs-ref] [--check] [prefix...]
//
// Each program runs in a fresh `node` child (stack lines mapped back to the .ts lines by the TS source map): the
// program is transpiled to CommonJS with the repo's `typescript`, `@tensorflow/tfjs` is the real package,
// and the child wraps `Layer.prototype.addWeight`, the engine's `makeVariable` and the tensor factories
// (tfjs-recorder.mjs, which the differential tester's workers share).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRecorder } from './tfjs-recorder.mjs';

const root = path.dirname(path.dirname(path.dirname(new URL(import.meta.url).pathname)));
const PROGRAMS = path.join(root, 'test/conformance/tfjs/programs');
const EXPECTED = path.join(root, 'test/conformance/tfjs/expected');
/** Prefix of the child's result line (programs may print: model.summary(), console.log). */
const MARK = '@@tfjs-record@@';

// ---------------------------------------------------------------- child: run one program with real tfjs
if (process.argv[2] === '--child') {
  const [, , , tfjsDir, program] = process.argv;
  const rec = createRecorder(tfjsDir).record(path.join(PROGRAMS, program), PROGRAMS);
  process.stdout.write('\n' + MARK + JSON.stringify({ program, ...rec }));
  process.exit(0);
}

// ---------------------------------------------------------------- parent: run every program
const args = process.argv.slice(2);
let tfjsDir = '/tmp/tfjs-ref';
let check = false;
const prefixes = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--tfjs') tfjsDir = args[++i];
  else if (args[i] === '--check') check = true;
  else prefixes.push(args[i]);
}
if (!fs.existsSync(path.join(tfjsDir, 'node_modules/@tensorflow/tfjs'))) {
  console.error(`@tensorflow/tfjs is not installed under ${tfjsDir}: npm install --prefix ${tfjsDir} @tensorflow/tfjs@4.22.0`);
  process.exit(2);
}
fs.mkdirSync(EXPECTED, { recursive: true });
const programs = fs.readdirSync(PROGRAMS).filter((f) => /^\d{3,4}_.*\.ts$/.test(f)).filter((f) => !prefixes.length || prefixes.some((p) => f.startsWith(p))).sort();
let differ = 0;
for (const p of programs) {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', tfjsDir, p], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    console.error(`${p}: child failed (${r.status})\n${r.stderr}`);
    differ++;
    continue;
  }
  const line = r.stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) {
    console.error(`${p}: no record\n${r.stderr}`);
    differ++;
    continue;
  }
  const rec = JSON.parse(line.slice(MARK.length));
  const text = `${JSON.stringify(rec, null, 1)}\n`;
  const target = path.join(EXPECTED, p.replace(/\.ts$/, '.json'));
  if (check) {
    const same = fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text;
    if (!same) differ++;
    console.log(`${same ? 'same  ' : 'DIFFER'} ${p}`);
  } else {
    fs.writeFileSync(target, text);
    console.log(`${p}: ${rec.variables.length} variables${rec.error ? `, raised ${rec.error.type}: ${rec.error.message}` : ''}`);
  }
}
process.exit(differ ? 1 : 0);
