// Random TF1-era layer programs for the Python differential tester (`--kind tf1layers`): placeholders whose shapes
// flow through ops (reshape, matmul, concat, transpose, reduce_*, slicing, expand_dims) into TF1 layers
// (tensorflow.python.layers, functional and object forms), Keras 2 layers (tensorflow.python.keras), get_variable
// sized by `x.shape[-1]` / `get_shape().as_list()`, helpers called in loops under variable_scope / AUTO_REUSE, and
// TF1 optimizers' minimize with their slots. Shapes are tracked so most programs are valid.

import { call, stmt } from './program.mjs';

const INITS = ['tf.zeros_initializer()', 'tf.ones_initializer()', 'tf.truncated_normal_initializer(stddev=0.02)',
  'tf.random_normal_initializer(stddev=0.1)', 'tf.glorot_uniform_initializer()', 'tf.constant_initializer(0.5)',
  'tf.variance_scaling_initializer(scale=2.0)', 'tf.random_uniform_initializer(-0.1, 0.1)'];
const K2_INITS = ['"glorot_uniform"', '"he_normal"', '"zeros"', '"ones"', '"lecun_uniform"', '"random_normal"', '"truncated_normal"'];
const ACTS = ['tf.nn.relu', 'tf.nn.tanh', 'tf.nn.sigmoid', 'None'];
const NAMES = ['fc', 'proj', 'logits', 'hidden', 'out', 'query', 'key', 'value', 'conv', 'head'];

const prod = (xs) => xs.reduce((a, b) => a * b, 1);
const shapeLit = (s) => `[${s.map((d) => (d === null ? 'None' : String(d))).join(', ')}]`;

/** The static size of the last dim written as real code writes it. */
function lastDim(ctx, t) {
  return ctx.r.pick([`${t.v}.shape[-1]`, `${t.v}.get_shape().as_list()[-1]`, `int(${t.v}.shape[-1])`,
    ...(ctx.v1shape ? [`${t.v}.shape[-1].value`, `${t.v}.get_shape()[-1].value`] : [])]);
}

/** A new tensor variable; `dep`: it depends on a trainable variable (a loss over it has gradients). */
function fresh(ctx, shape, prefix = 'h', dep = false) {
  const t = { v: `${prefix}${ctx.ids.n++}`, shape, dep };
  ctx.tensors.push(t);
  return t;
}

function pickTensor(ctx, ok = () => true) {
  const xs = ctx.tensors.filter((t) => ok(t.shape));
  if (!xs.length) return null;
  return ctx.r.chance(0.6) ? xs[xs.length - 1] : ctx.r.pick(xs);
}

function placeholder(ctx) {
  const { r } = ctx;
  const rank = r.weighted([[4, 2], [3, 3], [3, 4]]);
  const batch = r.chance(0.7) ? null : r.int(1, 4);
  const dims = rank === 4 ? [r.int(4, 9), r.int(4, 9), r.int(1, 4)] : Array.from({ length: rank - 1 }, () => r.int(2, 8));
  const t = fresh(ctx, [batch, ...dims], 'x');
  return [stmt(`${t.v} = tf.placeholder(tf.float32, ${shapeLit(t.shape)}${r.chance(0.3) ? `, name="${t.v}"` : ''})`)];
}

/** Keyword arguments of a TF1 layer / function (initializer, activation, use_bias, name, trainable). */
function tf1Kw(ctx, kw, named) {
  const { r } = ctx;
  if (r.chance(0.3)) kw.activation = r.pick(ACTS);
  if (r.chance(0.2)) kw.use_bias = 'False';
  if (r.chance(0.3)) kw.kernel_initializer = r.pick(INITS);
  if (r.chance(0.1)) kw.bias_initializer = r.pick(INITS.slice(0, 2));
  if (r.chance(0.08)) kw.trainable = 'False';
  if (named && r.chance(0.45)) kw.name = `"${r.pick(NAMES)}"`;
  return kw;
}

function k2Kw(ctx, kw) {
  const { r } = ctx;
  if (r.chance(0.3)) kw.activation = r.pick(['"relu"', '"tanh"']);
  if (r.chance(0.2)) kw.use_bias = 'False';
  if (r.chance(0.3)) kw.kernel_initializer = r.pick(K2_INITS);
  if (r.chance(0.3)) kw.name = `"${r.pick(NAMES)}"`;
  return kw;
}

