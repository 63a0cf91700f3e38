// Abstract values of the Python evaluator: what a careful reader knows about each expression.
// Plain Python data (numbers, strings, containers) is exact; TensorFlow objects are symbolic
// (`tf` paths, initializers, scopes, variables, tensors with shapes); anything else is `unknown`.

import type { InitializerSpec, Shape } from '../model';
import type { Partitioner, Reuse } from '../tf/graph';
import type { SyntaxNode as Node } from './ast';
import type { Sym } from './symbolic';

export interface FuncVal {
  name: string;
  node: Node; // function_definition or lambda
  closure: Env;
  module: ModuleVal;
  /** Default values, evaluated at definition time, keyed by parameter name. */
  defaults: Map<string, Value>;
  isLambda: boolean;
  /** The class whose body defined this function (for zero-argument `super()`). */
  owner?: ClassVal;
}

export interface ClassVal {
  name: string;
  attrs: Map<string, Value>;
  bases: Value[];
  module: ModuleVal;
  /** A `@dataclass`: its own fields in definition order (the generated `__init__` takes them after its bases'). */
  fields?: string[];
  /** A class made by `collections.namedtuple`: its field names (eval/namedtuple.ts). */
  nt?: string[];
}

/** A dataclass's fields, its dataclass bases' first (as `dataclasses` orders them); undefined when not one. */
export function dataclassFields(c: ClassVal, depth = 0): string[] | undefined {
  if (depth > 20) return undefined;
  let out: string[] | undefined;
  for (const b of [...c.bases].reverse()) {
    const f = b.t === 'class' ? dataclassFields(b.c, depth + 1) : undefined;
    if (f) out = [...(out ?? []).filter((x) => !f.includes(x)), ...f];
  }
  if (c.fields) out = [...(out ?? []).filter((x) => !c.fields!.includes(x)), ...c.fields];
  return out;
}

export interface ModuleVal {
  name: string;
  file: string;
  env: Env;
  /** True while its top level is still executing (circular imports see a partial module). */
  loading: boolean;
  /** Runs the module's top level on first use (imports are lazy); removed once run. */
  ensure?: () => void;
}

