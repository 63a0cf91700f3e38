// Python classes: class definitions (body run in its own scope, methods remember their owner for `super()`),
// instantiation (a library base such as a Keras Layer lets the library make the instance, then `__init__` runs),
// attribute lookup through the bases, and attributes of instances (properties, static and class methods).

import type { SyntaxNode as Node } from '../ast';
import { attrsView, dataclassFields, Env, unknown, type ClassVal, type ModuleVal, type Value } from '../values';
import type { Machine } from './machine';
import { noArgs, type Args, type CallSite } from './protocol';
import { namedTupleBase, newNamedTuple } from './namedtuple';
import { body, decorators } from './syntax';

export function execClass(m: Machine, node: Node, env: Env, mod: ModuleVal): void {
  const name = node.childForFieldName('name')?.text ?? '<class>';
  const bases: Value[] = [];
  const sup = node.childForFieldName('superclasses');
  if (sup) for (const b of sup.namedChildren) if (b && b.type !== 'keyword_argument') bases.push(m.eval(b, env, mod));
  const c: ClassVal = { name, attrs: new Map(), bases, module: mod };
  if (decorators(node).some((d) => /^@\s*(dataclasses\.)?dataclass\b/.test(d))) c.fields = annotatedNames(node);
  const classEnv = new Env(env, mod);
  m.execBlock(body(node.childForFieldName('body')), classEnv, mod);
  for (const [k, v] of classEnv.vars) {
    if (v.t === 'func') v.f.owner = c;
    c.attrs.set(k, v);
  }
  env.set(name, { t: 'class', c });
}

/** An attribute of `c` or of its bases (depth-first in base order, at most 20 levels). */
export function findAttrInClass(c: ClassVal, name: string, seen = 0): Value | undefined {
  if (seen > 20) return undefined;
  const v = c.attrs.get(name);
  if (v !== undefined) return v;
  for (const b of c.bases) {
    if (b.t === 'class') {
      const r = findAttrInClass(b.c, name, seen + 1);
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

/** The first library base of a class (e.g. tf.keras.layers.Layer), for subclassed layers/models. */
export function libraryBase(c: ClassVal, seen = 0): Value | undefined {
  if (seen > 20) return undefined;
  for (const b of c.bases) {
    if (b.t === 'tf') return b;
    if (b.t === 'class') {
      const r = libraryBase(b.c, seen + 1);
      if (r) return r;
    }
  }
  return undefined;
}

export function instantiate(m: Machine, c: ClassVal, args: Args, site: CallSite): Value {
  m.calledDefs.add(`class:${c.module.file}:${c.name}`);
  const lib = libraryBase(c);
  const ntBase = lib ? undefined : namedTupleBase(c);
  if (ntBase && findAttrInClass(c, '__new__')?.t !== 'func') return newNamedTuple(c, ntBase, args);
  const inst: Value = (lib && m.hooks.newInstance?.(c, args, site)) || { t: 'instance', c, attrs: new Map() };
  const init = findAttrInClass(c, '__init__');
  if (init && init.t === 'func') m.callFunction(init.f, args, site, inst);
  else if (inst.t === 'instance') {
    const fields = dataclassFields(c);
    if (fields) dataclassInit(m, c, fields, inst, args, site);
  }
  return inst;
}

/** `x: int = 3` / `x: int` statements of a class body, in order: a dataclass's fields. */
function annotatedNames(node: Node): string[] {
  const out: string[] = [];
  for (const st of body(node.childForFieldName('body'))) {
    const a = st.type === 'expression_statement' ? st.namedChildren[0] : null;
    if (a?.type !== 'assignment' || !a.childForFieldName('type')) continue;
    const left = a.childForFieldName('left');
    if (left?.type === 'identifier' && !/^(typing\.)?ClassVar\b/.test(a.childForFieldName('type')!.text)) out.push(left.text);
  }
  return out;
}

/** The `__init__` `@dataclass` generates: fields from the arguments (positional, then keywords), else their defaults; then `__post_init__`. */
function dataclassInit(m: Machine, c: ClassVal, fields: string[], inst: Value & { t: 'instance' }, args: Args, site: CallSite): void {
  fields.forEach((f, i) => {
    const v = i < args.pos.length ? args.pos[i]! : args.kw.get(f) ?? findAttrInClass(c, f) ?? unknown(`dataclass field ${f}`);
    inst.attrs.set(f, v);
  });
  const post = findAttrInClass(c, '__post_init__');
  if (post?.t === 'func') m.callFunction(post.f, { pos: [], kw: new Map(), posNodes: [], kwNodes: new Map() }, site, inst);
}

/**
 * `obj.name` on an instance of a user class: its own attribute, else the class's (methods bound; properties
 * called; static methods as they are; class methods bound to the class). Undefined when neither has it.
 */
export function instanceAttr(m: Machine, obj: Value & { t: 'instance' }, name: string, node: Node, file: string): Value | undefined {
  const own = obj.attrs.get(name);
  if (own !== undefined && !(obj.havoc && own.t === 'unknown')) return own;
  if (name === '__dict__' && !obj.havoc) return attrsView(obj);
  const cv = findAttrInClass(obj.c, name);
  // set under a name the analysis does not know: any data attribute may have been (re)bound; methods stay.
  // The value then comes from outside what the analysis read: the user may supply it by name.
  if (obj.havoc && (cv === undefined || cv.t !== 'func')) {
    const why = `this ${obj.c.name}'s attributes were set by names the analysis could not read: ${obj.havoc}`;
    return m.hooks.outside?.(name, unknown(obj.havoc), node, file, why) ?? unknown(obj.havoc);
  }
  if (cv === undefined || cv.t !== 'func') return cv;
  const decos = decorators(cv.f.node);
  if (decos.some((d) => d.includes('property'))) return m.callFunction(cv.f, noArgs(), { node, file }, obj);
  if (decos.some((d) => d.includes('staticmethod'))) return cv;
  if (decos.some((d) => d.includes('classmethod'))) return { t: 'bound', self: { t: 'class', c: obj.c }, fn: cv };
  return { t: 'bound', self: obj, fn: cv };
}

/** `super().name`: the next class after `cls` in the hierarchy of `self`'s class (bases in order). */
export function superAttr(m: Machine, obj: Value & { t: 'super' }, name: string, node: Node, file: string): Value {
  for (const b of obj.cls.bases) {
    if (b.t === 'class') {
      const v = findAttrInClass(b.c, name);
      if (v !== undefined) return v.t === 'func' ? { t: 'bound', self: obj.self, fn: v } : v;
    } else if (b.t === 'tf') {
      return m.hooks.getattr({ t: 'super', cls: obj.cls, self: obj.self }, name, { node, file }) ?? unknown();
    }
  }
  return unknown('super attribute');
}
