// Opens weights on disk without loading them: a TensorFlow V2 checkpoint (the prefix `model.ckpt-100`, its
// `.index` or a data shard, or a folder: its `checkpoint` state file's latest, else its only `.index`), a
// `.safetensors` or `.npz` file, a TF.js `model.json` (or a folder holding one), or a Keras `.weights.h5` / `.h5`
// / `.keras` (HDF5 read by h5wasm, kerasWeights.ts). Only the index/header is read up front; a tensor's bytes
// are read on request (core/checkpoint decodes them).

import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { CheckpointListing, CheckpointTensor } from '../core/checkpoint/compare';
import { npyHeader, safetensorsHeader, tfjsManifest, zipDataOffset, zipDirectory, type StoredTensor } from '../core/checkpoint/formats';
import { openKeras } from './kerasWeights';
import { CheckpointFormatError, dataFileName, decodeLittleEndian, decodeTensor, readBundleIndex } from '../core/checkpoint/tfBundle';

export type WeightsFormat = 'tf-checkpoint' | 'safetensors' | 'npz' | 'tfjs' | 'keras-h5' | 'keras-v3';

export interface OpenCheckpoint {
  format: WeightsFormat;
  /** The checkpoint prefix (path without `.index`), or the weights file. */
  prefix: string;
  /** Every tensor, in name order for checkpoints, in file order otherwise. */
  index: { entries: CheckpointTensor[] };
  /** A tensor's values, read from disk (TF checkpoints: checked against their checksum). */
  values(name: string): { values: number[]; exact: boolean };
  /** Where a tensor's bytes lie contiguously in one file (for reading it in chunks), when they do. */
  byteRange?(name: string): TensorBytes | undefined;
}

/** A tensor's little-endian bytes: `size` bytes at `offset` of `file`; `crc32c`: TF's masked checksum of them. */
export interface TensorBytes { file: string; offset: number; size: number; dtype: string; crc32c?: number }

/** The checkpoint prefix a user-given path means; throws a CheckpointFormatError with a message for people. */
export function resolvePrefix(given: string): string {
  const p = path.resolve(given);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(p);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) {
    const state = path.join(p, 'checkpoint');
    if (fs.existsSync(state)) {
      const m = /^model_checkpoint_path:\s*"([^"]+)"/m.exec(fs.readFileSync(state, 'utf8'));
      if (m) return path.resolve(p, m[1]!);
    }
    const indexes = fs.readdirSync(p).filter((f) => f.endsWith('.index')).sort();
    if (indexes.length === 1) return path.join(p, indexes[0]!.slice(0, -'.index'.length));
    throw new CheckpointFormatError(indexes.length ? `${given} holds ${indexes.length} checkpoints (${indexes.join(', ')}); name one` : `${given} holds no TensorFlow checkpoint (.index file)`);
  }
  if (p.endsWith('.index')) return p.slice(0, -'.index'.length);
  const shard = /^(.*)\.data-\d{5}-of-\d{5}$/.exec(p);
  if (shard) return shard[1]!;
  if (fs.existsSync(`${p}.index`)) return p;
  throw new CheckpointFormatError(`${given}: no such checkpoint (looked for ${p}.index)`);
}

/**
 * The listing the analyzer asks for at a restore call (SourceHost.readCheckpoint): undefined when nothing is at
 * `given` (no file, folder or `<prefix>.index`), an `error` when something is there but cannot be read.
 */
export function listCheckpoint(given: string): CheckpointListing | undefined {
  const p = path.resolve(given);
  if (!fs.existsSync(p) && !fs.existsSync(`${p}.index`)) return undefined;
  try {
    const c = openCheckpoint(p);
    return { path: c.prefix, format: c.format, tensors: c.index.entries.map(({ name, dtype, shape, group }) => ({ name, dtype, shape, ...(group === undefined ? {} : { group }) })) };
  } catch (e) {
    if (!(e instanceof CheckpointFormatError)) throw e;
    return { path: p, format: 'unknown', tensors: [], error: e.message };
  }
}

/** The file whose content stands for a listing (a cache dependency): a TF checkpoint's `.index`, else the file. */
export function listingFile(l: CheckpointListing): string {
  return l.format === 'tf-checkpoint' ? `${l.path}.index` : l.path;
}

/** Opens any supported weights file (see the header); throws CheckpointFormatError with a message for people. */
export function openCheckpoint(given: string): OpenCheckpoint {
  const p = path.resolve(given);
  const isDir = fs.existsSync(p) && fs.statSync(p).isDirectory();
  if (p.endsWith('.safetensors')) return openSafetensors(p);
  if (p.endsWith('.npz')) return openNpz(p);
  if (p.endsWith('.json')) return openTfjs(p);
  if (/\.(h5|hdf5|keras)$/.test(p)) return openKeras(p);
  if (isDir && fs.existsSync(path.join(p, 'model.json')) && !fs.readdirSync(p).some((f) => f.endsWith('.index'))) return openTfjs(path.join(p, 'model.json'));
  return openTfBundle(given);
}

export function readRange(file: string, offset: number, length: number): Uint8Array {
  const buf = Buffer.alloc(length);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const n = fs.readSync(fd, buf, 0, length, offset);
    if (n !== length) throw new CheckpointFormatError(`${file} ends early (truncated)`);
  } catch (err) {
    if (err instanceof CheckpointFormatError) throw err;
    throw new CheckpointFormatError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    throw new CheckpointFormatError(`${file}: no such file`);
  }
}

