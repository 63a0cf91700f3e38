// The weight-file formats other than TensorFlow's bundle, decoded from bytes into named tensors (name, dtype,
// shape, where its bytes are): `.safetensors` (8-byte header length + JSON header), NumPy `.npy` headers and the
// `.npz` zip directory they sit in, and TF.js `model.json` weight manifests (tensors laid end to end over the
// shard files). Pure; the host reads the bytes and inflates compressed zip members.

import { CheckpointFormatError, utf8 } from './tfBundle';

/** A tensor inside a file: `offset`/`size` in bytes, in the file itself or (TF.js) in its group's shards laid end to end. */
export interface StoredTensor {
  name: string;
  dtype: string;
  shape: number[];
  offset: number;
  size: number;
  /** TF.js: the group's shard paths (relative to model.json), in order. */
  shards?: string[];
  /** TF.js: the stored dtype of a quantized weight (values are not decoded for these). */
  quantized?: string;
}

const SAFETENSORS_DTYPES: Readonly<Record<string, string>> = {
  F64: 'float64', F32: 'float32', F16: 'float16', BF16: 'bfloat16', I64: 'int64', I32: 'int32', I16: 'int16', I8: 'int8',
  U64: 'uint64', U32: 'uint32', U16: 'uint16', U8: 'uint8', BOOL: 'bool',
};

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function ascii(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}

/** The header of a `.safetensors` file (its first 8 + n bytes): the tensors, offsets relative to the file. */
export function safetensorsHeader(head: Uint8Array, fileSize: number): { headerBytes: number; tensors: StoredTensor[] } {
  if (head.length < 8) throw new CheckpointFormatError('not a safetensors file (too short)');
  const n = u32(head, 0) + u32(head, 4) * 2 ** 32;
  if (n > 100 * 2 ** 20 || 8 + n > fileSize) throw new CheckpointFormatError('not a safetensors file (bad header length)');
  if (head.length < 8 + n) return { headerBytes: 8 + n, tensors: [] };
  let json: unknown;
  try {
    json = JSON.parse(utf8(head.subarray(8, 8 + n)));
  } catch {
    throw new CheckpointFormatError('not a safetensors file (its header is not JSON)');
  }
  const tensors: StoredTensor[] = [];
  for (const [name, v] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const t = v as { dtype?: string; shape?: number[]; data_offsets?: [number, number] };
    const dtype = t.dtype ? SAFETENSORS_DTYPES[t.dtype] : undefined;
    if (!dtype || !Array.isArray(t.shape) || !Array.isArray(t.data_offsets)) throw new CheckpointFormatError(`safetensors entry ${name} is malformed`);
    tensors.push({ name, dtype, shape: t.shape, offset: 8 + n + t.data_offsets[0], size: t.data_offsets[1] - t.data_offsets[0] });
  }
  return { headerBytes: 8 + n, tensors: tensors.sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

const NPY_DTYPES: Readonly<Record<string, string>> = {
  '<f8': 'float64', '<f4': 'float32', '<f2': 'float16', '<i8': 'int64', '<i4': 'int32', '<i2': 'int16', '|i1': 'int8',
  '<u8': 'uint64', '<u4': 'uint32', '<u2': 'uint16', '|u1': 'uint8', '|b1': 'bool',
};

/** A `.npy` array's header: dtype, shape and where the data starts; C order, little-endian only. */
export function npyHeader(b: Uint8Array): { dtype: string; shape: number[]; dataOffset: number } {
  if (b.length < 10 || ascii(b.subarray(0, 6)) !== '\x93NUMPY') throw new CheckpointFormatError('not a .npy array');
  const major = b[6]!;
  const len = major === 1 ? u16(b, 8) : u32(b, 8);
  const start = major === 1 ? 10 : 12;
  const header = ascii(b.subarray(start, start + len));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shape = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  const dtype = descr ? NPY_DTYPES[descr] : undefined;
  if (!dtype || shape === undefined || fortran) throw new CheckpointFormatError(`unsupported .npy array (${descr ?? '?'}${fortran ? ', Fortran order' : ''})`);
  return { dtype, shape: shape.split(',').map((d) => d.trim()).filter(Boolean).map(Number), dataOffset: start + len };
}

/** A member of a zip archive, from its central directory. */
export interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the member's local header. */
  localOffset: number;
}

/** The members listed in a zip's central directory (`tail`: the file's last bytes, `tailOffset` where they start). */
export function zipDirectory(tail: Uint8Array, tailOffset: number, readAt: (offset: number, length: number) => Uint8Array): ZipMember[] {
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new CheckpointFormatError('not a zip archive (no end of central directory)');
  const count = u16(tail, eocd + 10);
  const dirSize = u32(tail, eocd + 12);
  const dirOffset = u32(tail, eocd + 16);
  if (dirOffset === 0xffffffff || count === 0xffff) throw new CheckpointFormatError('zip64 archives are not supported');
  const dir = dirOffset >= tailOffset ? tail.subarray(dirOffset - tailOffset, dirOffset - tailOffset + dirSize) : readAt(dirOffset, dirSize);
  const out: ZipMember[] = [];
  let o = 0;
  for (let i = 0; i < count; i++) {
    if (u32(dir, o) !== 0x02014b50) throw new CheckpointFormatError('corrupt zip central directory');
    const nameLen = u16(dir, o + 28);
    const extra = u16(dir, o + 30);
    const comment = u16(dir, o + 32);
    out.push({
      method: u16(dir, o + 10), compressedSize: u32(dir, o + 20), size: u32(dir, o + 24), localOffset: u32(dir, o + 42),
      name: utf8(dir.subarray(o + 46, o + 46 + nameLen)),
    });
    o += 46 + nameLen + extra + comment;
  }
  return out;
}

/** Where a member's data starts, from its local header's 30 bytes. */
export function zipDataOffset(m: ZipMember, local: Uint8Array): number {
  if (u32(local, 0) !== 0x04034b50) throw new CheckpointFormatError(`corrupt zip member ${m.name}`);
  return m.localOffset + 30 + u16(local, 26) + u16(local, 28);
}

const TFJS_BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1, float16: 2, uint8: 1, uint16: 2, int8: 1, int16: 2 };

/**
 * The tensors of a TF.js `model.json` (or a bare weights manifest): each group's weights laid end to end over
 * its `paths` (the shards concatenated). Quantized weights report their original dtype and `quantized`.
 */
export function tfjsManifest(json: unknown): StoredTensor[] {
  const model = json as { weightsManifest?: unknown };
  const manifest = (Array.isArray(json) ? json : model?.weightsManifest) as { paths: string[]; weights: { name: string; shape: number[]; dtype: string; quantization?: { dtype: string } }[] }[] | undefined;
  if (!Array.isArray(manifest)) throw new CheckpointFormatError('not a TF.js model.json (no weightsManifest)');
  const out: StoredTensor[] = [];
  for (const group of manifest) {
    let offset = 0;
    for (const w of group.weights) {
      const stored = w.quantization?.dtype ?? w.dtype;
      const per = TFJS_BYTES[stored];
      if (per === undefined) throw new CheckpointFormatError(`TF.js weight ${w.name}: dtype ${stored} is not supported`);
      const size = w.shape.reduce((a, b) => a * b, 1) * per;
      out.push({ name: w.name, dtype: w.dtype, shape: w.shape, offset, size, shards: group.paths, ...(w.quantization ? { quantized: stored } : {}) });
      offset += size;
    }
  }
  return out;
}
