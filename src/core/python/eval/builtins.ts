// Python's builtin functions the reader knows (`range`, `len`, `zip`, `isinstance`, `super`...): one handler
// per name in a table; names with a dot (`str.join`, `list.append`) are methods of builtin values (methods.ts).
// Anything not computable statically is unknown; builtins with effects outside the program (print, open) too.

import {
  attrsView, bool, dictSet, distinctItems, float, havocInstance, int, isNum, NONE, numOf, pyRepr, pyStr, rangeLen, str, strOf, truthy, unknown, type ClassVal, type Value,
} from '../values';
import { formatWithSpec } from '../format';
import { findAttrInClass } from './classes';
import type { Machine } from './machine';
import { callMethod } from './methods';
import { arith } from './operators';
import { symInt } from '../symbolic';
import { symbolicCount, symbolPiece } from './symbols';
import type { Args, CallSite } from './protocol';

export type BuiltinCtx = Pick<Machine, 'iterate' | 'call' | 'getattr' | 'binop' | 'frames'>;
type Builtin = (m: BuiltinCtx, args: Args, site: CallSite, name: string) => Value;

export const BUILTINS = new Set([
  'range', 'len', 'enumerate', 'zip', 'reversed', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict', 'str', 'repr',
  'int', 'float', 'bool', 'abs', 'round', 'min', 'max', 'sum', 'any', 'all', 'map', 'filter', 'isinstance', 'getattr',
  'hasattr', 'setattr', 'format', 'print', 'super', 'object', 'divmod', 'pow', 'chr', 'ord', 'type', 'id', 'hash',
  'open', 'input', 'exit', 'quit', 'vars', 'locals', 'globals',
]);

export function callBuiltin(m: BuiltinCtx, name: string, args: Args, site: CallSite): Value {
  if (name.includes('.')) return callMethod(m, name, args, site);
  const f = TABLE.get(name);
  return f ? f(m, args, site, name) : unknown(name);
}

/** The items of the first argument when it is iterable, else undefined. */
function items0(m: BuiltinCtx, args: Args, site: CallSite): Value[] | undefined {
  const self = args.pos[0];
  return self ? m.iterate(self, site.node, site.file) : undefined;
}

function oneArg(x: Value): Args {
  return { pos: [x], kw: new Map(), posNodes: [null], kwNodes: new Map() };
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Python type names of the reader's plain values (for isinstance and type). */
const TYPE_NAMES: Record<string, string> = { int: 'int', float: 'float', str: 'str', list: 'list', tuple: 'tuple', dict: 'dict', bool: 'bool' };

const range: Builtin = (_m, { pos: a }) => {
  const ns = a.map(numOf);
  if (ns.some((n) => n === undefined) || a.length === 0) return symbolicCount(a.length === 1 ? ['-', a[0]!, int(0)] : a.length === 2 ? ['-', a[1]!, a[0]!] : undefined) ?? unknown('range');
  const [start, stop, step] = a.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? 1];
  if (step === 0) return unknown('range step 0');
  return { t: 'range', start, stop, step };
};

const len: Builtin = (_m, { pos: [self] }) => {
  if (!self) return unknown();
  if (self.t === 'list' || self.t === 'tuple') return int(self.items.length);
  if (self.t === 'str') return int(self.v.length);
  if (self.t === 'dict') return int(self.keys.length);
  if (self.t === 'range') return int(rangeLen(self));
  if (self.t === 'tensor' && self.shape && self.shape[0] != null) return int(self.shape[0]);
  if (self.t === 'unknown' && self.count) return { t: 'unknown', why: 'len', sym: self.count };
  return unknown();
};

const enumerate: Builtin = (m, args, site) => {
  const items = items0(m, args, site);
  if (!items) return args.pos[0]?.t === 'unknown' && args.pos[0].count ? { t: 'unknown', why: 'enumerate', count: args.pos[0].count } : unknown();
  const start = numOf(args.pos[1] ?? args.kw.get('start')) ?? 0;
  return { t: 'list', items: items.map((v, i) => ({ t: 'tuple', items: [int(i + start), v] })) };
};

const zip: Builtin = (m, { pos: a }, site) => {
  if (a.length === 0) return { t: 'list', items: [] };
  const lists = a.map((x) => m.iterate(x, site.node, site.file));
  if (lists.some((l) => !l)) return unknown();
  const n = Math.min(...lists.map((l) => l!.length));
  const items: Value[] = [];
  for (let i = 0; i < n; i++) items.push({ t: 'tuple', items: lists.map((l) => l![i]!) });
  return { t: 'list', items };
};

