// Quick fixes offered with sharing errors: add `reuse=True` / `tf.AUTO_REUSE`, wrap in a reusing scope, move
// `global_variables_initializer()` after the variables it should initialize. Edits only; no analysis state.

import type { SyntaxNode as Node } from '../ast';
import { tfPrefix } from './convert';
import type { QuickFix, SourceLocation } from '../../model';
import { type VarScope } from '../../tf/graph';
import { type CallSite } from '../interp';

export class QuickFixes {

  reuseFixes(site: CallSite, scope: VarScope): QuickFix[] {
    const fixes: QuickFix[] = [];
    const scopeSite = (scope as VarScope & { site?: CallSite }).site;
    if (scopeSite && scope.name) {
      const argList = scopeSite.node.childForFieldName('arguments');
      if (argList && argList.type === 'argument_list') {
        const has = argList.namedChildren.some((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'reuse');
        if (!has) {
          const close = argList.endPosition;
          const prefix = tfPrefix(scopeSite.node);
          const mk = (text: string): QuickFix => ({
            title: `Add ${text.trim().replace(/^, /, '')} to variable_scope('${scope.name.split('/').pop()}')`,
            edits: [{ file: scopeSite.file, line: close.row + 1, column: close.column, endLine: close.row + 1, endColumn: close.column, newText: text }],
          });
          fixes.push(mk(`, reuse=${prefix}AUTO_REUSE`));
          fixes.push(mk(', reuse=True'));
        }
      }
    }
    const wrap = this.wrapInReuseFix(site);
    if (wrap) fixes.push(wrap);
    return fixes;
  }

  autoReuseFixes(_site: CallSite, scope: VarScope): QuickFix[] {
    const scopeSite = (scope as VarScope & { site?: CallSite }).site;
    if (!scopeSite) return [];
    const argList = scopeSite.node.childForFieldName('arguments');
    const kw = argList?.namedChildren.find((c) => c?.type === 'keyword_argument' && c.childForFieldName('name')?.text === 'reuse');
    const val = kw?.childForFieldName('value');
    if (!val) return [];
    const prefix = tfPrefix(scopeSite.node);
    return [{
      title: 'Use reuse=AUTO_REUSE (create the variable when it does not exist yet)',
      edits: [{ file: scopeSite.file, line: val.startPosition.row + 1, column: val.startPosition.column + 1, endLine: val.endPosition.row + 1, endColumn: val.endPosition.column + 1, newText: `${prefix}AUTO_REUSE` }],
    }];
  }

  /** Wraps the raising statement in `with variable_scope(get_variable_scope(), reuse=True):`. */
  wrapInReuseFix(site: CallSite): QuickFix | undefined {
    let stmt: Node | null = site.node;
    while (stmt && stmt.type !== 'expression_statement') stmt = stmt.parent;
    if (!stmt || stmt.startPosition.row !== stmt.endPosition.row) return undefined;
    const prefix = tfPrefix(site.node);
    const indent = ' '.repeat(stmt.startPosition.column);
    const text = `with ${prefix}variable_scope(${prefix}get_variable_scope(), reuse=True):\n${indent}    ${stmt.text}`;
    return {
      title: 'Wrap this lookup in variable_scope(..., reuse=True)',
      edits: [{ file: site.file, line: stmt.startPosition.row + 1, column: stmt.startPosition.column + 1, endLine: stmt.endPosition.row + 1, endColumn: stmt.endPosition.column + 1, newText: text }],
    };
  }

  moveInitFixes(site: CallSite, init: SourceLocation): QuickFix[] {
    if (init.file !== site.file) return [];
    // The top-level statement that creates this variable, and the init op's statement.
    let stmt: Node | null = site.node;
    while (stmt?.parent && stmt.parent.type !== 'module') stmt = stmt.parent;
    if (!stmt || stmt.parent?.type !== 'module') return [];
    const root = stmt.parent;
    let initStmt: Node | null = null;
    for (const c of root.namedChildren) {
      if (c && c.startPosition.row + 1 <= init.line && c.endPosition.row + 1 >= init.line) initStmt = c;
    }
    if (!initStmt || initStmt.startPosition.row !== initStmt.endPosition.row || initStmt.startIndex >= stmt.startIndex) return [];
    const initText = initStmt.text;
    const after = stmt.endPosition.row + 1;
    return [{
      title: 'Move the initializer op after the last variable',
      edits: [
        { file: site.file, line: initStmt.startPosition.row + 1, column: 1, endLine: initStmt.startPosition.row + 2, endColumn: 1, newText: '' },
        { file: site.file, line: after + 1, column: 1, endLine: after + 1, endColumn: 1, newText: `${initText}\n` },
      ],
    }];
  }

  // ---------- seeds (seeds.ts) ----------
}
