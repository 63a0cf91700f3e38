// Quick fixes the extension builds itself when the analyzer attached none for a diagnostic (pure, no
// `vscode`): set reuse on the enclosing variable_scope, wrap a lookup in variable_scope(..., reuse=True),
// move the initializer op after the last variable. Input: the diagnostic, the file text, the program.

import type { Diagnostic, ProgramResult, QuickFix, ScopeInfo, SourceLocation, TextEdit } from '../core/model';

export type FixKind = 'duplicate' | 'missing' | 'init-order';

/** Classifies a diagnostic by code first, TensorFlow's own message second. */
export function fixKind(d: Diagnostic): FixKind | undefined {
  const text = `${d.code} ${d.message} ${d.raises?.message ?? ''}`;
  if (/duplicate|already exists, disallowed/i.test(text)) return 'duplicate';
  if (/missing-variable|does not exist, or was not created/i.test(text)) return 'missing';
  if (/created-after-initializer|created after (the initializer|global_variables_initializer)|init(ializer)?-(order|before)|uninitiali[sz]ed/i.test(text)) return 'init-order';
  return undefined;
}

function lineText(lines: readonly string[], line: number): string {
  return lines[line - 1] ?? '';
}

function indentOf(s: string): string {
  return /^[ \t]*/.exec(s)![0];
}

