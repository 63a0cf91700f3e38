// Keras weight files, read with h5wasm (the HDF5 library compiled to wasm; its Node build reads the real file
// system, so only the parts asked for are read): Keras 2 `.h5` (root or `model_weights` attribute `layer_names`,
// each layer's `weight_names`: the names TF gave the weights), Keras 3 `.weights.h5` (datasets by their path,
// `layers/dense/vars/0`) and `.keras` (a zip holding `model.weights.h5`). h5wasm loads asynchronously once
// (`loadHdf5`); opening is synchronous after that.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CheckpointTensor } from '../core/checkpoint/compare';
import { zipDataOffset, zipDirectory } from '../core/checkpoint/formats';
import { CheckpointFormatError } from '../core/checkpoint/tfBundle';
import type { OpenCheckpoint } from './checkpoint';
import { readRange, sizeOf } from './checkpoint';

/** The part of h5wasm's API used here (its own types need ES module resolution; this project builds CommonJS). */
interface H5Meta { type: number; size: number; signed: boolean }
interface H5Entity { keys?(): string[]; get?(p: string): H5Entity | null; attrs: Record<string, { value: unknown }>; shape?: number[] | null; metadata?: H5Meta; value?: unknown }
interface H5File extends H5Entity { close(): unknown }
interface H5Api { ready: Promise<unknown>; File: new (file: string, mode: 'r') => H5File }

let h5: H5Api | undefined;
let loading: Promise<void> | undefined;

/** A real dynamic import (TypeScript would turn `import()` into `require()`, which cannot load an ES module). */
const importEsm = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;

/** Loads h5wasm once: from `h5wasm.mjs` beside the bundle (dist/), else the npm package. */
export function loadHdf5(): Promise<void> {
  loading ??= (async () => {
    const beside = path.join(__dirname, 'h5wasm.mjs');
    const mod = (await importEsm(fs.existsSync(beside) ? pathToFileURL(beside).href : 'h5wasm/node')) as H5Api;
    await mod.ready;
    h5 = mod;
  })();
  return loading;
}

