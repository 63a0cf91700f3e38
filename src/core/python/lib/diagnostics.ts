// Diagnostics the library reports: TensorFlow's errors (in its words, at the statement that raises; a `try`
// that catches them unwinds like the program would) and the analyzer's warnings. Library exploration is lenient.

import type { SyntaxNode as Node } from '../ast';
import type { Diagnostic, QuickFix } from '../../model';
import { loc, PyRaise, type CallSite } from '../interp';
import type { TfLibrary } from '../tflib';

export class Diagnostics {
  constructor(private readonly tf: TfLibrary) {}

  raise(site: CallSite, type: string, message: string, code: string, fixes?: QuickFix[]): never | void {
    if (this.tf.lenient) return;
    const l = loc(site.node, site.file);
    const d: Diagnostic = {
      file: site.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn,
      severity: 'error', code, message, raises: { type, message }, order: this.tf.variables.length,
    };
    if (fixes?.length) d.fixes = fixes;
    // A `try` that catches it handles it like the program would: no error to report, control unwinds.
    if (this.tf.interp.caught(type)) throw new PyRaise(type, message);
    if (!this.tf.interp.diagnostics.some((x) => x.line === d.line && x.column === d.column && x.code === d.code && x.file === d.file)) {
      this.tf.interp.diagnostics.push(d);
    }
  }

  warn(site: CallSite, code: string, message: string, severity: Diagnostic['severity'] = 'warning', fixes?: QuickFix[], node?: Node): void {
    if (this.tf.lenient) return;
    const l = loc(node ?? site.node, site.file);
    if (this.tf.interp.diagnostics.some((x) => x.line === l.line && x.column === l.column && x.code === code && x.file === site.file)) return;
    const d: Diagnostic = { file: site.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn, severity, code, message };
    if (fixes?.length) d.fixes = fixes;
    this.tf.interp.diagnostics.push(d);
  }
}
