// Symbolic integers for values the analysis cannot know: a parameter without default, a loop variable over an
// unknown count, a config attribute, a value from outside. A `Sym` is a small polynomial over named symbols
// (`3*n_embd`, `n_embd + 1`; `n_embd // n_head` is one compound atom), rendered for names (`{layer}`) and shapes.
// Each symbol's origin (`UnknownValue`: what it stands for, why unknown, where) is kept per analysis run.

import type { Shape, SymbolicInfo, UnknownValue } from '../model';
import { isTrivia, type SyntaxNode as Node } from './ast';
import { shapeElementOrigin } from './shapeOrigin';
import type { Value } from './values';

/** One product term: coefficient times the atoms (sorted; a compound atom is parenthesized, `(a // b)`). */
interface Term {
  c: number;
  a: string[];
}

/** A polynomial over symbols plus a constant; `deps`: the plain symbols it depends on (for the explanations). */
export interface Sym {
  k: number;
  terms: Term[];
  deps: string[];
}

const MAX_TERMS = 6;
const MAX_DEGREE = 3;

/** The symbol `name` itself. */
export function atom(name: string): Sym {
  return { k: 0, terms: [{ c: 1, a: [name] }], deps: [name] };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function normalize(k: number, terms: Term[], deps: string[]): Sym | number | undefined {
  const byKey = new Map<string, Term>();
  for (const t of terms) {
    const key = t.a.join('*');
    const prev = byKey.get(key);
    if (prev) prev.c += t.c;
    else byKey.set(key, { c: t.c, a: t.a });
  }
  const out = [...byKey.values()].filter((t) => t.c !== 0);
  if (!Number.isSafeInteger(k) || out.some((t) => !Number.isSafeInteger(t.c) || t.a.length > MAX_DEGREE)) return undefined;
  if (out.length > MAX_TERMS) return undefined;
  if (out.length === 0) return k;
  out.sort((x, y) => y.a.length - x.a.length || x.a.join('*').localeCompare(y.a.join('*')));
  return { k, terms: out, deps };
}

/** An integer operand as a Sym (numbers are constants). */
export type SymOperand = Sym | number;

function asSym(x: SymOperand): Sym {
  return typeof x === 'number' ? { k: x, terms: [], deps: [] } : x;
}

/** `l op r` on symbolic integers for `+ - * // %` (`/` as a compound, for `int(a / b)`); a number when it folds; undefined when not representable. */
export function symArith(op: string, lo: SymOperand, ro: SymOperand): SymOperand | undefined {
  const l = asSym(lo);
  const r = asSym(ro);
  const deps = union(l.deps, r.deps);
  switch (op) {
    case '+': return normalize(l.k + r.k, [...l.terms, ...r.terms].map((t) => ({ ...t })), deps);
    case '-': return normalize(l.k - r.k, [...l.terms.map((t) => ({ ...t })), ...r.terms.map((t) => ({ c: -t.c, a: t.a }))], deps);
    case '*': {
      const terms: Term[] = [];
      const lt = [...l.terms, ...(l.k ? [{ c: l.k, a: [] }] : [])];
      const rt = [...r.terms, ...(r.k ? [{ c: r.k, a: [] }] : [])];
      let k = 0;
      for (const x of lt) {
        for (const y of rt) {
          const a = [...x.a, ...y.a].sort();
          if (a.length === 0) k += x.c * y.c;
          else terms.push({ c: x.c * y.c, a });
        }
      }
      return normalize(k, terms, deps);
    }
    case '//': case '%': case '/': {
      // exact division of every coefficient by a constant stays a polynomial; anything else is one compound atom
      if (op === '//' && typeof ro === 'number' && ro > 0 && l.k % ro === 0 && l.terms.every((t) => t.c % ro === 0)) {
        return normalize(l.k / ro, l.terms.map((t) => ({ c: t.c / ro, a: t.a })), deps);
      }
      if (typeof ro === 'number' && ro === 0) return undefined;
      const compound = `(${renderSym(lo)} ${op} ${renderSym(ro)})`;
      return { k: 0, terms: [{ c: 1, a: [compound] }], deps };
    }
    default:
      return undefined;
  }
}

/** `int(x)`: a true division `(a / b)` in it truncates; for the positive sizes it stands for that is `a // b`. */
export function symInt(x: Sym): Sym {
  return { ...x, terms: x.terms.map((t) => ({ c: t.c, a: t.a.map((a) => (a.startsWith('(') ? a.replace(/ \/ /, ' // ') : a)) })) };
}

/** `-x`. */
export function symNeg(x: Sym): SymOperand | undefined {
  return symArith('-', 0, x);
}

function renderTerm(t: Term): string {
  const body = t.a.join('*');
  const c = Math.abs(t.c);
  return c === 1 ? body : `${c}*${body}`;
}

/** The expression as the user reads it: `3*n_embd`, `n_embd + 1`, `n_embd // n_head`. */
export function renderSym(x: SymOperand): string {
  if (typeof x === 'number') return String(x);
  let s = '';
  x.terms.forEach((t, i) => {
    const body = renderTerm(t);
    if (i === 0) s = t.c < 0 ? `-${body}` : body;
    else s += t.c < 0 ? ` - ${body}` : ` + ${body}`;
  });
  if (x.k) s += x.k < 0 ? ` - ${-x.k}` : ` + ${x.k}`;
  // a lone compound atom needs no parentheses
  if (x.k === 0 && x.terms.length === 1 && x.terms[0]!.c === 1 && x.terms[0]!.a.length === 1) s = s.replace(/^\((.*)\)$/, '$1');
  return s;
}

/** True when `x` is one plain symbol (not an expression over it). */
export function bareSymbol(x: Sym): string | undefined {
  const t = x.terms[0];
  return x.k === 0 && x.terms.length === 1 && t!.c === 1 && t!.a.length === 1 && !t!.a[0]!.startsWith('(') ? t!.a[0] : undefined;
}

/** The symbols of one analysis run: display name → origin, and origin key → display name (names stay unique). */
export class SymbolTable {
  readonly byName = new Map<string, UnknownValue>();
  private readonly byKey = new Map<string, string>();

  /**
   * The symbol for `name` coming from `origin`: the same origin (a loop body or call run again) gives the same
   * symbol; another origin with a name already taken gets a prime (`nx'`).
   */
  define(name: string, origin: Omit<UnknownValue, 'symbol'>, sameAs?: string): Sym {
    const key = sameAs ?? `${origin.location.file}:${origin.location.line}:${origin.location.column}:${name}`;
    let shown = this.byKey.get(key);
    if (!shown) {
      shown = name;
      while (this.byName.has(shown)) shown += "'";
      this.byKey.set(key, shown);
      this.byName.set(shown, { symbol: shown, ...origin });
    }
    return atom(shown);
  }

  /** The origins of the symbols `deps` (those this table knows), in order. */
  origins(deps: Iterable<string>): UnknownValue[] {
    const out: UnknownValue[] = [];
    for (const d of deps) {
      const o = this.byName.get(d);
      if (o && !out.includes(o)) out.push(o);
    }
    return out;
  }

  /** The symbols a name shows as `{symbol}` pieces, with their origins. */
  originsInName(name: string): UnknownValue[] {
    const found: string[] = [];
    for (const m of name.matchAll(/\{([^{}]+)\}/g)) {
      for (const id of m[1]!.matchAll(/[A-Za-z_][\w.]*'*/g)) found.push(id[0]);
    }
    return this.origins(found);
  }
}

/** True when a name has pieces the analysis could not know (`?`, `{layer}`): TF's name checks do not apply. */
export function hasUnknownPiece(name: string): boolean {
  return /[?{}]/.test(name);
}

/**
 * A variable's symbolic parts: the symbols in its name and, from the shape argument as written, each dim the
 * shape leaves null that is a symbolic value (`n_embd`, `3*n_embd`). Undefined when it has none.
 */
export function symbolicInfo(table: SymbolTable, name: string, shape: Shape, from: SymbolicSource = {}): SymbolicInfo | undefined {
  const unknowns = table.originsInName(name);
  const add = (list: UnknownValue[]): void => { for (const o of list) if (!unknowns.includes(o)) unknowns.push(o); };
  let dims: (number | string | null)[] | undefined;
  const { shapeArg, shapeNode, file } = from;
  const items = shapeArg && (shapeArg.t === 'list' || shapeArg.t === 'tuple') ? shapeArg.items : undefined;
  if (items && (shape === null || shape.length === items.length)) {
    const deps: string[] = [];
    const elems = shapeNode && shapeNode.type === 'list' || shapeNode?.type === 'tuple' ? shapeNode.namedChildren.filter((c) => c && !isTrivia(c)) : [];
    dims = items.map((d, i) => {
      const known = shape?.[i];
      if (known !== undefined && known !== null) return known;
      if (d.t === 'unknown' && d.sym) {
        deps.push(...d.sym.deps);
        return renderSym(d.sym);
      }
      // an unknown dim without a symbol: explained by the expression that gave it
      const e = elems.length === items.length ? elems[i] : undefined;
      if (e && file && e.text.length <= 80 && (d.t === 'unknown' || d.t === 'tensor')) add([unnamed(e, file, d)]);
      else if (shapeNode?.type === 'identifier' && file && (d.t === 'unknown' || d.t === 'tensor')) add([heldInVariable(shapeNode, i, file, d)]);
      else if (d.t === 'unknown' && d.why === FROM_LAYER_INPUT && file) {
        const input = inputArgument(from.at);
        if (input && input.text.length <= 80) add([fromLayerInput(input, file)]);
      }
      return null;
    });
    add(table.origins(deps));
    if (!dims.some((d) => typeof d === 'string')) dims = undefined;
  }
  // a layer's weights whose rank comes from an input of unknown shape (LayerNorm's `<unknown>`)
  if (shapeArg?.t === 'unknown' && shapeArg.why === FROM_LAYER_INPUT && file) {
    const input = inputArgument(from.at);
    if (input && input.text.length <= 80) add([fromLayerInput(input, file)]);
  }
  // a layer's weights: the config values that are symbols explain its unknown dims
  if (shape === null || shape.some((d) => d === null)) {
    for (const v of from.dependsOn ?? []) if (v.t === 'unknown' && v.sym) add(table.origins(v.sym.deps));
  }
  if (!dims && unknowns.length === 0) return undefined;
  return { ...(dims ? { shape: dims } : {}), unknowns };
}

/**
 * The `why` of an unknown weight dim that a layer takes from its input tensor, whose shape the analysis could not
 * know (layerBuild.ts, contribLayers.ts): explained by the layer call's input argument.
 */
export const FROM_LAYER_INPUT = "a dimension of the layer's input";

/** A layer call's input: its first argument (or `inputs=`), or null. */
function inputArgument(call: Node | null | undefined): Node | null {
  const first = call?.childForFieldName('arguments')?.namedChildren.find((c) => c && !isTrivia(c)) ?? null;
  if (first?.type === 'keyword_argument') return first.childForFieldName('name')?.text === 'inputs' ? first.childForFieldName('value') : null;
  return first;
}

/** Where a variable's shape came from, for its symbolic parts. */
export interface SymbolicSource {
  /** The call that creates the variable (a layer call: its input explains FROM_LAYER_INPUT dims). */
  at?: Node | null;
  /** The shape argument's value and node (get_variable's `[1, nx, nf]`), and the file it is in. */
  shapeArg?: Value;
  shapeNode?: Node | null;
  file?: string;
  /** Values its shape was computed from otherwise (a layer's config). */
  dependsOn?: Iterable<Value>;
}

function fromLayerInput(input: Node, file: string): UnknownValue {
  return {
    symbol: '?', kind: 'local', expression: input.text,
    reason: `the layer's weights take this size from its input \`${input.text}\`, whose shape is not known statically`,
    location: { file, line: input.startPosition.row + 1, column: input.startPosition.column + 1 },
  };
}

/** An unknown dim explained by the expression `e` that gave it (`text`: `e` indexed, for a shape held in a variable). */
function unnamed(e: Node, file: string, d: Value, text = e.text): UnknownValue {
  const why = d.t === 'tensor' ? 'a dimension of a tensor whose shape is not known statically'
    : d.t === 'unknown' && d.why && !d.why.startsWith('read from outside') ? d.why : 'not known statically';
  return {
    symbol: '?', kind: 'local', expression: text, reason: `\`${text}\` is ${why.startsWith('a ') || why.startsWith('not') ? why : `not known statically (${why})`}`,
    location: { file, line: e.startPosition.row + 1, column: e.startPosition.column + 1 },
  };
}

/**
 * An unknown dim of a shape held in a variable (`shape=var_shape`): explained by the assignment that gave it, when
 * there is one for sure (`var_shape = (1, inputs.shape[1], 1, 1)`, at that line), and by the parameter it reads.
 */
function heldInVariable(shapeNode: Node, i: number, file: string, d: Value): UnknownValue {
  const text = `${shapeNode.text}[${i}]`;
  const origin = shapeElementOrigin(shapeNode, i);
  if (!origin || origin.element.text.length > 80) return unnamed(shapeNode, file, d, text);
  const el = origin.element;
  // unnamed's reason for the element, without its subject: "is not known statically", "is a dimension of …"
  const why = unnamed(el, file, d).reason.slice(el.text.length + 2);
  const param = origin.parameter ? `: \`${origin.parameter.name}\` is a parameter of \`${origin.parameter.fn}\` (line ${origin.parameter.line})` : '';
  return {
    ...unnamed(el, file, d, text),
    reason: `\`${text}\` is \`${el.text}\` (line ${el.startPosition.row + 1}), which${why}${param}`,
  };
}
