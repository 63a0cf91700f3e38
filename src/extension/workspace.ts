// The workspace's analysis state: finds the files `tfScope.include` matches (Python, and TS/JS that TF.js
// programs are made of; workspaceFiles.ts), analyses each as a program entry on first use (lazily, loading the parser wasm then;
// large workspaces in src/host's scan pool), and re-analyses only a changed file's dependent programs, at once
// when idle (reanalysis.ts paces sustained typing). Text comes from open editors first (unsaved edits), then disk.
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import type { Analyzer, AnalyzeOptions, SourceHost } from '../core/api';
import type { ProgramResult } from '../core/model';
import { listCheckpoint } from '../host/checkpoint';
import { hdf5Loaded, loadHdf5, WANTS_HDF5 } from '../host/kerasWeights';
import { analysisOptions, globOf, readConfig } from './config';
import { ProgramIndex } from './programIndex';
import { ReanalysisScheduler } from './reanalysis';
import { firstScanOrder } from './scanOrder';
import { walkAdmits, WALK_SETTINGS, workspaceFiles } from './workspaceFiles';
import { memoHasher, recordingHost, ScanCache } from '../host/scanCache';
import { TF_HINT } from '../host/scanPool';

/** A scan's persistent cache and its view of the files' hashes. */
interface CacheUse { cache: ScanCache; hashOf(path: string): string | null }

/** One full scan's settings: its generation, options, cache, and whether it shows programs as they come. */
interface ScanRun { gen: number; options: AnalyzeOptions; cached: CacheUse | undefined; progressive: boolean }

export type AnalysisState = 'idle' | 'loading' | 'ready';

export interface UpdateEvent {
  /** Entries that were (re)analysed or removed. */
  entries: string[];
  /** Milliseconds spent in the analyzer for this update. */
  analysisMs: number;
  /** CPU milliseconds of this process meanwhile (all its threads; for edits only): below analysisMs when other processes took the core. */
  analysisCpuMs?: number;
  /** What triggered it: a full scan or an edit/save/create/delete of these files. */
  cause: 'scan' | 'change';
}

const MAX_FILES = 5000;
/** Up to this many files to analyse, the first scan reads them to order them (scanOrder.ts). */
const ORDER_MAX_FILES = 1000;
/** From this many files on, the first scan runs in the core's worker-thread pool (env override for tests). */
const POOL_MIN_FILES = Number(process.env.TFSCOPE_SCAN_POOL_MIN ?? 40);
/** Testing aid: the first scan leaves all its work to the pool (this thread analyses nothing while it starts). */
const POOL_ONLY = process.env.TFSCOPE_SCAN_POOL_ONLY === '1';
/** A re-analysis of several programs yields the thread after this long (and stops if the user typed meanwhile). */
const SLICE_MS = 30;