/** Dense: tf1 function, tf1 object (sometimes called twice), or Keras 2 Dense; on any rank >= 2. */
function dense(ctx) {
  const { r } = ctx;
  const x = pickTensor(ctx, (s) => s.length >= 2);
  if (!x) return [];
  const u = r.int(1, 8);
  const y = fresh(ctx, [...x.shape.slice(0, -1), u], 'h', true);
  const form = r.weighted([[4, 'fn'], [2, 'obj'], [2, 'k2']]);
  const kw = form === 'k2' ? k2Kw(ctx, {}) : tf1Kw(ctx, {}, true);
  y.dep = kw.trainable !== 'False' || x.dep;
  if (form === 'fn') return [stmt(call(`${y.v} = core.dense`, [x.v, String(u)], kw))];
  const L = `layer${ctx.ids.n++}`;
  const cls = form === 'obj' ? 'core.Dense' : 'keras2.layers.Dense';
  const out = [stmt(call(`${L} = ${cls}`, [String(u)], kw)), stmt(`${y.v} = ${L}(${x.v})`)];
  const again = ctx.tensors.filter((t) => t !== y && t.shape.length >= 2 && t.shape[t.shape.length - 1] === x.shape[x.shape.length - 1]);
  if (again.length && r.chance(0.3)) {
    const x2 = r.pick(again);
    const y2 = fresh(ctx, [...x2.shape.slice(0, -1), u], 'h', y.dep || x2.dep);
    out.push(stmt(`${y2.v} = ${L}(${x2.v})`));
  }
  return out;
}

function conv(ctx) {
  const { r } = ctx;
  const x = pickTensor(ctx, (s) => s.length === 4 || s.length === 3);
  if (!x) return [];
  const rank = x.shape.length - 2;
  const k = r.int(1, 3);
  const s = r.chance(0.3) ? 2 : 1;
  const spatial = x.shape.slice(1, -1);
  const pad = spatial.some((n) => n < k) || r.chance(0.5) ? 'same' : 'valid';
  const f = r.int(1, 6);
  const out = spatial.map((n) => (pad === 'same' ? Math.ceil(n / s) : Math.floor((n - k) / s) + 1));
  const y = fresh(ctx, [x.shape[0], ...out, f], 'h', true);
  const kw = { strides: s > 1 ? String(s) : undefined, padding: pad === 'same' ? `"same"` : (r.chance(0.2) ? '"valid"' : undefined) };
  const form = r.weighted([[4, 'fn'], [2, 'obj'], [2, 'k2']]);
  if (form === 'k2') k2Kw(ctx, kw);
  else tf1Kw(ctx, kw, true);
  y.dep = kw.trainable !== 'False' || x.dep;
  if (form === 'fn') return [stmt(call(`${y.v} = convolutional.conv${rank}d`, [x.v, String(f), String(k)], kw))];
  if (form === 'obj') return [stmt(call(`${y.v} = convolutional.Conv${rank}D`, [String(f), String(k)], kw, `(${x.v})`))];
  return [stmt(call(`${y.v} = keras2.layers.Conv${rank}D`, [String(f), String(k)], kw, `(${x.v})`))];
}

function pool(ctx) {
  const { r } = ctx;
  const x = pickTensor(ctx, (s) => (s.length === 4 || s.length === 3) && s.slice(1, -1).every((n) => n >= 2));
  if (!x) return [];
  const rank = x.shape.length - 2;
  const y = fresh(ctx, [x.shape[0], ...x.shape.slice(1, -1).map((n) => Math.floor((n - 2) / 2) + 1), x.shape[x.shape.length - 1]], 'h', x.dep);
  const kind = r.pick(['max', 'average']);
  return [stmt(`${y.v} = pooling.${kind}_pooling${rank}d(${x.v}, 2, 2)`)];
}

/** get_variable sized from a tensor's last dim and a matmul / tensordot with it. */
function matmulVar(ctx) {
  const { r } = ctx;
  const x = pickTensor(ctx, (s) => s.length === 2);
  if (!x) return [];
  const n = r.int(1, 6);
  const w = `w${ctx.ids.n++}`;
  const nm = r.chance(0.7) ? `"${r.pick(['w', 'kernel', 'weights', 'proj_w'])}"` : `"w_%d" % ${ctx.ids.n}`;
  const kw = { initializer: r.chance(0.5) ? r.pick(INITS) : undefined, dtype: r.chance(0.1) ? 'tf.float32' : undefined };
  const y = fresh(ctx, [x.shape[0], n], 'h', true);
  const out = [stmt(call(`${w} = tf.get_variable`, [nm, `[${lastDim(ctx, x)}, ${n}]`], kw))];
  out.push(stmt(`${y.v} = tf.matmul(${x.v}, ${w})`));
  if (r.chance(0.4)) {
    const b = `b${ctx.ids.n++}`;
    out.push(stmt(call(`${b} = tf.get_variable`, ['"b"', `[${n}]`], { initializer: 'tf.zeros_initializer()' })), stmt(`${y.v} = ${y.v} + ${b}`));
  }
  return out;
}

