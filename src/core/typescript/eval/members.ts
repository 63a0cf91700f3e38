// Members of TF.js program values: `o.k` / `o[k]` on arrays and strings (with the methods the reader runs),
// objects and class instances (getters run, custom layers' addWeight/apply), class statics, TF.js objects
// (layers, models, symbolic tensors, tensors, variables), and the globals the evaluator provides (Math, console, Number/parseInt/parseFloat,
// Array.isArray).

import * as ts from 'typescript';
import { MAX_COLLECTION } from '../../frontend/budgets';
import { classEnv } from './calls';
import { openObject } from './expressions';
import { isExportsObject, isModuleObject } from './modules';
import { tensorMethod } from './tensorOps';
import type { Machine } from './machine';
import { tensorVariable } from './tfjsApi';
import {
  Cls, Fn, Layer, LiveRef, Model, Native, Ns, Obj, Sym, Tensor, TfVar, truthy, Unknown, UNKNOWN, type Env, type Value,
} from './values';

export function member(m: Machine, o: Value, k: string | number): Value {
  if (o instanceof Ns) return new Ns(`${o.path}.${k}`);
  if (Array.isArray(o)) {
    if (k === 'length') return o.length;
    if (typeof k === 'number') return o[k];
    return arrayMethod(m, o, String(k));
  }
  if (typeof o === 'string') {
    if (k === 'length') return o.length;
    if (typeof k === 'number') return o[k];
    return stringMethod(o, k);
  }
  if (o instanceof Obj) return objectMember(m, o, String(k));
  if (o instanceof Cls) {
    for (let c: Cls | null = o; c; c = c.base) if (c.statics.has(String(k))) return c.statics.get(String(k));
    const meth = o.method(String(k), true);
    return meth ? new Fn(meth, o.env, undefined) : UNKNOWN;
  }
  if (o instanceof Layer) return m.layerMember(o, String(k));
  if (o instanceof Model) return m.modelMember(o, String(k));
  if (o instanceof Native) return o.statics?.get(String(k)) ?? UNKNOWN;
  if (o instanceof Tensor && k === 'variable') return new Native('variable', (a, site) => tensorVariable(m, o, a, site));
  if (o instanceof Tensor || o instanceof TfVar) {
    const op = tensorMethod(m, o, String(k));
    if (op) return op;
  }
  if (o instanceof TfVar && k === 'dispose') return new Native('dispose', () => (m.naming.unregister(o.info.name), undefined));
  return tfValueMember(o, k);
}

/** A property of an object or class instance: own props, then a custom layer's TF.js members, then methods. */
function objectMember(m: Machine, o: Obj, k: string): Value {
  if (o.props.has(k)) return o.props.get(k);
  if (o.layer && (k === 'addWeight' || k === 'apply' || k === 'name') && !o.cls?.method(k)) {
    return k === 'addWeight' ? m.addWeightFn(o.layer) : m.layerMember(o.layer, k);
  }
  const meth = o.cls?.method(k);
  if (meth && ts.isGetAccessorDeclaration(meth)) return m.callFn(new Fn(meth, classEnv(o.cls!), o), []);
  if (!meth && o.model) return m.modelMember(o.model, k); // a Sequential/LayersModel subclass: add, compile, summary, ...
  return meth ? new Fn(meth, classEnv(o.cls!), o) : o.cls || o.open ? UNKNOWN : undefined;
}

/** `shape`, `dtype`, `name`, `trainable` of symbolic tensors, tensors and variables. */
function tfValueMember(o: Value, k: string | number): Value {
  if (o instanceof Sym && k === 'shape') return o.shape ? [...o.shape] : UNKNOWN;
  if (o instanceof TfVar) {
    if (k === 'name') return o.info.name;
    if (k === 'shape') return o.info.shape ? [...o.info.shape] : UNKNOWN;
    if (k === 'dtype') return o.info.dtype;
    if (k === 'trainable') return o.info.trainable;
  }
  if (o instanceof Tensor) {
    if (k === 'shape') return o.shape ? [...o.shape] : UNKNOWN;
    if (k === 'dtype') return o.dtype;
  }
  return UNKNOWN;
}

