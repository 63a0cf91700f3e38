// Where the evaluator makes unknown values symbolic (symbolic.ts): a parameter without default, a loop variable
// over an unknown count, a name bound to an unknown, a config attribute of a symbol; and how symbols combine
// (integer arithmetic, `str()`, formatting into names as `{symbol}`). A symbolic value is still `unknown` to
// every rule: nothing is decided or raised on it; only names, shapes and explanations read it.

import type { UnknownValue } from '../../model';
import { isTrivia, type SyntaxNode as Node } from '../ast';
import { bareSymbol, renderSym, symArith, type Sym, type SymOperand } from '../symbolic';
import { int, type Value } from '../values';
import type { Machine } from './machine';
import { loc } from './protocol';

type Origin = Omit<UnknownValue, 'symbol'>;

/** An unknown value standing for the symbol `name` of `origin`. */
export function symbolic(m: Pick<Machine, 'symbols'>, name: string, origin: Origin, why?: string): Value {
  // a value from outside is one value per name (the name the user supplies it by), wherever it is read
  const sym = m.symbols.define(name, origin, origin.kind === 'outside' ? `outside:${name}` : undefined);
  return why ? { t: 'unknown', why, sym } : { t: 'unknown', sym };
}

/** Text of a node on one line, shortened (for `expression`). */
function exprText(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const t = node.text.replace(/\s+/g, ' ');
  return t.length <= 80 ? t : undefined;
}

/** A parameter of `fname` the call did not give and that has no default (the library view calls with none). */
export function parameterSymbol(m: Pick<Machine, 'symbols'>, fname: string, pn: string, node: Node, file: string): Value {
  return symbolic(m, pn, {
    kind: 'parameter', expression: pn, location: loc(node, file), supply: pn,
    reason: `parameter \`${pn}\` of \`${fname}\` has no default and no call gives it`,
  }, `parameter ${pn}`);
}

/**
 * The value a loop target takes when the iterable is not known: each name a symbol (tuples unpack). `count`:
 * the loop's symbolic count, when known, with the name that supplies it (then the loop runs that many times).
 */
export function loopTargetValue(m: Pick<Machine, 'symbols'>, target: Node, iterNode: Node, file: string, count?: { count: string; supply?: string }): Value {
  if (target.type === 'identifier') {
    const over = `loop variable over \`${exprText(iterNode) ?? 'an iterable'}\``;
    return symbolic(m, target.text, {
      kind: 'loop', expression: target.text, location: loc(target, file), ...(count?.supply ? { supply: count.supply } : {}),
      reason: count ? `${over}: its count \`${count.count}\` is not known statically, so one iteration is shown for all`
        : `${over}, whose items are not known statically: one iteration is shown for all`,
    }, 'loop variable');
  }
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'expression_list'].includes(target.type)) {
    const parts = target.namedChildren.filter((c): c is Node => !!c && !isTrivia(c));
    if (parts.some((p) => p.type === 'list_splat_pattern')) return { t: 'unknown', why: 'loop variable' };
    return { t: 'tuple', items: parts.map((p) => loopTargetValue(m, p, iterNode, file, count)) };
  }
  if (target.type === 'parenthesized_expression' && target.namedChildren[0]) return loopTargetValue(m, target.namedChildren[0], iterNode, file, count);
  return { t: 'unknown', why: 'loop variable' };
}

/** A name bound to an unknown that has no symbol yet: the name becomes its symbol (`nx = x.shape[-1].value`). */
export function boundSymbol(m: Pick<Machine, 'symbols' | 'assignSource'>, target: Node, v: Value & { t: 'unknown' }, file: string): Value {
  const src = m.assignSource;
  const expression = exprText(src);
  const because = v.why && !v.why.startsWith('read from outside') ? ` (${v.why})` : '';
  return symbolic(m, target.text, {
    kind: 'local', ...(expression ? { expression } : {}), location: loc(target, file),
    reason: `\`${target.text}${expression ? ` = ${expression}` : ''}\` is not known statically${because}`,
  }, v.why);
}

/** Attribute names that read a tensor or object, not a config value (`x.shape` is no symbol `shape`). */
const NOT_CONFIG = new Set(['shape', 'dtype', 'value', 'name', 'op', 'graph', 'device', 'T', 'get_shape', 'as_list', 'ndims', 'rank', 'dims']);

