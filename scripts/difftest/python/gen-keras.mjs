// Random Keras 3 programs for the Python differential tester: Sequential (list, add(), build()) and functional
// models whose layers are drawn from every modelled kind (dense, conv 1-3D and their depthwise / separable /
// transposed forms, recurrent, attention, normalization, pooling, reshaping) with random valid arguments,
// tracking the feature shape so each layer gets an input it accepts. Duplicate layer names make Keras raise.

import { call, stmt } from './program.mjs';

const INITS = ['"glorot_uniform"', '"he_normal"', '"zeros"', '"ones"', '"lecun_uniform"', '"random_normal"', '"orthogonal"', '"truncated_normal"', '"he_uniform"', '"glorot_normal"'];

function convOut(n, k, s, pad, dil = 1) {
  return pad === 'same' ? Math.ceil(n / s) : Math.floor((n - dil * (k - 1) - 1) / s) + 1;
}

function convTOut(n, k, s, pad) {
  return pad === 'same' ? n * s : n * s + Math.max(k - s, 0);
}

/** Keyword arguments common to weight layers: name, use_bias, initializers, trainable. */
function common(ctx, kw, { bias = true, init = 'kernel_initializer' } = {}) {
  const { r } = ctx;
  if (bias && r.chance(0.25)) kw.use_bias = 'False';
  if (init && r.chance(0.3)) kw[init] = r.pick(INITS);
  if (bias && r.chance(0.1)) kw.bias_initializer = r.pick(['"ones"', '"zeros"', '"random_uniform"']);
  if (r.chance(0.08)) kw.trainable = 'False';
  if (r.chance(0.05)) kw.dtype = r.pick(['"float64"', '"mixed_float16"']);
  if (r.chance(0.2)) {
    const base = r.pick(['fc', 'conv', 'norm', 'rnn', 'proj']);
    kw.name = `"${base}${ctx.names.has(base) && r.chance(0.7) ? ctx.names.size : ''}"`;
    ctx.names.add(base);
  }
  return kw;
}

function convLayer(ctx, shape) {
  const { r, K } = ctx;
  const rank = shape.length - 1;
  const kind = r.weighted([[4, 'Conv'], [rank < 3 ? 1 : 0, 'DepthwiseConv'], [rank < 3 ? 1 : 0, 'SeparableConv'], [rank < 3 ? 1 : 0.5, 'ConvTranspose']]);
  const k = r.int(1, 3);
  const s = r.chance(0.25) ? 2 : 1;
  let pad = r.pick(['valid', 'same']);
  if (shape.slice(0, rank).some((n) => n < k + 1)) pad = 'same';
  const filters = r.int(1, 6);
  const cls = kind === 'ConvTranspose' ? `Conv${rank}DTranspose` : `${kind}${rank}D`;
  const kw = { strides: s > 1 ? String(s) : undefined, padding: pad !== 'valid' || r.chance(0.2) ? `"${pad}"` : undefined };
  const args = [];
  let out;
  const spatial = shape.slice(0, rank);
  if (kind === 'DepthwiseConv') {
    const m = r.int(1, 2);
    if (m > 1 || r.chance(0.2)) kw.depth_multiplier = String(m);
    args.push(String(k));
    out = [...spatial.map((n) => convOut(n, k, s, pad)), shape[rank] * m];
    common(ctx, kw, { init: 'depthwise_initializer' });
  } else {
    args.push(String(filters), r.chance(0.5) ? String(k) : `(${Array(rank).fill(k).join(', ')})`);
    out = [...spatial.map((n) => (kind === 'ConvTranspose' ? convTOut(n, k, s, pad) : convOut(n, k, s, pad))), filters];
    if (kind === 'SeparableConv' && r.chance(0.3)) kw.depth_multiplier = '2';
    common(ctx, kw, { init: kind === 'SeparableConv' ? 'pointwise_initializer' : 'kernel_initializer' });
  }
  if (out.some((n) => n < 1)) return null;
  return { cls, args, kw, out };
}

function poolLayer(ctx, shape) {
  const { r } = ctx;
  const rank = shape.length - 1;
  if (r.chance(0.3)) return { cls: `Global${r.pick(['Average', 'Max'])}Pooling${rank}D`, args: [], kw: {}, out: [shape[rank]] };
  const p = 2;
  if (shape.slice(0, rank).some((n) => n < p)) return null;
  const cls = `${r.pick(['Max', 'Average'])}Pooling${rank}D`;
  return { cls, args: [String(p)], kw: {}, out: [...shape.slice(0, rank).map((n) => Math.floor((n - p) / p) + 1), shape[rank]] };
}