function stringMethod(s: string, k: string): Value {
  const strArgs = (a: Value[]): boolean => a.every((x) => typeof x === 'string' || typeof x === 'number');
  switch (k) {
    case 'toUpperCase': return new Native(k, () => s.toUpperCase());
    case 'toLowerCase': return new Native(k, () => s.toLowerCase());
    case 'concat': return new Native(k, (a) => (strArgs(a) ? s.concat(...a.map(String)) : UNKNOWN));
    case 'replace': return new Native(k, (a) => (strArgs(a) ? s.replace(String(a[0]), String(a[1])) : UNKNOWN));
    case 'split': return new Native(k, (a) => (typeof a[0] === 'string' && a[1] === undefined ? s.split(a[0]) : UNKNOWN));
    case 'trim': return new Native(k, () => s.trim());
    case 'slice': return new Native(k, (a) => (a.every((x) => x === undefined || typeof x === 'number') ? s.slice(a[0] as number | undefined, a[1] as number | undefined) : UNKNOWN));
    case 'substring': return new Native(k, (a) => (typeof a[0] === 'number' && (a[1] === undefined || typeof a[1] === 'number') ? s.substring(a[0], a[1]) : UNKNOWN));
    case 'indexOf': case 'includes': case 'startsWith': case 'endsWith':
      return new Native(k, (a) => (typeof a[0] === 'string' && a[1] === undefined ? s[k](a[0]) : UNKNOWN));
    case 'padStart': return new Native(k, (a) => (typeof a[0] === 'number' && a[0] < 1000 ? s.padStart(a[0], typeof a[1] === 'string' ? a[1] : ' ') : UNKNOWN));
    default: return UNKNOWN;
  }
}

function arrayMethod(m: Machine, arr: Value[], k: string): Value {
  const fnCall = (f: Value, args: Value[], site: ts.CallExpression): Value => m.callValue(f, args, site);
  switch (k) {
    case 'push': return new Native(k, (a) => {
      if (arr.length + a.length > MAX_COLLECTION) return UNKNOWN;
      arr.push(...a);
      return arr.length;
    });
    case 'pop': return new Native(k, () => arr.pop());
    case 'slice': return new Native(k, (a) => (a.every((x) => x === undefined || typeof x === 'number') ? arr.slice(a[0] as number | undefined, a[1] as number | undefined) : UNKNOWN));
    case 'concat': return new Native(k, (a) => arr.concat(...a.map((x) => (Array.isArray(x) ? x : [x]))));
    case 'join': return new Native(k, (a) => (arr.every((x) => typeof x === 'string' || typeof x === 'number') ? arr.join(a[0] === undefined ? ',' : String(a[0])) : UNKNOWN));
    case 'includes': return new Native(k, (a) => arr.includes(a[0]));
    case 'indexOf': return new Native(k, (a) => arr.indexOf(a[0]));
    case 'reverse': return new Native(k, () => arr.reverse());
    case 'fill': return new Native(k, (a) => (a.slice(1).every((x) => x === undefined || typeof x === 'number') ? arr.fill(a[0], a[1] as number | undefined, a[2] as number | undefined) : UNKNOWN));
    case 'forEach': return new Native(k, (a, site) => {
      arr.slice().forEach((x, i) => fnCall(a[0], [x, i, arr], site));
      return undefined;
    });
    case 'map': return new Native(k, (a, site) => arr.slice().map((x, i) => fnCall(a[0], [x, i, arr], site)));
    case 'filter': return new Native(k, (a, site) => {
      const out: Value[] = [];
      for (const [i, x] of arr.slice().entries()) {
        const t = truthy(fnCall(a[0], [x, i, arr], site));
        if (t === null) return UNKNOWN;
        if (t) out.push(x);
      }
      return out;
    });
    case 'reduce': return new Native(k, (a, site) => {
      let acc: Value = a.length > 1 ? a[1] : arr[0];
      for (let i = a.length > 1 ? 0 : 1; i < arr.length; i++) acc = fnCall(a[0], [acc, arr[i], i, arr], site);
      return acc;
    });
    default: return UNKNOWN;
  }
}