const reversed: Builtin = (m, args, site) => {
  const items = items0(m, args, site);
  return items ? { t: 'list', items: [...items].reverse() } : unknown();
};

/** Python's `<` ordering of numbers, strings, and tuples/lists (lexicographic); undefined when Python would refuse or it is unknown. */
function pyCompare(x: Value, y: Value): number | undefined {
  if ((isNum(x) || x.t === 'bool') && (isNum(y) || y.t === 'bool')) return numOf(x)! - numOf(y)!;
  if (x.t === 'str' && y.t === 'str') return x.partial || y.partial ? undefined : x.v < y.v ? -1 : x.v > y.v ? 1 : 0;
  if ((x.t === 'tuple' || x.t === 'list') && y.t === x.t) {
    for (let i = 0; i < Math.min(x.items.length, y.items.length); i++) {
      const c = pyCompare(x.items[i]!, y.items[i]!);
      if (c !== 0) return c;
    }
    return x.items.length - y.items.length;
  }
  return undefined;
}

const sorted: Builtin = (m, args, site) => {
  const items = items0(m, args, site);
  if (!items || args.kw.has('key')) return unknown();
  let bad = false;
  const out = [...items].sort((x, y) => {
    const c = pyCompare(x, y);
    if (c === undefined) bad = true;
    return c ?? 0;
  });
  if (bad) return unknown();
  const rev = args.kw.get('reverse');
  return { t: 'list', items: rev && truthy(rev) ? out.reverse() : out };
};

/** list(), tuple(), set(), frozenset() (sets as lists of their distinct items: `set("abca")` has 3). */
const sequence: Builtin = (m, args, site, name) => {
  if (!args.pos[0]) return { t: name === 'tuple' ? 'tuple' : 'list', items: [] };
  const items = items0(m, args, site);
  if (items && (name === 'set' || name === 'frozenset')) {
    const distinct = distinctItems(items);
    return distinct ? { t: 'list', items: distinct } : unknown('a set of items whose equality the analysis cannot decide');
  }
  return items ? { t: name === 'tuple' ? 'tuple' : 'list', items: [...items] } : unknown();
};

const dict: Builtin = (m, args, site) => {
  const self = args.pos[0];
  const d: Value & { t: 'dict' } = { t: 'dict', keys: [], vals: [] };
  if (self?.t === 'dict') self.keys.forEach((k, i) => dictSet(d, k, self.vals[i]!));
  else if (self) {
    const items = m.iterate(self, site.node, site.file);
    for (const it of items ?? []) if (it.t === 'tuple' || it.t === 'list') dictSet(d, it.items[0]!, it.items[1]!);
  }
  for (const [k, v] of args.kw) dictSet(d, str(k), v);
  return d;
};

const toStr: Builtin = (_m, { pos: [self] }) => {
  if (!self) return str('');
  const s = pyStr(self);
  if (s === undefined && self.t === 'unknown' && self.sym) return { t: 'str', v: symbolPiece(self)!, partial: true };
  return s === undefined ? unknown() : str(s);
};

const repr: Builtin = (_m, { pos: [self] }) => {
  const s = self ? pyRepr(self) : undefined;
  return s === undefined ? unknown() : str(s);
};

const toInt: Builtin = (_m, { pos: [self, base] }) => {
  if (!self) return int(0);
  if (self.t === 'str') {
    const n = parseInt(self.v.trim(), numOf(base) ?? 10);
    return Number.isNaN(n) ? unknown() : int(n);
  }
  const n = numOf(self);
  if (n === undefined && self.t === 'unknown' && self.sym && !base) return { t: 'unknown', why: 'int', sym: symInt(self.sym) };
  return n === undefined ? unknown() : int(Math.trunc(n));
};

const toFloat: Builtin = (_m, { pos: [self] }) => {
  if (!self) return float(0);
  if (self.t === 'str') {
    const n = Number(self.v.trim());
    return Number.isNaN(n) ? unknown() : float(n);
  }
  const n = numOf(self);
  return n === undefined ? unknown() : float(n);
};

const toBool: Builtin = (_m, { pos: [self] }) => {
  if (!self) return bool(false);
  const t = truthy(self);
  return t === undefined ? unknown() : bool(t);
};