/** `obj.name` on a symbol (`hparams.n_embd`): a symbol of its own; undefined when not one. */
export function attributeSymbol(m: Pick<Machine, 'symbols'>, obj: Value, name: string, node: Node, file: string): Value | undefined {
  if (obj.t !== 'unknown' || !obj.sym || NOT_CONFIG.has(name) || name.startsWith('_')) return undefined;
  const base = bareSymbol(obj.sym);
  if (!base) return undefined;
  const expression = exprText(node) ?? `${base}.${name}`;
  const owner = m.symbols.byName.get(base);
  // the same attribute of the same symbol is one value wherever it is read
  const sym = m.symbols.define(name, {
    kind: 'attribute', expression, location: loc(node, file), supply: name,
    reason: `\`${expression}\` is not known statically: \`${base}\` is ${owner ? describe(owner) : 'not known'}`,
  }, `attr:${base}.${name}`);
  return { t: 'unknown', why: `attribute ${name}`, sym };
}

function describe(o: UnknownValue): string {
  switch (o.kind) {
    case 'parameter': return `a parameter without default (line ${o.location.line})`;
    case 'loop': return `a loop variable (line ${o.location.line})`;
    case 'outside': return `a value from outside the program (line ${o.location.line})`;
    default: return `not known statically (line ${o.location.line})`;
  }
}

/** The integer a value is symbolically: a number, a Sym, or undefined (not an integer the rules follow). */
export function symOperand(v: Value): SymOperand | undefined {
  if (v.t === 'int' && !v.np) return v.v;
  if (v.t === 'bool') return v.v ? 1 : 0;
  if (v.t === 'unknown' && v.sym) return v.sym;
  return undefined;
}

/** `l op r` when either side is a symbol and both are integers: a symbolic integer; undefined otherwise. */
export function symbolicBinop(op: string, l: Value, r: Value): Value | undefined {
  if (!((l.t === 'unknown' && l.sym) || (r.t === 'unknown' && r.sym))) return undefined;
  const a = symOperand(l);
  const b = symOperand(r);
  if (a === undefined || b === undefined) return undefined;
  const res = symArith(op, a, b);
  if (res === undefined) return undefined;
  return typeof res === 'number' ? int(res) : { t: 'unknown', why: 'symbolic', sym: res };
}

/** `-x` of a symbol. */
export function symbolicNeg(v: Value): Value | undefined {
  if (v.t !== 'unknown' || !v.sym) return undefined;
  const res = symArith('-', 0, v.sym);
  return res === undefined ? undefined : typeof res === 'number' ? int(res) : { t: 'unknown', why: 'symbolic', sym: res };
}

/** How a symbol stands in a string: `{layer}`, `{3*n_embd}`. */
export function symbolPiece(v: Value): string | undefined {
  return v.t === 'unknown' && v.sym ? `{${renderSym(v.sym)}}` : undefined;
}

/** The rendered expression of a symbolic dim. */
export function symText(s: Sym): string {
  return renderSym(s);
}

/** An iterable of `l - r` items when that is symbolic (`range(n)`, `range(1, n)`); undefined otherwise. */
export function symbolicCount(diff: [string, Value, Value] | undefined): Value | undefined {
  if (!diff) return undefined;
  const n = symbolicBinop(diff[0], diff[1], diff[2]);
  return n?.t === 'unknown' && n.sym ? { t: 'unknown', why: 'range', count: n.sym } : undefined;
}

/** `[None] * n` with `n` symbolic: a list of `len * n` items, not known one by one. */
export function repeatedSymbolically(op: string, l: Value, r: Value): Value | undefined {
  if (op !== '*') return undefined;
  const [seq, n] = l.t === 'list' || l.t === 'tuple' ? [l, r] : r.t === 'list' || r.t === 'tuple' ? [r, l] : [undefined, undefined];
  if (!seq || n?.t !== 'unknown' || !n.sym) return undefined;
  const count = symArith('*', n.sym, (seq as { items: Value[] }).items.length);
  return count !== undefined && typeof count !== 'number' ? { t: 'unknown', why: 'list repeated', count } : undefined;
}

/** The loop over an iterable of a symbolic count: the count in words, and the name to supply it by (a bare symbol's). */
export function loopCount(m: Pick<Machine, 'symbols'>, it: Value): { count: string; supply?: string } | undefined {
  if (it.t !== 'unknown' || !it.count) return undefined;
  const bare = bareSymbol(it.count);
  const supply = bare ? m.symbols.byName.get(bare)?.supply : undefined;
  return { count: renderSym(it.count), ...(supply ? { supply } : {}) };
}
