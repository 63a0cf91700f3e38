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
import type { ReadSet } from './scanCache';

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
  /** Also report what each analysis read (for the persistent cache, src/host/scanCache.ts). */
  record?: boolean;
  /**
   * Results as the JSON text of each ProgramResult (`ScanOutcome.texts`, `programs` left empty): the worker
   * stringifies, and the text crosses to this thread as one string, not as objects cloned and rebuilt here
   * (`tfscope scan --json` prints the text as it is).
   */
  json?: boolean;
}

/** One program's result as the JSON text `JSON.stringify(result)` gives (`ScanRequest.json`). */
export interface ProgramText {
  entry: string;
  json: string;
  /** The result holds an 'internal-error' diagnostic (not to be cached). */
  internalError: boolean;
}

/** The text form of a result (what a worker posts when asked for JSON). */
export function programText(r: ProgramResult): ProgramText {
  return { entry: r.entry, json: JSON.stringify(r), internalError: r.diagnostics.some((d) => d.code === 'internal-error') };
}

export interface ScanOutcome {
  /** One result per analysed file, in the order the files were given; pre-filtered files are left out. */
  programs: ProgramResult[];
  /** With `json`: the results as text instead, in the same order. */
  texts: ProgramText[];
  /** Files the pre-filter found to be no TensorFlow code. */
  notTensorFlow: string[];
  /** Characters of the given files that were read (entries only, not their imports). */
  chars: number;
  /** Workers that died during this scan (each one's file got an 'internal-error' result). */
  workerCrashes: number;
  /** Per worker slot: milliseconds it spent with a chunk in hand (how evenly the work was spread). */
  busyMs: number[];
  /** With `record`: entry → the files its analysis read (not for crashed or pre-filtered files). */
  reads: Map<string, ReadSet>;
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
  record: boolean;
  json: boolean;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; chunk: number; index: number; result: ProgramResult | ProgramText | null; bytes: number; reads?: ReadSet }
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

/** The scan in progress: what the workers' messages report into. */
interface ActiveScan {
  pending: Chunk[];
  results: (ProgramResult | ProgramText | null | undefined)[];
  reads: Map<string, ReadSet>;
  chars: number;
  remaining: number;
  crashes: number;
  busy: number[];
  options: AnalyzeOptions;
  prefilter: boolean;
  record: boolean;
  json: boolean;
  id: number;
  done: (err?: Error) => void;
}

function crashResult(file: string, why: string): ProgramResult {
  return {
    entry: file, language: 'python', mode: 'v2', variables: [], scopes: [], files: [file],
    diagnostics: [{
      file, line: 1, column: 1, severity: 'error', code: 'internal-error',
      message: `The analyzer crashed on this program (${why}); it was skipped.`,
    }],
  };
}

function fileSize(f: string): number {
  try {
    return fs.statSync(f).size;
  } catch {
    return 0;
  }
}

/** The pool's workers and scheduling; `createScanPool` wraps it in the public `ScanPool`. */
class Pool {
  readonly slots: Slot[] = [];
  closed = false;
  private scanSeq = 0;
  private active: ActiveScan | null = null;
  private readonly readyWaiters: (() => void)[] = [];
  private startErrors = 0;
  startError: Error | null = null;

  constructor(
    readonly size: number,
    private readonly workerFile: string,
    private readonly chunkBytes: number,
    private readonly crashMarker: string | undefined,
  ) {}