function recurrent(ctx, shape) {
  const { r } = ctx;
  const units = r.int(1, 5);
  const seq = r.chance(0.4);
  const cls = r.pick(['LSTM', 'GRU', 'SimpleRNN']);
  const kw = { return_sequences: seq ? 'True' : undefined };
  if (r.chance(0.2)) kw.recurrent_initializer = r.pick(['"orthogonal"', '"glorot_uniform"', '"zeros"']);
  if (cls === 'GRU' && r.chance(0.3)) kw.reset_after = 'False';
  common(ctx, kw);
  if (r.chance(0.2)) {
    const inner = `${ctx.K}layers.${cls}(${[String(units), ...Object.entries(kw).filter(([k, v]) => k !== 'name' && v !== undefined).map(([k, v]) => `${k}=${v}`)].join(', ')})`;
    return { cls: 'Bidirectional', args: [inner], kw: {}, out: seq ? [shape[0], 2 * units] : [2 * units] };
  }
  return { cls, args: [String(units)], kw, out: seq ? [shape[0], units] : [units] };
}

function normLayer(ctx, shape) {
  const { r } = ctx;
  const c = shape[shape.length - 1];
  const kind = r.weighted([[3, 'BatchNormalization'], [2, 'LayerNormalization'], [c % 2 === 0 ? 1 : 0, 'GroupNormalization'], [0.5, 'UnitNormalization'], [0.5, 'RMSNormalization']]);
  const kw = {};
  if (kind === 'GroupNormalization') kw.groups = '2';
  if (kind === 'RMSNormalization') return { cls: kind, args: [], kw: r.chance(0.3) ? { epsilon: '1e-3' } : {}, out: shape };
  if (kind !== 'UnitNormalization') {
    if (r.chance(0.2)) kw.center = 'False';
    if (r.chance(0.2)) kw.scale = 'False';
    if (kind === 'BatchNormalization' && r.chance(0.2)) kw.momentum = '0.9';
    if (r.chance(0.15)) kw.gamma_initializer = r.pick(['"ones"', '"random_normal"']);
  }
  common(ctx, kw, { bias: false, init: null });
  return { cls: kind, args: [], kw, out: shape };
}

/** One layer accepting `shape` (features, no batch), with its output shape; null when none fits. */
function layerFor(ctx, shape, functional) {
  const { r } = ctx;
  const rank = shape.length;
  const choices = [[4, 'dense'], [2, 'norm'], [1, 'shapeless']];
  if (rank >= 2 && rank <= 4) choices.push([4, 'conv'], [1.5, 'pool'], [1, 'flatten']);
  if (rank === 2) choices.push([3, 'rnn']);
  if (rank === 2 && functional) choices.push([1, 'mha'], [0.5, 'attention']);
  if (rank === 1) choices.push([0.5, 'repeat'], [0.5, 'prelu']);
  const kind = r.weighted(choices);
  if (kind === 'dense') {
    const u = r.int(1, 8);
    const kw = { activation: r.chance(0.3) ? r.pick(['"relu"', '"tanh"', '"sigmoid"']) : undefined };
    return { cls: 'Dense', args: [String(u)], kw: common(ctx, kw), out: [...shape.slice(0, -1), u] };
  }
  if (kind === 'norm') return normLayer(ctx, shape);
  if (kind === 'conv') return convLayer(ctx, shape);
  if (kind === 'pool') return poolLayer(ctx, shape);
  if (kind === 'flatten') return { cls: 'Flatten', args: [], kw: {}, out: [shape.reduce((a, b) => a * b, 1)] };
  if (kind === 'rnn') return recurrent(ctx, shape);
  if (kind === 'repeat') { const n = r.int(2, 4); return { cls: 'RepeatVector', args: [String(n)], kw: {}, out: [n, shape[0]] }; }
  if (kind === 'prelu') return { cls: 'PReLU', args: [], kw: common(ctx, {}, { bias: false, init: 'alpha_initializer' }), out: shape };
  if (kind === 'mha') {
    const kw = { key_dim: String(r.int(1, 4)) };
    if (r.chance(0.3)) kw.value_dim = String(r.int(1, 3));
    if (r.chance(0.3)) kw.use_bias = 'False';
    return { cls: 'MultiHeadAttention', args: [`num_heads=${r.int(1, 3)}`], kw, out: shape, selfAttention: true };
  }
  if (kind === 'attention') {
    const cls = r.pick(['Attention', 'AdditiveAttention']);
    const kw = r.chance(0.4) ? { use_scale: 'True' } : {};
    return { cls, args: [], kw, out: shape, listCall: true };
  }
  return { cls: r.pick(['Dropout', 'Activation']), args: [r.pick(['0.5'])].map((a) => a), kw: {}, out: shape, fix: true };
}

function layerText(ctx, L) {
  if (L.fix) L.args = L.cls === 'Dropout' ? ['0.5'] : ['"relu"'];
  return call(`${ctx.K}layers.${L.cls}`, L.args, L.kw);
}

function inputShape(r) {
  const rank = r.weighted([[4, 1], [3, 2], [3, 3], [0.5, 4]]);
  return Array.from({ length: rank }, () => r.int(rank === 1 ? 2 : 3, rank === 1 ? 8 : 7));
}

const tuple = (s) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;