/** Shape ops: reshape (flatten with -1 / as_list), concat, transpose, reduce_*, slicing, expand_dims. */
function shapeOp(ctx) {
  const { r } = ctx;
  const kind = r.pick(['flatten', 'concat', 'transpose', 'reduce', 'slice', 'expand', 'merge']);
  const x = pickTensor(ctx, (s) => s.length >= 2);
  if (!x) return [];
  const s = x.shape;
  if (kind === 'flatten' && s.length >= 3) {
    const y = fresh(ctx, [s[0], prod(s.slice(1))], 'h', x.dep);
    const sz = r.pick([String(prod(s.slice(1))), `${s.slice(1).map((_, i) => `${x.v}.get_shape().as_list()[${i + 1}]`).join(' * ')}`]);
    return [stmt(`${y.v} = tf.reshape(${x.v}, [-1, ${sz}])`)];
  }
  if (kind === 'merge' && s.length >= 3 && s[0] !== null) {
    const y = fresh(ctx, [s[0] * s[1], ...s.slice(2)], 'h', x.dep);
    return [stmt(`${y.v} = tf.reshape(${x.v}, [-1] + ${x.v}.get_shape().as_list()[2:])`)];
  }
  if (kind === 'concat') {
    const others = ctx.tensors.filter((t) => t.shape.length === s.length && t.shape.slice(0, -1).every((d, i) => d === s[i]));
    const o = r.pick(others);
    const y = fresh(ctx, [...s.slice(0, -1), s[s.length - 1] + o.shape[s.length - 1]], 'h', x.dep || o.dep);
    return [stmt(`${y.v} = tf.concat([${x.v}, ${o.v}], ${r.pick(['-1', String(s.length - 1), `axis=-1`])})`)];
  }
  if (kind === 'transpose') {
    const perm = s.map((_, i) => i);
    const a = s.length - 1;
    [perm[a], perm[a - 1]] = [perm[a - 1], perm[a]];
    if (s.length === 2) return [];
    const y = fresh(ctx, perm.map((i) => s[i]), 'h', x.dep);
    return [stmt(`${y.v} = tf.transpose(${x.v}, [${perm.join(', ')}])`)];
  }
  if (kind === 'reduce' && s.length >= 3) {
    const keep = r.chance(0.3);
    const ax = r.int(1, s.length - 2);
    const y = fresh(ctx, keep ? s.map((d, i) => (i === ax ? 1 : d)) : s.filter((_, i) => i !== ax), 'h', x.dep);
    return [stmt(`${y.v} = tf.reduce_${r.pick(['mean', 'sum', 'max'])}(${x.v}, ${r.pick([`axis=${ax}`, `${ax}`, `axis=[${ax}]`])}${keep ? ', keepdims=True' : ''})`)];
  }
  if (kind === 'slice' && s[s.length - 1] >= 2) {
    const k = r.int(1, s[s.length - 1] - 1);
    const y = fresh(ctx, [...s.slice(0, -1), k], 'h', x.dep);
    return [stmt(`${y.v} = ${x.v}[${s.length > 2 ? '..., ' : ':, '}:${k}]`)];
  }
  if (kind === 'expand' && s.length === 2) {
    const y = fresh(ctx, [s[0], 1, s[1]], 'h', x.dep);
    return [stmt(`${y.v} = tf.expand_dims(${x.v}, 1)`)];
  }
  return [];
}

/** A helper `def block(x, n, name)` opening variable_scope(name) with a dense / get_variable body. */
function helperDef(ctx) {
  const { r } = ctx;
  const name = `block${ctx.helpers.length}`;
  const body = [];
  const twoLayers = r.chance(0.5);
  body.push(stmt(call('h = core.dense', ['x', 'n'], tf1Kw(ctx, {}, false))));
  if (twoLayers) body.push(stmt(call('h = core.dense', ['h', 'x.get_shape().as_list()[-1]'], { name: '"out"' })));
  if (r.chance(0.4)) body.push(stmt(call('g = tf.get_variable', ['"gain"', '[h.shape[-1]]'], { initializer: 'tf.ones_initializer()' })), stmt('h = h * g'));
  const scope = r.chance(0.25) ? 'tf.variable_scope(name, default_name="block")' : 'tf.variable_scope(name)';
  ctx.helpers.push({ name, keeps: twoLayers });
  return stmt(`def ${name}(x, n, name)`, [stmt(`with ${scope}`, body), stmt('return h')], true);
}

