// Python operators: arithmetic with Python's int/float rules (NumPy scalars keep their promoted dtype), string
// and sequence `+ * %`, comparisons (chained, `in`, `is`), unary and boolean operators; tensors go to the
// library's `binop`/`unop` hooks. Undecidable results are unknown, never guessed.

import { MAX_COLLECTION } from '../../frontend/budgets';
import { isTrivia, type SyntaxNode as Node } from '../ast';
import { formatPercent, withUnknownPieces } from '../format';
import {
  bool, dictGet, float, int, isNum, npResult, npScalar, numOf, pyEquals, str, truthy, unknown, type Env, type ModuleVal, type Value,
} from '../values';
import type { Machine } from './machine';
import type { LibraryHooks } from './protocol';
import { repeatedSymbolically, symbolicBinop, symbolicNeg, symbolPiece } from './symbols';

/** A tensor of unknown value with the operand's shape and dtype when known. */
export function tensorLike(v: Value): Value {
  if (v.t === 'tensor') return { t: 'tensor', shape: v.shape, dtype: v.dtype };
  return { t: 'tensor', shape: null, dtype: null };
}

export function binop(hooks: LibraryHooks, op: string, l: Value, r: Value): Value {
  if (isNum(l) || l.t === 'bool') {
    if (isNum(r) || r.t === 'bool') return arith(op, l, r);
  }
  const s = symbolicBinop(op, l, r) ?? repeatedSymbolically(op, l, r);
  if (s) return s;
  if (l.t === 'str' && r.t === 'str' && op === '+') return l.partial || r.partial ? { t: 'str', v: l.v + r.v, partial: true } : str(l.v + r.v);
  if (op === '+' && ((l.t === 'str' && r.t === 'unknown') || (l.t === 'unknown' && r.t === 'str'))) {
    return { t: 'str', v: (l.t === 'str' ? l.v : symbolPiece(l) ?? '?') + (r.t === 'str' ? r.v : symbolPiece(r) ?? '?'), partial: true };
  }
  if (l.t === 'str' && op === '%') return percentFormat(l.v, r);
  // Python's repetition commutes: `3 * [x]` is `[x] * 3`, `2 * "ab"` is `"ab" * 2`
  if (op === '*' && l.t === 'int' && (r.t === 'list' || r.t === 'tuple' || r.t === 'str')) return binop(hooks, op, r, l);
  if (l.t === 'str' && r.t === 'int' && op === '*') return r.v * l.v.length > MAX_COLLECTION ? unknown() : str(l.v.repeat(Math.max(0, r.v)));
  if ((l.t === 'list' || l.t === 'tuple') && op === '+' && r.t === l.t && !(l.t === 'list' && l.tshape) && !(r.t === 'list' && r.tshape)) return { t: l.t, items: [...l.items, ...r.items] };
  // TensorShape.__add__/__radd__ concatenate with any list, tuple or TensorShape, giving a TensorShape
  if (op === '+' && (l.t === 'list' || l.t === 'tuple') && (r.t === 'list' || r.t === 'tuple') && ((l.t === 'list' && l.tshape) || (r.t === 'list' && r.tshape))) {
    return { t: 'list', items: [...l.items, ...r.items], tshape: true };
  }
  if ((l.t === 'list' || l.t === 'tuple') && op === '*' && r.t === 'int') {
    if (l.items.length * r.v > MAX_COLLECTION) return unknown('list too large');
    const items: Value[] = [];
    for (let i = 0; i < r.v; i++) items.push(...l.items);
    return { t: l.t, items };
  }
  if (l.t === 'tensor' || l.t === 'var' || r.t === 'tensor' || r.t === 'var') {
    return hooks.binop?.(op, l, r) ?? { t: 'tensor', shape: null, dtype: l.t === 'tensor' ? l.dtype : r.t === 'tensor' ? r.dtype : null };
  }
  return unknown();
}

/** `"fmt" % args`: unknown pieces stand as '?' in a partial string. */
function percentFormat(fmt: string, r: Value): Value {
  const args = r.t === 'tuple' ? r.items : [r];
  const s = formatPercent(fmt, args, r.t === 'dict' ? r : undefined);
  if (s !== undefined) return str(s);
  const p = withUnknownPieces(() => formatPercent(fmt, args, r.t === 'dict' ? r : undefined));
  return p.value === undefined ? unknown('% format') : { t: 'str', v: p.value, partial: true };
}

