// One Analyzer over several languages: picks the front end by the entry's file extension (.py → Python,
// .ts/.tsx/.js/... → TypeScript / TensorFlow.js). Pure: no fs, no vscode; the analyzers are passed in.

import type { Analyzer, AnalyzeOptions, SourceHost } from './api';
import type { ProgramResult } from './model';

/** Extensions the TypeScript/TF.js analyzer reads (declaration files excepted). */
export const TS_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

export function isTypeScriptSource(path: string): boolean {
  return TS_EXTENSIONS.test(path) && !/\.d\.[cm]?ts$/.test(path);
}

export function createDispatchingAnalyzer(python: Analyzer, typescript: Analyzer): Analyzer {
  return {
    analyze(entry: string, host: SourceHost, options?: AnalyzeOptions): ProgramResult {
      // Declaration files go to the TypeScript analyzer too (they create nothing), never to Python's.
      return (TS_EXTENSIONS.test(entry) ? typescript : python).analyze(entry, host, options);
    },
    invalidate(path: string): void {
      python.invalidate(path);
      typescript.invalidate(path);
    },
    dispose(): void {
      python.dispose();
      typescript.dispose();
    },
  };
}

/** An analyzer created on first use (the TypeScript one pulls in the TypeScript compiler, ~9 MB of JS). */
export function lazyAnalyzer(create: () => Analyzer): Analyzer {
  let a: Analyzer | undefined;
  return {
    analyze: (entry, host, options) => (a ??= create()).analyze(entry, host, options),
    invalidate: (path) => a?.invalidate(path),
    dispose: () => a?.dispose(),
  };
}
