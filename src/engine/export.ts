// Writers for a scope's initial values: NumPy `.npz` (a stored zip of `.npy` v1.0 files, one per full
// variable name, e.g. `my_scope/weight.npy`; `numpy.load` reads it) and `.safetensors` (8-byte header
// length, JSON header with dtype/shape/data_offsets, raw little-endian data). Written incrementally:
// one array in memory at a time. Own zip records and npy header, no deps (CRC-32: Node's zlib, else a table).

import * as fs from 'fs';
import * as zlib from 'zlib';
import type { Values } from './initializers';

export type ExportFormat = 'npz' | 'safetensors';

export class ExportError extends Error {}

// ---- CRC-32 (IEEE, reflected 0xEDB88320), slicing-by-1 table ----
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Node's own CRC-32 (zlib's, ~20x the table loop) where it exists (Node >= 20.15 / 22.2). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export function crc32(data: Uint8Array, crc = 0): number {
  return nativeCrc32 ? nativeCrc32(data, crc) >>> 0 : crc32Table(data, crc);
}

/** The table loop (the IEEE polynomial, reflected), for runtimes without zlib.crc32. */
export function crc32Table(data: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// ---- dtype conversion to the stored bytes ----

function f32ToF16Bits(v: number): number {
  // round-to-nearest-even conversion of a float32 value to IEEE half bits
  const f = new Float32Array([v]);
  const x = new Uint32Array(f.buffer)[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let h = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && h & 1)) h++;
    return sign | h;
  }
  let h = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && h & 1)) h++;
  e = h >>> 10;
  return sign | h;
}

function f32ToBf16Bits(v: number): number {
  const x = new Uint32Array(new Float32Array([v]).buffer)[0]!;
  if ((x & 0x7fffffff) > 0x7f800000) return ((x >>> 16) | 0x40) & 0xffff;
  return ((x + 0x7fff + ((x >>> 16) & 1)) >>> 16) & 0xffff;
}

/** The stored form of a dtype: numpy descr, safetensors dtype, bytes per element. */
export function storage(dtype: string, format: ExportFormat): { descr: string; st: string; size: number; dtype: string; note?: string } {
  switch (dtype) {
    case 'float64': return { descr: '<f8', st: 'F64', size: 8, dtype };
    case 'float16': return { descr: '<f2', st: 'F16', size: 2, dtype };
    case 'bfloat16':
      return format === 'safetensors' ? { descr: '', st: 'BF16', size: 2, dtype } : { descr: '<f4', st: 'F32', size: 4, dtype: 'float32', note: 'NumPy has no bfloat16: written as float32' };
    case 'int64': return { descr: '<i8', st: 'I64', size: 8, dtype };
    case 'int32': return { descr: '<i4', st: 'I32', size: 4, dtype };
    case 'int16': return { descr: '<i2', st: 'I16', size: 2, dtype };
    case 'int8': return { descr: '|i1', st: 'I8', size: 1, dtype };
    case 'uint8': return { descr: '|u1', st: 'U8', size: 1, dtype };
    case 'bool': return { descr: '|b1', st: 'BOOL', size: 1, dtype };
    case 'float32': return { descr: '<f4', st: 'F32', size: 4, dtype };
    default: return { descr: '<f4', st: 'F32', size: 4, dtype: 'float32', note: `${dtype} written as float32` };
  }
}

/** The little-endian bytes of `values` stored as `dtype`. Shares memory when no conversion is needed. */
export function toBytes(values: Values, dtype: string, format: ExportFormat): Uint8Array {
  const s = storage(dtype, format);
  const n = values.length;
  const view = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  if (s.dtype === 'float32') return values instanceof Float32Array ? view(values) : view(Float32Array.from(values));
  if (s.dtype === 'float64') return values instanceof Float64Array ? view(values) : view(Float64Array.from(values));
  if (s.dtype === 'int32') return values instanceof Int32Array ? view(values) : view(Int32Array.from(values, (x) => Math.trunc(x)));
  const out = new Uint8Array(n * s.size);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    switch (s.dtype) {
      case 'float16': dv.setUint16(i * 2, f32ToF16Bits(v), true); break;
      case 'bfloat16': dv.setUint16(i * 2, f32ToBf16Bits(v), true); break;
      case 'int64': dv.setBigInt64(i * 8, BigInt(Math.trunc(v)), true); break;
      case 'int16': dv.setInt16(i * 2, v, true); break;
      case 'int8': dv.setInt8(i, v); break;
      case 'uint8': dv.setUint8(i, v); break;
      case 'bool': dv.setUint8(i, v ? 1 : 0); break;
    }
  }
  return out;
}

