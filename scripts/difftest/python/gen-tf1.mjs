// Random TF1 graph-mode programs for the Python differential tester: `with tf.Graph().as_default():` holding
// nested variable_scope / name_scope blocks (reuse True / AUTO_REUSE, default_name, re-entry by scope object,
// reuse_variables()), get_variable / tf.Variable with random shapes, dtypes and initializers, loops with
// f-string and `%` names, helper functions, Keras layers on placeholders. Some programs make TF raise.

import { call, stmt } from './program.mjs';

const BASES = ['w', 'b', 'kernel', 'bias', 'emb', 'v', 'gamma', 'table'];
const SCOPES = ['layer', 'block', 'enc', 'dec', 'head', 'tower', 'rnn', 'attn'];

function shapeOf(r, rank = r.weighted([[1, 0], [4, 1], [5, 2], [2, 3]])) {
  return Array.from({ length: rank }, () => r.int(1, 6));
}
const shapeText = (s) => `[${s.join(', ')}]`;
const num = (r, xs) => String(r.pick(xs));
const isLit = (t) => /^"[^"]*"$/.test(t);

/** A random initializer expression for get_variable (undefined: TF's default). */
function initializer(ctx, dtype, rank) {
  const { r, P } = ctx;
  if (dtype.startsWith('int')) return r.pick([undefined, `${P}zeros_initializer()`, `${P}constant_initializer(${r.int(-3, 7)})`, `${P}ones_initializer()`]);
  const seed = r.chance(0.3) ? `, seed=${r.int(0, 99)}` : '';
  return r.weighted([
    [4, undefined],
    [2, `${P}zeros_initializer()`],
    [1, `${P}ones_initializer()`],
    [2, `${P}constant_initializer(${r.chance(0.7) ? num(r, [0.5, -1.25, 3, 0.1]) : `[${num(r, [1, 2.5])}, ${num(r, [-1, 4])}]`})`],
    [2, `${P}random_normal_initializer(mean=${num(r, [0, 0.5, -1])}, stddev=${num(r, [0.02, 0.1, 1, 2])}${seed})`],
    [2, `${P}truncated_normal_initializer(stddev=${num(r, [0.01, 0.1, 0.5])}${seed})`],
    [2, `${P}random_uniform_initializer(${num(r, [-1, -0.05, 0])}, ${num(r, [0.05, 1, 2])}${seed})`],
    [1, `${P}glorot_uniform_initializer(${seed.slice(2)})`],
    [1, `${P}glorot_normal_initializer(${seed.slice(2)})`],
    [2, `${P}variance_scaling_initializer(scale=${num(r, [1, 2, 0.5])}, mode=${r.pick(['"fan_in"', '"fan_out"', '"fan_avg"'])}, distribution=${r.pick(['"uniform"', '"truncated_normal"', '"untruncated_normal"', '"normal"'])}${seed})`],
    [rank >= 2 ? 1 : 0.1, `${P}orthogonal_initializer(gain=${num(r, [1, 0.5, 2])}${seed})`],
  ]);
}

/** The name expression of a new variable or scope: a literal, or in a loop an f-string / `%` / `+ str()`. */
function nameExpr(ctx, base) {
  const { r } = ctx;
  const i = ctx.loops[ctx.loops.length - 1];
  if (i && r.chance(0.85)) {
    return r.pick([`f"${base}{${i}}"`, `"${base}_%d" % ${i}`, `"${base}" + str(${i})`, `f"${base}_{${i} * 2}"`]);
  }
  if (ctx.fnArg && r.chance(0.3)) return `${ctx.fnArg} + "_${base}"`;
  return `"${base}"`;
}

function trackedVars(ctx) {
  return ctx.created.get(ctx.scope.key) ?? [];
}

/** get_variable: mostly fresh names; under reuse mostly an existing one (sometimes reshaped or missing). */
function getVariable(ctx) {
  const { r, P } = ctx;
  const known = trackedVars(ctx);
  let name, shape, dtype;
  if (known.length && (ctx.scope.reuse ? r.chance(0.85) : r.chance(0.04))) {
    ({ name, shape, dtype } = r.pick(known));
    if (r.chance(0.06)) shape = shapeOf(r);
    name = JSON.stringify(name);
  } else {
    const base = r.pick(BASES) + (r.chance(0.3) ? String(r.int(0, 9)) : '');
    name = nameExpr(ctx, base);
    shape = ctx.fnDim && r.chance(0.4) ? [ctx.fnDim, r.int(1, 5)] : shapeOf(r);
    dtype = ctx.scope.dtype ?? r.weighted([[10, 'float32'], [1, 'float64'], [1, 'float16'], [1, 'int32']]);
    if (isLit(name) && !ctx.loops.length) known.push({ name: JSON.parse(name), shape, dtype });
    ctx.created.set(ctx.scope.key, known);
  }
  const dims = shape.map((d) => (d === ctx.fnDim ? ctx.fnArgDim : String(d)));
  const kw = {
    shape: `[${dims.join(', ')}]`,
    dtype: dtype !== 'float32' || r.chance(0.2) ? `tf.${dtype}` : undefined,
    initializer: initializer(ctx, dtype, shape.length),
    trainable: r.chance(0.15) ? r.pick(['False', 'True']) : undefined,
    collections: r.chance(0.04) ? `[${P}GraphKeys.LOCAL_VARIABLES]` : undefined,
    partitioner: r.chance(0.05) ? partitioner(ctx) : undefined,
  };
  const local = r.chance(0.04);
  if (local) delete kw.collections;
  return stmt(call(`${r.pick(['w', 'v', 'x'])}_${ctx.ids.n++} = ${P}${local ? 'get_local_variable' : 'get_variable'}`, [name], kw));
}

