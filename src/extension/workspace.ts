// The workspace's analysis state: finds the included Python files, analyses each as a program entry on
// first use (lazily, loading the parser wasm then), and re-analyses only a changed file's dependent
// programs after a short debounce. Text comes from open editors first (unsaved edits), then disk.
import * as fs from 'fs';
import * as os from 'os';
import * as vscode from 'vscode';
import type { Analyzer, SourceHost } from '../core/api';
import type { ProgramResult } from '../core/model';
import { globOf, readConfig } from './config';
import { ProgramIndex } from './programIndex';

export type AnalysisState = 'idle' | 'loading' | 'ready';

export interface UpdateEvent {
  /** Entries that were (re)analysed or removed. */
  entries: string[];
  /** Milliseconds spent in the analyzer for this update. */
  analysisMs: number;
  /** What triggered it: a full scan or an edit/save/create/delete of these files. */
  cause: 'scan' | 'change';
}

const MAX_FILES = 5000;
/** From this many files on, the first scan runs in the core's worker-thread pool (env override for tests). */
const POOL_MIN_FILES = Number(process.env.TFSCOPE_SCAN_POOL_MIN ?? 40);
const DEBOUNCE_MS = 15;
const MAX_DEBOUNCE_MS = 250;

/** A SourceHost that prefers the text of open documents over the file on disk. */
export function editorHost(maxBytes = 5 * 1024 * 1024): SourceHost {
  return {
    readFile(p: string): string | undefined {
      for (const d of vscode.workspace.textDocuments) {
        if (d.uri.scheme === 'file' && d.uri.fsPath === p) return d.getText();
      }
      try {
        const st = fs.statSync(p);
        if (!st.isFile() || st.size > maxBytes) return undefined;
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export class WorkspaceAnalysis implements vscode.Disposable {
  readonly index = new ProgramIndex();
  private readonly emitter = new vscode.EventEmitter<UpdateEvent>();
  readonly onDidUpdate = this.emitter.event;
  private readonly stateEmitter = new vscode.EventEmitter<AnalysisState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private analyzer: Promise<Analyzer> | undefined;
  private scan: Promise<void> | undefined;
  private entries = new Set<string>();
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly host = editorHost();
  private readonly disposables: vscode.Disposable[] = [];
  state: AnalysisState = 'idle';
  /** Duration of the last re-analysis triggered by each file (drives the adaptive debounce). */
  private readonly lastCost = new Map<string, number>();
  /** Timestamp (performance.now) of the last text change that scheduled work; for the benchmark. */
  lastChangeAt = 0;
  /** performance.now() when the service was created (activation) and when the first scan finished. */
  readonly createdAt = performance.now();
  firstScanDoneAt: number | undefined;
  /** Where the last full scan ran: the core's worker-thread pool or this (extension host) thread. */
  lastScanMode: 'pool' | 'host' | undefined;

  constructor(private readonly log: vscode.LogOutputChannel, private readonly loadAnalyzer: () => Promise<Analyzer>) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.changed(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.changed(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tfScope.include') || e.affectsConfiguration('tfScope.exclude') || e.affectsConfiguration('tfScope.tfMode')) {
          if (this.scan) void this.refresh();
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{py,ts,tsx,mts,cts,js,jsx,mjs,cjs}');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((u) => this.changed(u)),
      watcher.onDidChange((u) => this.changed(u)),
      watcher.onDidDelete((u) => this.changed(u)),
    );
  }

  private setState(s: AnalysisState): void {
    if (this.state === s) return;
    this.state = s;
    this.stateEmitter.fire(s);
  }

  /** Starts the first scan if nothing has been analysed yet; resolves when it is done. */
  ensureStarted(): Promise<void> {
    this.scan ??= this.runScan();
    return this.scan;
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

  private isIncluded(uri: vscode.Uri): boolean {
    if (uri.scheme !== 'file' || !vscode.workspace.getWorkspaceFolder(uri)) return false;
    const cfg = readConfig(uri);
    const doc = { uri, languageId: 'python' } as vscode.TextDocument;
    const inc = globOf(cfg.include);
    const exc = globOf(cfg.exclude);
    const match = (g: string | undefined): boolean => !!g && vscode.languages.match({ pattern: g }, doc) > 0;
    return match(inc) && !match(exc);
  }

  private async runScan(): Promise<void> {
    const gen = ++this.generation;
    this.setState('loading');
    const t0 = performance.now();
    try {
      const analyzer = await this.getAnalyzer();
      const cfg = readConfig();
      const inc = globOf(cfg.include);
      const files = inc ? await vscode.workspace.findFiles(inc, globOf(cfg.exclude), MAX_FILES) : [];
      if (gen !== this.generation) return;
      const paths = files.map((u) => u.fsPath).sort();
      this.entries = new Set(paths);
      let analysisMs = 0;
      if (paths.length >= POOL_MIN_FILES) {
        // Large workspaces: analyse in worker threads (the core's scan pool), off the extension host thread.
        const { createScanPool } = await import('../host/scanPool');
        const pool = await createScanPool({ workers: Math.max(1, Math.min(4, os.availableParallelism() - 1)) });
        try {
          const a0 = performance.now();
          const out = await pool.scan(paths, { mode: readConfig().tfMode, prefilter: true });
          analysisMs = performance.now() - a0;
          if (gen !== this.generation) return;
          this.index.clear();
          for (const r of out.programs) this.index.set(r);
          this.lastScanMode = 'pool';
        } finally {
          void pool.close();
        }
        // The workers read the disk: redo the programs that read a file with unsaved edits.
        for (const d of vscode.workspace.textDocuments) {
          if (d.isDirty && d.uri.scheme === 'file') for (const e of new Set([...this.index.dependentsOf(d.uri.fsPath), ...(this.entries.has(d.uri.fsPath) ? [d.uri.fsPath] : [])])) this.analyzeOne(analyzer, e);
        }
      } else {
        this.index.clear();
        this.lastScanMode = 'host';
        let slice = performance.now();
        for (const p of paths) {
          const a0 = performance.now();
          this.analyzeOne(analyzer, p);
          analysisMs += performance.now() - a0;
          if (performance.now() - slice > 30) {
            // Keep the extension host responsive.
            await new Promise((r) => setImmediate(r));
            if (gen !== this.generation) return;
            slice = performance.now();
          }
        }
      }
      this.log.info(`analysed ${paths.length} files (${this.index.visible().length} TensorFlow programs) in ${(performance.now() - t0).toFixed(0)} ms`);
      this.firstScanDoneAt ??= performance.now();
      this.setState('ready');
      this.emitter.fire({ entries: paths, analysisMs, cause: 'scan' });
    } catch (e) {
      this.log.error(`analysis failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      this.setState('ready');
    }
  }

  private analyzeOne(analyzer: Analyzer, entry: string): ProgramResult | undefined {
    if (this.host.readFile(entry) === undefined) {
      this.index.delete(entry);
      return undefined;
    }
    const mode = readConfig().tfMode;
    try {
      const r = analyzer.analyze(entry, this.host, { mode });
      this.index.set(r);
      return r;
    } catch (e) {
      this.log.error(`analyzer threw on ${entry}: ${String(e)}`);
      this.index.delete(entry);
      return undefined;
    }
  }

  /** Schedules re-analysis of the programs that read `uri` (debounced). */
  changed(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' || !this.scan) return;
    const p = uri.fsPath;
    if (!this.entries.has(p) && this.index.dependentsOf(p).length === 0 && !this.isIncluded(uri)) return;
    this.pending.add(p);
    this.lastChangeAt = performance.now();
    if (this.timer) clearTimeout(this.timer);
    // Adaptive debounce: when re-analysis is slow (big files), wait about as long as it takes, so typing
    // does not queue one blocking analysis per keystroke on the extension host thread.
    let cost = 0;
    for (const f of this.pending) cost = Math.max(cost, this.lastCost.get(f) ?? 0);
    this.timer = setTimeout(() => void this.flush(), Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, cost)));
  }

  /** Runs the pending re-analysis now (also used by tests and the benchmark). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.scan;
    if (this.pending.size === 0) return;
    const files = [...this.pending];
    this.pending.clear();
    const analyzer = await this.getAnalyzer();
    const todo = new Set<string>();
    for (const f of files) {
      // Edited text needs no invalidate: the analyzer diffs it against its cached tree and re-parses
      // incrementally. Only a file that is gone from disk (and not open) loses its cached parse.
      for (const e of this.index.dependentsOf(f)) todo.add(e);
      const exists = fs.existsSync(f);
      if (!exists) analyzer.invalidate(f);
      if (exists && (this.entries.has(f) || this.isIncluded(vscode.Uri.file(f)))) {
        this.entries.add(f);
        todo.add(f);
      } else if (!exists) {
        // Deleted from disk: no longer a program (even if a closed editor's document still lingers).
        this.entries.delete(f);
        this.index.delete(f);
        todo.delete(f);
      }
    }
    const t0 = performance.now();
    for (const e of todo) this.analyzeOne(analyzer, e);
    const analysisMs = performance.now() - t0;
    for (const f of files) this.lastCost.set(f, analysisMs);
    this.log.debug(`re-analysed ${todo.size} program(s) after changes to ${files.length} file(s) in ${analysisMs.toFixed(1)} ms`);
    this.emitter.fire({ entries: [...todo], analysisMs, cause: 'change' });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.generation++;
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
    this.stateEmitter.dispose();
    void this.analyzer?.then((a) => a.dispose(), () => undefined);
  }
}
