// A worker-thread pool for whole-workspace scans: N workers (default: one per core), each with its own analyzer,
// get the files in chunks, largest chunks first, and post one result per file. `scan()` returns exactly what the
// single-thread `analyzer.analyze(file, fsHost(), { mode })` loop of `tfscope scan` gives, in input order. A worker
// that dies costs only the file it was on (an 'internal-error' program); the pool respawns it and goes on.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { AnalyzeOptions } from '../core/api';
import type { ProgramResult } from '../core/model';

/** The cheap pre-filter: files that never mention TensorFlow are not programs (same as TF_HINT in src/cli/scan.ts). */
export const TF_HINT = /\b(tensorflow|keras|tf\.|get_variable|variable_scope)\b/;

export interface ScanPoolOptions {
  /** Worker threads (default: os.availableParallelism()). */
  workers?: number;
  /** Target bytes of source per chunk handed to a worker (default 192 KB). */
  chunkBytes?: number;
  /** The worker script (default: scanPoolWorker.js beside the bundle, else scanWorker.js beside this file). */
  workerFile?: string;
  /** Testing aid: a worker that reads a file containing this text exits abruptly, like a fatal crash would. */
  crashMarker?: string;
}

/** Analyzer options (passed through to every `analyze` call as given) plus the pre-filter switch. */
export interface ScanRequest extends AnalyzeOptions {
  /** Skip files that do not match TF_HINT, like `tfscope scan` (default true). */
  prefilter?: boolean;
}

export interface ScanOutcome {
  /** One result per analysed file, in the order the files were given; pre-filtered files are left out. */
  programs: ProgramResult[];
  /** Files the pre-filter found to be no TensorFlow code. */
  notTensorFlow: string[];
  /** Characters of the given files that were read (entries only, not their imports). */
  chars: number;
  /** Workers that died during this scan (each one's file got an 'internal-error' result). */
  workerCrashes: number;
  /** Per worker slot: milliseconds it spent with a chunk in hand (how evenly the work was spread). */
  busyMs: number[];
}

export interface ScanPool {
  readonly size: number;
  /** Analyses `files` (absolute paths). Calls are queued: one scan runs at a time. */
  scan(files: string[], request?: ScanRequest): Promise<ScanOutcome>;
  /** Terminates the workers; the pool cannot be used afterwards. */
  close(): Promise<void>;
}

// ---- protocol (shared with scanWorker.ts) ----

export interface ScanWorkerData {
  tfscopeScanWorker: true;
  crashMarker?: string;
}

export interface ChunkMessage {
  type: 'chunk';
  scan: number;
  chunk: number;
  files: { index: number; file: string }[];
  options: AnalyzeOptions;
  prefilter: boolean;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; chunk: number; index: number; result: ProgramResult | null; bytes: number }
  | { type: 'done'; chunk: number };

// ---- pool ----

interface Chunk {
  id: number;
  files: { index: number; file: string }[];
  bytes: number;
  next: number; // files[0..next) have been reported
}

interface Slot {
  worker: Worker;
  ready: boolean;
  chunk: Chunk | null;
  dead: boolean;
  /** When the current chunk was handed over. */
  since: number;
}

function defaultWorkerFile(): string {
  const bundled = path.join(__dirname, 'scanPoolWorker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'scanWorker.js');
}

/** Splits files (kept in their order, so neighbours that import each other share a worker) into chunks, largest first. */
export function makeChunks(files: string[], sizes: number[], chunkBytes: number): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Chunk | null = null;
  let dir = '';
  for (let i = 0; i < files.length; i++) {
    const d = path.dirname(files[i]!);
    if (!cur || cur.bytes >= chunkBytes || (d !== dir && cur.bytes >= chunkBytes / 4)) {
      cur = { id: chunks.length, files: [], bytes: 0, next: 0 };
      chunks.push(cur);
    }
    dir = d;
    cur.files.push({ index: i, file: files[i]! });
    cur.bytes += sizes[i]!;
  }
  return chunks.sort((a, b) => b.bytes - a.bytes || a.id - b.id);
}

