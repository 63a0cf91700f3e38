// Keras 3's constructor argument validation over Python values: the integer checks made before Layer.__init__
// (`intArgs`), utils/argument_validation.py's standardize_tuple (with CPython's iteration order of the small-int set
// its message prints), run in the order the layer table's Keras column declares. Pure: values in, messages out.

import type { CtorCheck, IntArgCheck, TupleArg } from '../../layers';
import { PyLayerConfig } from './layerConfig';
import { numOf, pyStr, type Value } from '../values';

export interface ArgError {
  readonly type: string;
  readonly message: string;
}

/** The first of the layer table's constructor checks that fails (a bare message is a ValueError), else null. */
export function ctorChecksError(checks: readonly CtorCheck[] | undefined, config: ReadonlyMap<string, Value>): ArgError | null {
  if (!checks?.length) return null;
  const reader = new PyLayerConfig(config, 'keras3');
  for (const check of checks) {
    const e = check(reader);
    if (e) return typeof e === 'string' ? { type: 'ValueError', message: e } : e;
  }
  return null;
}

const PY_TYPE: Readonly<Record<string, string>> = { int: 'int', bool: 'bool', float: 'float', str: 'str', none: 'NoneType', list: 'list', tuple: 'tuple' };

/** Keras's message for the first integer argument its constructor refuses (isinstance(v, int), v > 0), else null. */
export function intArgError(checks: readonly IntArgCheck[] | undefined, config: ReadonlyMap<string, Value>): string | null {
  for (const c of checks ?? []) {
    const v = config.get(c.key);
    if (!v || !(v.t in PY_TYPE) || (c.noneOk && v.t === 'none')) continue; // absent, not known, or an allowed None
    if (c.numeric) {
      const x = v.t === 'int' || v.t === 'float' ? v.v : v.t === 'bool' ? (v.v ? 1 : 0) : null;
      if (x === null || x > 0) continue;
    }
    const isInt = v.t === 'int' || (v.t === 'bool' && c.bools !== 'reject');
    const n = v.t === 'int' ? v.v : v.t === 'bool' ? (v.v ? 1 : 0) : null;
    if (isInt && n !== null && (n > 0 || c.allow?.includes(n))) continue;
    return c.message.replace('{value}', pyStr(v) ?? '?').replace('{type}', PY_TYPE[v.t]!);
  }
  return null;
}

/** The first `standardize_tuple` of `tuples` that raises, else null; arguments not known statically pass. */
export function tupleArgsError(tuples: readonly TupleArg[] | undefined, config: ReadonlyMap<string, Value>): ArgError | null {
  for (const t of tuples ?? []) {
    const v = config.get(t.key);
    if (!v || (t.noneOk && v.t === 'none')) continue;
    const e = standardizeTupleError(v, t.rank, t.key, t.allowZero === true);
    if (e) return e;
  }
  return null;
}

/** standardize_tuple(value, n, name, allow_zero): its error, null when it passes, undefined when not known statically. */
export function standardizeTupleError(value: Value, n: number, name: string, allowZero: boolean): ArgError | null | undefined {
  let msg = `The \`${name}\` argument must be a tuple of ${n} integers. Received ${name}=${pyStr(value) ?? '?'}`;
  let items: readonly Value[];
  if (value.t === 'int' || value.t === 'bool') items = Array<Value>(n).fill(value);
  else if (value.t === 'list' || value.t === 'tuple') items = value.items;
  else if (value.t === 'str') items = [...value.v].map((ch): Value => ({ t: 'str', v: ch }));
  else if (value.t === 'none' || value.t === 'float') return { type: 'ValueError', message: msg }; // tuple(x) is a TypeError
  else return undefined;
  if (items.length !== n) return { type: 'ValueError', message: msg };
  const nums: number[] = [];
  let digits = false;
  for (const x of items) {
    if (x.t === 'int' || x.t === 'float') nums.push(x.v);
    else if (x.t === 'bool') nums.push(x.v ? 1 : 0);
    else if (x.t === 'str' && /^\s*[+-]?\d+\s*$/.test(x.v)) digits = true; // int('3') passes
    else if (x.t === 'str' || x.t === 'none') {
      msg += `including element ${pyStr(x)} of type <class '${PY_TYPE[x.t]}'>`;
      return { type: 'ValueError', message: msg };
    } else return undefined;
  }
  // then comparing a str with 0 fails
  if (digits) return { type: 'TypeError', message: `'${allowZero ? '<' : '<='}' not supported between instances of 'str' and 'int'` };
  const bad = items.filter((_, i) => (allowZero ? nums[i]! < 0 : nums[i]! <= 0));
  if (!bad.length) return null;
  msg += `, including values ${pySetRepr(bad)} that do not satisfy \`value ${allowZero ? '>= 0' : '> 0'}\``;
  return { type: 'ValueError', message: msg };
}

/** repr of the set of `xs` (a few numbers): CPython's open addressing over an 8-slot table fixes the order for ints. */
function pySetRepr(xs: readonly Value[]): string {
  const seen = new Map<string, Value>();
  for (const x of xs) {
    const key = x.t === 'bool' ? String(x.v ? 1 : 0) : x.t === 'int' || x.t === 'float' ? String(x.v) : '';
    if (!seen.has(key)) seen.set(key, x); // 0 == False == 0.0: the first one stays
  }
  const vals = [...seen.values()];
  if (vals.length > 1 && vals.every((v) => v.t === 'int' || v.t === 'bool') && vals.length <= 4) {
    const table = Array<Value | undefined>(8);
    for (const v of vals) table[slotOf(v.t === 'int' ? v.v : v.t === 'bool' && v.v ? 1 : 0, table)] = v;
    return `{${table.filter((v): v is Value => v !== undefined).map((v) => pyStr(v)).join(', ')}}`;
  }
  return `{${vals.map((v) => pyStr(v)).join(', ')}}`;
}

/** setobject.c's probe for an int's hash (hash(-1) is -2) in an 8-slot table (no linear probes at this size). */
function slotOf(n: number, table: readonly (Value | undefined)[]): number {
  const hash = BigInt.asUintN(64, BigInt(n === -1 ? -2 : n));
  let perturb = hash;
  let i = Number(hash & 7n);
  while (table[i] !== undefined) {
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & 7n);
  }
  return i;
}

/** A layer configuration's numeric argument for ownsSeedGenerator: given (not None), and its value when known. */
export function configNum(config: Map<string, Value>): (param: string) => { given: boolean; v: number | undefined } {
  return (param) => {
    const v = config.get(param);
    return { given: v !== undefined && v.t !== 'none', v: v === undefined || v.t === 'none' ? undefined : numOf(v) };
  };
}
