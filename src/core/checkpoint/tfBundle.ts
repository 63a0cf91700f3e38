// TensorFlow's V2 checkpoint format (TensorBundle), decoded from bytes: the `.index` file is a table in
// LevelDB's SSTable layout whose keys are tensor names and whose values are `BundleEntryProto`s (dtype, shape,
// shard, offset, size, crc32c); the header entry (key "") is a `BundleHeaderProto`. Tensor bytes live in
// `.data-NNNNN-of-MMMMM` shards, little-endian. Pure: no file access (the host reads the byte ranges).

/** One tensor of a checkpoint, as `tf.train.list_variables` and the reader know it. */
export interface BundleEntry {
  name: string;
  /** TensorFlow's dtype name ('float32', 'int64', ...), or `dtype_<n>` for an enum value not listed here. */
  dtype: string;
  shape: number[];
  shard: number;
  offset: number;
  size: number;
  crc32c: number;
  /** The tensor was saved in slices (partitioned variables of TF1); values are not read for these. */
  sliced: boolean;
}

export interface BundleIndex {
  numShards: number;
  entries: BundleEntry[];
}

export class CheckpointFormatError extends Error {}

/** TensorFlow's DataType enum values (types.proto) → dtype names. */
const DTYPES: Readonly<Record<number, string>> = {
  1: 'float32', 2: 'float64', 3: 'int32', 4: 'uint8', 5: 'int16', 6: 'int8', 7: 'string', 8: 'complex64', 9: 'int64',
  10: 'bool', 14: 'bfloat16', 17: 'uint16', 18: 'complex128', 19: 'float16', 20: 'resource', 21: 'variant', 22: 'uint32', 23: 'uint64',
};

const TABLE_MAGIC_LO = 0x8b80fb57;
const TABLE_MAGIC_HI = 0xdb477524;

/** A little protobuf / varint reader over one byte range. */
class Reader {
  constructor(readonly b: Uint8Array, public pos = 0, readonly end = b.length) {}

  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new CheckpointFormatError('truncated varint');
      const byte = this.b[this.pos++]!;
      result += (byte & 0x7f) * mul;
      if (byte < 0x80) return result;
      mul *= 128;
    }
    throw new CheckpointFormatError('varint too long');
  }

  fixed32(): number {
    if (this.pos + 4 > this.end) throw new CheckpointFormatError('truncated fixed32');
    const v = (this.b[this.pos]! | (this.b[this.pos + 1]! << 8) | (this.b[this.pos + 2]! << 16) | (this.b[this.pos + 3]! << 24)) >>> 0;
    this.pos += 4;
    return v;
  }

  bytes(n: number): Uint8Array {
    if (this.pos + n > this.end) throw new CheckpointFormatError('truncated field');
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** Protobuf fields: [field number, wire type, value (number for varint/fixed, bytes for length-delimited)]. */
  *fields(): Generator<[number, number, number | Uint8Array]> {
    while (this.pos < this.end) {
      const tag = this.varint();
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (wire === 0) yield [field, wire, this.varint()];
      else if (wire === 1) {
        const lo = this.fixed32();
        const hi = this.fixed32();
        yield [field, wire, hi * 2 ** 32 + lo];
      } else if (wire === 2) yield [field, wire, this.bytes(this.varint())];
      else if (wire === 5) yield [field, wire, this.fixed32()];
      else throw new CheckpointFormatError(`unsupported protobuf wire type ${wire}`);
    }
  }
}

/** UTF-8 bytes as a string (core has no TextDecoder); invalid sequences become U+FFFD. */
export function utf8(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
    if (n < 0 || i + n >= b.length + (n ? 0 : 1)) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = n === 0 ? c : c & (0x3f >> n);
    for (let k = 1; k <= n; k++) cp = (cp << 6) | (b[i + k]! & 0x3f);
    out += String.fromCodePoint(cp);
    i += n + 1;
  }
  return out;
}

function blockHandle(r: Reader): { offset: number; size: number } {
  return { offset: r.varint(), size: r.varint() };
}