export async function createScanPool(options: ScanPoolOptions = {}): Promise<ScanPool> {
  const size = Math.max(1, options.workers ?? os.availableParallelism());
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const chunkBytes = options.chunkBytes ?? 192 * 1024;
  const slots: Slot[] = [];
  let closed = false;
  let scanSeq = 0;
  let queue: Promise<unknown> = Promise.resolve();

  // The scan in progress, if any: what the message handlers report into.
  let active: {
    pending: Chunk[];
    results: (ProgramResult | null | undefined)[];
    chars: number;
    remaining: number;
    crashes: number;
    busy: number[];
    options: AnalyzeOptions;
    prefilter: boolean;
    id: number;
    done: (err?: Error) => void;
  } | null = null;

  const crashResult = (file: string, why: string): ProgramResult => ({
    entry: file, language: 'python', mode: 'v2', variables: [], scopes: [], files: [file],
    diagnostics: [{
      file, line: 1, column: 1, severity: 'error', code: 'internal-error',
      message: `The analyzer crashed on this program (${why}); it was skipped.`,
    }],
  });

  const dispatch = (slot: Slot): void => {
    const a = active;
    if (!a || slot.dead || !slot.ready || slot.chunk) return;
    const chunk = a.pending.shift();
    if (!chunk) {
      slot.worker.unref();
      return;
    }
    slot.chunk = chunk;
    slot.since = performance.now();
    slot.worker.ref();
    const msg: ChunkMessage = {
      type: 'chunk', scan: a.id, chunk: chunk.id, files: chunk.files.slice(chunk.next), options: a.options, prefilter: a.prefilter,
    };
    slot.worker.postMessage(msg);
  };

  const finishIfDone = (): void => {
    const a = active;
    if (a && a.remaining === 0) {
      active = null;
      for (const s of slots) if (!s.dead) s.worker.unref();
      a.done();
    }
  };

  const spawn = (): Slot => {
    const data: ScanWorkerData = { tfscopeScanWorker: true };
    if (options.crashMarker) data.crashMarker = options.crashMarker;
    const worker = new Worker(workerFile, { workerData: data });
    const slot: Slot = { worker, ready: false, chunk: null, dead: false, since: 0 };
    // Referenced while it starts (so awaiting createScanPool keeps the process alive); unreferenced when idle.
    worker.on('message', (m: FromWorker) => {
      const a = active;
      switch (m.type) {
        case 'ready':
          slot.ready = true;
          readyWaiters.splice(0).forEach((f) => f());
          dispatch(slot);
          if (!slot.chunk) slot.worker.unref();
          return;
        case 'fatal':
          startFailure(slot, m.message);
          return;
        case 'result': {
          const c = slot.chunk;
          if (!a || !c || c.id !== m.chunk) return;
          c.next++;
          if (a.results[m.index] === undefined) {
            a.results[m.index] = m.result;
            a.chars += m.bytes;
            a.remaining--;
          }
          return;
        }
        case 'done':
          if (slot.chunk?.id === m.chunk) {
            slot.chunk = null;
            if (a) a.busy[slots.indexOf(slot)]! += performance.now() - slot.since;
          }
          dispatch(slot);
          finishIfDone();
          return;
      }
    });
    const onDeath = (why: string): void => {
      if (slot.dead) return;
      slot.dead = true;
      const i = slots.indexOf(slot);
      if (closed) return;
      const a = active;
      const c = slot.chunk;
      slot.chunk = null;
      if (a && c && i >= 0) a.busy[i]! += performance.now() - slot.since;
      if (!slot.ready) {
        startFailure(slot, why);
        return;
      }
      if (a && c) {
        a.crashes++;
        const victim = c.files[c.next];
        if (victim) {
          if (a.results[victim.index] === undefined) {
            a.results[victim.index] = crashResult(victim.file, why);
            a.remaining--;
          }
          c.next++;
        }
        if (c.next < c.files.length) a.pending.unshift(c);
      }
      if (i >= 0) slots[i] = spawn();
      for (const s of slots) dispatch(s);
      finishIfDone();
    };
    worker.on('error', (e) => onDeath(`worker error: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => onDeath(`worker exited with code ${code}`));
    return slot;
  };

  const readyWaiters: (() => void)[] = [];
  let startErrors = 0;
  let startError: Error | null = null;
  const startFailure = (slot: Slot, why: string): void => {
    slot.dead = true;
    void slot.worker.terminate();
    startErrors++;
    const i = slots.indexOf(slot);
    if (startErrors > 3 * size) {
      startError = new Error(`scan workers cannot start: ${why}`);
      if (i >= 0) slots.splice(i, 1);
      readyWaiters.splice(0).forEach((f) => f());
      if (active && slots.every((s) => s.dead)) {
        const a = active;
        active = null;
        a.done(startError);
      }
      return;
    }
    if (i >= 0) slots[i] = spawn();
  };

  for (let i = 0; i < size; i++) slots.push(spawn());
  // Resolve once at least one worker is ready (or starting is hopeless).
  await new Promise<void>((resolve) => {
    const check = (): void => {
      if (startError || slots.some((s) => s.ready)) resolve();
      else readyWaiters.push(check);
    };
    check();
  });
  if (startError) throw startError;

  const runScan = (files: string[], request: ScanRequest): Promise<ScanOutcome> =>
    new Promise<ScanOutcome>((resolve, reject) => {
      if (closed) {
        reject(new Error('the scan pool is closed'));
        return;
      }
      const sizes = files.map((f) => {
        try {
          return fs.statSync(f).size;
        } catch {
          return 0;
        }
      });
      const results: (ProgramResult | null | undefined)[] = new Array(files.length).fill(undefined);
      const { prefilter, ...options } = request;
      const id = ++scanSeq;
      active = {
        pending: makeChunks(files, sizes, chunkBytes),
        results, chars: 0, remaining: files.length, crashes: 0, id, busy: slots.map(() => 0),
        options, prefilter: prefilter ?? true,
        done: (err?: Error) => {
          if (err) {
            reject(err);
            return;
          }
          const programs: ProgramResult[] = [];
          const notTensorFlow: string[] = [];
          results.forEach((r, i) => {
            if (r) programs.push(r);
            else notTensorFlow.push(files[i]!);
          });
          resolve({ programs, notTensorFlow, chars: a.chars, workerCrashes: a.crashes, busyMs: a.busy.map((x) => Math.round(x)) });
        },
      };
      const a = active;
      if (files.length === 0) {
        finishIfDone();
        return;
      }
      for (const s of slots) dispatch(s);
    });

  return {
    size,
    scan(files: string[], request: ScanRequest = {}): Promise<ScanOutcome> {
      const p = queue.then(() => runScan(files, request));
      queue = p.catch(() => undefined);
      return p;
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
