// CPython's `random.Random`: MT19937 seeded like `random.seed(int)` (init_by_array over the 32-bit words
// of abs(seed)) with `getrandbits`, `_randbelow` (rejection over n.bit_length() bits), `randint` and
// `random()`, bit for bit. TensorFlow's eager op seeds and Keras 3's default seeds come from it; NumPy's
// legacy RandomState is the same generator seeded by init_genrand (`PyRandom.numpy`). Integers up to 2^53.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

export class PyRandom {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;

  /** `random.Random(seed)` for an integer seed (|seed| < 2^53). */
  constructor(seed: number) {
    this.seed(seed);
  }

  /** NumPy's legacy `RandomState(seed)` / `np.random.seed(seed)` for an int in [0, 2^32): init_genrand(seed). */
  static numpy(seed: number): PyRandom {
    const r = new PyRandom(0);
    r.initGenrand(seed);
    return r;
  }

  /** `random.seed(a)` for an int `a`: init_by_array over abs(a)'s 32-bit words, least significant first. */
  seed(a: number): void {
    if (!Number.isSafeInteger(a)) throw new RangeError(`PyRandom.seed: ${a} is not a safe integer`);
    let n = Math.abs(a);
    const key: number[] = [];
    while (n > 0) {
      key.push(n % 4294967296);
      n = Math.floor(n / 4294967296);
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, (p ^ (p >>> 30)) >>> 0) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = (((mt[i]! ^ Math.imul((p ^ (p >>> 30)) >>> 0, 1664525)) >>> 0) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = (((mt[i]! ^ Math.imul((p ^ (p >>> 30)) >>> 0, 1566083941)) >>> 0) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32: the next tempered 32-bit output. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & UPPER) | (mt[kk + 1]! & LOWER);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1]! & UPPER) | (mt[0]! & LOWER);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `getrandbits(k)` for 0 <= k <= 53: 32-bit words, least significant first, the last one shifted. */
  getrandbits(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k > 53) throw new RangeError(`PyRandom.getrandbits: k=${k} outside [0, 53]`);
    if (k === 0) return 0;
    if (k <= 32) return this.nextUint32() >>> (32 - k);
    const lo = this.nextUint32();
    const hi = this.nextUint32() >>> (64 - k);
    return hi * 4294967296 + lo;
  }

  /** `_randbelow(n)` (getrandbits variant): k = n.bit_length() bits, redrawn while >= n. */
  randbelow(n: number): number {
    if (!Number.isSafeInteger(n) || n <= 0) throw new RangeError(`PyRandom.randbelow: n=${n} must be a positive safe integer`);
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `randint(a, b)`: a + _randbelow(b - a + 1). */
  randint(a: number, b: number): number {
    if (b < a) throw new RangeError(`PyRandom.randint: empty range (${a}, ${b})`);
    return a + this.randbelow(b - a + 1);
  }

  /** `random()`: 53-bit float in [0, 1). */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

/** Python's `int.bit_length()` for a positive safe integer. */
export function bitLength(n: number): number {
  let k = 0;
  while (n >= 4294967296) {
    n = Math.floor(n / 4294967296);
    k += 32;
  }
  return k + (n === 0 ? 0 : 32 - Math.clz32(n));
}