export class Env {
  readonly vars = new Map<string, Value>();
  /** Names declared `global` in this (function) scope. */
  globals?: Set<string>;
  constructor(readonly parent: Env | null, readonly module: ModuleVal | null) {}
  lookup(name: string): Value | undefined {
    for (let e: Env | null = this; e; e = e.parent) {
      const v = e.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  set(name: string, v: Value): void {
    if (this.globals?.has(name)) {
      let root: Env = this;
      while (root.parent) root = root.parent;
      root.vars.set(name, v);
      return;
    }
    this.vars.set(name, v);
  }
}

export type Value =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  /** `np`: a NumPy scalar of that dtype (np.float64(...), np.sqrt(...)), which NumPy's rules treat as typed. */
  | { t: 'int'; v: number; np?: string }
  | { t: 'float'; v: number; np?: string }
  /** `partial`: some pieces were unknown and stand as '?' (e.g. `"layer_%d" % n` with n unknown). */
  | { t: 'str'; v: string; partial?: boolean }
  /** `tshape`: a TensorShape as the analysis keeps it (a list of dims): `+` concatenates any list or tuple with it. */
  | { t: 'list'; items: Value[]; tshape?: true }
  /** `nt`: an instance of that namedtuple class (or of a subclass of one): a tuple whose fields have names. */
  | { t: 'tuple'; items: Value[]; nt?: ClassVal }
  /** `of`: the object whose `__dict__` (or `vars()`) this is: changes through it set the object's attributes. */
  | { t: 'dict'; keys: Value[]; vals: Value[]; of?: Value & { t: 'instance' } }
  | { t: 'range'; start: number; stop: number; step: number }
  | { t: 'func'; f: FuncVal }
  | { t: 'builtin'; name: string }
  | { t: 'class'; c: ClassVal }
  /**
   * An object of a user class. `havoc`: an attribute of unknown name was set (`setattr(o, name, v)`,
   * `o.__dict__[k] = v` with `name`/`k` not known): no attribute value of it can be trusted; says why.
   */
  | { t: 'instance'; c: ClassVal; attrs: Map<string, Value>; havoc?: string }
  | { t: 'module'; m: ModuleVal }
  | { t: 'bound'; self: Value; fn: Value }
  /**
   * A TensorFlow (or Keras) API symbol: canonical dotted path, e.g. 'tensorflow.compat.v1.get_variable'; or,
   * with `h`, an object the library made (a graph, an optimizer, ...), `path` then naming only its kind.
   */
  | { t: 'tf'; path: string; h?: Handle }
  /** A TF symbol partially applied (functools.partial, or a method bound to a TF object). */
  | { t: 'tfmethod'; self: Value; name: string }
  | { t: 'init'; spec: InitializerSpec }
  | { t: 'dtype'; name: string }
  | { t: 'scope'; s: ScopeRef }
  | { t: 'ctx'; ctx: ContextManager }
  | { t: 'var'; v: VarRef }
  /** `kl`: ids of the Keras layers whose calls produced this tensor (functional-model graphs); `np`: a NumPy array. */
  /** `guess`: the value of a branch taken for an undecidable condition (TF may never compute it). */
  /** `vague`: some null dim may be known to TensorFlow (the analysis could not resolve it); `pv`: a shape tensor's
   *  partial value as TF's shape functions see it (a number, null: unknown to TF, undefined: unknown to the analysis).
   *  `noneDims`: the shape's null dims (or its null rank) are TensorFlow's None (a placeholder's fully read shape), not the
   *  analysis's: Keras 2's build checks and validate_shape's check raise only on them.
   *  `deps`: ids of the variables it has gradients to (lib/gradDeps.ts), when followed. */
  | { t: 'tensor'; shape: Shape; dtype: string | null; init?: InitializerSpec; kl?: number[]; kinput?: string; op?: string; np?: boolean; guess?: boolean; vague?: boolean; pv?: number | null | (number | null | undefined)[]; noneDims?: true; deps?: number[] }
  | { t: 'layer'; l: LayerRef }
  | { t: 'partial'; fn: Value; args: Value[]; kwargs: Map<string, Value> }
  /** `super(C, obj)`: attribute lookup starts after C in obj's class hierarchy. */
  | { t: 'super'; cls: ClassVal; self: Value }
  /** A name bound by `from m import x` before `m` ran: resolved (once) when first read. */
  | { t: 'lazy'; force: () => Value }
  /** `sym`: the unknown kept as a symbolic integer over named unknowns (`layer`, `3*n_embd`), see symbolic.ts. */
  /** `count`: an iterable whose number of items is that symbolic integer (`range(hparams.n_layer)`). */
  /** `scalar`: known to be a number (an element of a large arithmetic comprehension whose values are not computed). */
  | { t: 'unknown'; why?: string; sym?: Sym; count?: Sym; scalar?: true };

/** Objects the TF library makes and later receives back (methods, arguments): typed, never parsed from strings. */
export type Handle =
  | { kind: 'graph'; id: number }
  | { kind: 'optimizer'; id: number }
  /** A Keras 2 optimizer_v2 object (`keras.optimizers.Adam()` under a Keras 2 target), see lib/keras2Training.ts. */
  | { kind: 'k2optimizer'; id: number }
  | { kind: 'partitioner'; p: Partitioner }
  | { kind: 'argparse'; id: number }
  | { kind: 'namespace'; id: number }
  | { kind: 'nprandom'; id: number }
  | { kind: 'nprng' }
  /** `tf.make_template(...)`'s Template and contrib's `@add_arg_scope` functions, see lib/templates.ts. */
  | { kind: 'template'; id: number }
  | { kind: 'argscoped'; id: number }
  /** A TF1 layer object (`tf.compat.v1.layers.Dense(...)`), see lib/tf1Layers.ts. */
  | { kind: 'tf1layer'; id: number }
  /** A `tf.GradientTape` entered with `with ... as tape`. */
  | { kind: 'tape' }
  /** A Keras 3 metric object (`keras.metrics.Mean(name=...)`), see lib/kerasTraining.ts. */
  | { kind: 'kmetric'; name: string; id: number }
  /** A Keras 3 `keras.callbacks.ModelCheckpoint(...)`, see lib/kerasSaving.ts. */
  | { kind: 'kcheckpoint'; id: number }
  /** A `tf.compat.v1.train.Saver`, see lib/checkpoints.ts; a `re` match (its groups, in Stdlib). */
  | { kind: 'saver'; id: number }
  | { kind: 'rematch'; id: number }
  /** A TF1 RNN cell (`tf.nn.rnn_cell.LSTMCell(...)`, wrappers, MultiRNNCell), see lib/rnnCells.ts. */
  | { kind: 'rnncell'; id: number }
  /** The getter a custom getter receives: `get_variable` itself, with the caller's reuse. */
  | { kind: 'truegetter'; local: boolean; reuse: Reuse }
  /** A scope's custom getter wrapping the enclosing scope's (`_maybe_wrap_custom_getter`), see lib/variableArgs.ts. */
  | { kind: 'wrappedgetter'; getter: Value; old: Value }
  /** TF's default variable creator at the bottom of a `variable_creator_scope` chain (lib/creators.ts). */
  | { kind: 'creatorbase'; id: number }
  /** `threading.Thread(target=..., args=..., kwargs=...)` (lib/threads.ts); `known`: its arguments were evaluated. */
  | { kind: 'thread'; target: Value; args: Value[]; kwargs: Map<string, Value>; known: boolean }
  /**
   * An open file (`open`, `tf.gfile.GFile`) whose text the analysis read from the workspace (`text` null: not
   * in the workspace, or its path is not known statically; `what` says which for the missing-value note).
   */
  | { kind: 'file'; path: string | null; text: string | null; what: string }
  /** A `tf.data.Dataset`: the element structure it yields (lib/datasets.ts). */
  | { kind: 'dataset'; element: Value };

/**
 * The `why` of an unknown value read from a file the analysis could not read (`OUTSIDE + what`): reading a key
 * of it by name (`config["n_layer"]`) takes the user's supplied value, else names the key as missing.
 */
export const OUTSIDE = 'read from outside the workspace: ';

/** `o.__dict__` / `vars(o)`: the attributes of `o` as a dict that writes changes back to `o` (syncOwner). */
export function attrsView(o: Value & { t: 'instance' }): Value {
  return { t: 'dict', keys: [...o.attrs.keys()].map(str), vals: [...o.attrs.values()], of: o };
}

/** After a change through `o.__dict__`: the object's attributes are the dict's (a key not a string: havoc). */
export function syncOwner(d: Value & { t: 'dict' }): void {
  const o = d.of;
  if (!o) return;
  if (d.keys.some((k) => k.t !== 'str')) {
    havocInstance(o, '__dict__ changed with a key not known statically');
    return;
  }
  o.attrs.clear();
  d.keys.forEach((k, i) => o.attrs.set((k as { v: string }).v, d.vals[i]!));
}

/** After an attribute of unknown name was set on `o`: every attribute it has (or may have) is unknown. */
export function havocInstance(o: Value & { t: 'instance' }, why: string): void {
  o.havoc ??= why;
  for (const k of [...o.attrs.keys()]) o.attrs.set(k, unknown(why));
}

export function handle(h: Handle): Value {
  return { t: 'tf', path: `@${h.kind}`, h };
}

/** Opaque references owned by the TF model (see tf/graph.ts). */
export interface ScopeRef { readonly id: number }
export interface VarRef { readonly id: number }
export interface LayerRef { readonly id: number }

export interface ContextManager {
  enter(): Value;
  /** `at`: where the exit happens (the with statement, or an explicit `__exit__` call), for errors TF raises there. */
  exit(at?: { node: Node; file: string }): void;
}

export const NONE: Value = { t: 'none' };
export const UNKNOWN: Value = { t: 'unknown' };
export const TRUE: Value = { t: 'bool', v: true };
export const FALSE: Value = { t: 'bool', v: false };

export function unknown(why?: string): Value {
  return why ? { t: 'unknown', why } : UNKNOWN;
}
export function int(v: number): Value {
  return Number.isSafeInteger(v) ? { t: 'int', v } : Number.isFinite(v) ? { t: 'float', v } : unknown('integer too large');
}
export function float(v: number): Value {
  return { t: 'float', v };
}
/**
 * A NumPy scalar: `dtype` kept for NumPy's promotion rules (a float32 scalar holds a float32 value).
 * Python arithmetic on it gives NumPy scalars again (`npResult`).
 */
export function npScalar(v: number, dtype: string): Value {
  if (/^u?int/.test(dtype)) return Number.isSafeInteger(v) ? { t: 'int', v, np: dtype } : unknown('integer too large');
  return { t: 'float', v: dtype === 'float32' ? Math.fround(v) : v, np: dtype };
}

/** The NumPy dtype of `a op b` for scalars (NEP 50: a Python number adapts; two NumPy scalars promote). */
export function npResult(a: string | undefined, b: string | undefined, floatResult: boolean): string | undefined {
  if (!a && !b) return undefined;
  const marks = [a, b].filter((m): m is string => !!m);
  const floats = marks.filter((m) => m.startsWith('float'));
  const size = (m: string): number => Number(/\d+/.exec(m)?.[0] ?? 64);
  if (floats.length === 0) return floatResult ? 'float64' : marks.reduce((x, y) => (size(y) > size(x) ? y : x));
  if (marks.length === 1) return floats[0];
  if (floats.length === 2) return size(floats[0]!) >= size(floats[1]!) ? floats[0] : floats[1];
  // a float and an int scalar: float64 unless the int is small
  const i = marks.find((m) => !m.startsWith('float'))!;
  return size(i) <= 16 ? floats[0] : 'float64';
}

export function str(v: string): Value {
  return { t: 'str', v };
}
export function bool(v: boolean): Value {
  return v ? TRUE : FALSE;
}

export function isNum(v: Value): v is { t: 'int' | 'float'; v: number } {
  return v.t === 'int' || v.t === 'float';
}
export function numOf(v: Value | undefined): number | undefined {
  if (!v) return undefined;
  if (v.t === 'int' || v.t === 'float') return v.v;
  if (v.t === 'bool') return v.v ? 1 : 0;
  return undefined;
}
export function strOf(v: Value | undefined): string | undefined {
  return v && v.t === 'str' ? v.v : undefined;
}

/** Python truthiness; undefined when unknown. */
export function truthy(v: Value): boolean | undefined {
  switch (v.t) {
    case 'none': return false;
    case 'bool': return v.v;
    case 'int': case 'float': return v.v !== 0;
    case 'str': return v.v.length > 0;
    case 'list': case 'tuple': return v.items.length > 0;
    case 'dict': return v.keys.length > 0;
    case 'range': return rangeLen(v) > 0;
    // a TensorFlow/Keras API symbol (a function, class or module such as tf.nn.swish) is an object Python finds
    // true; objects the library made (`h`), flag values and other libraries' data (sys.argv) may be false
    case 'tf': return !v.h && /^(tensorflow|keras)\./.test(v.path) && !/flags|FLAGS/i.test(v.path) ? true : undefined;
    case 'unknown': case 'tensor': case 'var': return undefined;
    default: return true;
  }
}

export function rangeLen(r: { start: number; stop: number; step: number }): number {
  if (r.step > 0) return Math.max(0, Math.ceil((r.stop - r.start) / r.step));
  return Math.max(0, Math.ceil((r.start - r.stop) / -r.step));
}

/** Python's repr() of a float. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(x);
  const exp = Math.floor(Math.log10(abs));
  if (exp < -4 || exp >= 16) {
    // Scientific: shortest digits, Python style exponent (e-05, e+16).
    const s = x.toExponential();
    const [mant, e] = s.split('e');
    const en = Number(e);
    const sign = en < 0 ? '-' : '+';
    const ed = String(Math.abs(en)).padStart(2, '0');
    return `${mant}e${sign}${ed}`;
  }
  const s = String(x);
  if (s.includes('e')) {
    // JS uses exponent for < 1e-6; Python uses fixed up to 1e-4 (handled above) — expand.
    return x.toFixed(20).replace(/0+$/, '');
  }
  return s.includes('.') ? s : `${s}.0`;
}

/** Python's str() for values a reader can print. Undefined when unknown. */
export function pyStr(v: Value): string | undefined {
  switch (v.t) {
    case 'str': return v.v;
    default: return pyRepr(v);
  }
}

export function pyRepr(v: Value): string | undefined {
  switch (v.t) {
    case 'none': return 'None';
    case 'bool': return v.v ? 'True' : 'False';
    case 'int': return String(v.v);
    case 'float': return floatRepr(v.v);
    case 'str': return `'${v.v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    case 'list': case 'tuple': {
      const parts: string[] = [];
      for (const it of v.items) {
        const r = pyRepr(it);
        if (r === undefined) return undefined;
        parts.push(r);
      }
      if (v.t === 'list') return `[${parts.join(', ')}]`;
      return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
    }
    case 'dtype': return `tf.${v.name}`;
    case 'dict': {
      const parts: string[] = [];
      for (let i = 0; i < v.keys.length; i++) {
        const k = pyRepr(v.keys[i]!);
        const x = pyRepr(v.vals[i]!);
        if (k === undefined || x === undefined) return undefined;
        parts.push(`${k}: ${x}`);
      }
      return `{${parts.join(', ')}}`;
    }
    default: return undefined;
  }
}

/** Structural equality of plain values (for dict keys, `==`, `in`). Undefined when unknown. */
export function pyEquals(a: Value, b: Value): boolean | undefined {
  if ((a.t === 'int' || a.t === 'float' || a.t === 'bool') && (b.t === 'int' || b.t === 'float' || b.t === 'bool')) {
    return numOf(a) === numOf(b);
  }
  if (a.t === 'str' && b.t === 'str') return a.partial || b.partial ? undefined : a.v === b.v;
  if (a.t === 'none' || b.t === 'none') return a.t === b.t;
  if ((a.t === 'list' || a.t === 'tuple') && a.t === b.t) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) {
      const e = pyEquals(a.items[i]!, b.items[i]!);
      if (e !== true) return e;
    }
    return true;
  }
  if (a.t === 'dtype' && b.t === 'dtype') return a.name === b.name;
  if (a.t === 'unknown' || b.t === 'unknown') return undefined;
  if (a.t === 'str' || b.t === 'str') return false;
  return a === b ? true : undefined;
}

/** A set's items: the distinct ones, in first-seen order (a set is held as a list of its distinct items); undefined
 *  when whether two items are equal cannot be decided (an unknown, a partial string): the set's size is unknown. */
export function distinctItems(items: readonly Value[]): Value[] | undefined {
  // objects hash by identity (a class defining __eq__ without __hash__ is unhashable): distinct objects are distinct
  // (a variable or layer is one object whatever Value holds it: the same id)
  const byIdentity = (v: Value): boolean => v.t === 'instance' || v.t === 'var' || v.t === 'layer' || v.t === 'func' || v.t === 'class' || v.t === 'module';
  const same = (x: Value, y: Value): boolean => x === y || (x.t === 'var' && y.t === 'var' && x.v.id === y.v.id) || (x.t === 'layer' && y.t === 'layer' && x.l.id === y.l.id);
  const out: Value[] = [];
  for (const x of items) {
    if (!byIdentity(x) && pyEquals(x, x) !== true) return undefined;
    let seen = false;
    for (const y of out) {
      const e = same(x, y) ? true : byIdentity(x) && byIdentity(y) ? false : pyEquals(y, x);
      if (e === undefined) return undefined;
      if (e) { seen = true; break; }
    }
    if (!seen) out.push(x);
  }
  return out;
}

export function dictGet(d: { keys: Value[]; vals: Value[] }, k: Value): Value | undefined {
  for (let i = 0; i < d.keys.length; i++) if (pyEquals(d.keys[i]!, k) === true) return d.vals[i];
  return undefined;
}
export function dictSet(d: { keys: Value[]; vals: Value[] }, k: Value, v: Value): void {
  // An unknown key cannot be placed: the reader does not grow the dict (and lookups stay unknown).
  if (k.t === 'unknown' || (k.t === 'str' && k.partial) || d.keys.length >= 100_000) return;
  for (let i = 0; i < d.keys.length; i++) {
    if (pyEquals(d.keys[i]!, k) === true) {
      d.vals[i] = v;
      return;
    }
  }
  d.keys.push(k);
  d.vals.push(v);
}

/** Runs a lazily imported module's top level if it has not run yet. */
export function ensureModule(m: ModuleVal): void {
  const run = m.ensure;
  if (run) {
    m.ensure = undefined;
    run();
  }
}

/** Memoizing lazy value. */
export function lazy(compute: () => Value): Value {
  let cached: Value | undefined;
  return { t: 'lazy', force: () => (cached ??= compute()) };
}
