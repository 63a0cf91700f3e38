// A checkpoint tensor's statistics (min, max, mean, std, zeros, NaN/Inf, optionally a histogram) read in
// fixed-size chunks, so that a 100 MB embedding table never sits in memory whole: one pass for the moments
// (and TensorFlow's CRC-32C, checked at the end), a second over the same bytes for the histogram. Tensors
// without one contiguous byte range (Keras HDF5, TF.js shards, compressed .npz) are decoded whole instead.

import * as os from 'os';
import { CheckpointFormatError, crc32c, decodeLittleEndian, maskCrc } from '../core/checkpoint/tfBundle';
import { dtypeSize } from '../core/model';
import { shiftedMoments, type TensorStats } from '../core/stats';
import type { OpenCheckpoint, TensorBytes } from './checkpoint';
import { readRange } from './checkpoint';

/** The engine's statistics record (core/stats.ts) over a stored tensor, with what reading it cost. */
export interface CheckpointStats extends TensorStats {
  count: number;
  histogram?: { min: number; max: number; counts: number[] };
  /** Bytes read from disk (both passes), and the largest chunk held at once. */
  bytesRead: number;
  chunkBytes: number;
}

export const CHUNK_BYTES = 4 * 2 ** 20;

class Moments {
  n = 0; finite = 0; zeros = 0; nan = 0; inf = 0; min = Infinity; max = -Infinity; s1 = 0; s2 = 0;
  shift: number | undefined;

  add(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      this.n++;
      if (v === 0) this.zeros++;
      if (Number.isNaN(v)) this.nan++;
      else if (!Number.isFinite(v)) this.inf++;
      else {
        this.shift ??= v; // moments about the first value: no cancellation for data far from 0
        const d = v - this.shift;
        this.finite++;
        this.s1 += d;
        this.s2 += d * d;
        if (v < this.min) this.min = v;
        if (v > this.max) this.max = v;
      }
    }
  }

  stats(): Omit<CheckpointStats, 'bytesRead' | 'chunkBytes'> {
    const f = this.finite;
    const { mean, std } = shiftedMoments(f, this.shift ?? 0, this.s1, this.s2);
    return { count: this.n, min: f ? this.min : NaN, max: f ? this.max : NaN, mean, std, zeros: this.zeros, nan: this.nan, inf: this.inf };
  }
}

function histogramOf(counts: number[], min: number, max: number, values: ArrayLike<number>): void {
  const bins = counts.length;
  const width = max > min ? (max - min) / bins : 1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    counts[Math.min(bins - 1, Math.max(0, Math.floor((v - min) / width)))]!++;
  }
}

const LITTLE_ENDIAN = os.endianness() === 'LE';

/** The common dtypes as a typed array over the bytes (copied when unaligned): no per-value decoding. */
function typedView(dtype: string, bytes: Uint8Array): ArrayLike<number> | undefined {
  const Ctor = ({ float32: Float32Array, float64: Float64Array, int32: Int32Array } as Record<string, Float32ArrayConstructor | Float64ArrayConstructor | Int32ArrayConstructor>)[dtype];
  if (!Ctor || !LITTLE_ENDIAN) return undefined;
  const b = bytes.byteOffset % Ctor.BYTES_PER_ELEMENT ? bytes.slice() : bytes;
  return new Ctor(b.buffer as ArrayBuffer, b.byteOffset, b.byteLength / Ctor.BYTES_PER_ELEMENT);
}

/** Each chunk of the tensor's bytes, decoded; checks TF's checksum after the last chunk when there is one. */
function* chunks(r: TensorBytes, name: string, chunk: number, checkCrc: boolean): Generator<ArrayLike<number>> {
  const width = Math.max(1, dtypeSize(r.dtype));
  const step = Math.max(width, chunk - (chunk % width));
  let crc = 0;
  for (let off = 0; off < r.size; off += step) {
    const bytes = readRange(r.file, r.offset + off, Math.min(step, r.size - off));
    if (checkCrc && r.crc32c !== undefined) crc = crc32c(bytes, crc);
    yield typedView(r.dtype, bytes) ?? decodeLittleEndian(name, r.dtype, bytes).values;
  }
  if (checkCrc && r.crc32c !== undefined && maskCrc(crc) !== r.crc32c) throw new CheckpointFormatError(`${name}: checksum mismatch (the data file is corrupt or belongs to another checkpoint)`);
}

/** The work of `tensorStats`, yielding after each chunk (so that a caller may give the event loop a turn). */
function* statsSteps(ckpt: OpenCheckpoint, name: string, bins: number, chunk: number): Generator<void, CheckpointStats> {
  const range = ckpt.byteRange?.(name);
  const m = new Moments();
  if (!range) {
    const { values } = ckpt.values(name);
    m.add(values);
    const s = m.stats();
    const out: CheckpointStats = { ...s, bytesRead: values.length * 4, chunkBytes: values.length * 4 };
    if (bins > 0) {
      const counts = new Array<number>(bins).fill(0);
      histogramOf(counts, s.min, s.max, values);
      out.histogram = { min: s.min, max: s.max, counts };
    }
    return out;
  }
  for (const values of chunks(range, name, chunk, true)) {
    m.add(values);
    yield;
  }
  const s = m.stats();
  const out: CheckpointStats = { ...s, bytesRead: range.size, chunkBytes: Math.min(chunk, range.size) };
  if (bins > 0) {
    const counts = new Array<number>(bins).fill(0);
    for (const values of chunks(range, name, chunk, false)) {
      histogramOf(counts, s.min, s.max, values);
      yield;
    }
    out.histogram = { min: s.min, max: s.max, counts };
    out.bytesRead += range.size;
  }
  return out;
}

/** The statistics of checkpoint tensor `name` (`bins`: also a histogram over [min, max]); throws CheckpointFormatError. */
export function tensorStats(ckpt: OpenCheckpoint, name: string, bins = 0, chunk = CHUNK_BYTES): CheckpointStats {
  const steps = statsSteps(ckpt, name, bins, chunk);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `tensorStats` giving the event loop a turn after each chunk (the extension host stays responsive on big tensors). */
export async function tensorStatsAsync(ckpt: OpenCheckpoint, name: string, bins = 0, chunk = CHUNK_BYTES): Promise<CheckpointStats> {
  const steps = statsSteps(ckpt, name, bins, chunk);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
