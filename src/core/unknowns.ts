// Presentation of values the analysis could not know (VariableInfo.symbolic), shared by the CLI and the editor:
// a shape with its symbolic dims (`[1, ?, 3*n_embd]`), one line per unknown saying what it stands for, why it is
// unknown and where it came from, and how to supply it. Pure: strings only.

import type { UnknownValue, VariableInfo } from './model';

/** The dims as shown: numbers, symbolic expressions, `?` for unknown. Null when the rank is unknown. */
export function shownDims(v: Pick<VariableInfo, 'shape' | 'symbolic'>): string[] | null {
  const s = v.symbolic?.shape;
  if (s) return s.map((d) => (d === null ? '?' : String(d)));
  return v.shape === null ? null : v.shape.map((d) => (d === null ? '?' : String(d)));
}

/** The shape as shown, `[1, ?, 3*n_embd]` (`sep` between dims); `<unknown>` when even the rank is not known. */
export function shapeText(v: Pick<VariableInfo, 'shape' | 'symbolic'>, sep = ', '): string {
  const d = shownDims(v);
  // an unknown rank in TensorFlow's words (`[?]` is one unknown dim)
  return d === null ? '<unknown>' : `[${d.join(sep)}]`;
}

/** True when the name or a dim depends on a value the analysis could not know. */
export function hasUnknowns(v: Pick<VariableInfo, 'name' | 'shape' | 'symbolic'>): boolean {
  return !!v.symbolic || /[?{]/.test(v.name) || v.shape === null || v.shape.some((d) => d === null);
}

/** Short file name for a location in text. */
function base(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** One line for an unknown: `n_embd = hparams.n_embd — why (model.py:152)`. */
export function unknownLine(u: UnknownValue): string {
  const what = u.symbol === '?' ? `\`${u.expression ?? '?'}\`` : u.expression && u.expression !== u.symbol ? `\`${u.symbol}\` = \`${u.expression}\`` : `\`${u.symbol}\``;
  return `${what}: ${u.reason} (${base(u.location.file)}:${u.location.line})`;
}

/** How to supply it, when the analysis honours a supplied value. */
export function supplyHint(u: UnknownValue): string | undefined {
  return u.supply ? `give it with \`# tfscope: ${u.supply}=...\`, \`tfscope scan --set ${u.supply}=...\` or the \`tfScope.values\` setting` : undefined;
}

/** The distinct unknowns of several variables, in first-seen order (by symbol and location). */
export function unknownsOf(vars: readonly Pick<VariableInfo, 'symbolic'>[]): UnknownValue[] {
  const seen = new Set<string>();
  const out: UnknownValue[] = [];
  for (const v of vars) {
    for (const u of v.symbolic?.unknowns ?? []) {
      const key = `${u.symbol}@${u.location.file}:${u.location.line}:${u.location.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(u);
    }
  }
  return out;
}