/** Layers for one model: [{ L, shape }] in order, each accepting the previous output. */
function stack(ctx, shape, n, functional) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const L = layerFor(ctx, shape, functional);
    if (!L) continue;
    out.push(L);
    shape = L.out;
  }
  return out;
}

/** An Embedding first layer over int token ids of length T: input shape [T], output [T, dim]. */
function embeddingStart(ctx) {
  const { r } = ctx;
  const t = r.int(2, 6);
  const dim = r.int(2, 6);
  const kw = {};
  if (r.chance(0.3)) kw.embeddings_initializer = r.pick(['"uniform"', '"normal"', '"zeros"', '"glorot_uniform"']);
  if (r.chance(0.1)) kw.trainable = 'False';
  return { input: [t], L: { cls: 'Embedding', args: [String(r.int(5, 50)), String(dim)], kw, out: [t, dim] } };
}

/** The model's input shape and first layers (an Embedding over int ids in some models). */
function modelLayers(ctx, functional) {
  const { r } = ctx;
  if (r.chance(0.15)) {
    const e = embeddingStart(ctx);
    return { shape: e.input, ints: true, layers: [e.L, ...stack(ctx, e.L.out, r.int(0, 4), functional)] };
  }
  const shape = inputShape(r);
  return { shape, ints: false, layers: stack(ctx, shape, r.int(1, 5), functional) };
}

function sequentialModel(ctx, m) {
  const { r, K } = ctx;
  const { shape, ints, layers } = modelLayers(ctx, false);
  const dt = ints ? ', dtype="int32"' : '';
  const style = r.weighted([[3, 'list'], [2, 'add'], [ints ? 0 : 2, 'build'], [0.3, 'unbuilt']]);
  const name = r.chance(0.2) ? `"net${m}"` : undefined;
  const v = `model${m}`;
  if (style === 'add') {
    return [stmt(call(`${v} = ${K}Sequential`, [], { name })), stmt(`${v}.add(${K}Input(shape=${tuple(shape)}${dt}))`),
      ...layers.map((L) => stmt({ ...layerText(ctx, L), fn: `${v}.add(${K}layers.${L.cls}`, tail: ')' }))];
  }
  const items = layers.map((L) => {
    const c = layerText(ctx, L);
    return `${c.fn}(${c.args.map((a) => a.text).join(', ')})`;
  });
  if (style === 'list') items.unshift(`${K}Input(shape=${tuple(shape)}${dt})`);
  const out = [stmt(call(`${v} = ${K}Sequential`, [`[${items.join(', ')}]`], { name }))];
  if (style === 'build') out.push(stmt(`${v}.build((None, ${shape.join(', ')}))`));
  return out;
}

function functionalModel(ctx, m) {
  const { r, K } = ctx;
  const { shape, ints, layers } = modelLayers(ctx, true);
  const inp = `inp${m}`;
  const out = [stmt(call(`${inp} = ${K}Input`, [], { shape: tuple(shape), dtype: ints ? '"int32"' : undefined, name: r.chance(0.2) ? `"in${m}"` : undefined }))];
  let x = inp;
  layers.forEach((L, k) => {
    const y = `h${m}_${k}`;
    out.push(stmt({ ...layerText(ctx, L), tail: L.selfAttention ? `(${x}, ${x})` : L.listCall ? `([${x}, ${x}])` : `(${x})`, fn: `${y} = ${K}layers.${L.cls}` }));
    x = y;
  });
  out.push(stmt(call(`model${m} = ${K}Model`, [inp, x], { name: r.chance(0.2) ? `"fn${m}"` : undefined })));
  return out;
}

/** An eager tf.Variable, sometimes under a name scope (eager names are not made unique). */
function eagerVariable(ctx, m) {
  const { r } = ctx;
  const v = stmt(call(`var${m} = tf.Variable`, [r.pick(['tf.zeros([3])', 'tf.ones([2, 2])', '1.5', 'tf.random.normal([4], stddev=0.5)'])],
    { name: r.chance(0.7) ? `"${r.pick(['step', 'scale', 'w'])}"` : undefined, trainable: r.chance(0.3) ? 'False' : undefined }));
  return r.chance(0.3) ? stmt('with tf.name_scope("outer")', [v]) : v;
}

/** A whole Keras 3 program (eager) as statement nodes. */
export function kerasProgram(r) {
  const K = r.pick(['keras.', 'tf.keras.']);
  const ctx = { r, K, names: new Set() };
  const head = [stmt('import tensorflow as tf', null, true)];
  if (K === 'keras.') head.push(stmt('import keras', null, true));
  const body = [];
  const models = r.weighted([[6, 1], [2, 2], [0.5, 3]]);
  for (let m = 0; m < models; m++) {
    if (r.chance(0.2)) body.push(eagerVariable(ctx, m));
    body.push(...(r.chance(0.5) ? sequentialModel(ctx, m) : functionalModel(ctx, m)));
  }
  return [...head, ...body];
}