/** The module prefix the program uses for get_variable on that line (`tf.compat.v1.`, `tf.`, ...). */
export function apiPrefix(lines: readonly string[], line: number): string {
  const m = /([A-Za-z_][\w.]*\.)?get_variable\s*\(/.exec(lineText(lines, line));
  return m?.[1] ?? 'tf.compat.v1.';
}

function tfAlias(prefix: string): string {
  const first = prefix.split('.')[0];
  return first || 'tf';
}

/** The indentation unit of the file (first indented line), default four spaces. */
function indentUnit(lines: readonly string[]): string {
  for (const l of lines) {
    const m = /^([ \t]+)\S/.exec(l);
    if (m) return m[1]!;
  }
  return '    ';
}

/** Finds the argument list of `variable_scope(` at or after the scope's location; 1-based positions. */
function scopeCallArgs(lines: readonly string[], loc: SourceLocation): { open: { line: number; col: number }; close: { line: number; col: number }; text: string } | undefined {
  const startLine = loc.line;
  const first = lineText(lines, startLine);
  const re = /variable_scope\s*\(/g;
  re.lastIndex = Math.max(0, loc.column - 1);
  let m = re.exec(first);
  if (!m) { re.lastIndex = 0; m = re.exec(first); }
  if (!m) return undefined;
  const base = m.index;
  let depth = 0;
  let text = '';
  let quote: string | null = null;
  for (let ln = startLine; ln <= Math.min(lines.length, startLine + 20); ln++) {
    const s = lineText(lines, ln);
    const from = ln === startLine ? base + m[0].length - 1 : 0;
    for (let i = from; i < s.length; i++) {
      const c = s[i]!;
      if (quote) {
        if (c === '\\') { text += c + (s[i + 1] ?? ''); i++; continue; }
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(') depth++;
      else if (c === ')') {
        depth--;
        if (depth === 0) return { open: { line: startLine, col: base + m[0].length }, close: { line: ln, col: i + 1 }, text };
      }
      if (!(ln === startLine && i === from)) text += c;
    }
    text += '\n';
  }
  return undefined;
}

/** Sets (or replaces) `reuse=` in the `variable_scope(...)` call of a scope's `with` line. */
export function setReuseFix(lines: readonly string[], scope: ScopeInfo, loc: SourceLocation, value: 'True' | 'AUTO_REUSE', prefix: string): QuickFix | undefined {
  const call = scopeCallArgs(lines, loc);
  if (!call) return undefined;
  const v = value === 'True' ? 'True' : `${tfAlias(prefix)}.AUTO_REUSE`;
  const title = `Set reuse=${value === 'True' ? 'True' : 'tf.AUTO_REUSE'} on variable_scope('${scope.name.slice(scope.name.lastIndexOf('/') + 1)}')`;
  const existing = /reuse\s*=\s*([^,)\n]+)/.exec(call.text);
  if (existing) {
    // Replace the existing value in place (single-line calls only; multi-line ones get an appended arg).
    const s = lineText(lines, call.open.line);
    const idx = s.indexOf(existing[0], call.open.col - 1);
    if (idx >= 0 && call.open.line === call.close.line) {
      const valStart = idx + existing[0].length - existing[1]!.length;
      return { title, edits: [{ file: loc.file, line: call.open.line, column: valStart + 1, endLine: call.open.line, endColumn: valStart + 1 + existing[1]!.trimEnd().length, newText: v }] };
    }
  }
  const trimmed = call.text.trimEnd();
  const sep = trimmed.length === 0 ? '' : trimmed.endsWith(',') ? ' ' : ', ';
  return { title, edits: [{ file: loc.file, line: call.close.line, column: call.close.col, endLine: call.close.line, endColumn: call.close.col, newText: `${sep}reuse=${v}` }] };
}

/** Wraps the statement at lines [line, endLine] in `with <tf>.variable_scope(<tf>.get_variable_scope(), reuse=True):`. */
export function wrapReuseFix(lines: readonly string[], file: string, line: number, endLine: number, prefix: string): QuickFix {
  const first = lineText(lines, line);
  const ind = indentOf(first);
  const unit = indentUnit(lines);
  const body: string[] = [];
  for (let ln = line; ln <= endLine; ln++) body.push(unit + lineText(lines, ln));
  const newText = [`${ind}with ${prefix}variable_scope(${prefix}get_variable_scope(), reuse=True):`, ...body].join('\n');
  const last = lineText(lines, endLine);
  return {
    title: 'Wrap the lookup in variable_scope(..., reuse=True)',
    edits: [{ file, line, column: 1, endLine, endColumn: last.length + 1, newText }],
  };
}

/** Moves the initializer statement at `line` to after the block that creates the program's last variable. */
export function moveInitializerFix(lines: readonly string[], file: string, line: number, program: ProgramResult): QuickFix | undefined {
  const inFile = program.variables.filter((v) => v.location.file === file && v.location.line > line);
  if (inFile.length === 0) return undefined;
  const lastVar = inFile.reduce((a, b) => ((b.location.endLine ?? b.location.line) > (a.location.endLine ?? a.location.line) ? b : a));
  const stmt = lineText(lines, line);
  const ind = indentOf(stmt).length;
  // Insert before the first non-blank line after the variable whose indentation is <= the initializer's.
  let at = (lastVar.location.endLine ?? lastVar.location.line) + 1;
  while (at <= lines.length) {
    const s = lineText(lines, at);
    if (s.trim() !== '' && !s.trim().startsWith('#') && indentOf(s).length <= ind) break;
    at++;
  }
  const edits: TextEdit[] = [
    { file, line: at, column: 1, endLine: at, endColumn: 1, newText: `${stmt}\n` },
    { file, line, column: 1, endLine: line + 1, endColumn: 1, newText: '' },
  ];
  return { title: 'Move the initializer op after the last variable is created', edits };
}

/** The extension's own fixes for a diagnostic the analyzer gave none for. */
export function fallbackFixes(d: Diagnostic, text: string, program: ProgramResult | undefined): QuickFix[] {
  const kind = fixKind(d);
  if (!kind) return [];
  const lines = text.split(/\r?\n/);
  const prefix = apiPrefix(lines, d.line);
  const fixes: QuickFix[] = [];
  if (kind === 'duplicate' || kind === 'missing') {
    // The innermost variable_scope `with` block around the diagnostic.
    let enclosing: { scope: ScopeInfo; loc: SourceLocation } | undefined;
    for (const s of program?.scopes ?? []) {
      if (s.kind !== 'variable_scope') continue;
      for (const loc of s.entries?.length ? s.entries : [s.location]) {
        if (loc.file === d.file && loc.line <= d.line && (loc.endLine ?? loc.line) >= d.line && (!enclosing || loc.line >= enclosing.loc.line)) enclosing = { scope: s, loc };
      }
    }
    if (enclosing) {
      const auto = setReuseFix(lines, enclosing.scope, enclosing.loc, 'AUTO_REUSE', prefix);
      if (auto) fixes.push(auto);
      if (kind === 'duplicate') {
        const t = setReuseFix(lines, enclosing.scope, enclosing.loc, 'True', prefix);
        if (t) fixes.push(t);
      }
    }
    if (kind === 'duplicate') fixes.push(wrapReuseFix(lines, d.file, d.line, d.endLine ?? d.line, prefix));
  } else if (kind === 'init-order' && program) {
    // The core reports this at the late variable and names the initializer's line: "(line N)".
    const initLine = Number(/\(line (\d+)\)/.exec(d.message)?.[1] ?? d.line);
    const f = moveInitializerFix(lines, d.file, initLine, program);
    if (f) fixes.push(f);
  }
  return fixes;
}
