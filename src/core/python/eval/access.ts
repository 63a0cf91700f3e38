// Reading into Python values: attributes (modules load lazily, classes and instances resolve through their
// bases, builtin values expose their methods), subscripts and slices, and iteration (ranges truncated at
// MAX_LOOP_ITERATIONS with a note). Library values are delegated to the library's hooks.

import { MAX_LOOP_ITERATIONS } from '../../frontend/budgets';
import type { SyntaxNode as Node } from '../ast';
import { dictGet, ensureModule, int, numOf, OUTSIDE, rangeLen, str, unknown, type Env, type ModuleVal, type Value } from '../values';
import { findAttrInClass, instanceAttr, superAttr } from './classes';
import { decorators } from './syntax';
import type { SubscriptItem } from './protocol';
import type { Machine } from './machine';
import { tensorLike } from './operators';
import { attributeSymbol } from './symbols';
import { installedSource } from './imports';
import { namedTupleAttr } from './namedtuple';

export function getattr(m: Machine, obj: Value, name: string, node: Node, file: string, quiet = false): Value | undefined {
  switch (obj.t) {
    case 'module': {
      ensureModule(obj.m);
      const v = obj.m.env.vars.get(name);
      if (v !== undefined) return v.t === 'lazy' ? v.force() : v;
      const sub = m.loader.load(`${obj.m.name}.${name}`, 0, obj.m.file);
      if (sub) return { t: 'module', m: sub };
      return quiet ? undefined : unknown(`${obj.m.name}.${name}`);
    }
    case 'class': {
      if (name === '__name__') return str(obj.c.name);
      const v = findAttrInClass(obj.c, name);
      // `Cls.method` of a @classmethod binds the class (`Config.from_dict(d)` gets cls=Config)
      if (v?.t === 'func' && decorators(v.f.node).some((d) => d.includes('classmethod'))) return { t: 'bound', self: obj, fn: v };
      if (v !== undefined) return v;
      break;
    }
    case 'super': return superAttr(m, obj, name, node, file);
    case 'instance': {
      // `self.__class__` is the instance's type, as `type(self)` (Python's data model), so
      // `self.__class__.__name__` names the subclass the instance was made from
      if (name === '__class__' && !obj.attrs.has(name)) return { t: 'class', c: obj.c };
      const v = instanceAttr(m, obj, name, node, file);
      if (v !== undefined) return v;
      break;
    }
    case 'str': case 'list': case 'dict': case 'tuple':
      if (obj.t === 'tuple' && obj.nt) return namedTupleAttr(obj, name, findAttrInClass) ?? unknown(`attribute ${name}`);
      // a TensorShape is read as the list of its dims (`x.shape.ndims`, `.rank`, `.dims`)
      if (obj.t === 'list' && (name === 'ndims' || name === 'rank')) return int(obj.items.length);
      if (obj.t === 'list' && name === 'dims') return obj;
      return { t: 'bound', self: obj, fn: { t: 'builtin', name: `${obj.t}.${name}` } };
    case 'unknown': {
      // an attribute of a symbol (`hparams.n_embd`): the user's value for it, else a symbol of its own
      const given = obj.sym ? m.hooks.supplied?.(name) : undefined;
      return given ?? attributeSymbol(m, obj, name, node, file) ?? unknown();
    }
    case 'tf': {
      // `keras.applications` read off the modelled `keras`: the installed package's source when followed
      const wm = !obj.h && m.loader.searchesInstalled ? installedSource(m, `${obj.path}.${name}`, file) : undefined;
      if (wm) return { t: 'module', m: wm };
      break;
    }
    default:
      break;
  }
  return m.hooks.getattr(obj, name, { node, file }) ?? unknown(`attribute ${name}`);
}

export function iterate(m: Machine, v: Value, node: Node, file: string): Value[] | undefined {
  switch (v.t) {
    case 'list': case 'tuple': return v.items;
    case 'str': return [...v.v].map(str);
    case 'dict': return v.keys;
    case 'range': {
      const n = rangeLen(v);
      if (n > MAX_LOOP_ITERATIONS) {
        m.note(node, file, 'loop-truncated',
          `This loop has ${n.toLocaleString('en-US')} iterations; the analysis follows the first ${MAX_LOOP_ITERATIONS.toLocaleString('en-US')} only.`, 'warning');
        m.risk(node, 'iterations of a loop the analysis stopped following');
      }
      const count = Math.min(n, MAX_LOOP_ITERATIONS);
      const out: Value[] = new Array(count);
      for (let i = 0; i < count; i++) out[i] = int(v.start + i * v.step);
      return out;
    }
    case 'instance': return undefined;
    default: return m.hooks.iterate?.(v, { node, file });
  }
}

