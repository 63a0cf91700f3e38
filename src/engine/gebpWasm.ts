// The in-order part of eigenQr's gebp as a 128-bit SIMD WebAssembly kernel: for each column j and each
// block of 16 rows, acc[r] = sum over k in order of fl(A(r, k) * B(k, j)), lanes over rows, so every
// element keeps Eigen's summation order (f32x4 add/mul are IEEE single precision). Null without SIMD.

import { get, I32, i32c, section, set, simd, str, uleb, V128, WA, type WasmMemory } from './wasmAsm';

const S = {
  load: (off: number) => simd(0x00, 4, ...uleb(off)),
  store: (off: number) => simd(0x0b, 4, ...uleb(off)),
  f32splat: simd(0x13),
  f32add: simd(0xe4),
  f32mul: simd(0xe6),
  zero: simd(0x0c, ...new Array<number>(16).fill(0)),
};
const OP = { block: [0x02, 0x40], loop: [0x03, 0x40], end: 0x0b, br: 0x0c, brIf: 0x0d, geS: 0x4e, add: 0x6a, mul: 0x6c, f32load: [0x2a, 2, 0] };

/** seq(pa, pb, out, nblocks, depth, cols): A packed as 16-row blocks [(G * depth + k) * 16 + r], B as [j * depth + k]. */
function funcSeq(): number[] {
  const [PA, PB, OUT, NB, DEPTH, COLS] = [0, 1, 2, 3, 4, 5];
  const [J, G, K, P, Q, PAB, PO] = [6, 7, 8, 9, 10, 11, 12];
  const [A0, A1, A2, A3, B] = [13, 14, 15, 16, 17];
  const inc = (l: number, by: number): number[] => [...get(l), ...i32c(by), OP.add, ...set(l)];
  const acc = (a: number, off: number): number[] => [...get(a), ...get(P), ...S.load(off), ...get(B), ...S.f32mul, ...S.f32add, ...set(a)];
  const code = [
    ...i32c(0), ...set(J),
    ...OP.block, ...OP.loop,
    ...get(J), ...get(COLS), OP.geS, OP.brIf, 1,
    ...get(PA), ...set(PAB), ...i32c(0), ...set(G),
    ...OP.block, ...OP.loop,
    ...get(G), ...get(NB), OP.geS, OP.brIf, 1,
    ...S.zero, ...set(A0), ...S.zero, ...set(A1), ...S.zero, ...set(A2), ...S.zero, ...set(A3),
    ...get(PAB), ...set(P),
    ...get(PB), ...get(J), ...get(DEPTH), OP.mul, ...i32c(4), OP.mul, OP.add, ...set(Q),
    ...i32c(0), ...set(K),
    ...OP.block, ...OP.loop,
    ...get(K), ...get(DEPTH), OP.geS, OP.brIf, 1,
    ...get(Q), ...OP.f32load, ...S.f32splat, ...set(B),
    ...acc(A0, 0), ...acc(A1, 16), ...acc(A2, 32), ...acc(A3, 48),
    ...inc(P, 64), ...inc(Q, 4), ...inc(K, 1),
    OP.br, 0, OP.end, OP.end,
    ...get(OUT), ...get(J), ...get(NB), OP.mul, ...get(G), OP.add, ...i32c(64), OP.mul, OP.add, ...set(PO),
    ...get(PO), ...get(A0), ...S.store(0), ...get(PO), ...get(A1), ...S.store(16),
    ...get(PO), ...get(A2), ...S.store(32), ...get(PO), ...get(A3), ...S.store(48),
    ...get(PAB), ...get(DEPTH), ...i32c(64), OP.mul, OP.add, ...set(PAB),
    ...inc(G, 1),
    OP.br, 0, OP.end, OP.end,
    ...inc(J, 1),
    OP.br, 0, OP.end, OP.end,
    OP.end,
  ];
  return [2, 7, I32, 5, V128, ...code];
}

export function buildGebpModule(): Uint8Array {
  const body = funcSeq();
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 6, I32, I32, I32, I32, I32, I32, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [2, ...str('seq'), 0, 0, ...str('mem'), 2, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

export interface GebpKernel {
  /** A float32 view of at least `floats` floats of the kernel's memory (grown as needed; views renewed). */
  view(floats: number): Float32Array;
  seq(pa: number, pb: number, out: number, nblocks: number, depth: number, cols: number): void;
}

let kernel: GebpKernel | null | undefined;

/** The instantiated kernel, or null without WebAssembly SIMD (or with TFSCOPE_ENGINE_NO_WASM / _NO_SIMD). */
export function gebpKernel(): GebpKernel | null {
  if (kernel === undefined) {
    try {
      if (!WA || process.env.TFSCOPE_ENGINE_NO_WASM || process.env.TFSCOPE_ENGINE_NO_SIMD) throw new Error('off');
      const inst = new WA.Instance(new WA.Module(buildGebpModule()));
      const mem = inst.exports.mem as WasmMemory;
      const seq = inst.exports.seq as GebpKernel['seq'];
      let f32 = new Float32Array(mem.buffer);
      kernel = {
        view(floats: number): Float32Array {
          const need = floats * 4 - mem.buffer.byteLength;
          if (need > 0) mem.grow(Math.ceil(need / 65536));
          if (f32.buffer !== mem.buffer) f32 = new Float32Array(mem.buffer);
          return f32;
        },
        seq,
      };
    } catch {
      kernel = null;
    }
  }
  return kernel;
}
