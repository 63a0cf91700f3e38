// collections.namedtuple: the class it makes (field names, `defaults=`, `Cls.__new__.__defaults__ = ...` set later),
// its instances as tuples that also answer their field names, `_replace(**kw)`, `_asdict()`, `_fields`, and
// subclasses of such a class (`class P(namedtuple('P', 'a b')): ...`). Rule: CPython's Lib/collections/__init__.py.

import { Env, str, unknown, type ClassVal, type ModuleVal, type Value } from '../values';
import type { Args } from './protocol';

const NT_MODULE: ModuleVal = { name: 'collections', file: '<collections>', env: new Env(null, null), loading: false };

/** The field names `namedtuple` accepts: a list/tuple of strings, or one string split at commas and whitespace. */
function fieldNames(v: Value | undefined): string[] | undefined {
  if (v?.t === 'str' && !v.partial) return v.v.replace(/,/g, ' ').split(/\s+/).filter((s) => s);
  if (v?.t === 'list' || v?.t === 'tuple') {
    const out = v.items.map((x) => (x.t === 'str' && !x.partial ? x.v : undefined));
    return out.every((x) => x !== undefined) ? (out as string[]) : undefined;
  }
  return undefined;
}

/** `collections.namedtuple(typename, field_names, *, defaults=None, ...)`: a class, or unknown when its fields are. */
export function makeNamedTuple(args: Args): Value {
  const name = args.pos[0] ?? args.kw.get('typename');
  const fields = fieldNames(args.pos[1] ?? args.kw.get('field_names'));
  if (name?.t !== 'str' || !fields) return unknown('collections.namedtuple of fields not known statically');
  // `Cls.__new__` is a function object whose `__defaults__` a program may set after the class is made
  const newFn: Value = { t: 'instance', c: { name: 'function', attrs: new Map(), bases: [], module: NT_MODULE }, attrs: new Map() };
  const dflt = args.kw.get('defaults');
  if (dflt && dflt.t !== 'none' && newFn.t === 'instance') newFn.attrs.set('__defaults__', dflt);
  const c: ClassVal = { name: name.v, attrs: new Map(), bases: [], module: NT_MODULE, nt: fields };
  c.attrs.set('_fields', { t: 'tuple', items: fields.map(str) });
  c.attrs.set('__new__', newFn);
  return { t: 'class', c };
}

/** The namedtuple class `c` is or derives from (depth-first over its bases), if any. */
export function namedTupleBase(c: ClassVal, depth = 0): ClassVal | undefined {
  if (c.nt) return c;
  if (depth > 20) return undefined;
  for (const b of c.bases) {
    const r = b.t === 'class' ? namedTupleBase(b.c, depth + 1) : undefined;
    if (r) return r;
  }
  return undefined;
}

/** `Cls(*args, **kw)` of a namedtuple class `c` (its base `base`): positional fields, then keywords, then defaults. */
export function newNamedTuple(c: ClassVal, base: ClassVal, args: Args): Value {
  const fields = base.nt!;
  const newFn = base.attrs.get('__new__');
  const d = newFn?.t === 'instance' ? newFn.attrs.get('__defaults__') : undefined;
  const defaults = d?.t === 'tuple' || d?.t === 'list' ? d.items : [];
  const firstDefault = fields.length - defaults.length;
  const items = fields.map((f, i): Value => {
    if (i < args.pos.length) return args.pos[i]!;
    const k = args.kw.get(f);
    if (k !== undefined) return k;
    return i >= firstDefault ? defaults[i - firstDefault]! : unknown(`${c.name}.${f} not given`);
  });
  return { t: 'tuple', items, nt: c };
}

/** `t.name` on a namedtuple instance: a field, `_fields`, a method of its class (bound), or undefined. */
export function namedTupleAttr(obj: Value & { t: 'tuple' }, name: string, findAttr: (c: ClassVal, n: string) => Value | undefined): Value | undefined {
  const c = obj.nt!;
  const base = namedTupleBase(c);
  const i = base?.nt?.indexOf(name) ?? -1;
  if (i >= 0) return obj.items[i] ?? unknown();
  if (name === '_replace' || name === '_asdict') return { t: 'bound', self: obj, fn: { t: 'builtin', name: `namedtuple.${name}` } };
  const v = findAttr(c, name);
  if (v?.t === 'func') return { t: 'bound', self: obj, fn: v };
  return v;
}

/** `t._replace(**kw)` (a new instance of the same class) and `t._asdict()` (a dict in field order). */
export function namedTupleMethod(self: Value & { t: 'tuple' }, method: string, args: Args): Value {
  const base = namedTupleBase(self.nt!);
  if (!base) return unknown();
  const fields = base.nt!;
  if (method === '_asdict') return { t: 'dict', keys: fields.map(str), vals: fields.map((_, i) => self.items[i] ?? unknown()) };
  if (method === '_replace') {
    for (const k of args.kw.keys()) if (!fields.includes(k)) return unknown(`${self.nt!.name}._replace of an unknown field ${k}`);
    return { t: 'tuple', items: fields.map((f, i) => args.kw.get(f) ?? self.items[i] ?? unknown()), nt: self.nt };
  }
  return unknown();
}
