// Methods of Python's builtin values, called as `str.join`-style builtins with the receiver first: string
// methods (format, join, split, strip...), list/tuple methods (in-place mutation, bounded by MAX_COLLECTION)
// and dict methods. Unknown receivers or methods give unknown.

import { MAX_COLLECTION } from '../../frontend/budgets';
import { bool, dictGet, dictSet, int, NONE, numOf, pyEquals, str, strOf, syncOwner, unknown, type Value } from '../values';
import { strFormat, withUnknownPieces } from '../format';
import type { Machine } from './machine';
import { namedTupleMethod } from './namedtuple';
import type { Args, CallSite } from './protocol';

type MethodCtx = Pick<Machine, 'iterate'>;

export function callMethod(m: MethodCtx, name: string, args: Args, site: CallSite): Value {
  const [self, ...a] = args.pos;
  if (!self) return unknown();
  const method = name.slice(name.indexOf('.') + 1);
  if (self.t === 'tuple' && self.nt && name.startsWith('namedtuple.')) return namedTupleMethod(self, method, args);
  if (self.t === 'str') return strMethod(m, self, method, a, args, site);
  if (self.t === 'list' || self.t === 'tuple') return listMethod(m, self, method, a, site);
  if (self.t === 'dict') return dictMethod(self, method, a, args);
  return unknown();
}

function strip(s: string, method: string, chars: string | undefined): Value {
  if (chars === undefined) return str(method === 'strip' ? s.trim() : method === 'lstrip' ? s.trimStart() : s.trimEnd());
  let b = 0, e = s.length;
  if (method !== 'rstrip') while (b < e && chars.includes(s[b]!)) b++;
  if (method !== 'lstrip') while (e > b && chars.includes(s[e - 1]!)) e--;
  return str(s.slice(b, e));
}

function rsplit(s: string, sepV: Value | undefined, maxV: Value | undefined): Value {
  const sep = strOf(sepV);
  const max = numOf(maxV);
  if (sep === undefined) return unknown();
  let parts = s.split(sep);
  if (max !== undefined && max >= 0 && parts.length > max + 1) parts = [parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)];
  return { t: 'list', items: parts.map(str) };
}

