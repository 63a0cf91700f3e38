// .npz and .safetensors writers: byte-level structure read back in JS (zip records, CRC-32, npy header,
// safetensors header/offsets), then NumPy itself (Debian's python3-numpy at /usr/bin/python3) loading
// the files; the NumPy test is skipped with a message when numpy is absent.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crc32, crc32Table, npyHeader, NpzWriter, SafetensorsWriter } from '../../src/engine/export';

function tmp(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tfscope-export-')), name);
}

/** Minimal zip reader: the central directory's entries (stored only). */
function readZip(buf: Buffer): Map<string, Buffer> {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.strictEqual(buf.readUInt32LE(p), 0x02014b50);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const off = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    assert.strictEqual(buf.readUInt32LE(off), 0x04034b50);
    const lname = buf.readUInt16LE(off + 26);
    const lextra = buf.readUInt16LE(off + 28);
    const data = buf.subarray(off + 30 + lname + lextra, off + 30 + lname + lextra + size);
    assert.strictEqual(crc32(data), crc, `crc of ${name}`);
    out.set(name, data);
    p += 46 + nameLen + extra + comment;
  }
  return out;
}

function hasNumpy(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('export writers', () => {
  it('crc32 matches the standard check value', () => {
    assert.strictEqual(crc32(Buffer.from('123456789')), 0xcbf43926);
    assert.strictEqual(crc32Table(Buffer.from('123456789')), 0xcbf43926);
  });

  it('the native CRC-32 and the table loop agree, continued across pieces', () => {
    const data = new Uint8Array(100003);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    const whole = crc32Table(data);
    assert.strictEqual(crc32(data), whole);
    assert.strictEqual(crc32(data.subarray(77), crc32(data.subarray(0, 77))), whole);
    assert.strictEqual(crc32Table(data.subarray(77), crc32Table(data.subarray(0, 77))), whole);
  });

  it('npy headers are 64-byte aligned v1.0 dicts', () => {
    for (const shape of [[], [3], [2, 5, 7]]) {
      const h = Buffer.from(npyHeader('<f4', shape));
      assert.strictEqual(h.length % 64, 0);
      assert.strictEqual(h.subarray(0, 8).toString('latin1'), '\x93NUMPY\x01\x00');
      assert.strictEqual(h.readUInt16LE(8), h.length - 10);
      assert.ok(h.toString('latin1').endsWith('\n'));
    }
    assert.match(Buffer.from(npyHeader('<f4', [3])).toString('latin1'), /'shape': \(3,\), \}/);
  });

  it('.npz: one stored .npy per full variable name, data intact', () => {
    const file = tmp('v.npz');
    const w = new NpzWriter(file);
    w.add('my_scope/weight', new Float32Array([1.5, -2, 3, 4]), 'float32', [2, 2]);
    w.add('my_scope/step', new Int32Array([7]), 'int64', []);
    w.add('my_scope/half', new Float32Array([1, 0.5, 65504, 1e-8]), 'float16', [4]);
    const bytes = w.close();
    const buf = fs.readFileSync(file);
    assert.strictEqual(buf.length, bytes);
    const entries = readZip(buf);
    assert.deepStrictEqual([...entries.keys()], ['my_scope/weight.npy', 'my_scope/step.npy', 'my_scope/half.npy']);
    const weight = entries.get('my_scope/weight.npy')!;
    const hl = weight.readUInt16LE(8);
    const data = weight.subarray(10 + hl);
    assert.deepStrictEqual(Array.from(new Float32Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length))), [1.5, -2, 3, 4]);
    const half = entries.get('my_scope/half.npy')!;
    const hd = half.subarray(10 + half.readUInt16LE(8));
    assert.deepStrictEqual([hd.readUInt16LE(0), hd.readUInt16LE(2), hd.readUInt16LE(4), hd.readUInt16LE(6)], [0x3c00, 0x3800, 0x7bff, 0]);
  });

  it('.safetensors: header with dtype/shape/data_offsets, 8-byte aligned, data in order', () => {
    const file = tmp('v.safetensors');
    const w = new SafetensorsWriter(file, [{ name: 'a/w', dtype: 'float32', shape: [2, 2] }, { name: 'a/b', dtype: 'int32', shape: [3] }]);
    w.add('a/w', new Float32Array([1, 2, 3, 4]));
    assert.throws(() => w.add('a/x', new Int32Array(3)), /expected a\/b/);
    w.add('a/b', new Int32Array([-1, 0, 1]));
    w.close();
    const buf = fs.readFileSync(file);
    const n = Number(buf.readBigUInt64LE(0));
    assert.strictEqual(n % 8, 0);
    const header = JSON.parse(buf.subarray(8, 8 + n).toString('utf8')) as Record<string, { dtype: string; shape: number[]; data_offsets: number[] }>;
    assert.deepStrictEqual(header['a/w'], { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] });
    assert.deepStrictEqual(header['a/b'], { dtype: 'I32', shape: [3], data_offsets: [16, 28] });
    assert.strictEqual(buf.length, 8 + n + 28);
    assert.strictEqual(buf.readInt32LE(8 + n + 16), -1);
  });

  it('numpy.load reads the .npz (python3-numpy)', function () {
    if (!hasNumpy()) {
      // eslint-disable-next-line no-console
      console.log('      skipped: /usr/bin/python3 has no numpy (apt-get install -y python3-numpy)');
      this.skip();
    }
    const file = tmp('n.npz');
    const w = new NpzWriter(file);
    w.add('my_scope/weight', new Float32Array([0.25, -1, 2, 3, 4, 5]), 'float32', [2, 3]);
    w.add('my_scope/bias', new Float64Array([1e-300, 2]), 'float64', [2]);
    w.add('outer/inner/ids', new Int32Array([1, -2, 3]), 'int32', [3]);
    w.add('flag', new Int32Array([1, 0]), 'bool', [2]);
    w.add('scalar', new Float32Array([7]), 'float32', []);
    w.close();
    const st = tmp('n.safetensors');
    const s = new SafetensorsWriter(st, [{ name: 'my_scope/weight', dtype: 'float32', shape: [2, 3] }]);
    s.add('my_scope/weight', new Float32Array([0.25, -1, 2, 3, 4, 5]));
    s.close();
    const py = `
import json, struct, sys, numpy as np
d = np.load(sys.argv[1])
out = {k: [str(d[k].dtype), list(d[k].shape), d[k].ravel().tolist()] for k in d.files}
raw = open(sys.argv[2], 'rb').read()
n = struct.unpack('<Q', raw[:8])[0]
h = json.loads(raw[8:8 + n])
t = h['my_scope/weight']
a = np.frombuffer(raw[8 + n + t['data_offsets'][0]:8 + n + t['data_offsets'][1]], dtype='<f4').reshape(t['shape'])
out['safetensors'] = [t['dtype'], list(a.shape), a.ravel().tolist()]
print(json.dumps(out))
`;
    const got = JSON.parse(execFileSync('/usr/bin/python3', ['-c', py, file, st], { encoding: 'utf8' })) as Record<string, [string, number[], unknown[]]>;
    assert.deepStrictEqual(got['my_scope/weight'], ['float32', [2, 3], [0.25, -1, 2, 3, 4, 5]]);
    assert.deepStrictEqual(got['my_scope/bias'], ['float64', [2], [1e-300, 2]]);
    assert.deepStrictEqual(got['outer/inner/ids'], ['int32', [3], [1, -2, 3]]);
    assert.deepStrictEqual(got['flag'], ['bool', [2], [true, false]]);
    assert.deepStrictEqual(got['scalar'], ['float32', [], [7]]);
    assert.deepStrictEqual(got['safetensors'], ['F32', [2, 3], [0.25, -1, 2, 3, 4, 5]]);
  });
});
