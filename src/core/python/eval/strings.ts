// Python string literals: prefixes (raw, bytes), escape sequences, implicit concatenation, and f-strings whose
// replacement fields are evaluated and formatted with their spec; a field the reader cannot format stands as
// '?' in a partial string (so a variable name built from it is still shown, marked partial).

import type { SyntaxNode as Node } from '../ast';
import { formatWithSpec } from '../format';
import { pyRepr, pyStr, str, unknown, type Env, type ModuleVal, type Value } from '../values';
import type { Machine } from './machine';
import { symbolPiece } from './symbols';

export function evalString(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  if (node.type === 'concatenated_string') return m.eval(node, env, mod);
  const start = node.namedChildren.find((c) => c?.type === 'string_start')?.text ?? '"';
  const prefix = start.replace(/["']/g, '').toLowerCase();
  if (prefix.includes('b')) return unknown('bytes');
  const raw = prefix.includes('r');
  let s = '';
  let partial = false;
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_content' || c.type === 'escape_sequence') s += raw ? c.text : unescapePy(c.text);
    else if (c.type === 'interpolation') {
      const piece = interpolation(m, c, env, mod);
      if (piece === null) return unknown('f-string');
      if (typeof piece !== 'string') partial = true;
      s += typeof piece === 'object' ? piece.sym : piece ?? '?';
    }
  }
  return partial ? { t: 'str', v: s, partial: true } : str(s);
}

/** `'a' 'b'`: the pieces joined; a piece that is not a known string makes the whole its value. */
export function evalConcatenated(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  let s = '';
  for (const c of node.namedChildren) {
    if (!c) continue;
    const v = m.evalString(c, env, mod);
    if (v.t !== 'str') return v;
    s += v.v;
  }
  return str(s);
}

/**
 * One f-string replacement field, formatted: a symbol's piece (`{layer}`) for a symbolic value, undefined when its
 * value cannot be formatted (it stands as '?'),
 * null when a nested field of its format spec is unknown (the whole f-string is unknown).
 */
function interpolation(m: Machine, c: Node, env: Env, mod: ModuleVal): string | { sym: string } | undefined | null {
  const expr = c.childForFieldName('expression') ?? c.namedChildren[0];
  if (!expr) return '';
  let v = m.eval(expr, env, mod);
  const conv = c.childForFieldName('type_conversion')?.text;
  if (conv === '!r') {
    const r = pyRepr(v);
    v = r === undefined ? unknown() : str(r);
  }
  const specNode = c.childForFieldName('format_specifier');
  let spec = specNode ? specNode.text.replace(/^:/, '') : '';
  if (specNode) {
    // nested replacement fields in the spec
    for (const f of specNode.namedChildren) {
      if (f?.type === 'format_expression' || f?.type === 'interpolation') {
        const inner = f.namedChildren[0];
        const iv = inner ? pyStr(m.eval(inner, env, mod)) : undefined;
        if (iv === undefined) return null;
        spec = spec.replace(f.text, iv);
      }
    }
  }
  const r = formatWithSpec(v, spec);
  const sym = r === undefined ? symbolPiece(v) : undefined;
  return sym !== undefined ? { sym } : r;
}

export function unescapePy(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|.|\n)/g, (_m, e: string) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '\\': return '\\';
      case "'": return "'";
      case '"': return '"';
      case '\n': return '';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'x': case 'u': case 'U': return String.fromCodePoint(parseInt(e.slice(1), 16));
      case 'N': return '?';
      default:
        if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
        return `\\${e}`;
    }
  });
}