/** Program text that may restore Keras weights: hosts load the HDF5 reader before analysing it. */
export const WANTS_HDF5 = /\.load_weights\s*\(/;

export function hdf5Loaded(): boolean {
  return h5 !== undefined;
}

/** HDF5 datatype classes (H5T_INTEGER 0, H5T_FLOAT 1, H5T_ENUM 8: h5py's bool) → dtype names. */
function dtypeOf(m: H5Meta | undefined): string | undefined {
  if (!m) return undefined;
  if (m.type === 1) return ({ 2: 'float16', 4: 'float32', 8: 'float64' } as Record<number, string>)[m.size];
  if (m.type === 0) return `${m.signed ? '' : 'u'}int${m.size * 8}`;
  if (m.type === 8 && m.size === 1) return 'bool';
  return undefined;
}

const isDataset = (e: H5Entity | null): boolean => !!e && e.shape !== undefined && e.metadata !== undefined;

function strings(v: unknown): string[] {
  return (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map(String);
}

/** Every tensor of an open file, with the HDF5 path it is read from. */
function list(f: H5File): { tensor: CheckpointTensor; at: string }[] {
  const out: { tensor: CheckpointTensor; at: string }[] = [];
  const base = f.attrs.layer_names ? '' : f.get!('model_weights')?.attrs.layer_names ? 'model_weights/' : null;
  const push = (name: string, at: string, d: H5Entity, group?: string): void => {
    const dtype = dtypeOf(d.metadata);
    if (dtype) out.push({ tensor: { name, dtype, shape: d.shape ?? [], ...(group === undefined ? {} : { group }) }, at });
  };
  if (base !== null) {
    // Keras 2 (hdf5_format.save_weights_to_hdf5_group): layers in order, each weight under its TF name
    const root = base ? f.get!('model_weights')! : f;
    for (const layer of strings(root.attrs.layer_names!.value)) {
      const g = root.get!(layer);
      for (const w of g ? strings(g.attrs.weight_names?.value) : []) {
        const d = g!.get!(w);
        if (isDataset(d)) push(w, `${base}${layer}/${w}`, d!, layer);
      }
    }
    return out;
  }
  // Keras 3 (saving_lib's H5IOStore): every dataset by its path, in HDF5's name order
  const walk = (g: H5Entity, prefix: string): void => {
    for (const k of g.keys!()) {
      const e = g.get!(k);
      if (!e) continue;
      if (isDataset(e)) push(`${prefix}${k}`, `${prefix}${k}`, e);
      else if (e.keys) walk(e, `${prefix}${k}/`);
    }
  };
  walk(f, '');
  return out;
}

const tempFiles: string[] = [];
process.once('exit', () => {
  for (const t of tempFiles) fs.rmSync(t, { force: true });
});

/** A `.keras` archive's `model.weights.h5`, copied to a temporary file (HDF5 reads a file, not a zip member). */
function extractWeights(file: string): string {
  const size = sizeOf(file);
  const tailLen = Math.min(size, 65536 + 22);
  const members = zipDirectory(readRange(file, size - tailLen, tailLen), size - tailLen, (o, n) => readRange(file, o, n));
  const m = members.find((x) => x.name === 'model.weights.h5');
  if (!m) throw new CheckpointFormatError(`${file}: no model.weights.h5 in this .keras archive`);
  if (m.method !== 0) throw new CheckpointFormatError(`${file}: model.weights.h5 is compressed (method ${m.method}); Keras stores it uncompressed`);
  const data = readRange(file, zipDataOffset(m, readRange(file, m.localOffset, 30)), m.size);
  const tmp = path.join(os.tmpdir(), `tfscope-${process.pid}-${tempFiles.length}-${path.basename(file)}.weights.h5`);
  fs.writeFileSync(tmp, data);
  tempFiles.push(tmp);
  return tmp;
}

const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

function withFile<T>(file: string, fn: (f: H5File) => T): T {
  if (!h5) throw new CheckpointFormatError(`${file}: the HDF5 reader (h5wasm) is still loading; the next analysis reads it`);
  const head = readRange(file, 0, Math.min(8, sizeOf(file)));
  if (!HDF5_SIGNATURE.every((b, i) => head[i] === b)) throw new CheckpointFormatError(`${file}: not an HDF5 file (no HDF5 signature)`);
  let f: H5File;
  try {
    f = new h5.File(file, 'r');
  } catch (e) {
    throw new CheckpointFormatError(`${file}: not an HDF5 file (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    return fn(f);
  } catch (e) {
    if (e instanceof CheckpointFormatError) throw e;
    throw new CheckpointFormatError(`${file}: cannot be read as Keras weights (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    f.close();
  }
}

/** Opens a Keras weights file (after `loadHdf5`); throws CheckpointFormatError with a message for people. */
export function openKeras(given: string): OpenCheckpoint {
  sizeOf(given);
  const h5file = given.endsWith('.keras') ? extractWeights(given) : given;
  const tensors = withFile(h5file, list);
  if (!tensors.length) throw new CheckpointFormatError(`${given}: no Keras weights in this HDF5 file`);
  const at = new Map(tensors.map((t) => [t.tensor.name, t.at]));
  const keras2 = tensors.some((t) => t.at !== t.tensor.name);
  return {
    format: keras2 ? 'keras-h5' : 'keras-v3',
    prefix: given,
    index: { entries: tensors.map((t) => t.tensor) },
    values(name) {
      const p = at.get(name);
      if (p === undefined) throw new CheckpointFormatError(`${name} is not in ${given}`);
      return withFile(h5file, (f) => {
        const v = f.get!(p)!.value;
        const dtype = tensors.find((t) => t.tensor.name === name)!.tensor.dtype;
        if (!ArrayBuffer.isView(v) || dtype === 'float16') throw new CheckpointFormatError(`${name}: values of this dtype are not decoded`);
        const values = Array.from(v as unknown as ArrayLike<number | bigint>, Number);
        const exact = !(v instanceof BigInt64Array || v instanceof BigUint64Array) || values.every(Number.isSafeInteger);
        return { values, exact };
      });
    },
  };
}