/** A built-in partitioner or a user function TF calls as partitioner(shape=..., dtype=...). */
function partitioner(ctx) {
  const { r, P } = ctx;
  return r.pick([
    `${P}fixed_size_partitioner(${r.int(1, 3)})`,
    'lambda shape, dtype: [2] + [1] * (len(shape) - 1)',
    'lambda shape=None, **kw: tuple([1] * (len(shape) - 1) + [min(3, shape[-1])])',
  ]);
}

/** A scope's custom getter renaming what it gets (nested scopes' getters compose). */
function customGetter(ctx) {
  const tag = ctx.r.pick(['g', 'h']);
  return `lambda getter, name, *a, **k: getter(name + "_${tag}", *a, **k)`;
}

/** tf.Variable with an initial value tensor or literal. */
function tfVariable(ctx) {
  const { r, P } = ctx;
  const s = shapeText(shapeOf(r, r.int(0, 2)));
  const init = r.pick([
    `tf.zeros(${s})`, `tf.ones(${s})`, `tf.fill(${s}, ${num(r, [0.5, 2, -3])})`,
    `tf.random.normal(${s}, stddev=${num(r, [0.1, 1])})`, `tf.random.uniform(${s}, -1.0, 1.0)`,
    `${P}truncated_normal(${s})`, `${num(r, [0.5, 1, 3])}`, `[${num(r, [1.0, 2.5])}, ${num(r, [0.0, -1.5])}]`,
    `tf.constant([[1.0, 2.0], [3.0, 4.0]])`,
  ]);
  const kw = {
    name: r.chance(0.8) ? nameExpr(ctx, r.pick(BASES)) : undefined,
    trainable: r.chance(0.2) ? r.pick(['False', 'True']) : undefined,
    dtype: r.chance(0.1) ? 'tf.float64' : undefined,
  };
  return stmt(call(`t_${ctx.ids.n++} = tf.Variable`, [init], kw));
}

function child(ctx, key, reuse, extra = {}) {
  return { ...ctx, scope: { key, reuse: reuse || ctx.scope.reuse, dtype: extra.dtype ?? ctx.scope.dtype }, depth: ctx.depth + 1 };
}

/** with variable_scope(...) [as sN]: named, default_name, or re-entered by a captured scope object. */
function variableScope(ctx) {
  const { r, P } = ctx;
  const reuse = r.weighted([[6, null], [2, 'True'], [2, `${P}AUTO_REUSE`]]);
  const kw = { reuse: reuse ?? undefined };
  let key;
  let first;
  const old = ctx.scopeObjs.filter((o) => o.fn === ctx.fn);
  if (old.length && r.chance(0.2)) {
    const o = r.pick(old);
    first = o.v;
    key = o.key;
  } else if (r.chance(0.15)) {
    first = 'None';
    kw.default_name = `"${r.pick(SCOPES)}"`;
    key = `${ctx.scope.key}/?${ctx.ids.n++}`;
  } else {
    const kids = ctx.kids.get(ctx.scope.key) ?? [];
    const base = reuse && kids.length && r.chance(0.7) ? r.pick(kids) : r.pick(SCOPES) + (r.chance(0.3) ? String(r.int(1, 3)) : '');
    first = nameExpr(ctx, base);
    if (first === `"${base}"`) {
      key = `${ctx.scope.key}/${base}`;
      ctx.kids.set(ctx.scope.key, [...kids, base]);
    } else key = `${ctx.scope.key}/?${ctx.ids.n++}`;
  }
  if (r.chance(0.12)) kw.initializer = initializer(ctx, 'float32', 2);
  if (r.chance(0.05)) kw.partitioner = partitioner(ctx);
  if (r.chance(0.05)) kw.custom_getter = customGetter(ctx);
  const dtype = r.chance(0.05) ? 'float64' : undefined;
  if (dtype) kw.dtype = 'tf.float64';
  const as = r.chance(0.4) ? `s${ctx.ids.n++}` : null;
  const c = call(`with ${P}variable_scope`, [first], kw, as ? ` as ${as}` : '');
  const inner = child(ctx, key, reuse === 'True' || reuse === `${P}AUTO_REUSE`, { dtype });
  const body = block(inner, r.int(1, 4));
  if (as) ctx.scopeObjs.push({ v: as, key, fn: ctx.fn });
  return stmt(c, body);
}

