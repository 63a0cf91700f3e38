// Node-side adapters over the pure core: an fs-backed SourceHost and the analyzer loader that finds the
// parser wasm files (next to the bundle in dist/, or in node_modules when running from out/).
// Used by the CLI and the extension; nothing here imports `vscode` or tfjs.

import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer, SourceHost } from '../core/api';
import { createPythonAnalyzer } from '../core/python/analyzer';

/** Reads files from disk; refuses directories, missing files and anything over `maxBytes`. */
export function fsHost(maxBytes = 5 * 1024 * 1024): SourceHost {
  return {
    readFile(p: string): string | undefined {
      try {
        // throwIfNoEntry: module resolution probes many missing paths; exceptions would dominate.
        const st = fs.statSync(p, { throwIfNoEntry: false });
        if (!st || !st.isFile() || st.size > maxBytes) return undefined;
        return fs.readFileSync(p, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

function findWasm(file: string, pkgPath: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  return require.resolve(pkgPath);
}

let shared: Promise<Analyzer> | undefined;

/** The process-wide Python analyzer (parser wasm loaded once). */
export function loadAnalyzer(): Promise<Analyzer> {
  shared ??= (async () => {
    const pythonWasm = fs.readFileSync(findWasm('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
    const treeSitterWasm = findWasm('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    return createPythonAnalyzer({ pythonWasm, treeSitterWasm });
  })();
  return shared;
}
