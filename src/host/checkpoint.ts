// Opens a TensorFlow V2 checkpoint on disk without loading it: the path may be the prefix (`model.ckpt-100`),
// its `.index` or a data shard, or a folder (its `checkpoint` state file's latest, else its only `.index`).
// Only the index is read up front; a tensor's bytes are read from its shard on request (core/checkpoint decodes).

import * as fs from 'fs';
import * as path from 'path';
import { type BundleEntry, type BundleIndex, CheckpointFormatError, dataFileName, decodeTensor, readBundleIndex } from '../core/checkpoint/tfBundle';

export interface OpenCheckpoint {
  /** The checkpoint prefix (path without `.index`). */
  prefix: string;
  index: BundleIndex;
  /** The entry named `name`, if the checkpoint has it. */
  entry(name: string): BundleEntry | undefined;
  /** A tensor's values, read from its shard and checked against its checksum. */
  values(name: string): { values: number[]; exact: boolean };
}

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

export function openCheckpoint(given: string): OpenCheckpoint {
  const prefix = resolvePrefix(given);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(`${prefix}.index`);
  } catch (e) {
    throw new CheckpointFormatError(`cannot read ${prefix}.index: ${e instanceof Error ? e.message : String(e)}`);
  }
  const index = readBundleIndex(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const byName = new Map(index.entries.map((e) => [e.name, e]));
  return {
    prefix,
    index,
    entry: (name) => byName.get(name),
    values(name) {
      const e = byName.get(name);
      if (!e) throw new CheckpointFormatError(`${name} is not in the checkpoint`);
      if (e.sliced) throw new CheckpointFormatError(`${name} was saved in slices; its values are not read`);
      const file = dataFileName(prefix, e.shard, index.numShards);
      const buf = Buffer.alloc(e.size);
      let fd: number | undefined;
      try {
        fd = fs.openSync(file, 'r');
        const n = fs.readSync(fd, buf, 0, e.size, e.offset);
        if (n !== e.size) throw new CheckpointFormatError(`${file} ends before ${name}'s bytes (the data file is truncated)`);
      } catch (err) {
        if (err instanceof CheckpointFormatError) throw err;
        throw new CheckpointFormatError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        if (fd !== undefined) fs.closeSync(fd);
      }
      return decodeTensor(e, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
    },
  };
}
