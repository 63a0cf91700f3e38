// Typed reader of the `tfScope.*` settings contributed in package.json (one place for names and
// defaults). `readConfig()` is cheap; callers re-read on `onDidChangeConfiguration`.
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/api';
import type { TfTarget } from '../core/target';

export type BackendSetting = 'auto' | 'node' | 'wasm' | 'cpu';
export type TfModeSetting = 'auto' | 'v1' | 'v2';
export type TensorflowVersionSetting = 'auto' | TfTarget;

export interface TfScopeConfig {
  include: string[];
  exclude: string[];
  followCursor: boolean;
  codeLens: boolean;
  maxTensorElements: number;
  maxTotalBytes: number;
  backend: BackendSetting;
  seed: number | null;
  tfMode: TfModeSetting;
  /** The TensorFlow the Python code targets ('auto': from version pins and API use; src/core/target.ts). */
  tensorflowVersion: TensorflowVersionSetting;
  /** List the analyzer's own limits (unknown imports, loops, conditions) in Problems too. */
  showAnalysisLimits: boolean;
  /** Training state (optimizer slots, seed generators, metrics) among the scopes and in counts. */
  showTrainingStateFlat: boolean;
  /** Keep analysis results in the workspace storage between sessions (src/host/scanCache.ts). */
  cache: boolean;
  /** Values the programs take from outside (flags, config files not in the workspace): name → Python literal text. */
  values: Record<string, string>;
}

import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './defaults';
import { valuesSetting } from './suppliedValues';
import { packageRoots } from './pythonEnvironment';

export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE };

export function readConfig(scope?: vscode.ConfigurationScope): TfScopeConfig {
  const c = vscode.workspace.getConfiguration('tfScope', scope);
  const seed = c.get<number | null>('seed', null);
  return {
    include: c.get<string[]>('include', DEFAULT_INCLUDE),
    exclude: c.get<string[]>('exclude', DEFAULT_EXCLUDE),
    followCursor: c.get<boolean>('followCursor', true),
    codeLens: c.get<boolean>('codeLens', true),
    maxTensorElements: c.get<number>('maxTensorElements', 1_000_000),
    maxTotalBytes: c.get<number>('maxTotalBytes', 256 * 1024 * 1024),
    backend: c.get<BackendSetting>('backend', 'auto'),
    seed: typeof seed === 'number' && Number.isFinite(seed) ? seed : null,
    tfMode: c.get<TfModeSetting>('tfMode', 'auto'),
    tensorflowVersion: c.get<TensorflowVersionSetting>('tensorflowVersion', 'auto'),
    showAnalysisLimits: c.get<boolean>('showAnalysisLimits', false),
    showTrainingStateFlat: c.get<boolean>('showTrainingStateFlat', false),
    cache: c.get<boolean>('cache', true),
    values: valuesSetting(c.get<unknown>('values', {})),
  };
}

/** The analyzer options the settings ask for (mode, target, and the values supplied for what comes from outside). */
export function analysisOptions(c: TfScopeConfig = readConfig()): AnalyzeOptions {
  // A file that creates nothing when run is a library (BERT's modeling.py): the tree shows what its functions
  // and classes would create (the analyzer's library view), on the host thread and in the scan pool alike.
  const roots = packageRoots();
  return {
    mode: c.tfMode, target: c.tensorflowVersion, explore: 'if-empty', ...(Object.keys(c.values).length ? { values: c.values } : {}),
    ...(roots.length ? { packageRoots: roots } : {}),
  };
}

/** `{a,b}` glob for findFiles / RelativePattern from a list of globs. */
export function globOf(list: readonly string[]): string | undefined {
  if (list.length === 0) return undefined;
  return list.length === 1 ? list[0] : `{${list.join(',')}}`;
}