/** The key/value pairs of one SSTable block (prefix-compressed keys, restart array at the end). */
function blockEntries(index: Uint8Array, h: { offset: number; size: number }): [string, Uint8Array][] {
  if (h.offset + h.size + 5 > index.length) throw new CheckpointFormatError('block outside the index file');
  const compression = index[h.offset + h.size]!;
  if (compression !== 0) throw new CheckpointFormatError(`compressed index block (type ${compression}) is not supported`);
  const numRestarts = new Reader(index, h.offset + h.size - 4, h.offset + h.size).fixed32();
  const limit = h.offset + h.size - 4 * (numRestarts + 1);
  if (limit < h.offset) throw new CheckpointFormatError('corrupt block restart array');
  const r = new Reader(index, h.offset, limit);
  const out: [string, Uint8Array][] = [];
  let key = new Uint8Array(0);
  while (r.pos < limit) {
    const shared = r.varint();
    const unshared = r.varint();
    const valueLength = r.varint();
    if (shared > key.length) throw new CheckpointFormatError('corrupt key prefix');
    const next = new Uint8Array(shared + unshared);
    next.set(key.subarray(0, shared));
    next.set(r.bytes(unshared), shared);
    key = next;
    out.push([utf8(key), r.bytes(valueLength)]);
  }
  return out;
}

function shapeOf(bytes: Uint8Array): number[] {
  const dims: number[] = [];
  for (const [f, , v] of new Reader(bytes).fields()) {
    if (f !== 2 || !(v instanceof Uint8Array)) continue;
    let size = 0;
    for (const [df, , dv] of new Reader(v).fields()) if (df === 1 && typeof dv === 'number') size = dv;
    dims.push(size);
  }
  return dims;
}

function entryOf(name: string, bytes: Uint8Array): BundleEntry {
  const e: BundleEntry = { name, dtype: 'invalid', shape: [], shard: 0, offset: 0, size: 0, crc32c: 0, sliced: false };
  for (const [f, , v] of new Reader(bytes).fields()) {
    if (f === 1 && typeof v === 'number') e.dtype = DTYPES[v] ?? `dtype_${v}`;
    else if (f === 2 && v instanceof Uint8Array) e.shape = shapeOf(v);
    else if (f === 3 && typeof v === 'number') e.shard = v;
    else if (f === 4 && typeof v === 'number') e.offset = v;
    else if (f === 5 && typeof v === 'number') e.size = v;
    else if (f === 6 && typeof v === 'number') e.crc32c = v;
    else if (f === 7) e.sliced = true;
  }
  return e;
}

/** Decodes a `.index` file: its header and every tensor entry, in key (name) order. */
export function readBundleIndex(index: Uint8Array): BundleIndex {
  if (index.length < 48) throw new CheckpointFormatError('not a TensorFlow checkpoint index (too short)');
  const footer = new Reader(index, index.length - 48);
  const magic = new Reader(index, index.length - 8);
  if (magic.fixed32() !== TABLE_MAGIC_LO || magic.fixed32() !== TABLE_MAGIC_HI) throw new CheckpointFormatError('not a TensorFlow checkpoint index (bad magic)');
  blockHandle(footer); // metaindex: unused
  const indexHandle = blockHandle(footer);
  let numShards = 1;
  const entries: BundleEntry[] = [];
  for (const [, handleBytes] of blockEntries(index, indexHandle)) {
    for (const [key, value] of blockEntries(index, blockHandle(new Reader(handleBytes)))) {
      if (key === '') {
        for (const [f, , v] of new Reader(value).fields()) {
          if (f === 1 && typeof v === 'number') numShards = v;
          if (f === 2 && v === 1) throw new CheckpointFormatError('big-endian checkpoints are not supported');
        }
      } else entries.push(entryOf(key, value));
    }
  }
  return { numShards, entries };
}