function mathObject(): Obj {
  const o = new Obj();
  const fns: Record<string, (...x: number[]) => number> = {
    sqrt: Math.sqrt, floor: Math.floor, ceil: Math.ceil, round: Math.round, max: Math.max, min: Math.min, pow: Math.pow,
    abs: Math.abs, log: Math.log, exp: Math.exp, log2: Math.log2, trunc: Math.trunc,
  };
  for (const [k, f] of Object.entries(fns)) o.props.set(k, new Native(k, (a) => (a.every((x) => typeof x === 'number') ? f(...(a as number[])) : UNKNOWN)));
  o.props.set('PI', Math.PI);
  o.props.set('E', Math.E);
  o.open = true; // Math.random and the rest exist, their values are not known
  return o;
}

/** The globals a program sees: Math, undefined, NaN, Infinity, console (log/warn do nothing). */
export function declareGlobals(global: Env): void {
  global.declare('Math', mathObject());
  global.declare('undefined', undefined);
  global.declare('NaN', NaN);
  global.declare('Infinity', Infinity);
  // String-to-number conversions (`'128,64'.split(',').map(Number)`): only strings and numbers convert.
  const conv = (f: (x: string) => number): Native => new Native('conv', (a) => (typeof a[0] === 'string' || typeof a[0] === 'number' ? f(String(a[0])) : UNKNOWN));
  global.declare('Number', conv(Number));
  global.declare('parseFloat', conv(parseFloat));
  global.declare('parseInt', new Native('parseInt', (a) => (typeof a[0] === 'string' || typeof a[0] === 'number'
    ? parseInt(String(a[0]), typeof a[1] === 'number' ? a[1] : undefined) : UNKNOWN)));
  // `Array.isArray(x)`: known for arrays and for values the evaluator knows are not arrays. `Array(n)` / `new Array(n)`:
  // n holes (sparse, as JS makes it: map/forEach skip holes until `fill`); `Array(a, b)`: [a, b]. `Array.from`.
  global.declare('Array', new Native('Array', arrayConstructor, new Map<string, Value>([
    ['isArray', new Native('isArray', (a) => (Array.isArray(a[0]) ? true : a[0] instanceof Unknown || a[0] instanceof LiveRef ? UNKNOWN : false))],
  ]), true));
  global.declare('Object', objectGlobal());
  const console = new Obj(new Map([['log', new Native('log', () => undefined)], ['warn', new Native('warn', () => undefined)]]));
  console.open = true;
  global.declare('console', console);
}

function arrayConstructor(a: Value[]): Value {
  if (a.length !== 1) return [...a];
  const n = a[0];
  if (typeof n !== 'number') return n instanceof Unknown ? UNKNOWN : [n];
  return Number.isInteger(n) && n >= 0 && n <= MAX_COLLECTION ? new Array<Value>(n) : UNKNOWN;
}

/** The keys of a plain object whose keys are all known (not open, not a class instance or module). */
function knownKeys(v: Value): string[] | null {
  return v instanceof Obj && !v.open && !v.cls && !v.model && !v.layer && !isModuleObject(v) && !isExportsObject(v) ? [...v.props.keys()] : null;
}

/** `Object.keys/values/entries` of plain objects whose keys are known; `Object.assign` (an unknown source leaves
 *  the target's keys unknown); `Object.freeze` returns its argument. */
function objectGlobal(): Obj {
  const o = new Obj();
  const each = (f: (x: Obj, k: string) => Value): Native => new Native('keys', (a) => {
    const ks = knownKeys(a[0]);
    return ks ? ks.map((k) => f(a[0] as Obj, k)) : UNKNOWN;
  });
  o.props.set('keys', each((_x, k) => k));
  o.props.set('values', each((x, k) => x.props.get(k)));
  o.props.set('entries', each((x, k) => [k, x.props.get(k)]));
  o.props.set('assign', new Native('assign', (a) => {
    const target = a[0];
    if (!(target instanceof Obj)) return UNKNOWN;
    for (const src of a.slice(1)) {
      if (src === null || src === undefined) continue;
      if (src instanceof Obj) {
        if (src.open) openObject(target);
        for (const [k, x] of src.props) target.props.set(k, x);
      } else openObject(target);
    }
    return target;
  }));
  o.props.set('freeze', new Native('freeze', (a) => a[0]));
  o.open = true;
  return o;
}
