// One Analyzer over several languages: picks the front end by the entry's file extension (.py → Python,
// .ts/.tsx/.js/... → TypeScript / TensorFlow.js). Pure: no fs, no vscode; the analyzers are passed in.

import type { Analyzer, AnalyzeOptions, SourceHost } from './api';
import type { ProgramResult } from './model';
import { TS_EXTENSIONS } from './typescript/analyzer';

export function isTypeScriptSource(path: string): boolean {
  return TS_EXTENSIONS.test(path) && !/\.d\.[cm]?ts$/.test(path);
}

export function createDispatchingAnalyzer(python: Analyzer, typescript: Analyzer): Analyzer {
  return {
    analyze(entry: string, host: SourceHost, options?: AnalyzeOptions): ProgramResult {
      return (isTypeScriptSource(entry) ? typescript : python).analyze(entry, host, options);
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