const abs: Builtin = (_m, { pos: [self] }) => {
  const n = numOf(self);
  return n === undefined ? unknown() : self!.t === 'float' ? float(Math.abs(n)) : int(Math.abs(n));
};

const round: Builtin = (_m, { pos: [self, digits] }) => {
  const n = numOf(self);
  if (n === undefined) return unknown();
  const nd = numOf(digits);
  if (nd === undefined) return int(roundHalfEven(n));
  const f = 10 ** nd;
  return float(roundHalfEven(n * f) / f);
};

const minMax: Builtin = (m, { pos: a }, site, name) => {
  const items = a.length === 1 ? m.iterate(a[0]!, site.node, site.file) : a;
  if (!items || items.length === 0) return unknown();
  if (!items.every((x) => isNum(x) || x.t === 'bool')) return unknown();
  let best = items[0]!;
  for (const x of items) if (name === 'min' ? numOf(x)! < numOf(best)! : numOf(x)! > numOf(best)!) best = x;
  return best;
};

const sum: Builtin = (m, args, site) => {
  const items = items0(m, args, site);
  if (!items) return unknown();
  let acc: Value = args.pos[1] ?? int(0);
  for (const x of items) acc = m.binop('+', acc, x);
  return acc;
};

const anyAll: Builtin = (m, args, site, name) => {
  const items = items0(m, args, site);
  if (!items) return unknown();
  const ts = items.map(truthy);
  if (name === 'any') return ts.some((t) => t === true) ? bool(true) : ts.some((t) => t === undefined) ? unknown() : bool(false);
  return ts.some((t) => t === false) ? bool(false) : ts.some((t) => t === undefined) ? unknown() : bool(true);
};

const map: Builtin = (m, { pos: [fn, it] }, site) => {
  const items = it ? m.iterate(it, site.node, site.file) : undefined;
  if (!items || !fn) return unknown();
  return { t: 'list', items: items.map((x) => m.call(fn, oneArg(x), site)) };
};

const filter: Builtin = (m, { pos: [fn, it] }, site) => {
  const items = it ? m.iterate(it, site.node, site.file) : undefined;
  if (!items || !fn) return unknown();
  if (fn.t === 'none') return { t: 'list', items: items.filter((x) => truthy(x) === true) };
  return { t: 'list', items: items.filter((x) => truthy(m.call(fn, oneArg(x), site)) === true) };
};

const PY_TYPES = new Set(['int', 'float', 'str', 'list', 'tuple', 'dict', 'bool', 'set', 'bytes', 'frozenset']);

/** `c` is `base` or derives from it (bases depth-first, at most 20 levels). */
function inherits(c: ClassVal, base: ClassVal, depth = 0): boolean {
  if (c === base) return true;
  return depth < 20 && c.bases.some((b) => b.t === 'class' && inherits(b.c, base, depth + 1));
}

const isinstance: Builtin = (_m, { pos: [v, cls] }) => {
  if (!v || !cls) return unknown();
  const classes = cls.t === 'tuple' ? cls.items : [cls];
  const names = classes.map((c) => (c.t === 'builtin' ? c.name : c.t === 'class' ? c.c.name : '?'));
  // a user class's instance (a namedtuple's too) is an instance of its class and of each of that class's bases
  const ofClass = (c: ClassVal): boolean => classes.some((k) => k.t === 'class' && inherits(c, k.c));
  if (v.t === 'tuple' && v.nt && ofClass(v.nt)) return bool(true);
  if (v.t in TYPE_NAMES) return bool(names.includes(TYPE_NAMES[v.t]!) || (v.t === 'bool' && names.includes('int')));
  if (v.t === 'instance') return bool(ofClass(v.c) || names.includes(v.c.name));
  if (v.t === 'none') return bool(false);
  // a TensorFlow tensor, variable or layer is no Python builtin container or scalar
  // (nor a NumPy array, unless it is one: a tensor value marked `np`; BERT-style get_shape_list asks)
  const ndarray = (k: Value): boolean => k.t === 'tf' && !k.h && k.path === 'numpy.ndarray';
  if (v.t === 'tensor' && v.np && classes.some(ndarray)) return bool(true);
  if (['tensor', 'var', 'layer', 'scope', 'init', 'dtype'].includes(v.t) && classes.every((k) => (k.t === 'builtin' && PY_TYPES.has(k.name)) || ndarray(k))) return bool(false);
  return unknown();
};

