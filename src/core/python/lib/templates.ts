// tf.make_template (TF 1.15 ops/template.py) and tf.contrib.framework's arg_scope / add_arg_scope (TF 1.15
// contrib/framework/python/ops/arg_scope.py). A Template's first call enters variable_scope(unique_name_, name_) and
// keeps that scope; later calls re-enter it with reuse=True. An @add_arg_scope function called inside
// `arg_scope([fns], **kwargs)` gets those keyword arguments unless the call gives them itself.

import type { Args, CallSite } from '../interp';
import { bool, handle, NONE, str, unknown, type Value } from '../values';
import type { ApiEntry, BoundArgs } from './registry';
import { contribMissing } from './contribLayers';
import type { TfLibrary } from '../tflib';
import { inScope } from './rnnCells';

interface Template { fn: Value; kwargs: Map<string, Value>; name: Value; unique: Value; scope: Value | null; first: boolean }
interface State { templates: Map<number, Template>; scoped: Map<number, Value>; stack: Map<number, Map<string, Value>>[] }

const states = new WeakMap<TfLibrary, State>();
function state(tf: TfLibrary): State {
  let s = states.get(tf);
  if (!s) states.set(tf, (s = { templates: new Map(), scoped: new Map(), stack: [new Map()] }));
  return s;
}

const mk = (pos: Value[], kw: [string, Value][] = []): Args => ({ pos, kw: new Map(kw), posNodes: pos.map(() => null), kwNodes: new Map() });


/** make_template(name_, func_, create_scope_now_=False, unique_name_=None, custom_getter_=None, **kwargs). */
function makeTemplate(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const fn = a.get('func_');
  if (!fn || a.given('custom_getter_')) return unknown(fn ? 'make_template with a custom getter' : 'make_template of no function');
  const kwargs = new Map([...a.raw.kw].filter(([k]) => !k.endsWith('_')));
  const t: Template = { fn, kwargs, name: a.get('name_') ?? NONE, unique: a.get('unique_name_') ?? NONE, scope: null, first: true };
  // create_scope_now_: the scope is made (uniquified) now, entered by the first call without reuse
  if (a.bool('create_scope_now_', false) === true) t.scope = inScope(tf, mk([t.unique, t.name]), site, (s) => s);
  const s = state(tf);
  const id = s.templates.size + 1;
  s.templates.set(id, t);
  return handle({ kind: 'template', id });
}

export function callTemplate(tf: TfLibrary, id: number, args: Args, site: CallSite): Value {
  const t = state(tf).templates.get(id);
  if (!t) return unknown('template');
  const kw = new Map(t.kwargs);
  for (const [k, v] of args.kw) kw.set(k, v);
  const call = (): Value => {
    try {
      return tf.interp.call(t.fn, { ...args, kw }, site);
    } finally {
      t.first = false;
    }
  };
  if (t.scope) return inScope(tf, mk([t.scope], [['reuse', bool(!t.first)]]), site, call);
  return inScope(tf, mk([t.unique, t.name]), site, (scope) => {
    t.scope = scope;
    return call();
  });
}

/** `@add_arg_scope` / add_arg_scope(func): a function arg_scope can give keyword arguments to. */
function addArgScope(tf: TfLibrary, fn: Value): Value {
  const s = state(tf);
  const id = s.scoped.size + 1;
  s.scoped.set(id, fn);
  return handle({ kind: 'argscoped', id });
}

export function decorateArgScope(tf: TfLibrary, deco: Value, fn: Value): Value | undefined {
  if (deco.t !== 'tf' || deco.h || !/(^|\.)add_arg_scope$/.test(deco.path) || !/contrib\.framework/.test(deco.path)) return undefined;
  return fn.t === 'func' ? addArgScope(tf, fn) : undefined;
}

export function callArgScoped(tf: TfLibrary, id: number, args: Args, site: CallSite): Value {
  const s = state(tf);
  const fn = s.scoped.get(id);
  if (!fn) return unknown('an @add_arg_scope function');
  const given = s.stack[s.stack.length - 1]!.get(id);
  if (!given) return tf.interp.call(fn, args, site);
  const kw = new Map(given);
  for (const [k, v] of args.kw) kw.set(k, v);
  return tf.interp.call(fn, { ...args, kw }, site);
}

/** arg_scope(list_ops_or_scope, **kwargs): a context that adds kwargs to each listed @add_arg_scope function. */
function argScope(tf: TfLibrary, raw: Args): Value {
  const s = state(tf);
  const ops = raw.pos[0] ?? raw.kw.get('list_ops_or_scope');
  const kwargs = new Map([...raw.kw].filter(([k]) => k !== 'list_ops_or_scope'));
  const items = ops && (ops.t === 'list' || ops.t === 'tuple') ? ops.items : null;
  if (!items) return unknown('arg_scope of operations the analysis does not know');
  let pushed = false;
  return { t: 'ctx', ctx: {
    enter: () => {
      const cur = new Map(s.stack[s.stack.length - 1]!);
      for (const op of items) {
        if (op.t !== 'tf' || op.h?.kind !== 'argscoped') continue;
        const merged = new Map(cur.get(op.h.id) ?? []);
        for (const [k, v] of kwargs) merged.set(k, v);
        cur.set(op.h.id, merged);
      }
      s.stack.push(cur);
      pushed = true;
      return str('arg_scope');
    },
    exit: () => {
      if (pushed) s.stack.pop();
      pushed = false;
    },
  } };
}

// tensorflow.contrib.framework.* reads as the v1 API (tfnames.ts STRIP_V1): `tf.contrib.framework.arg_scope` is
// `arg_scope`, its module `tensorflow.contrib.framework.python.ops` gives `python.ops.arg_scope`
const FRAMEWORK = ['', 'python.ops.', 'python.ops.arg_scope.'];

export const TEMPLATES_API: readonly ApiEntry[] = [
  {
    names: ['make_template'], params: ['name_', 'func_', 'create_scope_now_', 'unique_name_', 'custom_getter_'],
    impl: (tf, a, site) => makeTemplate(tf, a, site),
  },
  {
    names: FRAMEWORK.map((m) => `${m}arg_scope`), params: [],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : argScope(tf, a.raw)),
  },
  {
    names: FRAMEWORK.map((m) => `${m}add_arg_scope`), params: ['func'],
    impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : a.get('func')?.t === 'func' ? addArgScope(tf, a.get('func')!) : unknown('add_arg_scope of no function')),
  },
];


