// The analyzer's public contract: an `Analyzer` is created once per front end (`createPythonAnalyzer` is the one
// async step: it loads the parser wasm; `createDispatchingAnalyzer` in dispatch.ts picks one by extension), then
// analyzes programs synchronously. Text comes in through a `SourceHost` (no fs here); plain `ProgramResult`s come
// out. Every call is bounded in work and never throws on bad input.

import type { CheckpointListing } from './checkpoint/compare';
import type { TfTarget } from './target';
import type { ProgramResult, TfMode } from './model';

/** Reads workspace files for the analyzer. Paths are absolute, '/'-separated. */
export interface SourceHost {
  /** The file's text, or undefined when it does not exist or cannot be read as text. */
  readFile(path: string): string | undefined;
  /**
   * A weights file's listing (names, shapes, dtypes; its index or header only), for restore calls: `path` is a
   * checkpoint prefix, its folder or a weights file. Undefined when there is none (or the host reads none).
   */
  readCheckpoint?(path: string): CheckpointListing | undefined;
}

export interface AnalyzeOptions {
  /** Force TF1 graph-mode or TF2 eager naming; 'auto' decides per program (default). */
  mode?: 'auto' | TfMode;
  /** The TensorFlow the Python code is written for; 'auto' (default) decides from pins and API use (src/core/target.ts). */
  target?: 'auto' | TfTarget;
  /** Upper bound on evaluation steps per program (loops, calls); exceeding it yields a diagnostic. */
  maxSteps?: number;
  /** Files larger than this are skipped with a diagnostic (default 5 MB). */
  maxFileBytes?: number;
  /**
   * Values the user supplies by name for what comes from outside the program (`tfscope scan --set name=value`):
   * flags and command-line arguments, config attributes read from files not in the workspace. Each value is
   * Python literal text (`12`, `0.1`, `'gelu'`, `True`); `# tfscope: name=value` comments in the entry add more.
   */
  values?: Readonly<Record<string, string>>;
  /**
   * The user's Python environment: absolute '/'-separated folders of installed packages (site-packages), found by
   * the host (`--python`, a workspace `.venv`, the Python extension's interpreter). Imports of packages the
   * analysis does not model (`keras.applications`, `tf_slim`, `official.*`, a company's package) are read from
   * them as source, like workspace modules, only as far as the program imports them.
   */
  packageRoots?: readonly string[];
  /**
   * Also compute the library view (functions/classes the program does not call); default false (it costs).
   * 'if-empty': only for a program whose run creates no variables (a library file such as BERT's modeling.py).
   */
  explore?: boolean | 'if-empty';
}

/** Whether an analysis with `options` computes the library view of a run that created `variableCount` variables. */
export function exploresLibrary(options: AnalyzeOptions, variableCount: number): boolean {
  return options.explore === true || (options.explore === 'if-empty' && variableCount === 0);
}

export interface ParserWasm {
  /** Bytes (or path, in Node) of web-tree-sitter's own tree-sitter.wasm; omit to let it locate itself. */
  treeSitterWasm?: Uint8Array | string;
  /** Bytes of tree-sitter-python's grammar wasm. */
  pythonWasm: Uint8Array;
}

export interface Analyzer {
  analyze(entry: string, host: SourceHost, options?: AnalyzeOptions): ProgramResult;
  /** Drops cached parse trees for a file whose text changed (the next analyze re-parses it). */
  invalidate(path: string): void;
  dispose(): void;
}