/** The data shard file of `prefix` holding shard `shard` of `numShards`. */
export function dataFileName(prefix: string, shard: number, numShards: number): string {
  const pad = (n: number): string => String(n).padStart(5, '0');
  return `${prefix}.data-${pad(shard)}-of-${pad(numShards)}`;
}

let crcTable: Uint32Array | undefined;

/** CRC-32C (Castagnoli), as TensorFlow checks tensor bytes; `prev`: the CRC of the bytes before (chunked reads). */
export function crc32c(bytes: Uint8Array, prev = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let j = 0; j < 8; j++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  let crc = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** TensorFlow's masked CRC (crc32c::Mask), which the bundle stores. */
export function maskCrc(crc: number): number {
  return ((((crc >>> 15) | (crc << 17)) >>> 0) + 0xa282ead8) >>> 0;
}

const NUMERIC = new Set(['float32', 'float64', 'float16', 'bfloat16', 'int32', 'uint32', 'int16', 'uint16', 'int8', 'uint8', 'bool', 'int64', 'uint64']);

function half(bits: number): number {
  const s = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/**
 * A tensor's values from its bytes (checked against the entry's CRC), as numbers (bigint-free: int64 beyond
 * 2^53 loses precision, said by `exact: false`). Strings and other non-numeric dtypes are not decoded.
 */
export function decodeTensor(entry: BundleEntry, bytes: Uint8Array): { values: number[]; exact: boolean } {
  if (!NUMERIC.has(entry.dtype)) throw new CheckpointFormatError(`${entry.name}: values of dtype ${entry.dtype} are not decoded`);
  if (bytes.length !== entry.size) throw new CheckpointFormatError(`${entry.name}: expected ${entry.size} bytes, got ${bytes.length}`);
  if (maskCrc(crc32c(bytes)) !== entry.crc32c) throw new CheckpointFormatError(`${entry.name}: checksum mismatch (the data file is corrupt or belongs to another checkpoint)`);
  return decodeLittleEndian(entry.name, entry.dtype, bytes);
}

/** Little-endian values of a numeric dtype (TensorFlow's names), as numbers; `exact: false` when int64 lost digits. */
export function decodeLittleEndian(name: string, dtype: string, bytes: Uint8Array): { values: number[]; exact: boolean } {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const read = (width: number, get: (o: number) => number): number[] => {
    if (bytes.length % width) throw new CheckpointFormatError(`${name}: ${bytes.length} bytes is not a whole number of ${dtype} values`);
    return Array.from({ length: bytes.length / width }, (_x, i) => get(i * width));
  };
  let exact = true;
  switch (dtype) {
    case 'float32': return { values: read(4, (o) => dv.getFloat32(o, true)), exact };
    case 'float64': return { values: read(8, (o) => dv.getFloat64(o, true)), exact };
    case 'float16': return { values: read(2, (o) => half(dv.getUint16(o, true))), exact };
    case 'bfloat16': return { values: read(2, (o) => new Float32Array(new Uint32Array([dv.getUint16(o, true) << 16]).buffer)[0]!), exact };
    case 'int32': return { values: read(4, (o) => dv.getInt32(o, true)), exact };
    case 'uint32': return { values: read(4, (o) => dv.getUint32(o, true)), exact };
    case 'int16': return { values: read(2, (o) => dv.getInt16(o, true)), exact };
    case 'uint16': return { values: read(2, (o) => dv.getUint16(o, true)), exact };
    case 'int8': return { values: read(1, (o) => dv.getInt8(o)), exact };
    case 'uint8': return { values: read(1, (o) => dv.getUint8(o)), exact };
    case 'bool': return { values: read(1, (o) => (dv.getUint8(o) ? 1 : 0)), exact };
    case 'int64':
    case 'uint64': {
      const values = read(8, (o) => {
        const v = dtype === 'int64' ? dv.getBigInt64(o, true) : dv.getBigUint64(o, true);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) exact = false;
        return Number(v);
      });
      return { values, exact };
    }
    default:
      throw new CheckpointFormatError(`${name}: values of dtype ${dtype} are not decoded`);
  }
}
