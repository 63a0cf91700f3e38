// Philox4x32-10 known-answer vectors (Random123's published KATs), the WebAssembly generator against
// the JS one, TF's counter skip with carries, and the glibc logf/sincosf emulation against
// correctly rounded results (they may differ by at most 1 ulp; glibc's are what TF uses).

import * as assert from 'assert';
import { logf, logfMantissa, sincosf, sincosOut } from '../../src/engine/libm';
import { philoxBlock, skipCounter, statefulState, statelessState, truncateSeed } from '../../src/engine/philox';
import { buildPhiloxModule, philoxBlocks, usingWasm } from '../../src/engine/philoxWasm';

const hex = (a: ArrayLike<number>): string[] => Array.from(a, (x) => (x >>> 0).toString(16).padStart(8, '0'));

function ulps(a: number, b: number): number {
  const f = new Float32Array([a, b]);
  const u = new Int32Array(f.buffer);
  return Math.abs(u[0]! - u[1]!);
}

describe('Philox4x32-10', () => {
  it('matches the Random123 known-answer vectors', () => {
    const out = [0, 0, 0, 0];
    philoxBlock(0, 0, 0, 0, 0, 0, out, 0);
    assert.deepStrictEqual(hex(out), ['6627e8d5', 'e169c58d', 'bc57ac4c', '9b00dbd8']);
    philoxBlock(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, out, 0);
    assert.deepStrictEqual(hex(out), ['408f276d', '41c83b0e', 'a20bc7c6', '6d5451fd']);
    philoxBlock(0xa4093822, 0x299f31d0, 0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, out, 0);
    assert.deepStrictEqual(hex(out), ['d16cfe09', '94fdcceb', '5001e420', '24126ea1']);
  });

  it('the WebAssembly generator equals the JS one, across counter carries and strides', () => {
    assert.ok(usingWasm(), 'WebAssembly generator should load in Node');
    assert.strictEqual(new Uint8Array(buildPhiloxModule().slice(0, 4)).join(','), '0,97,115,109');
    const key: [number, number] = [0x12345678, 0x9abcdef0];
    const counter: [number, number, number, number] = [0xfffffffe, 0xffffffff, 0xffffffff, 7];
    for (const step of [1, 256]) {
      const w = philoxBlocks(key, counter, 0, 5, step).slice(0, 20);
      for (let i = 0; i < 5; i++) {
        const c = skipCounter(counter, i * step);
        const out = [0, 0, 0, 0];
        philoxBlock(key[0], key[1], c[0], c[1], c[2], c[3], out, 0);
        assert.deepStrictEqual(hex(w.slice(4 * i, 4 * i + 4)), hex(out), `block ${i} step ${step}`);
      }
    }
  });

  it('skips the 128-bit counter with carries like TF', () => {
    assert.deepStrictEqual(skipCounter([0xffffffff, 0, 0, 0], 1), [0, 1, 0, 0]);
    assert.deepStrictEqual(skipCounter([0xffffffff, 0xffffffff, 0xffffffff, 0], 1), [0, 0, 0, 1]);
    assert.deepStrictEqual(skipCounter([5, 0, 9, 9], 2 ** 40 + 3), [8, 256, 9, 9]);
  });

  it('seeds: stateful key = seed, counter[2..3] = seed2; truncation is Python modulo 2^31-1', () => {
    assert.deepStrictEqual(statefulState(87654321, 5), { key: [87654321, 0], counter: [0, 0, 5, 0] });
    assert.strictEqual(truncateSeed(2 ** 31 - 1 + 5), 5);
    assert.strictEqual(truncateSeed(-1), 2 ** 31 - 2);
    const s = statelessState(1, 0);
    assert.strictEqual(s.counter[0], 0);
    assert.notDeepStrictEqual(s.key, [1, 0]);
  });
});

describe('glibc float math emulation', () => {
  it('logf is within 1 ulp of the correctly rounded log, and mostly equal', () => {
    let equal = 0;
    let total = 0;
    for (let m = 1; m < 1 << 23; m += 997) {
      const x = m / 8388608;
      const got = logf(x);
      const want = Math.fround(Math.log(x));
      assert.ok(ulps(got, want) <= 1, `logf(${x}) = ${got}, correctly rounded ${want}`);
      assert.strictEqual(logfMantissa(m), got, `logfMantissa(${m})`);
      if (got === want) equal++;
      total++;
    }
    assert.ok(equal / total > 0.99, `only ${equal}/${total} equal`);
    assert.strictEqual(logf(1), 0);
    assert.strictEqual(logf(0), -Infinity);
    assert.ok(Number.isNaN(logf(-1)));
    assert.strictEqual(logf(Infinity), Infinity);
    assert.ok(Math.abs(logf(1e-40) - Math.log(1e-40)) < 1e-5, 'subnormal input');
  });

  it('sincosf is within 1 ulp of the correctly rounded sin and cos on [0, 2*pi)', () => {
    for (let i = 0; i < 200000; i++) {
      const y = Math.fround((i / 200000) * 2 * Math.PI);
      sincosf(y);
      const s = Math.fround(Math.sin(y));
      const c = Math.fround(Math.cos(y));
      if (Math.abs(s) > 1e-30) assert.ok(ulps(sincosOut[0]!, s) <= 1, `sin(${y}): ${sincosOut[0]} vs ${s}`);
      if (Math.abs(c) > 1e-30) assert.ok(ulps(sincosOut[1]!, c) <= 1, `cos(${y}): ${sincosOut[1]} vs ${c}`);
    }
    sincosf(Math.fround(1e-5));
    assert.deepStrictEqual([sincosOut[0], sincosOut[1]], [Math.fround(1e-5), 1]);
  });
});

describe('WebAssembly Box-Muller kernels', () => {
  it('SIMD (and its scalar tail) equal the JS Box-Muller bit for bit, with and without the affine map', async () => {
    const { wasmKernels, regionPtr, philoxBlocks } = await import('../../src/engine/philoxWasm');
    const { BM, boxMuller } = await import('../../src/engine/libm');
    const k = wasmKernels();
    assert.ok(k, 'kernels load');
    for (const [n, scale, shift, affine] of [[4096, 1, 0, 0], [4094, Math.fround(0.3), Math.fround(-2), 1]] as const) {
      const raw = philoxBlocks([7, 9], [1, 2, 3, 4], 0, Math.ceil(n / 4)).slice(0, n);
      k!.words[0]!.set(raw);
      // a few u1 == 0 and tiny-angle words
      k!.words[0]![0] = 0;
      k!.words[0]![3] = 1;
      raw[0] = 0;
      raw[3] = 1;
      k!.nrm(regionPtr(0), n, scale, shift, affine);
      const got = k!.floats[0]!.slice(0, n);
      let mn = Infinity;
      let mx = -Infinity;
      for (let j = 0; j < n; j += 2) {
        boxMuller(raw[j]!, raw[j + 1]!);
        for (const [t, v0] of [[0, BM[0]!], [1, BM[1]!]] as const) {
          const v = affine ? Math.fround(Math.fround(v0 * scale) + shift) : v0;
          assert.strictEqual(got[j + t], Math.fround(v), `word ${j + t} (simd ${k!.simd})`);
          mn = Math.min(mn, v);
          mx = Math.max(mx, v);
        }
      }
      assert.deepStrictEqual([k!.minmax[0], k!.minmax[1]], [Math.fround(mn), Math.fround(mx)]);
    }
  });
});
