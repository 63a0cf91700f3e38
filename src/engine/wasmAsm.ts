// A minimal WebAssembly assembler shared by the engine's hand-built kernels (philoxWasm.ts, gebpWasm.ts):
// LEB128 encoders, sections, a few opcode helpers, and WebAssembly typings for the project's DOM-less
// lib. Bytes only: building a module has no side effects.

export function sleb(v: number | bigint): number[] {
  let x = BigInt(v);
  const out: number[] = [];
  for (;;) {
    const byte = Number(x & 0x7fn);
    x >>= 7n;
    if ((x === 0n && (byte & 0x40) === 0) || (x === -1n && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

export function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v) byte |= 0x80;
    out.push(byte);
  } while (v);
  return out;
}

export const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
export const str = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
export const get = (l: number): number[] => [0x20, ...uleb(l)];
export const set = (l: number): number[] => [0x21, ...uleb(l)];
export const tee = (l: number): number[] => [0x22, ...uleb(l)];
export const i32c = (v: number): number[] => [0x41, ...sleb(v | 0)];
export const i64c = (v: bigint): number[] => [0x42, ...sleb(v)];
export const f32c = (v: number): number[] => [0x43, ...new Uint8Array(new Float32Array([v]).buffer)];
export const f64c = (v: number): number[] => [0x44, ...new Uint8Array(new Float64Array([v]).buffer)];
export const I32 = 0x7f, I64 = 0x7e, F32 = 0x7d, F64 = 0x7c, V128 = 0x7b;
/** A SIMD (0xfd-prefixed) instruction. */
export const simd = (op: number, ...imm: number[]): number[] => [0xfd, ...uleb(op), ...imm];

// Minimal typings: the project's lib is ES2022 without DOM, which has no WebAssembly declarations.
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
export const WA = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
