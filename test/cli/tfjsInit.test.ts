// `tfscope init` on a seeded TF.js program (test/fixtures/tfjs-init/seeded.js): the program runs under real
// @tensorflow/tfjs 4.22 (cpu backend, a child process) and its variables' values are read back; `tfscope init
// --backend cpu --out x.safetensors` on the same file must give every seeded variable bit for bit, and say
// "unseeded" for the model the program left without seeds.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runInit } from '../../src/cli/init';
import { capture } from '../support/capture';

const root = path.resolve(__dirname, '../../..');
const program = path.join(root, 'test/fixtures/tfjs-init/seeded.js');

/** The program's own TF.js run: every registered variable's values (float32, exact in JSON). */
function tfjsRun(): Record<string, number[]> {
  const script = `const tf = require('@tensorflow/tfjs'); tf.env().set('PROD', true); require(${JSON.stringify(program)});
const out = {}; for (const [n, v] of Object.entries(tf.engine().registeredVariables)) out[n] = Array.from(v.dataSync());
process.stdout.write('@@' + JSON.stringify(out));`;
  const text = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(text.slice(text.indexOf('@@') + 2)) as Record<string, number[]>;
}

/** The float32 tensors of a .safetensors file by name. */
function readSafetensors(file: string): Map<string, Float32Array> {
  const buf = fs.readFileSync(file);
  const n = Number(buf.readBigUInt64LE(0));
  const header = JSON.parse(buf.subarray(8, 8 + n).toString('utf8')) as Record<string, { dtype: string; data_offsets: [number, number] }>;
  const out = new Map<string, Float32Array>();
  for (const [name, h] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    assert.strictEqual(h.dtype, 'F32', name);
    const bytes = buf.subarray(8 + n + h.data_offsets[0], 8 + n + h.data_offsets[1]);
    out.set(name, new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  }
  return out;
}

interface JsonVar { name: string; exact: boolean; exactNote?: string; seeds?: { kind: string; seed: number } }

describe('tfscope init on a TF.js program: values made by TF.js itself', function () {
  this.timeout(120_000);

  it('gives a seeded program the values its own TF.js run produces, element by element', async () => {
    const truth = tfjsRun();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-tfjs-')), 'values.safetensors');
    const { code, out } = await capture(runInit, [program, '--backend', 'cpu', '--json', '--out', file]);
    assert.strictEqual(code, 0, out);
    const json = JSON.parse(out) as { variables: JsonVar[] };
    const ours = readSafetensors(file);
    const seeded = Object.keys(truth).filter((n) => !n.startsWith('dense_Dense5/'));
    assert.strictEqual(seeded.length, 14);
    for (const name of seeded) {
      const got = ours.get(name);
      assert.ok(got, `${name} was not exported`);
      assert.deepStrictEqual(Array.from(got), truth[name], `${name} differs from TF.js's run`);
      const v = json.variables.find((x) => x.name === name)!;
      assert.strictEqual(v.exact, true, `${name}: ${v.exactNote}`);
    }
    // the kernel of the unseeded model: TF.js draws it from Math.random, and the output says so
    const free = json.variables.find((x) => x.name === 'dense_Dense5/kernel')!;
    assert.strictEqual(free.exact, false);
    assert.match(free.exactNote!, /^unseeded/);
    assert.deepStrictEqual([free.seeds?.kind, String(free.seeds?.seed)], ['tfjs', 'NaN']); // no seed: NaN
    assert.strictEqual(json.variables.find((x) => x.name === 'dense_Dense1/kernel')!.seeds?.seed, 7);
  });
});