  /** Starts the workers; resolves once at least one is ready (or starting is hopeless). */
  async start(): Promise<void> {
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (this.startError || this.slots.some((s) => s.ready)) resolve();
        else this.readyWaiters.push(check);
      };
      check();
    });
    if (this.startError) throw this.startError;
  }

  private dispatch(slot: Slot): void {
    const a = this.active;
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
      type: 'chunk', scan: a.id, chunk: chunk.id, files: chunk.files.slice(chunk.next), options: a.options, prefilter: a.prefilter, record: a.record, json: a.json,
    };
    slot.worker.postMessage(msg);
  }

  private finishIfDone(): void {
    const a = this.active;
    if (a && a.remaining === 0) {
      this.active = null;
      for (const s of this.slots) if (!s.dead) s.worker.unref();
      a.done();
    }
  }

  private spawn(): Slot {
    const data: ScanWorkerData = { tfscopeScanWorker: true };
    if (this.crashMarker) data.crashMarker = this.crashMarker;
    const worker = new Worker(this.workerFile, { workerData: data });
    const slot: Slot = { worker, ready: false, chunk: null, dead: false, since: 0 };
    // Referenced while it starts (so awaiting createScanPool keeps the process alive); unreferenced when idle.
    worker.on('message', (m: FromWorker) => this.onMessage(slot, m));
    worker.on('error', (e) => this.onDeath(slot, `worker error: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => this.onDeath(slot, `worker exited with code ${code}`));
    return slot;
  }

  private onMessage(slot: Slot, m: FromWorker): void {
    const a = this.active;
    switch (m.type) {
      case 'ready':
        slot.ready = true;
        this.readyWaiters.splice(0).forEach((f) => f());
        this.dispatch(slot);
        if (!slot.chunk) slot.worker.unref();
        return;
      case 'fatal':
        this.startFailure(slot, m.message);
        return;
      case 'result': {
        const c = slot.chunk;
        if (!a || !c || c.id !== m.chunk) return;
        c.next++;
        if (a.results[m.index] === undefined) {
          a.results[m.index] = m.result;
          if (m.result && m.reads) a.reads.set(m.result.entry, m.reads);
          a.chars += m.bytes;
          a.remaining--;
        }
        return;
      }
      case 'done':
        if (slot.chunk?.id === m.chunk) {
          slot.chunk = null;
          if (a) a.busy[this.slots.indexOf(slot)]! += performance.now() - slot.since;
        }
        this.dispatch(slot);
        this.finishIfDone();
        return;
    }
  }

  /** A worker died: its current file gets an 'internal-error' result, the rest of its chunk goes back, a new worker takes its place. */
  private onDeath(slot: Slot, why: string): void {
    if (slot.dead) return;
    slot.dead = true;
    const i = this.slots.indexOf(slot);
    if (this.closed) return;
    const a = this.active;
    const c = slot.chunk;
    slot.chunk = null;
    if (a && c && i >= 0) a.busy[i]! += performance.now() - slot.since;
    if (!slot.ready) {
      this.startFailure(slot, why);
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
    if (i >= 0) this.slots[i] = this.spawn();
    for (const s of this.slots) this.dispatch(s);
    this.finishIfDone();
  }

  private startFailure(slot: Slot, why: string): void {
    slot.dead = true;
    void slot.worker.terminate();
    this.startErrors++;
    const i = this.slots.indexOf(slot);
    if (this.startErrors > 3 * this.size) {
      this.startError = new Error(`scan workers cannot start: ${why}`);
      if (i >= 0) this.slots.splice(i, 1);
      this.readyWaiters.splice(0).forEach((f) => f());
      if (this.active && this.slots.every((s) => s.dead)) {
        const a = this.active;
        this.active = null;
        a.done(this.startError);
      }
      return;
    }
    if (i >= 0) this.slots[i] = this.spawn();
  }

  run(files: string[], request: ScanRequest): Promise<ScanOutcome> {
    return new Promise<ScanOutcome>((resolve, reject) => {
      if (this.closed) {
        reject(new Error('the scan pool is closed'));
        return;
      }
      const results: (ProgramResult | ProgramText | null | undefined)[] = new Array(files.length).fill(undefined);
      const { prefilter, record, json, ...options } = request;
      const a: ActiveScan = {
        pending: makeChunks(files, files.map(fileSize), this.chunkBytes),
        results, reads: new Map(), chars: 0, remaining: files.length, crashes: 0, id: ++this.scanSeq, busy: this.slots.map(() => 0),
        options, prefilter: prefilter ?? true, record: record ?? false, json: json ?? false,
        done: (err?: Error) => {
          if (err) {
            reject(err);
            return;
          }
          const programs: ProgramResult[] = [];
          const texts: ProgramText[] = [];
          const notTensorFlow: string[] = [];
          results.forEach((r, i) => {
            if (!r) notTensorFlow.push(files[i]!);
            else if ('json' in r) texts.push(r);
            else if (a.json) texts.push(programText(r)); // a crashed worker's file
            else programs.push(r);
          });
          resolve({ programs, texts, notTensorFlow, chars: a.chars, workerCrashes: a.crashes, busyMs: a.busy.map((x) => Math.round(x)), reads: a.reads });
        },
      };
      this.active = a;
      if (files.length === 0) {
        this.finishIfDone();
        return;
      }
      for (const s of this.slots) this.dispatch(s);
    });
  }
}

export async function createScanPool(options: ScanPoolOptions = {}): Promise<ScanPool> {
  const size = Math.max(1, options.workers ?? os.availableParallelism());
  const pool = new Pool(size, options.workerFile ?? defaultWorkerFile(), options.chunkBytes ?? 192 * 1024, options.crashMarker);
  await pool.start();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    size,
    scan(files: string[], request: ScanRequest = {}): Promise<ScanOutcome> {
      const p = queue.then(() => pool.run(files, request));
      queue = p.catch(() => undefined);
      return p;
    },
    async close(): Promise<void> {
      pool.closed = true;
      await Promise.all(pool.slots.map((s) => s.worker.terminate()));
    },
  };
}