/** A NumPy .npy v1.0 header (magic, version, little-endian length, padded dict ending in \n, 64-aligned). */
export function npyHeader(descr: string, shape: readonly number[]): Uint8Array {
  const shp = shape.length === 0 ? '()' : shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shp}, }`;
  const total = 10 + dict.length + 1;
  dict += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  if (dict.length > 0xffff) throw new ExportError('npy header too long');
  const out = new Uint8Array(10 + dict.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0);
  out[8] = dict.length & 0xff;
  out[9] = dict.length >>> 8;
  for (let i = 0; i < dict.length; i++) out[10 + i] = dict.charCodeAt(i);
  return out;
}

interface CentralEntry {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (1980 - 1980) << 9 | 1 << 5 | 1; // 1980-01-01, fixed for reproducible files
const MAX32 = 0xffffffff;

/** Writes an .npz: call `add` for each array, then `close`. Zip "stored" entries, no compression. */
export class NpzWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly entries: CentralEntry[] = [];
  private readonly names = new Set<string>();
  readonly notes: string[] = [];

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  private write(b: Uint8Array): void {
    let off = 0;
    while (off < b.length) off += fs.writeSync(this.fd, b, off, b.length - off);
    this.offset += b.length;
  }

  add(name: string, values: Values, dtype: string, shape: readonly number[]): void {
    const s = storage(dtype, 'npz');
    if (s.note) this.notes.push(`${name}: ${s.note}`);
    const fileName = Buffer.from(`${name}.npy`, 'utf8');
    if (this.names.has(name)) throw new ExportError(`duplicate array name ${name}`);
    this.names.add(name);
    const header = npyHeader(s.descr, shape);
    const data = toBytes(values, dtype, 'npz');
    const size = header.length + data.length;
    if (size >= MAX32 || this.offset + size + 30 + fileName.length >= MAX32) {
      throw new ExportError(`the .npz would exceed 4 GiB (zip64 is not supported); export a smaller scope or use .safetensors`);
    }
    const crc = crc32(data, crc32(header));
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4); // version needed
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(0, 8); // stored
    lh.writeUInt16LE(DOS_TIME, 10);
    lh.writeUInt16LE(DOS_DATE, 12);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(size, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(fileName.length, 26);
    lh.writeUInt16LE(0, 28);
    this.entries.push({ name: fileName, crc, size, offset: this.offset });
    this.write(lh);
    this.write(fileName);
    this.write(header);
    this.write(data);
  }

  /** Writes the central directory; returns the file size. */
  close(): number {
    const cdStart = this.offset;
    for (const e of this.entries) {
      const ch = Buffer.alloc(46);
      ch.writeUInt32LE(0x02014b50, 0);
      ch.writeUInt16LE(20, 4); // version made by
      ch.writeUInt16LE(20, 6);
      ch.writeUInt16LE(0x0800, 8);
      ch.writeUInt16LE(0, 10);
      ch.writeUInt16LE(DOS_TIME, 12);
      ch.writeUInt16LE(DOS_DATE, 14);
      ch.writeUInt32LE(e.crc, 16);
      ch.writeUInt32LE(e.size, 20);
      ch.writeUInt32LE(e.size, 24);
      ch.writeUInt16LE(e.name.length, 28);
      // extra, comment, disk, internal attrs = 0
      ch.writeUInt32LE(0, 38); // external attrs
      ch.writeUInt32LE(e.offset, 42);
      this.write(ch);
      this.write(e.name);
    }
    const cdSize = this.offset - cdStart;
    if (this.entries.length > 0xffff) throw new ExportError('too many arrays for a zip without zip64');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(cdStart, 16);
    this.write(end);
    fs.closeSync(this.fd);
    return this.offset;
  }

  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(this.file, { force: true });
  }
}

/** Writes a .safetensors file: the layout (names, dtypes, shapes) is fixed up front, data follows in order. */
export class SafetensorsWriter {
  private readonly fd: number;
  private readonly layout: { name: string; dtype: string; bytes: number }[];
  private next = 0;
  private written = 0;
  readonly notes: string[] = [];

  constructor(readonly file: string, tensors: { name: string; dtype: string; shape: readonly number[] }[], metadata: Record<string, string> = {}) {
    const header: Record<string, unknown> = {};
    if (Object.keys(metadata).length) header.__metadata__ = metadata;
    let off = 0;
    this.layout = [];
    for (const t of tensors) {
      const s = storage(t.dtype, 'safetensors');
      if (s.note) this.notes.push(`${t.name}: ${s.note}`);
      const bytes = t.shape.reduce((a, b) => a * b, 1) * s.size;
      if (t.name in header) throw new ExportError(`duplicate tensor name ${t.name}`);
      header[t.name] = { dtype: s.st, shape: [...t.shape], data_offsets: [off, off + bytes] };
      this.layout.push({ name: t.name, dtype: t.dtype, bytes });
      off += bytes;
    }
    let json = JSON.stringify(header);
    json += ' '.repeat((8 - (json.length % 8)) % 8);
    const hb = Buffer.from(json, 'utf8');
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(hb.length), 0);
    this.fd = fs.openSync(file, 'w');
    this.write(len);
    this.write(hb);
  }

  private write(b: Uint8Array): void {
    let off = 0;
    while (off < b.length) off += fs.writeSync(this.fd, b, off, b.length - off);
    this.written += b.length;
  }

  /** Adds the next tensor of the layout (same order as declared). */
  add(name: string, values: Values): void {
    const l = this.layout[this.next];
    if (!l || l.name !== name) throw new ExportError(`safetensors: expected ${l?.name ?? 'no more tensors'}, got ${name}`);
    const data = toBytes(values, l.dtype, 'safetensors');
    if (data.length !== l.bytes) throw new ExportError(`safetensors: ${name} has ${data.length} bytes, declared ${l.bytes}`);
    this.write(data);
    this.next++;
  }

  close(): number {
    if (this.next !== this.layout.length) throw new ExportError(`safetensors: ${this.layout.length - this.next} tensor(s) missing`);
    fs.closeSync(this.fd);
    return this.written;
  }

  abort(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      /* already closed */
    }
    fs.rmSync(this.file, { force: true });
  }
}
