// What both front ends do around an analysis: the empty result a program starts from, the checks on its text
// before parsing (unreadable, too large, binary — each front end words its messages), and turning an internal
// failure into a diagnostic so that `analyze` never throws.

import type { Diagnostic, ProgramResult } from '../model';

/** The result of a program before analysis: nothing found, the entry the only file read. */
export function emptyResult(entry: string, language: ProgramResult['language']): ProgramResult {
  return { entry, language, mode: 'v2', variables: [], scopes: [], diagnostics: [], files: [entry] };
}

/** A diagnostic about a whole file (at its first line). */
export function fileDiagnostic(file: string, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { file, line: 1, column: 1, severity, code, message };
}

/** How a front end words the input checks, and what it takes for binary. */
export interface InputRules {
  unreadable: string;
  tooLarge(sizeChars: number, maxChars: number): string;
  binary: string;
  isBinary(text: string): boolean;
}

/** The reason `text` (undefined: could not be read) is not analysed, as a diagnostic; null when it is fine. */
export function screenInput(file: string, text: string | undefined, maxChars: number, rules: InputRules): Diagnostic | null {
  if (text === undefined) return fileDiagnostic(file, 'unreadable', rules.unreadable);
  if (text.length > maxChars) return fileDiagnostic(file, 'file-too-large', rules.tooLarge(text.length, maxChars));
  if (rules.isBinary(text)) return fileDiagnostic(file, 'binary-file', rules.binary);
  return null;
}

/** Heuristic for binary content: NUL bytes or many control characters in the first 8 KB. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let ctrl = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) ctrl++;
  }
  return head.length > 0 && ctrl / head.length > 0.1;
}

/** Runs `analyze`; an exception becomes an 'internal-error' diagnostic worded by `message` (never throws). */
export function guarded(result: ProgramResult, analyze: () => void, message: (reason: string) => string): ProgramResult {
  try {
    analyze();
  } catch (e) {
    result.diagnostics.push(fileDiagnostic(result.entry, 'internal-error', message(e instanceof Error ? e.message : String(e)), 'error'));
  }
  return result;
}
