// NumPy's legacy RandomState and glibc's double log against recorded NumPy 2.4 / glibc 2.36 outputs
// (scripts/engine/gen_numpy_fixtures.py): every value bit for bit.

import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { fma, glibcLog } from '../../src/engine/glibcLog';
import { fillNumpy, NumpyLegacy } from '../../src/engine/numpyRandom';
import { fixtureDir } from './fixtures';

interface Fixture {
  log: string;
  streams: { seed: number; calls: { call: string; args: number[]; bits: string }[]; then_randn: number; sha256: string }[];
}

const fx = JSON.parse(fs.readFileSync(path.join(fixtureDir(), 'numpy.json'), 'utf8')) as Fixture;

function fromHex(h: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, parseInt(h.slice(0, 8), 16));
  dv.setUint32(4, parseInt(h.slice(8, 16), 16));
  return dv.getFloat64(0);
}

function hexOf(values: ArrayLike<number>): string {
  const dv = new DataView(new ArrayBuffer(8));
  let out = '';
  for (let i = 0; i < values.length; i++) {
    dv.setFloat64(0, values[i]!);
    out += dv.getUint32(0).toString(16).padStart(8, '0') + dv.getUint32(4).toString(16).padStart(8, '0');
  }
  return out;
}

describe('glibc log (x86-64 __log_fma)', () => {
  it('equals the C library on every recorded input: (0, 1), both sides of 1, subnormals, huge', () => {
    const n = fx.log.length / 32;
    assert.ok(n > 4000);
    let bad = 0;
    const first: string[] = [];
    for (let i = 0; i < n; i++) {
      const x = fromHex(fx.log.slice(32 * i, 32 * i + 16));
      const want = fromHex(fx.log.slice(32 * i + 16, 32 * i + 32));
      const got = glibcLog(x);
      if (!Object.is(got, want)) {
        bad++;
        if (first.length < 5) first.push(`log(${x}) = ${got}, glibc ${want}`);
      }
    }
    assert.strictEqual(bad, 0, first.join('\n'));
  });

  it('fuses a * b + c with one rounding', () => {
    assert.strictEqual(fma(0.1, 10, -1), 5.551115123125783e-17); // 0.1 * 10 - 1 in doubles is 0
    assert.strictEqual(fma(1 + 2 ** -52, 1 + 2 ** -52, -1), 2 ** -51 + 2 ** -104);
    assert.strictEqual(fma(2, 3, 1), 7);
  });
});

describe('NumPy legacy RandomState', () => {
  for (const s of fx.streams) {
    it(`np.random.seed(${s.seed}): ${s.calls.map((c) => c.call).join(', ')} and ${s.then_randn} more randn, bit for bit`, () => {
      const r = new NumpyLegacy(s.seed);
      for (const c of s.calls) {
        const size = c.args[c.args.length - 1]!;
        const out = new Float64Array(size);
        for (let i = 0; i < size; i++) {
          switch (c.call) {
            case 'rand': case 'random_sample': out[i] = r.double(); break;
            case 'randn': case 'standard_normal': out[i] = r.gauss(); break;
            case 'uniform': out[i] = c.args[0]! + (c.args[1]! - c.args[0]!) * r.double(); break;
            case 'normal': out[i] = c.args[0]! + c.args[1]! * r.gauss(); break;
            default: throw new Error(c.call);
          }
        }
        assert.strictEqual(hexOf(out), c.bits, `${c.call}(${c.args.join(', ')})`);
      }
      const big = new Float64Array(s.then_randn);
      for (let i = 0; i < big.length; i++) big[i] = r.gauss();
      assert.strictEqual(createHash('sha256').update(new Uint8Array(big.buffer)).digest('hex'), s.sha256);
    });
  }

  it('fillNumpy replays the draws before a call (the gauss cache included)', () => {
    const s = fx.streams[0]!;
    // the 3rd randn value after rand(5), randn(3): replay rand 5 + gauss 3, then normal(1, 0.5) follows uniform(-2, 3, 4)
    const out = new Float64Array(5);
    fillNumpy('normal', 1.0, 0.5, s.seed, [{ draw: 'double', n: 5 }, { draw: 'gauss', n: 3 }, { draw: 'double', n: 4 }], out);
    assert.strictEqual(hexOf(out), s.calls[3]!.bits);
    const u = new Float64Array(4);
    fillNumpy('uniform', -2.0, 3.0, s.seed, [{ draw: 'double', n: 5 }, { draw: 'gauss', n: 3 }], u);
    assert.strictEqual(hexOf(u), s.calls[2]!.bits);
  });
});