const getattrFn: Builtin = (m, { pos: [o, n, d] }, site) => {
  if (!o || n?.t !== 'str') return unknown();
  const r = m.getattr(o, n.v, site.node, site.file, true);
  return r && r.t !== 'unknown' ? r : d ?? unknown();
};

const hasattr: Builtin = (_m, { pos: [o, n] }) => {
  if (o?.t === 'instance' && n?.t === 'str') return bool(o.attrs.has(n.v) || findAttrInClass(o.c, n.v) !== undefined);
  return unknown();
};

const setattr: Builtin = (_m, { pos: [o, n, v] }) => {
  if (o?.t === 'instance' && n?.t === 'str' && v) o.attrs.set(n.v, v);
  else if (o?.t === 'instance') havocInstance(o, 'setattr() with an attribute name not known statically');
  return NONE;
};

const format: Builtin = (_m, { pos: [self, spec] }) => {
  const s = self ? formatWithSpec(self, strOf(spec) ?? '') : undefined;
  return s === undefined ? unknown() : str(s);
};

const type: Builtin = (_m, { pos: a }) => {
  const self = a[0];
  if (a.length !== 1 || !self) return unknown('type');
  if (self.t === 'instance') return { t: 'class', c: self.c };
  return TYPE_NAMES[self.t] ? { t: 'builtin', name: TYPE_NAMES[self.t]! } : unknown('type');
};

/** `super()` in a method: the owner class and `self` of the innermost user-function frame. */
const superFn: Builtin = (m, { pos: a }) => {
  let cls: Value | undefined = a[0];
  let obj: Value | undefined = a[1];
  if (!cls) {
    const f = m.frames[m.frames.length - 1];
    if (f?.fv.owner) { cls = { t: 'class', c: f.fv.owner }; obj = f.self; }
  }
  return cls?.t === 'class' && obj ? { t: 'super', cls: cls.c, self: obj } : unknown('super');
};

const divmod: Builtin = (_m, { pos: a }) => {
  const x = numOf(a[0]), y = numOf(a[1]);
  if (x === undefined || y === undefined || y === 0) return unknown();
  return { t: 'tuple', items: [arith('//', a[0]!, a[1]!), arith('%', a[0]!, a[1]!)] };
};

const pow: Builtin = (_m, { pos: a }) => (a[0] && a[1] ? arith('**', a[0], a[1]) : unknown());
const chr: Builtin = (_m, { pos: [self] }) => { const n = numOf(self); return n === undefined ? unknown() : str(String.fromCodePoint(n)); };
const ord: Builtin = (_m, { pos: [self] }) => { const s = strOf(self); return s ? int(s.codePointAt(0)!) : unknown(); };
/** Builtins whose result depends on the world outside the program. */
const opaque: Builtin = (_m, _a, _s, name) => unknown(name);

const TABLE = new Map<string, Builtin>([
  ['range', range], ['len', len], ['enumerate', enumerate], ['zip', zip], ['reversed', reversed], ['sorted', sorted],
  ['list', sequence], ['tuple', sequence], ['set', sequence], ['frozenset', sequence], ['dict', dict],
  ['str', toStr], ['repr', repr], ['int', toInt], ['float', toFloat], ['bool', toBool],
  ['abs', abs], ['round', round], ['min', minMax], ['max', minMax], ['sum', sum], ['any', anyAll], ['all', anyAll],
  ['map', map], ['filter', filter], ['isinstance', isinstance], ['getattr', getattrFn], ['hasattr', hasattr], ['setattr', setattr],
  ['format', format], ['type', type], ['super', superFn], ['object', () => unknown('object')],
  ['divmod', divmod], ['pow', pow], ['chr', chr], ['ord', ord],
  ...['print', 'exit', 'quit', 'input', 'id', 'hash', 'locals', 'globals'].map((n): [string, Builtin] => [n, opaque]),
  // vars(obj) is obj.__dict__
  ['vars', (_m, { pos: [o] }) => (o?.t === 'instance' && !o.havoc ? attrsView(o) : unknown('vars'))],
  // a file the program reads: the library reads it from the workspace (lib/configs.ts)
  ['open', (m, args, site) => m.call({ t: 'tf', path: 'builtins.open' }, args, site)],
]);
