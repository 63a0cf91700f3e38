// Python front end entry: parses with web-tree-sitter and runs the abstract evaluator over a program.
// (Under construction: the evaluator lands next.)
import { Language, Parser } from 'web-tree-sitter';
import type { Analyzer, AnalyzeOptions, ParserWasm, SourceHost } from '../api';
import type { ProgramResult } from '../model';

export async function createPythonAnalyzer(wasm: ParserWasm): Promise<Analyzer> {
  const tsw = wasm.treeSitterWasm;
  await Parser.init(typeof tsw === 'string' ? { locateFile: () => tsw } : tsw ? { wasmBinary: tsw } : undefined);
  const lang = await Language.load(wasm.pythonWasm);
  const parser = new Parser();
  parser.setLanguage(lang);
  return {
    analyze(entry: string, _host: SourceHost, _options?: AnalyzeOptions): ProgramResult {
      return { entry, language: 'python', mode: 'v1', variables: [], scopes: [], diagnostics: [], files: [entry] };
    },
    invalidate() {},
    dispose() { parser.delete(); },
  };
}