export function index(m: Machine, obj: Value, k: Value): Value {
  if (obj.t === 'dict') return dictGet(obj, k) ?? unknown('missing key');
  if ((obj.t === 'list' || obj.t === 'tuple') && (k.t === 'int' || k.t === 'bool')) {
    const n = numOf(k)!;
    const i = n < 0 ? obj.items.length + n : n;
    return obj.items[i] ?? unknown('index out of range');
  }
  if (obj.t === 'str' && k.t === 'int') {
    const i = k.v < 0 ? obj.v.length + k.v : k.v;
    const ch = obj.v[i];
    return ch === undefined ? unknown() : str(ch);
  }
  if (obj.t === 'range' && k.t === 'int') {
    const n = rangeLen(obj);
    const i = k.v < 0 ? n + k.v : k.v;
    return i >= 0 && i < n ? int(obj.start + i * obj.step) : unknown();
  }
  if (obj.t === 'instance') {
    const gi = findAttrInClass(obj.c, '__getitem__');
    if (!gi && k.t === 'str') return obj.attrs.get(k.v) ?? unknown();
  }
  if (obj.t === 'tensor' || obj.t === 'var') return m.hooks.subscript?.(obj, k) ?? tensorLike(obj);
  return unknown();
}

export function evalSubscript(m: Machine, node: Node, env: Env, mod: ModuleVal): Value {
  const obj = m.eval(node.childForFieldName('value')!, env, mod);
  const subs = node.childrenForFieldName('subscript').filter((c): c is Node => !!c);
  if ((obj.t === 'tensor' || obj.t === 'var') && m.hooks.subscriptItems && (subs.length !== 1 || subs[0]!.type === 'slice' || subs[0]!.type === 'ellipsis')) {
    return m.hooks.subscriptItems(obj, subs.map((sn) => subscriptItem(m, sn, env, mod))) ?? tensorLike(obj);
  }
  if (subs.length !== 1) return obj.t === 'tensor' || obj.t === 'var' ? tensorLike(obj) : unknown();
  const sn = subs[0]!;
  if (sn.type === 'slice') return evalSlice(m, obj, sn, env, mod);
  const k = m.eval(sn, env, mod);
  // a key of a mapping read from a file the analysis could not read: the user's value, else named as missing
  if (obj.t === 'unknown' && obj.why?.startsWith(OUTSIDE) && k.t === 'str' && !k.partial) {
    const why = `a value read from ${obj.why.slice(OUTSIDE.length)}`;
    return m.hooks.outside?.(k.v, obj, node, mod.file, why) ?? obj;
  }
  return m.index(obj, k);
}

function subscriptItem(m: Machine, sn: Node, env: Env, mod: ModuleVal): SubscriptItem {
  if (sn.type === 'ellipsis') return { kind: 'ellipsis' };
  if (sn.type !== 'slice') return { kind: 'value', v: m.eval(sn, env, mod) };
  const parts: (Value | undefined)[] = [undefined, undefined, undefined];
  let idx = 0;
  for (const ch of sn.children) {
    if (!ch) continue;
    if (ch.type === ':') { idx++; continue; }
    parts[idx] = m.eval(ch, env, mod);
  }
  return { kind: 'slice', start: parts[0], stop: parts[1], step: parts[2] };
}

function evalSlice(m: Machine, obj: Value, sn: Node, env: Env, mod: ModuleVal): Value {
  const parts: (number | undefined)[] = [undefined, undefined, undefined];
  let idx = 0;
  for (const ch of sn.children) {
    if (!ch) continue;
    if (ch.type === ':') { idx++; continue; }
    parts[idx] = numOf(m.eval(ch, env, mod));
  }
  const seq = obj.t === 'list' || obj.t === 'tuple' ? obj.items : obj.t === 'str' ? [...obj.v].map(str) : null;
  if (!seq) return obj.t === 'tensor' || obj.t === 'var' ? tensorLike(obj) : unknown();
  const sliced = pySlice(seq, parts[0], parts[1], parts[2]);
  if (!sliced) return unknown();
  if (obj.t === 'str') return str(sliced.map((x) => (x as { v: string }).v).join(''));
  if (obj.t === 'tuple') return { t: 'tuple', items: sliced };
  // a TensorShape's slice is a TensorShape
  return obj.t === 'list' && obj.tshape ? { t: 'list', items: sliced, tshape: true } : { t: 'list', items: sliced };
}

function pySlice<T>(seq: T[], start?: number, stop?: number, step?: number): T[] | undefined {
  const n = seq.length;
  const st = step ?? 1;
  if (st === 0) return undefined;
  const norm = (v: number | undefined, d: number): number => (v === undefined ? d : v < 0 ? Math.max(n + v, st < 0 ? -1 : 0) : Math.min(v, st < 0 ? n - 1 : n));
  const b = norm(start, st > 0 ? 0 : n - 1);
  const e = norm(stop, st > 0 ? n : -1);
  const out: T[] = [];
  if (st > 0) for (let i = b; i < e; i += st) out.push(seq[i]!);
  else for (let i = b; i > e; i += st) out.push(seq[i]!);
  return out;
}