/** A helper called in a loop (`"layer_%d" % i`), sometimes under AUTO_REUSE sharing one name. */
function helperLoop(ctx) {
  const { r } = ctx;
  const h = r.pick(ctx.helpers);
  const x = pickTensor(ctx, (s) => s.length === 2);
  if (!x) return [];
  const d = x.shape[1];
  const n = h.keeps ? r.int(1, 6) : d;
  const y = fresh(ctx, [x.shape[0], d], 'h', true);
  const shared = r.chance(0.25);
  const name = shared ? '"shared"' : r.pick(['"layer_%d" % i', 'f"layer{i}"', '"h" + str(i)']);
  const loop = stmt(`for i in range(${r.int(2, 3)})`, [stmt(`${y.v} = ${h.name}(${y.v}, ${n}, ${name})`)]);
  const head = stmt(`${y.v} = ${x.v}`);
  if (shared) return [head, stmt('with tf.variable_scope("tower", reuse=tf.AUTO_REUSE)', [loop])];
  return [head, loop];
}

function scoped(ctx, n) {
  const { r } = ctx;
  const reuse = r.weighted([[6, null], [2, 'tf.AUTO_REUSE']]);
  const c = call('with tf.variable_scope', [`"${r.pick(['model', 'encoder', 'decoder', 'tower', 'net'])}"`], { reuse: reuse ?? undefined });
  return stmt(c, block({ ...ctx, depth: ctx.depth + 1 }, n));
}

function block(ctx, n) {
  const { r } = ctx;
  const out = [];
  for (let k = 0; k < n; k++) {
    const kind = r.weighted([[5, 'dense'], [3, 'conv'], [1, 'pool'], [2, 'matmul'], [3, 'shape'], [0.6, 'ph'],
      [ctx.depth < 2 ? 1.5 : 0, 'scope'], [ctx.helpers.length ? 1.5 : 0, 'helper'], [0.5, 'nscope']]);
    if (kind === 'dense') out.push(...dense(ctx));
    else if (kind === 'conv') out.push(...conv(ctx));
    else if (kind === 'pool') out.push(...pool(ctx));
    else if (kind === 'matmul') out.push(...matmulVar(ctx));
    else if (kind === 'shape') out.push(...shapeOp(ctx));
    else if (kind === 'ph') out.push(...placeholder(ctx));
    else if (kind === 'scope') out.push(scoped(ctx, r.int(1, 3)));
    else if (kind === 'helper') out.push(...helperLoop(ctx));
    else out.push(stmt(`with tf.name_scope("${r.pick(['ops', 'stage'])}")`, block({ ...ctx, depth: ctx.depth + 1 }, r.int(1, 2))));
  }
  return out;
}

/** loss over the last tensor and a TF1 optimizer's minimize (its slots), sometimes with a global step. */
function optimizer(ctx) {
  const { r } = ctx;
  const t = [...ctx.tensors].reverse().find((x) => x.dep);
  if (!t) return [];
  const opt = r.pick(['tf.train.AdamOptimizer(1e-3)', 'tf.train.MomentumOptimizer(0.1, momentum=0.9)', 'tf.train.RMSPropOptimizer(0.01)',
    'tf.train.GradientDescentOptimizer(0.1)', 'tf.train.AdagradOptimizer(0.1)', 'tf.train.AdamOptimizer(learning_rate=0.01, beta1=0.8)',
    'tf.train.RMSPropOptimizer(0.01, momentum=0.9)', 'tf.train.MomentumOptimizer(0.1, 0.9, use_nesterov=True)']);
  const out = [stmt(`loss = tf.reduce_mean(tf.square(${t.v}))`)];
  const step = r.chance(0.3);
  if (step) out.push(stmt('step = tf.train.get_or_create_global_step()'));
  out.push(stmt(call('train_op = ' + opt + '.minimize', ['loss'], { global_step: step ? 'step' : undefined })));
  return out;
}

/** A whole TF1 layers program as statement nodes. */
export function tf1LayersProgram(r) {
  const v1shape = r.chance(0.5);
  const ctx = { r, ids: { n: 0 }, depth: 0, tensors: [], helpers: [], v1shape };
  const head = [stmt('import tensorflow.compat.v1 as tf', null, true),
    stmt('from tensorflow.python import keras as keras2', null, true),
    stmt('from tensorflow.python.layers import convolutional, core, pooling', null, true)];
  if (v1shape) head.push(stmt('tf.disable_v2_behavior()', null, true));
  const defs = [];
  for (let k = 0; k < r.weighted([[4, 0], [3, 1], [1, 2]]); k++) defs.push(helperDef(ctx));
  const body = placeholder(ctx);
  body.push(...block(ctx, r.int(3, 8)));
  if (r.chance(0.4)) body.push(...optimizer(ctx));
  if (v1shape) return [...head, ...defs, ...body];
  return [...head, ...defs, stmt('with tf.Graph().as_default()', body, true)];
}