/** A SourceHost that prefers the text of open documents over the file on disk. */
export function editorHost(maxBytes = 5 * 1024 * 1024): SourceHost {
  return {
    readFile(p: string): string | undefined {
      for (const d of vscode.workspace.textDocuments) {
        if (d.uri.scheme === 'file' && d.uri.fsPath === p) return d.getText();
      }
      try {
        // throwIfNoEntry: module resolution probes many missing paths; exceptions would dominate.
        const st = fs.statSync(p, { throwIfNoEntry: false });
        if (!st) return undefined;
        if (!st.isFile() || st.size > maxBytes) return undefined;
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
    readCheckpoint: listCheckpoint,
  };
}

export class WorkspaceAnalysis implements vscode.Disposable {
  readonly index = new ProgramIndex();
  private readonly emitter = new vscode.EventEmitter<UpdateEvent>();
  readonly onDidUpdate = this.emitter.event;
  private readonly stateEmitter = new vscode.EventEmitter<AnalysisState>();
  readonly onDidChangeState = this.stateEmitter.event;
  /** During the first scan: a program came into the index (the tree shows it before the scan ends). */
  private readonly progressEmitter = new vscode.EventEmitter<void>();
  readonly onDidProgress = this.progressEmitter.event;
  private analyzer: Promise<Analyzer> | undefined;
  private scan: Promise<void> | undefined;
  private entries = new Set<string>();
  /** Changed files whose dependent programs are to be re-analysed. */
  private pending = new Set<string>();
  /** Programs left over by a re-analysis pass that stopped early because the user kept typing. */
  private pendingEntries = new Set<string>();
  private readonly scheduler = new ReanalysisScheduler(() => {
    this.pass(true).catch((e) => this.log.error(`re-analysis failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
  });
  /** The running re-analysis pass (it awaits between programs). */
  private passing: Promise<void> | undefined;
  private generation = 0;
  private readonly host = editorHost();
  private readonly disposables: vscode.Disposable[] = [];
  state: AnalysisState = 'idle';
  /** Timestamp (performance.now) of the last text change that scheduled work; for the benchmark. */
  lastChangeAt = 0;
  /** performance.now() when the service was created (activation) and when the first scan finished. */
  readonly createdAt = performance.now();
  firstScanDoneAt: number | undefined;
  /** isIncluded's answers since the last scan, by path. */
  private readonly admitted = new Map<string, boolean>();
  /** Where the last full scan ran: the core's worker-thread pool or this (extension host) thread. */
  lastScanMode: 'pool' | 'host' | undefined;
  /** The programs the last full scan's worker threads analysed (empty when this thread did all of it). */
  lastPoolPrograms: string[] = [];
  /** Programs the last full scan took from the workspace storage's cache. */
  lastCacheHits = 0;
  /** The first scan's milestones in ms since createdAt (parser loaded, files found, …): the log and the benchmark. */
  readonly phases: Record<string, number> = {};
  /** During the first scan: each program's time of arrival in the index, ms since createdAt (the benchmark). */
  readonly shownAt = new Map<string, number>();

  private mark(name: string): void {
    this.phases[name] ??= Math.round(performance.now() - this.createdAt);
  }

  /** `cacheDir`: where analyses persist between sessions (the workspace storage); none: no cache. */
  constructor(private readonly log: vscode.LogOutputChannel, private readonly loadAnalyzer: () => Promise<Analyzer>, private readonly cacheDir?: string) {
    this.index.showAnalysisLimits = readConfig().showAnalysisLimits;
    this.index.showTrainingStateFlat = readConfig().showTrainingStateFlat;
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.changed(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.changed(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tfScope.include') || e.affectsConfiguration('tfScope.exclude') || e.affectsConfiguration('tfScope.tfMode') || e.affectsConfiguration('tfScope.tensorflowVersion')
          || e.affectsConfiguration('tfScope.values') || WALK_SETTINGS.some((k) => e.affectsConfiguration(k))) {
          if (this.scan) void this.refresh();
        }
        if (e.affectsConfiguration('tfScope.showAnalysisLimits') || e.affectsConfiguration('tfScope.showTrainingStateFlat')) {
          this.index.showAnalysisLimits = readConfig().showAnalysisLimits;
          this.index.showTrainingStateFlat = readConfig().showTrainingStateFlat;
          // Same results, other problems: a full republish (Problems, tree counts).
          if (this.state === 'ready') this.emitter.fire({ entries: [], analysisMs: 0, cause: 'scan' });
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{py,ts,tsx,mts,cts,js,jsx,mjs,cjs}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.changed(u, true)),
      // An open document's text is what gets analysed (a reload from disk changes it and fires its own
      // change event): a save would only repeat the analysis of the same text.
      watcher.onDidChange((u) => !this.isOpen(u) && this.changed(u)),
      watcher.onDidDelete((u) => this.changed(u, true)),
    );
    // VS Code's search reads the ignore files afresh each time: a changed one changes which files are listed
    const ignoreFiles = vscode.workspace.createFileSystemWatcher('**/{.gitignore,.ignore,.rgignore}');
    const rescan = (): void => this.refreshIfStarted();
    this.disposables.push(ignoreFiles, ignoreFiles.onDidCreate(rescan), ignoreFiles.onDidChange(rescan), ignoreFiles.onDidDelete(rescan));
  }

  private setState(s: AnalysisState): void {
    if (this.state === s) return;
    this.state = s;
    this.stateEmitter.fire(s);
  }

  /** Starts the first scan if needed; resolves once the index shows a program, or when the scan ends without one. */
  firstResults(): Promise<void> {
    const scan = this.ensureStarted();
    if (this.index.visible().length > 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const sub = this.onDidProgress(() => {
        if (this.index.visible().length === 0) return;
        sub.dispose();
        resolve();
      });
      const end = (): void => {
        sub.dispose();
        resolve();
      };
      scan.then(end, end);
    });
  }

  logDebug(message: string): void {
    this.log.debug(message);
  }

  /** Starts the first scan if nothing has been analysed yet; resolves when it is done. */
  ensureStarted(): Promise<void> {
    this.scan ??= this.runScan();
    return this.scan;
  }

  /** Re-analyses everything when a scan has run (a settings change before the first scan needs none). */
  refreshIfStarted(): void {
    if (this.scan) void this.refresh();
  }

  /** Re-discovers files and re-analyses everything. */
  refresh(): Promise<void> {
    this.scan = this.runScan();
    return this.scan;
  }

  private getAnalyzer(): Promise<Analyzer> {
    if (!this.analyzer) {
      const t0 = performance.now();
      this.analyzer = this.loadAnalyzer().then((a) => {
        this.log.info(`parser loaded in ${(performance.now() - t0).toFixed(0)} ms`);
        return a;
      });
      this.analyzer.catch((e) => this.log.error(`cannot load the analyzer: ${String(e)}`));
    }
    return this.analyzer;
  }

  private isOpen(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'file' && d.uri.fsPath === uri.fsPath);
  }

  /**
   * A file not listed by the last walk: whether the walk would list it now (include, excludes, ignore files). Asked
   * on each keystroke in such a file, so each answer is kept until the next scan (a settings or ignore-file change
   * rescans); a file created or deleted is asked afresh.
   */
  private isIncluded(uri: vscode.Uri, fresh = false): boolean {
    if (uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(uri)) return false;
    const known = fresh ? undefined : this.admitted.get(uri.fsPath);
    if (known !== undefined) return known;
    const cfg = readConfig(uri);
    const inc = globOf(cfg.include);
    const verdict = !!inc && walkAdmits(uri.fsPath, inc, cfg.exclude);
    this.admitted.set(uri.fsPath, verdict);
    return verdict;
  }

  /**
   * A full scan. The parser loads while VS Code lists the files; cached programs come first, then the open
   * editors' files. The first scan fills the index as programs come (onDidProgress: the tree shows them early);
   * with many files it analyses on this thread, time-sliced, until the worker pool is up, which takes the rest.
   * A later scan (Refresh) in the pool keeps the previous results until it is done.
   */
  private async runScan(): Promise<void> {
    const gen = ++this.generation;
    const first = this.firstScanDoneAt === undefined;
    this.setState('loading');
    const t0 = performance.now();
    this.mark('scanStart');
    try {
      const cfg = readConfig();
      const inc = globOf(cfg.include);
      // the parser loads while the files are listed and the cache is read (cached programs need no parser)
      const loading = this.getAnalyzer().then((a) => (this.mark('parser'), a));
      loading.catch(() => undefined);
      this.admitted.clear();
      const paths = inc ? (await workspaceFiles(inc, cfg.exclude, MAX_FILES)).sort() : [];
      this.mark('files');
      if (gen !== this.generation) return;
      this.entries = new Set(paths);
      const options = analysisOptions(cfg);
      // Programs whose files are unchanged since an earlier session come from the workspace storage.
      const { hits, misses, cached } = this.fromCache(paths, options, cfg.cache);
      this.lastCacheHits = hits.length;
      this.mark('cache');
      const open = new Set(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file').map((d) => d.uri.fsPath));
      // shown as they come: open editors first, then modules importing no workspace module, then the drivers
      const ordered = first && misses.length <= ORDER_MAX_FILES ? firstScanOrder(misses, (f) => open.has(f), (f) => this.host.readFile(f)) : misses.sort((a, b) => Number(open.has(b)) - Number(open.has(a)));
      misses.splice(0, misses.length, ...ordered);
      const scan: ScanRun = { gen, options, cached, progressive: first };
      if (first || misses.length < POOL_MIN_FILES) {
        this.index.clear();
        for (const r of hits) this.index.set(r);
        if (first && hits.length) this.progressEmitter.fire();
      }
      const analyzer = await loading;
      if (gen !== this.generation) return;
      if (misses.length < POOL_MIN_FILES) this.lastScanMode = 'host';
      const analysisMs = misses.length >= POOL_MIN_FILES ? await this.poolScan(analyzer, misses, hits, scan) : await this.hostScan(analyzer, misses, () => true, scan, false);
      if (analysisMs === undefined) return;
      this.log.info(`analysed ${paths.length} files (${this.index.visible().length} TensorFlow programs) in ${(performance.now() - t0).toFixed(0)} ms`);
      this.logLimits();
      this.firstScanDoneAt ??= performance.now();
      this.mark('scanEnd');
      if (first) this.log.info(`first scan: ${Object.entries(this.phases).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
      this.setState('ready');
      this.emitter.fire({ entries: paths, analysisMs, cause: 'scan' });
    } catch (e) {
      this.log.error(`analysis failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.setState('ready');
    }
  }

  /**
   * Analyses `list` on this thread in order while `go()` holds, yielding every SLICE_MS; `prefilter`: skip files
   * that never mention TensorFlow (as the pool does). Returns the analysis ms, or undefined if a newer scan took over.
   */
  private async hostScan(analyzer: Analyzer, list: string[], go: () => boolean, scan: ScanRun, prefilter: boolean, done?: { count: number }): Promise<number | undefined> {
    let slice = performance.now();
    let ms = 0;
    for (const p of list) {
      if (!go()) break;
      if (done) done.count++;
      if (prefilter && !TF_HINT.test(this.host.readFile(p) ?? '')) continue;
      const a0 = performance.now();
      this.analyzeOne(analyzer, p, scan.options, scan.cached);
      ms += performance.now() - a0;
      this.mark('firstProgram');
      if (scan.progressive && !this.shownAt.has(p)) this.shownAt.set(p, Math.round(performance.now() - this.createdAt));
      if (scan.progressive) this.progressEmitter.fire();
      if (performance.now() - slice > SLICE_MS) {
        // Keep the extension host responsive.
        await new Promise((r) => setImmediate(r));
        if (scan.gen !== this.generation) return undefined;
        slice = performance.now();
      }
    }
    return ms;
  }

  /** Large workspaces: the core's worker-thread pool, off this thread (which, in the first scan, starts the work). */
  private async poolScan(analyzer: Analyzer, misses: string[], hits: ProgramResult[], scan: ScanRun): Promise<number | undefined> {
    const { createScanPool } = await import('../host/scanPool');
    const starting = createScanPool({ workers: Math.max(1, Math.min(4, os.availableParallelism() - 1)) });
    let rest = misses;
    let hostMs = 0;
    this.lastPoolPrograms = [];
    if (scan.progressive && !POOL_ONLY) {
      let up = false;
      void starting.then(() => (up = true), () => (up = true));
      const done = { count: 0 };
      const ms = await this.hostScan(analyzer, misses, () => !up, scan, true, done);
      if (ms === undefined) return undefined;
      hostMs = ms;
      rest = misses.slice(done.count);
    }
    const pool = await starting;
    this.mark('pool');
    try {
      const a0 = performance.now();
      const out = await pool.scan(rest, { ...scan.options, prefilter: true, record: !!scan.cached });
      if (scan.gen !== this.generation) return undefined;
      if (!scan.progressive) {
        this.index.clear();
        for (const r of hits) this.index.set(r);
      }
      for (const r of out.programs) {
        this.index.set(r);
        if (scan.progressive && !this.shownAt.has(r.entry)) this.shownAt.set(r.entry, Math.round(performance.now() - this.createdAt));
        const reads = out.reads.get(r.entry);
        if (scan.cached && reads && !r.diagnostics.some((d) => d.code === 'internal-error')) scan.cached.cache.put(r.entry, reads, r);
      }
      this.lastScanMode = 'pool';
      this.lastPoolPrograms = out.programs.map((r) => r.entry);
      // The workers read the disk: redo the programs that read a file with unsaved edits.
      for (const d of vscode.workspace.textDocuments) {
        if (d.isDirty && d.uri.scheme === 'file') for (const e of new Set([...this.index.dependentsOf(d.uri.fsPath), ...(this.entries.has(d.uri.fsPath) ? [d.uri.fsPath] : [])])) this.analyzeOne(analyzer, e);
      }
      return hostMs + performance.now() - a0;
    } finally {
      void pool.close();
    }
  }

  /** The analyzer's limits go to the log (Problems shows them only with tfScope.showAnalysisLimits). */
  private logLimits(): void {
    const limits = this.index.analysisLimits();
    if (limits.length === 0) return;
    this.log.info(`the analysis could not follow ${limits.length} thing(s) (not problems of the programs):`);
    for (const d of limits) this.log.info(`  ${vscode.workspace.asRelativePath(d.file)}:${d.line}: ${d.message} [${d.code}]`);
  }

  /**
   * Splits a scan's files into programs cached in the workspace storage whose every read file is unchanged
   * (hashed as the editor has them, unsaved edits included) and the rest. Files that never mention TensorFlow
   * are left out of the rest when the scan pool would pre-filter them anyway.
   */
  private fromCache(paths: string[], options: AnalyzeOptions, enabled: boolean): { hits: ProgramResult[]; misses: string[]; cached: CacheUse | undefined } {
    if (!enabled || !this.cacheDir) return { hits: [], misses: paths, cached: undefined };
    const disk = memoHasher(this.host);
    const cache = new ScanCache(this.cacheDir, options, (m) => this.log.warn(m));
    const hits: ProgramResult[] = [];
    const misses: string[] = [];
    for (const p of paths) {
      const hit = cache.get(p, disk.hashOf);
      if (hit) hits.push(hit);
      else misses.push(p);
    }
    const likely = misses.filter((p) => TF_HINT.test(disk.host.readFile(p) ?? ''));
    this.log.info(`cache: ${hits.length} of ${paths.length} files unchanged since the last analysis`);
    return { hits, misses: likely.length >= POOL_MIN_FILES ? likely : misses, cached: { cache, hashOf: disk.hashOf } };
  }

  private analyzeOne(analyzer: Analyzer, entry: string, options: AnalyzeOptions = analysisOptions(), cached?: CacheUse): ProgramResult | undefined {
    const text = this.host.readFile(entry);
    if (text === undefined) {
      this.index.delete(entry);
      return undefined;
    }
    // Keras weights are read by h5wasm, loaded on first need (this analysis says so; the next one checks them)
    if (WANTS_HDF5.test(text) && !hdf5Loaded()) void loadHdf5().catch(() => undefined);
    // The entry's text was just read: hand the same string to the analyzer instead of reading it again.
    const direct: SourceHost = { readFile: (p) => (p === entry ? text : this.host.readFile(p)), readCheckpoint: (p) => this.host.readCheckpoint?.(p) };
    const recording = cached ? recordingHost(direct, cached.hashOf) : undefined;
    try {
      const r = analyzer.analyze(entry, recording ?? direct, options);
      if (cached && recording && !r.diagnostics.some((d) => d.code === 'internal-error')) cached.cache.put(entry, recording.reads(), r);
      this.index.set(r);
      return r;
    } catch (e) {
      this.log.error(`analyzer threw on ${entry}: ${String(e)}`);
      this.index.delete(entry);
      return undefined;
    }
  }

  /** Schedules re-analysis of the programs that read `uri`: at once when idle, paced while typing goes on. */
  changed(uri: vscode.Uri, fresh = false): void {
    if (uri.scheme !== 'file' || !this.scan) return;
    const p = uri.fsPath;
    if (!this.entries.has(p) && this.index.dependentsOf(p).length === 0 && !this.isIncluded(uri, fresh)) return;
    this.pending.add(p);
    this.lastChangeAt = performance.now();
    this.scheduler.request();
  }

  /** Runs all pending re-analysis now, to the end (also used by tests and the benchmark). */
  async flush(): Promise<void> {
    this.scheduler.cancel();
    await this.scan;
    while (this.passing || this.pending.size > 0 || this.pendingEntries.size > 0) {
      if (this.passing) await this.passing;
      else await this.pass(false);
    }
  }

  /**
   * One re-analysis pass over the pending changes. Programs run one after the other on this thread; after
   * SLICE_MS the pass yields, and an `interruptible` pass stops there if the user changed something
   * meanwhile (the programs not done yet wait for the next pass, which re-analyses the new text).
   */
  private async pass(interruptible: boolean): Promise<void> {
    if (this.passing) return; // the running pass reschedules what is left when it ends
    let done!: () => void;
    this.passing = new Promise<void>((r) => (done = r));
    try {
      await this.runPass(interruptible);
    } finally {
      this.passing = undefined;
      done();
      if (this.pending.size > 0 || this.pendingEntries.size > 0) this.scheduler.request();
    }
  }

  private async runPass(interruptible: boolean): Promise<void> {
    await this.scan;
    if (this.pending.size === 0 && this.pendingEntries.size === 0) return;
    const analyzer = await this.getAnalyzer();
    const files = [...this.pending];
    this.pending.clear();
    // The changed files' own programs first (what the user is looking at), then leftovers, then dependents.
    const todo = new Set<string>();
    const dependents = new Set<string>(this.pendingEntries);
    this.pendingEntries.clear();
    for (const f of files) {
      // Edited text needs no invalidate: the analyzer diffs it against its cached tree and re-parses
      // incrementally. Only a file that is gone from disk (and not open) loses its cached parse.
      for (const e of this.index.dependentsOf(f)) dependents.add(e);
      const exists = fs.existsSync(f);
      if (!exists) analyzer.invalidate(f);
      if (exists && (this.entries.has(f) || this.isIncluded(vscode.Uri.file(f)))) {
        this.entries.add(f);
        todo.add(f);
      } else if (!exists) {
        // Deleted from disk: no longer a program (even if a closed editor's document still lingers).
        this.entries.delete(f);
        this.index.delete(f);
        dependents.delete(f);
      }
    }
    for (const e of dependents) todo.add(e);
    const list = [...todo];
    const options = analysisOptions();
    const gen = this.generation;
    let sliceStart = performance.now();
    let batch: string[] = [];
    let analysisMs = 0;
    let analysisCpuMs = 0;
    const emit = (): void => {
      this.log.debug(`re-analysed ${batch.length} program(s) after changes to ${files.length} file(s) in ${analysisMs.toFixed(1)} ms (${analysisCpuMs.toFixed(1)} ms CPU)`);
      this.emitter.fire({ entries: batch, analysisMs, analysisCpuMs, cause: 'change' });
      this.scheduler.ran(sliceStart, performance.now());
      batch = [];
      analysisMs = 0;
      analysisCpuMs = 0;
    };
    for (let i = 0; i < list.length; i++) {
      const c0 = process.cpuUsage();
      const a0 = performance.now();
      this.analyzeOne(analyzer, list[i]!, options);
      analysisMs += performance.now() - a0;
      const c = process.cpuUsage(c0);
      analysisCpuMs += (c.user + c.system) / 1000;
      batch.push(list[i]!);
      if (i + 1 < list.length && performance.now() - sliceStart > SLICE_MS) {
        emit();
        await new Promise((r) => setImmediate(r));
        if (gen !== this.generation) return; // a new full scan (or dispose) took over
        if (interruptible && this.pending.size > 0) {
          for (const e of list.slice(i + 1)) this.pendingEntries.add(e);
          return;
        }
        sliceStart = performance.now();
      }
    }
    if (batch.length > 0 || files.length > 0) emit();
  }

  dispose(): void {
    this.scheduler.cancel();
    this.generation++;
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
    this.stateEmitter.dispose();
    this.progressEmitter.dispose();
    void this.analyzer?.then((a) => a.dispose(), () => undefined);
  }
}