function strMethod(m: MethodCtx, self: Value & { t: 'str' }, method: string, a: Value[], args: Args, site: CallSite): Value {
  const s = self.v;
  switch (method) {
    case 'format': {
      const r = strFormat(s, a, args.kw);
      if (r !== undefined) return str(r);
      const p = withUnknownPieces(() => strFormat(s, a, args.kw));
      return p.value === undefined ? unknown('format') : { t: 'str', v: p.value, partial: true };
    }
    case 'join': {
      const items = a[0] ? m.iterate(a[0], site.node, site.file) : undefined;
      if (!items || !items.every((x) => x.t === 'str')) return unknown();
      return str(items.map((x) => (x as { v: string }).v).join(s));
    }
    case 'upper': return str(s.toUpperCase());
    case 'lower': return str(s.toLowerCase());
    case 'strip': case 'lstrip': case 'rstrip': return strip(s, method, strOf(a[0]));
    case 'replace': {
      const x = strOf(a[0]), y = strOf(a[1]);
      return x === undefined || y === undefined ? unknown() : str(s.split(x).join(y));
    }
    case 'split': {
      const sep = strOf(a[0]);
      const parts = sep === undefined ? s.trim().split(/\s+/).filter(Boolean) : s.split(sep);
      return { t: 'list', items: parts.map(str) };
    }
    case 'rsplit': return rsplit(s, a[0], a[1]);
    case 'startswith': case 'endswith': {
      const p = a[0];
      const opts = p?.t === 'tuple' ? p.items.map(strOf) : [strOf(p)];
      if (opts.some((o) => o === undefined)) return unknown();
      return bool(opts.some((o) => (method === 'startswith' ? s.startsWith(o!) : s.endsWith(o!))));
    }
    case 'capitalize': return str(s.charAt(0).toUpperCase() + s.slice(1).toLowerCase());
    case 'title': return str(s.replace(/\w\S*/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
    case 'zfill': { const n = numOf(a[0]); return n === undefined ? unknown() : str(s.padStart(n, '0')); }
    case 'find': case 'index': { const x = strOf(a[0]); return x === undefined ? unknown() : int(s.indexOf(x)); }
    case 'count': { const x = strOf(a[0]); return x === undefined ? unknown() : int(x ? s.split(x).length - 1 : s.length + 1); }
    case 'isdigit': return bool(/^\d+$/.test(s));
    // str.isalpha/isalnum/isspace/islower/isupper: non-empty, every character of the class (cased: at least one)
    case 'isalpha': return bool(/^\p{L}+$/u.test(s));
    case 'isalnum': return bool(/^[\p{L}\p{N}]+$/u.test(s));
    case 'isspace': return bool(/^\s+$/.test(s));
    case 'islower': return bool(/\p{Ll}/u.test(s) && !/[\p{Lu}\p{Lt}]/u.test(s));
    case 'isupper': return bool(/\p{Lu}/u.test(s) && !/[\p{Ll}\p{Lt}]/u.test(s));
    case 'encode': case 'decode': return self;
    default: return unknown(`str.${method}`);
  }
}

/**
 * Adds `x` to a set's items when it is known to differ from each of them; an item whose equality is not known
 * (an unknown value) is left out, as before sets were filled at all.
 */
function setAdd(items: Value[], x: Value): void {
  if (items.length < MAX_COLLECTION && items.every((y) => pyEquals(y, x) === false) && pyEquals(x, x) === true) items.push(x);
}

function listMethod(m: MethodCtx, self: Value & { t: 'list' | 'tuple' }, method: string, a: Value[], site: CallSite): Value {
  switch (method) {
    case 'append': if (self.t === 'list' && self.items.length < MAX_COLLECTION) self.items.push(a[0] ?? unknown()); return NONE;
    case 'extend': {
      const items = a[0] ? m.iterate(a[0], site.node, site.file) : undefined;
      if (self.t === 'list' && items) self.items.push(...items);
      return NONE;
    }
    case 'insert': {
      const i = numOf(a[0]);
      if (self.t === 'list' && i !== undefined) self.items.splice(i, 0, a[1] ?? unknown());
      return NONE;
    }
    case 'pop': {
      if (self.t !== 'list' || self.items.length === 0) return unknown();
      const i = numOf(a[0]);
      if (i === undefined) return self.items.pop()!;
      return self.items.splice(i < 0 ? self.items.length + i : i, 1)[0] ?? unknown();
    }
    case 'index': {
      const i = self.items.findIndex((x) => pyEquals(x, a[0] ?? NONE) === true);
      return i >= 0 ? int(i) : unknown();
    }
    case 'count': return int(self.items.filter((x) => pyEquals(x, a[0] ?? NONE) === true).length);
    case 'copy': case 'as_list': return { t: 'list', items: [...self.items] };
    case 'is_fully_defined': return self.items.some((x) => x.t === 'unknown') ? unknown() : bool(self.items.every((x) => x.t === 'int'));
    // a set is held as a list of its distinct items (set(), {a, b}): add/update keep them distinct
    case 'add': if (self.t === 'list') setAdd(self.items, a[0] ?? unknown()); return NONE;
    case 'update': {
      const items = a[0] ? m.iterate(a[0], site.node, site.file) : undefined;
      if (self.t === 'list' && items) for (const x of items) setAdd(self.items, x);
      return NONE;
    }
    case 'discard': case 'remove': {
      const i = self.items.findIndex((x) => pyEquals(x, a[0] ?? NONE) === true);
      if (self.t === 'list' && i >= 0) self.items.splice(i, 1);
      return NONE;
    }
    case 'reverse': if (self.t === 'list') self.items.reverse(); return NONE;
    case 'sort': return NONE;
    default: return unknown();
  }
}

function dictMethod(self: Value & { t: 'dict' }, method: string, a: Value[], args: Args): Value {
  const r = dictMethodOf(self, method, a, args);
  if (self.of && (method === 'update' || method === 'setdefault' || method === 'pop' || method === 'clear')) syncOwner(self);
  return r;
}

function dictMethodOf(self: Value & { t: 'dict' }, method: string, a: Value[], args: Args): Value {
  switch (method) {
    case 'clear': self.keys.length = 0; self.vals.length = 0; return NONE;
    case 'get': return dictGet(self, a[0] ?? NONE) ?? a[1] ?? NONE;
    case 'items': return { t: 'list', items: self.keys.map((k, i) => ({ t: 'tuple', items: [k, self.vals[i]!] })) };
    case 'keys': return { t: 'list', items: [...self.keys] };
    case 'values': return { t: 'list', items: [...self.vals] };
    case 'update': {
      if (a[0]?.t === 'dict') a[0].keys.forEach((k, i) => dictSet(self, k, (a[0] as { vals: Value[] }).vals[i]!));
      for (const [k, v] of args.kw) dictSet(self, str(k), v);
      return NONE;
    }
    case 'setdefault': {
      const cur = dictGet(self, a[0] ?? NONE);
      if (cur !== undefined) return cur;
      dictSet(self, a[0] ?? NONE, a[1] ?? NONE);
      return a[1] ?? NONE;
    }
    case 'pop': {
      const k = a[0] ?? NONE;
      const i = self.keys.findIndex((x) => pyEquals(x, k) === true);
      if (i < 0) return a[1] ?? unknown();
      const v = self.vals[i]!;
      self.keys.splice(i, 1);
      self.vals.splice(i, 1);
      return v;
    }
    case 'copy': return { t: 'dict', keys: [...self.keys], vals: [...self.vals] };
    default: return unknown();
  }
}
