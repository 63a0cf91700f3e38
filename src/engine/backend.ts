// Picks the TensorFlow.js runtime that holds materialized values: @tensorflow/tfjs-node when it loads
// (optional, required dynamically, external to the bundles), else the wasm backend (SIMD, one thread;
// its .wasm files next to the bundle in dist/ or in node_modules), else the cpu backend. Checks every
// setBackend result and falls back, recording why. One runtime per process and preference.

import * as fs from 'fs';
import * as path from 'path';
import * as tfc from '@tensorflow/tfjs-core';
import { version_cpu } from '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths, version_wasm } from '@tensorflow/tfjs-backend-wasm';
import type { BackendName } from './types';

export type Tf = typeof tfc;
export type BackendPreference = 'auto' | 'node' | 'wasm' | 'cpu';

export interface Runtime {
  tf: Tf;
  backend: BackendName;
  /** Why preferred backends were not used. */
  notes: string[];
  versions: typeof BACKEND_VERSIONS;
}

/** Versions of the bundled backends (referencing them also keeps their registration in the bundles). */
export const BACKEND_VERSIONS = { cpu: version_cpu, wasm: version_wasm, core: tfc.version_core };

const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

/** The directory holding the wasm binaries: next to this bundle (dist/), else the package's dist/. */
export function wasmDir(): string | null {
  const candidates = [__dirname];
  try {
    candidates.push(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist'));
  } catch {
    /* not resolvable from here (bundled without node_modules) */
  }
  for (const d of candidates) if (fs.existsSync(path.join(d, WASM_FILES[1]!))) return d;
  return null;
}

let wasmPathsSet = false;
const runtimes = new Map<BackendPreference, Promise<Runtime>>();

function quiet(tf: Tf): void {
  // Silences tfjs's "install the node backend" banner, which would land in CLI output.
  tf.env().set('PROD', true);
}

async function tryNode(notes: string[], explicit: boolean): Promise<Runtime | null> {
  let mod: unknown;
  // Loading it re-registers the cpu kernels in tfjs's process-wide registry (one warning per kernel)
  // and libtensorflow logs at INFO: keep both off the CLI's and the worker's stderr.
  process.env.TF_CPP_MIN_LOG_LEVEL ??= '2';
  const { warn, log } = console;
  try {
    console.warn = () => undefined;
    console.log = () => undefined;
    // Optional dependency: absent in most installs. Kept out of the bundles (esbuild external).
    mod = require('@tensorflow/tfjs-node');
  } catch (e) {
    // Not installed is the normal case under 'auto'; only an explicit request reports it.
    const missing = (e as { code?: string }).code === 'MODULE_NOT_FOUND' && /tfjs-node'/.test(String((e as Error).message));
    if (explicit || !missing) notes.push(`tfjs-node not available (${firstLine(e)})`);
    return null;
  } finally {
    console.warn = warn;
    console.log = log;
  }
  const tf = mod as Tf;
  try {
    quiet(tf);
    const ok = await tf.setBackend('tensorflow');
    if (ok && tf.getBackend() === 'tensorflow') return { tf, backend: 'tensorflow', notes, versions: { ...BACKEND_VERSIONS, core: tf.version_core } };
    notes.push('tfjs-node loaded but setBackend("tensorflow") failed');
  } catch (e) {
    notes.push(`tfjs-node failed to initialize (${firstLine(e)})`);
  }
  return null;
}

async function tryWasm(notes: string[]): Promise<Runtime | null> {
  const dir = wasmDir();
  if (!dir) {
    notes.push('wasm backend binaries not found');
    return null;
  }
  try {
    if (!wasmPathsSet) {
      setWasmPaths(dir.endsWith(path.sep) ? dir : dir + path.sep);
      wasmPathsSet = true;
    }
    quiet(tfc);
    const ok = await tfc.setBackend('wasm');
    if (ok && tfc.getBackend() === 'wasm') return { tf: tfc, backend: 'wasm', notes, versions: BACKEND_VERSIONS };
    notes.push('setBackend("wasm") returned false');
  } catch (e) {
    notes.push(`wasm backend failed (${firstLine(e)})`);
  }
  return null;
}

async function useCpu(notes: string[]): Promise<Runtime> {
  quiet(tfc);
  const ok = await tfc.setBackend('cpu');
  if (!ok) throw new Error('no TensorFlow.js backend could be initialized (cpu failed)');
  return { tf: tfc, backend: 'cpu', notes, versions: BACKEND_VERSIONS };
}

function firstLine(e: unknown): string {
  return String(e instanceof Error ? e.message : e).split('\n')[0]!.slice(0, 200);
}

/** The runtime for a preference ('node' and 'wasm' fall back down the chain when unavailable). */
export function loadRuntime(pref: BackendPreference = 'auto'): Promise<Runtime> {
  let r = runtimes.get(pref);
  if (!r) {
    r = (async () => {
      const notes: string[] = [];
      if (pref === 'auto' || pref === 'node') {
        const n = await tryNode(notes, pref === 'node');
        if (n) return n;
      }
      if (pref !== 'cpu') {
        const w = await tryWasm(notes);
        if (w) return w;
      }
      return useCpu(notes);
    })();
    runtimes.set(pref, r);
  }
  return r;
}

/** tfjs dtype for a TF dtype (tfjs has no float64/int64: they are held as float32/int32). */
export function tfjsDtype(dtype: string): 'float32' | 'int32' | 'bool' {
  if (dtype === 'bool') return 'bool';
  if (/^u?int/.test(dtype)) return 'int32';
  return 'float32';
}