/** Arithmetic on numbers and bools; NumPy scalars stay NumPy scalars, of the promoted dtype. */
export function arith(op: string, l: Value, r: Value): Value {
  const res = pyArith(op, l, r);
  const ln = l.t === 'int' || l.t === 'float' ? l.np : undefined;
  const rn = r.t === 'int' || r.t === 'float' ? r.np : undefined;
  if ((ln || rn) && (res.t === 'int' || res.t === 'float')) {
    const np = npResult(ln, rn, res.t === 'float');
    if (np) return npScalar(res.v, np);
  }
  return res;
}

function pyArith(op: string, l: Value, r: Value): Value {
  const a = numOf(l)!;
  const b = numOf(r)!;
  const bothInt = (l.t === 'int' || l.t === 'bool') && (r.t === 'int' || r.t === 'bool');
  switch (op) {
    case '+': return bothInt ? int(a + b) : float(a + b);
    case '-': return bothInt ? int(a - b) : float(a - b);
    case '*': return bothInt ? int(a * b) : float(a * b);
    case '/': return b === 0 ? unknown('ZeroDivisionError') : float(a / b);
    case '//': {
      if (b === 0) return unknown('ZeroDivisionError');
      const q = Math.floor(a / b);
      return bothInt ? int(q) : float(q);
    }
    case '%': {
      if (b === 0) return unknown('ZeroDivisionError');
      const m = a - b * Math.floor(a / b);
      return bothInt ? int(m) : float(m);
    }
    case '**': {
      const p = a ** b;
      if (bothInt && b >= 0) return Number.isSafeInteger(p) ? int(p) : Number.isFinite(p) ? float(p) : unknown('overflow');
      return float(p);
    }
    case '<<': return bothInt ? int(a * 2 ** b) : unknown();
    case '>>': return bothInt ? int(Math.floor(a / 2 ** b)) : unknown();
    case '&': return bothInt ? int(a & b) : unknown();
    case '|': return bothInt ? int(a | b) : unknown();
    case '^': return bothInt ? int(a ^ b) : unknown();
    default: return unknown(); // '@' and anything else
  }
}

/** `x in seq` compares each item by identity first, then `==` (list.__contains__); `same` decides library objects. */
type Same = (l: Value, r: Value) => boolean | undefined;

function contains(op: string, l: Value, r: Value, same?: Same): boolean | undefined {
  let res: boolean | undefined;
  if (r.t === 'list' || r.t === 'tuple') {
    res = false;
    for (const x of r.items) {
      const e = (l.t === 'var' && x.t === 'var' && same ? same(l, x) : undefined) ?? pyEquals(l, x);
      if (e === true) { res = true; break; }
      if (e === undefined) res = undefined;
    }
  } else if (r.t === 'dict') res = dictGet(r, l) !== undefined ? true : r.keys.every((k) => pyEquals(k, l) === false) ? false : undefined;
  else if (r.t === 'str' && l.t === 'str') res = r.v.includes(l.v);
  else if (r.t === 'instance' && r.c.bases.some((b) => b.t === 'tf' && b.path === 'tensorflow.contrib.training.HParams')) {
    // HParams.__contains__: the key is a hyperparameter (lib/hparams.ts keeps them in `_hparam_types`)
    const types = r.attrs.get('_hparam_types');
    if (types?.t === 'dict') res = contains('in', l, types);
  }
  if (res === undefined) return undefined;
  return op === 'in' ? res : !res;
}

function order(op: string, l: Value, r: Value): boolean | undefined {
  const a = numOf(l), b = numOf(r);
  const [x, y] = a !== undefined && b !== undefined ? [a, b] : l.t === 'str' && r.t === 'str' ? [l.v, r.v] : [undefined, undefined];
  if (x === undefined || y === undefined) return undefined;
  switch (op) {
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    case '>=': return x >= y;
    default: return undefined;
  }
}

function compare(op: string, l: Value, r: Value, same?: Same): boolean | undefined {
  switch (op) {
    case '==': return pyEquals(l, r);
    case '!=': { const e = pyEquals(l, r); return e === undefined ? undefined : !e; }
    case 'is': {
      if (r.t === 'none' || l.t === 'none') return l.t === 'unknown' || r.t === 'unknown' ? undefined : l.t === r.t;
      if (l.t === 'bool' && r.t === 'bool') return l.v === r.v;
      return l === r ? true : undefined;
    }
    case 'is not': { const e = compare('is', l, r); return e === undefined ? undefined : !e; }
    case 'in': case 'not in': return contains(op, l, r, same);
    default: return order(op, l, r);
  }
}

