// Node-side adapters over the pure core: an fs-backed SourceHost and the analyzer loader that finds the
// parser wasm files (next to the bundle in dist/, or in node_modules when running from out/).
// Used by the CLI and the extension; nothing here imports `vscode` or tfjs.

import * as fs from 'fs';
import * as path from 'path';
import type { Analyzer, SourceHost } from '../core/api';
import { createDispatchingAnalyzer, lazyAnalyzer } from '../core/dispatch';
import { createPythonAnalyzer } from '../core/python/analyzer';
import { listCheckpoint } from './checkpoint';

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
    readCheckpoint: listCheckpoint,
  };
}

function findWasm(file: string, pkgPath: string): string {
  const beside = path.join(__dirname, file);
  if (fs.existsSync(beside)) return beside;
  return require.resolve(pkgPath);
}

/**
 * The TypeScript/TF.js analyzer, loaded on first use: from its own bundle beside this one (dist/tsAnalyzer.js
 * carries the TypeScript compiler, kept out of the extension and CLI bundles), else from the sources (out/).
 */
function loadTypeScriptAnalyzer(): Analyzer {
  const beside = path.join(__dirname, 'tsAnalyzer.js');
  const fromSources = '../core/typescript/analyzer'; // not a literal in require(): esbuild must not inline it
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(fs.existsSync(beside) ? beside : fromSources) as typeof import('../core/typescript/analyzer');
  return mod.createTypeScriptAnalyzer();
}

let shared: Promise<Analyzer> | undefined;

/** The process-wide analyzer (parser wasm loaded once): Python, and TypeScript/JavaScript (TF.js) by extension. */
export function loadAnalyzer(): Promise<Analyzer> {
  shared ??= (async () => {
    const pythonWasm = fs.readFileSync(findWasm('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
    const treeSitterWasm = findWasm('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    return createDispatchingAnalyzer(await createPythonAnalyzer({ pythonWasm, treeSitterWasm }), lazyAnalyzer(loadTypeScriptAnalyzer));
  })();
  return shared;
}