function nameScope(ctx) {
  const { r, P } = ctx;
  const fn = r.pick(['tf.name_scope', `${P}name_scope`]);
  return stmt(`with ${fn}(${nameExpr(ctx, r.pick(['ns', 'ops', 'scope']))})`, block(child(ctx, ctx.scope.key, false), r.int(1, 3)));
}

function loop(ctx) {
  const { r } = ctx;
  const i = ['i', 'j', 'k'][ctx.loops.length] ?? 'm';
  const inner = { ...ctx, loops: [...ctx.loops, i], depth: ctx.depth + 1 };
  return stmt(`for ${i} in range(${r.int(2, 3)})`, block(inner, r.int(1, 3)));
}

/** A Keras 3 layer called on a v1 placeholder (graph mode), or a removed tf.compat.v1.layers function. */
function kerasOnPlaceholder(ctx) {
  const { r, P } = ctx;
  const d = r.int(2, 6);
  const x = `x${ctx.ids.n++}`;
  const ph = stmt(`${x} = ${P}placeholder(tf.float32, [None, ${d}])`);
  if (r.chance(0.2)) return [ph, stmt(call(`y${ctx.ids.n++} = ${P}layers.dense`, [x, String(r.int(1, 4))]))];
  const kw = { use_bias: r.chance(0.2) ? 'False' : undefined, name: r.chance(0.3) ? `"${r.pick(['fc', 'proj'])}"` : undefined };
  return [ph, stmt(call(`y${ctx.ids.n++} = tf.keras.layers.Dense`, [String(r.int(1, 4))], kw, `(${x})`))];
}

function reuseVariables(ctx) {
  ctx.scope.reuse = true;
  return stmt(`${ctx.P}get_variable_scope().reuse_variables()`);
}

/** Statements of one block (the caller's ctx.scope is the enclosing variable scope). */
function block(ctx, n) {
  const { r } = ctx;
  const out = [];
  for (let k = 0; k < n; k++) {
    const deep = ctx.depth >= 3;
    const kind = r.weighted([
      [6, 'get'], [2, 'var'], [deep ? 0 : 3, 'vscope'], [deep ? 0 : 1, 'nscope'], [deep || ctx.loops.length > 1 ? 0 : 1, 'loop'],
      [ctx.helpers.length && ctx.fn === null ? 1.5 : 0, 'helper'], [ctx.depth > 1 ? 0.3 : 0, 'reuse'], [0.4, 'keras'],
    ]);
    if (kind === 'get') out.push(getVariable(ctx));
    else if (kind === 'var') out.push(tfVariable(ctx));
    else if (kind === 'vscope') out.push(variableScope(ctx));
    else if (kind === 'nscope') out.push(nameScope(ctx));
    else if (kind === 'loop') out.push(loop(ctx));
    else if (kind === 'helper') out.push(helperCall(ctx));
    else if (kind === 'reuse') out.push(reuseVariables(ctx));
    else out.push(...kerasOnPlaceholder(ctx));
  }
  return out;
}

function helperCall(ctx) {
  const { r } = ctx;
  const h = r.pick(ctx.helpers);
  const name = h.reused && r.chance(0.5) ? JSON.stringify(h.reused) : nameExpr(ctx, r.pick(SCOPES));
  if (isLit(name)) h.reused = JSON.parse(name);
  return stmt(`${h.name}(${name}, ${r.int(2, 5)})`);
}

/** `def blockN(name, n):` whose body opens a variable scope named by its argument (or default_name). */
function helperDef(ctx, k) {
  const { r, P } = ctx;
  const name = `make_${r.pick(SCOPES)}${k}`;
  const inner = { ...ctx, fn: name, fnArg: 'name', fnDim: 7, fnArgDim: 'n', depth: 1, loops: [] };
  const scoped = r.chance(0.8);
  const useDefault = scoped && r.chance(0.25);
  const key = `${ctx.scope.key}/@${name}`;
  const body = block(child(inner, key, false), r.int(1, 3));
  const vs = useDefault ? `with ${P}variable_scope(None, default_name=name)` : `with ${P}variable_scope(name)`;
  const def = stmt(`def ${name}(name, n)`, scoped ? [stmt(vs, body)] : body);
  ctx.helpers.push({ name });
  return def;
}

/** A whole TF1 program as statement nodes. */
export function tf1Program(r) {
  const P = r.chance(0.5) ? 'v1.' : 'tf.compat.v1.';
  const ctx = {
    r, P, ids: { n: 0 }, depth: 0, loops: [], fn: null, fnArg: null, fnDim: null, scope: { key: '', reuse: false, dtype: undefined },
    created: new Map(), kids: new Map(), scopeObjs: [], helpers: [],
  };
  const head = [stmt('import tensorflow as tf', null, true)];
  if (P === 'v1.') head.push(stmt('v1 = tf.compat.v1', null, true));
  const defs = [];
  for (let k = 0; k < r.weighted([[5, 0], [3, 1], [1, 2]]); k++) defs.push(helperDef(ctx, k));
  const body = block(ctx, r.int(3, 8));
  return [...head, ...defs, stmt('with tf.Graph().as_default()', body, true)];
}