/** The operator texts of a comparison in order (`not in` and `is not` as one operator each). */
function comparisonOperators(node: Node, operandCount: number): string[] {
  const ops = node.childrenForFieldName('operators').map((o) => o?.text ?? '');
  if (ops.length > 0 && !ops.every((o) => !o)) return ops;
  // tree-sitter gives operators as anonymous children; collect them in order
  const opTexts: string[] = [];
  for (const ch of node.children) {
    if (!ch || ch.isNamed) continue;
    const t = ch.text;
    const last = opTexts[opTexts.length - 1];
    if (t === 'not' && last === 'is') opTexts[opTexts.length - 1] = 'is not';
    else if (t === 'in' && last === 'not' && opTexts.length === operandCount - 1) opTexts[opTexts.length - 1] = 'not in';
    else opTexts.push(t);
  }
  return opTexts;
}

export function evalComparison(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const operands = node.namedChildren.filter((c) => c && !isTrivia(c)) as Node[];
  const opTexts = comparisonOperators(node, operands.length);
  let left = m.eval(operands[0]!, env, mod);
  if (opTexts.length === 1 && /^(<|<=|>|>=)$/.test(opTexts[0]!)) {
    // an ordering of tensors is an elementwise op (a bool tensor, broadcast)
    const right = m.eval(operands[1]!, env, mod);
    const isT = (v: Value): boolean => v.t === 'tensor' || v.t === 'var';
    if (isT(left) || isT(right)) return m.binop(opTexts[0]!, left, right);
    const r = compare(opTexts[0]!, left, right);
    return r === undefined ? unknown() : bool(r);
  }
  if (opTexts.length === 1 && /^(==|!=)$/.test(opTexts[0]!)) {
    // a NumPy array's ==/!= is elementwise, and so is an eager TF2 tensor's (Tensor.__eq__ when executing eagerly)
    const right = m.eval(operands[1]!, env, mod);
    const elementwise = (v: Value): boolean => v.t === 'tensor' && (v.np === true || m.hooks.eagerTensors?.() === true);
    // (tensor_equals gives False / True against None)
    if ((elementwise(left) || elementwise(right)) && left.t !== 'none' && right.t !== 'none') return m.binop(opTexts[0]!, left, right);
    const r = compare(opTexts[0]!, left, right, m.hooks.sameObject?.bind(m.hooks));
    return r === undefined ? unknown() : bool(r);
  }
  let result: boolean | undefined = true;
  for (let i = 0; i < opTexts.length && i + 1 < operands.length; i++) {
    const right = m.eval(operands[i + 1]!, env, mod);
    const r = compare(opTexts[i]!, left, right, m.hooks.sameObject?.bind(m.hooks));
    if (r === false) return bool(false);
    if (r === undefined) result = undefined;
    left = right;
  }
  return result === undefined ? unknown() : bool(true);
}

export function evalBinary(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const l = m.eval(node.childForFieldName('left')!, env, mod);
  const r = m.eval(node.childForFieldName('right')!, env, mod);
  return m.binop(node.childForFieldName('operator')!.text, l, r);
}

export function evalUnary(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const v = m.eval(node.childForFieldName('argument')!, env, mod);
  const op = node.childForFieldName('operator')!.text;
  if (isNum(v) && v.np && op === '-') return npScalar(-v.v, v.np);
  if (isNum(v)) return op === '-' ? (v.t === 'int' ? int(-v.v) : float(-v.v)) : op === '~' && v.t === 'int' ? int(~v.v) : v;
  if (v.t === 'bool') return op === '-' ? int(v.v ? -1 : 0) : int(v.v ? 1 : 0);
  if (v.t === 'tensor' || v.t === 'var') return m.hooks.unop?.(op, v) ?? tensorLike(v);
  if (op === '-') return symbolicNeg(v) ?? unknown();
  if (op === '+' && v.t === 'unknown' && v.sym) return v;
  return unknown();
}

export function evalNot(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const t = truthy(m.eval(node.childForFieldName('argument')!, env, mod));
  return t === undefined ? unknown() : bool(!t);
}

/** `and` / `or` with Python's short circuit; an undecidable left side gives unknown (unless `and` is surely false). */
export function evalBoolean(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const l = m.eval(node.childForFieldName('left')!, env, mod);
  const op = node.childForFieldName('operator')!.text;
  const lt = truthy(l);
  if (lt === undefined) {
    const r = m.eval(node.childForFieldName('right')!, env, mod);
    // `x or default` with unknown x: the reader cannot tell
    return op === 'or' && l.t === 'unknown' ? unknown() : op === 'and' && truthy(r) === false ? r : unknown();
  }
  if (op === 'and') return lt ? m.eval(node.childForFieldName('right')!, env, mod) : l;
  return lt ? l : m.eval(node.childForFieldName('right')!, env, mod);
}
