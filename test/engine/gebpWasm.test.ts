// The SIMD gebp kernel against plain float32 in-order sums (Math.fround), bit for bit, on data with
// cancellation and mixed magnitudes; and its memory view growing without losing the kernel.

import * as assert from 'assert';
import { gebpKernel } from '../../src/engine/gebpWasm';

describe('gebpWasm', () => {
  it('sums every 16-row block in k order, lanes over rows, exactly like fround arithmetic', function () {
    const kern = gebpKernel();
    if (!kern) this.skip();
    const nb = 3;
    const rows = nb * 16;
    const depth = 37;
    const cols = 5;
    let s = 7;
    const rnd = (): number => {
      s = (s * 1103515245 + 12345) >>> 0;
      return Math.fround(((s / 2 ** 32) * 2 - 1) * 10 ** ((s % 7) - 3));
    };
    const A = Array.from({ length: rows * depth }, rnd);
    const B = Array.from({ length: cols * depth }, rnd);
    const aOff = 0;
    const bOff = rows * depth;
    const oOff = bOff + cols * depth;
    const w = kern!.view(oOff + cols * rows);
    for (let G = 0; G < nb; G++) for (let r = 0; r < 16; r++) for (let k = 0; k < depth; k++) w[aOff + (G * depth + k) * 16 + r] = A[(G * 16 + r) * depth + k]!;
    for (let i = 0; i < cols * depth; i++) w[bOff + i] = B[i]!;
    kern!.seq(aOff * 4, bOff * 4, oOff * 4, nb, depth, cols);
    let checked = 0;
    for (let j = 0; j < cols; j++) {
      for (let i = 0; i < rows; i++) {
        let c = 0;
        for (let k = 0; k < depth; k++) c = Math.fround(c + Math.fround(A[i * depth + k]! * B[j * depth + k]!));
        assert.ok(Object.is(w[oOff + j * rows + i], c), `(${i}, ${j}): ${w[oOff + j * rows + i]} vs ${c}`);
        checked++;
      }
    }
    assert.strictEqual(checked, rows * cols);
  });
  it('grows its memory on demand and keeps working', function () {
    const kern = gebpKernel();
    if (!kern) this.skip();
    const big = kern!.view(1 << 22);
    assert.ok(big.length >= 1 << 22);
    big[(1 << 22) - 1] = 3;
    assert.strictEqual(kern!.view(16)[(1 << 22) - 1], 3);
  });
});
