// Runs the numeric engine for the extension: lazily creates the EngineClient (its worker loads tfjs, never
// the extension host), maps settings to EngineOptions, shows cancellable progress, and caches each
// variable's last summary for hovers. One engine instance per window; disposed with the extension.
import * as vscode from 'vscode';
import type { ProgramResult, VariableInfo } from '../core/model';
import { elementCount } from '../core/model';
import type { EngineHooks, EngineOptions, InitResult, TensorSummary } from '../engine/types';
import { readConfig } from './config';
import type { StatsSource } from './language';
import type { StatsView } from './format';

/** The subset of EngineClient the extension uses (so tests can substitute a fake). */
export interface EngineLike {
  initialize(variables: VariableInfo[], options: EngineOptions, hooks?: EngineHooks): Promise<InitResult>;
  exportValues(variables: VariableInfo[], options: EngineOptions, format: 'npz' | 'safetensors', outFile: string, hooks?: EngineHooks): Promise<{ file: string; bytes: number }>;
  dispose(): void;
}

export interface CachedSummary { summary: TensorSummary; seed: number | null; backend: string; at: number }

export const HISTOGRAM_BINS = 48;

/** Rice rule (2·n^⅓) on the largest tensor, clamped to [8, 48]: 10 bins for 100 values, 48 from ~14k. */
export function histogramBins(variables: readonly VariableInfo[]): number {
  let n = 1;
  for (const v of variables) n = Math.max(n, elementCount(v.shape) ?? 1);
  return Math.max(8, Math.min(HISTOGRAM_BINS, Math.ceil(2 * Math.cbrt(n))));
}

export class EngineService implements StatsSource, vscode.Disposable {
  private engine: Promise<EngineLike> | undefined;
  private readonly cache = new Map<string, Map<string, CachedSummary>>();
  private readonly emitter = new vscode.EventEmitter<{ entry: string; names: string[] }>();
  readonly onDidInitialize = this.emitter.event;

  constructor(private readonly create: () => Promise<EngineLike>, private readonly log: vscode.LogOutputChannel) {}

  private get(): Promise<EngineLike> {
    if (!this.engine) {
      this.engine = this.create();
      this.engine.catch((e) => {
        this.log.error(`cannot start the engine: ${String(e)}`);
        this.engine = undefined;
      });
    }
    return this.engine;
  }

  options(seed?: number | null, variables?: readonly VariableInfo[]): EngineOptions {
    const c = readConfig();
    return {
      backend: c.backend,
      seed: seed === undefined ? c.seed : seed,
      maxTensorElements: c.maxTensorElements,
      maxTotalBytes: c.maxTotalBytes,
      histogramBins: variables ? histogramBins(variables) : HISTOGRAM_BINS,
    };
  }

  /**
   * Materializes `variables` of `program` with progress in a notification (Cancel aborts the worker's job).
   * Resolves to undefined when cancelled.
   */
  async initialize(program: ProgramResult, variables: VariableInfo[], label: string, seed?: number | null, extraSignal?: AbortSignal, onProgress?: (done: number, total: number, name: string) => void): Promise<InitResult | undefined> {
    const options = this.options(seed, variables);
    const t0 = performance.now();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Initializing ${label}`, cancellable: true },
      async (progress, token) => {
        const ac = new AbortController();
        const sub = token.onCancellationRequested(() => ac.abort());
        extraSignal?.addEventListener('abort', () => ac.abort());
        let last = 0;
        try {
          const engine = await this.get();
          return await engine.initialize(variables, options, {
            signal: ac.signal,
            onProgress: (p) => {
              const pct = p.total ? (p.done / p.total) * 100 : 0;
              progress.report({ increment: pct - last, message: `${p.name} (${p.done}/${p.total})` });
              last = pct;
              onProgress?.(p.done, p.total, p.name);
            },
          });
        } catch (e) {
          if (ac.signal.aborted) return undefined;
          throw e;
        } finally {
          sub.dispose();
        }
      },
    );
    if (!result) {
      this.log.info(`initialization of ${label} cancelled`);
      return undefined;
    }
    this.log.info(`initialized ${result.summaries.length} variables of ${label} on ${result.backend} in ${(performance.now() - t0).toFixed(0)} ms (seed ${options.seed ?? 'none'})`);
    for (const w of result.warnings) this.log.warn(w);
    let m = this.cache.get(program.entry);
    if (!m) this.cache.set(program.entry, (m = new Map()));
    for (const s of result.summaries) m.set(s.name, { summary: s, seed: options.seed ?? null, backend: s.backend ?? result.backend, at: Date.now() });
    this.emitter.fire({ entry: program.entry, names: result.summaries.map((s) => s.name) });
    return result;
  }

  async exportValues(variables: VariableInfo[], label: string, format: 'npz' | 'safetensors', outFile: string, seed?: number | null): Promise<{ file: string; bytes: number } | undefined> {
    const options = this.options(seed);
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Exporting ${label} to ${format}`, cancellable: true },
      async (progress, token) => {
        const ac = new AbortController();
        const sub = token.onCancellationRequested(() => ac.abort());
        try {
          const engine = await this.get();
          return await engine.exportValues(variables, options, format, outFile, {
            signal: ac.signal,
            onProgress: (p) => progress.report({ message: `${p.name} (${p.done}/${p.total})` }),
          });
        } catch (e) {
          if (ac.signal.aborted) return undefined;
          throw e;
        } finally {
          sub.dispose();
        }
      },
    );
  }

  cached(entry: string, name: string): CachedSummary | undefined {
    return this.cache.get(entry)?.get(name);
  }

  statsFor(entry: string, name: string): { summary: StatsView; note: string } | undefined {
    const c = this.cached(entry, name);
    if (!c) return undefined;
    return { summary: c.summary, note: `seed ${c.seed ?? 'none'}, ${c.backend}${c.summary.exact ? ', TensorFlow-exact' : ''}` };
  }

  dispose(): void {
    void this.engine?.then((e) => e.dispose(), () => undefined);
    this.emitter.dispose();
  }
}