function openTfBundle(given: string): OpenCheckpoint {
  const prefix = resolvePrefix(given);
  const bytes = readRange(`${prefix}.index`, 0, sizeOf(`${prefix}.index`));
  const index = readBundleIndex(bytes);
  const byName = new Map(index.entries.map((e) => [e.name, e]));
  return {
    format: 'tf-checkpoint',
    prefix,
    index,
    values(name) {
      const e = byName.get(name);
      if (!e) throw new CheckpointFormatError(`${name} is not in the checkpoint`);
      if (e.sliced) throw new CheckpointFormatError(`${name} was saved in slices; its values are not read`);
      return decodeTensor(e, readRange(dataFileName(prefix, e.shard, index.numShards), e.offset, e.size));
    },
    byteRange(name) {
      const e = byName.get(name);
      return e && !e.sliced ? { file: dataFileName(prefix, e.shard, index.numShards), offset: e.offset, size: e.size, dtype: e.dtype, crc32c: e.crc32c } : undefined;
    },
  };
}

/** Values of a plain tensor stored at `offset` in `file`. */
function storedValues(file: string, t: StoredTensor | undefined, name: string): { values: number[]; exact: boolean } {
  if (!t) throw new CheckpointFormatError(`${name} is not in ${file}`);
  return decodeLittleEndian(name, t.dtype, readRange(file, t.offset, t.size));
}

function openSafetensors(file: string): OpenCheckpoint {
  const size = sizeOf(file);
  const first = safetensorsHeader(readRange(file, 0, Math.min(size, 8)), size);
  const { tensors } = safetensorsHeader(readRange(file, 0, first.headerBytes), size);
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const byteRange = (name: string): TensorBytes | undefined => {
    const t = byName.get(name);
    return t ? { file, offset: t.offset, size: t.size, dtype: t.dtype } : undefined;
  };
  return { format: 'safetensors', prefix: file, index: { entries: tensors }, values: (name) => storedValues(file, byName.get(name), name), byteRange };
}

function openNpz(file: string): OpenCheckpoint {
  const size = sizeOf(file);
  const tailLen = Math.min(size, 65536 + 22);
  const members = zipDirectory(readRange(file, size - tailLen, tailLen), size - tailLen, (o, n) => readRange(file, o, n));
  const tensors: (StoredTensor & { method: number; compressedSize: number; dataStart: number })[] = [];
  for (const m of members.filter((x) => x.name.endsWith('.npy'))) {
    const dataOffset = zipDataOffset(m, readRange(file, m.localOffset, 30));
    // the .npy header is at most a few hundred bytes: inflate just enough of a compressed member to read it
    const head = m.method === 0 ? readRange(file, dataOffset, Math.min(m.size, 4096)) : inflateMember(file, dataOffset, Math.min(m.compressedSize, 4096), m.method, true);
    const h = npyHeader(head);
    tensors.push({ name: m.name.slice(0, -4), dtype: h.dtype, shape: h.shape, offset: dataOffset + h.dataOffset, size: m.size - h.dataOffset, method: m.method, compressedSize: m.compressedSize, dataStart: dataOffset });
  }
  const byName = new Map(tensors.map((t) => [t.name, t]));
  return {
    format: 'npz',
    prefix: file,
    index: { entries: tensors.map(({ name, dtype, shape }) => ({ name, dtype, shape })) },
    values(name) {
      const t = byName.get(name);
      if (!t || t.method === 0) return storedValues(file, t, name);
      const all = inflateMember(file, t.dataStart, t.compressedSize, t.method, false);
      return decodeLittleEndian(name, t.dtype, all.subarray(npyHeader(all).dataOffset));
    },
    byteRange(name) {
      const t = byName.get(name);
      return t && t.method === 0 ? { file, offset: t.offset, size: t.size, dtype: t.dtype } : undefined;
    },
  };
}

/** A deflated zip member's bytes (`partial`: only what the given compressed bytes yield, for a header). */
function inflateMember(file: string, dataOffset: number, compressedSize: number, method: number, partial: boolean): Uint8Array {
  if (method !== 8) throw new CheckpointFormatError(`${file}: zip compression method ${method} is not supported`);
  try {
    const out = zlib.inflateRawSync(readRange(file, dataOffset, compressedSize), partial ? { finishFlush: zlib.constants.Z_SYNC_FLUSH } : {});
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    throw new CheckpointFormatError(`${file}: a member cannot be inflated (${e instanceof Error ? e.message : String(e)})`);
  }
}

function openTfjs(modelJson: string): OpenCheckpoint {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(modelJson, 'utf8'));
  } catch (e) {
    throw new CheckpointFormatError(`${modelJson}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const dir = path.dirname(modelJson);
  const tensors = tfjsManifest(json);
  const byName = new Map(tensors.map((t) => [t.name, t]));
  return {
    format: 'tfjs',
    prefix: modelJson,
    index: { entries: tensors.map(({ name, dtype, shape }) => ({ name, dtype, shape })) },
    values(name) {
      const t = byName.get(name);
      if (!t) throw new CheckpointFormatError(`${name} is not in ${modelJson}`);
      if (t.quantized) throw new CheckpointFormatError(`${name} is quantized (${t.quantized}); its values are not decoded`);
      return decodeLittleEndian(name, t.dtype, readAcross(dir, t.shards ?? [], t.offset, t.size));
    },
  };
}

/** `size` bytes at `offset` of the shards laid end to end. */
function readAcross(dir: string, shards: string[], offset: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  let base = 0;
  let filled = 0;
  for (const s of shards) {
    const file = path.join(dir, s);
    const len = sizeOf(file);
    const from = Math.max(offset + filled, base);
    if (from < base + len && filled < size) {
      const n = Math.min(base + len - from, size - filled);
      out.set(readRange(file, from - base, n), filled);
      filled += n;
    }
    base += len;
  }
  if (filled !== size) throw new CheckpointFormatError(`the TF.js weight shards end before ${size} bytes at ${offset} (a shard is missing or truncated)`);
  return out;
}
