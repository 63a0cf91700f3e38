// NumPy's legacy RandomState samplers (np.random.* and RandomState objects), bit for bit: MT19937 seeded
// by init_genrand(seed), 53-bit doubles ((a >> 5) * 2^26 + (b >> 6)) / 2^53, uniform low + (high - low) * d,
// and legacy_gauss (polar Box-Muller: x1, x2 = 2d - 1 until 0 < r2 < 1, f = sqrt(-2 log(r2) / r2), f * x2
// returned and f * x1 kept for the next call), normal loc + scale * gauss. The stream replays the draws before.

import type { NumpyDraw } from '../core/model';
import { PyRandom } from '../core/pyrandom';
import { glibcLog } from './glibcLog';

/** A NumPy legacy stream: MT19937 plus legacy_gauss's cached second value. */
export class NumpyLegacy {
  private readonly mt: PyRandom;
  private hasGauss = false;
  private gaussNext = 0;

  constructor(seed: number) {
    this.mt = PyRandom.numpy(seed);
  }

  /** `random_sample()`: a 53-bit double in [0, 1). */
  double(): number {
    return this.mt.random();
  }

  /** `legacy_gauss`: the polar method with glibc's `log`, one value cached for the next call. */
  gauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gaussNext;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2.0 * this.mt.random() - 1.0;
      x2 = 2.0 * this.mt.random() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
    this.gaussNext = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** Replays draws the program made from this stream before. */
  skip(draws: readonly NumpyDraw[]): void {
    for (const d of draws) {
      if (d.draw === 'double') for (let i = 0; i < d.n; i++) this.mt.random();
      else for (let i = 0; i < d.n; i++) this.gauss();
    }
  }
}

/**
 * Fills `out` with `n` values of a `numpy_random` draw: uniform(low, high) or normal(loc, scale) from a
 * stream seeded with `seed` after `draws`; returns [min, max].
 */
export function fillNumpy(dist: 'uniform' | 'normal', a: number, b: number, seed: number, draws: readonly NumpyDraw[], out: Float64Array): [number, number] {
  const s = new NumpyLegacy(seed);
  s.skip(draws);
  let mn = Infinity;
  let mx = -Infinity;
  if (dist === 'uniform') {
    const range = b - a;
    for (let i = 0; i < out.length; i++) {
      const v = a + range * s.double();
      out[i] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
  } else {
    for (let i = 0; i < out.length; i++) {
      const v = a + b * s.gauss();
      out[i] = v;
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
  }
  return [mn, mx];
}
