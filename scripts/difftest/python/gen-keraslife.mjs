// Random Keras 3 programs through their life for the Python differential tester (`--kind keraslife`): custom
// `keras.layers.Layer` subclasses with build / add_weight / call (keras.ops inside), subclasses of built-in layers,
// subclassed `keras.Model`s, models used in Sequential / functional / subclassed form, built by `build(shape)`, a
// call on data, or `fit`, compiled with string or object optimizers, losses and metrics, then
// fit / train_on_batch / evaluate / predict on tiny NumPy arrays. Shapes are tracked so most programs are valid.

import { call, stmt } from './program.mjs';

const INITS = ['"glorot_uniform"', '"zeros"', '"ones"', '"random_normal"', '"he_normal"', '"truncated_normal"'];
const OPT_STRINGS = ['"adam"', '"sgd"', '"rmsprop"', '"adamw"', '"adagrad"', '"nadam"', '"adamax"', '"adadelta"', '"lion"', '"ftrl"'];
const OPT_OBJECTS = ['keras.optimizers.Adam(learning_rate=1e-3)', 'keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)',
  'keras.optimizers.SGD()', 'keras.optimizers.RMSprop(momentum=0.5)', 'keras.optimizers.AdamW(weight_decay=0.01)',
  'keras.optimizers.Adam(amsgrad=True)', 'keras.optimizers.Nadam()', 'keras.optimizers.Adagrad()', 'keras.optimizers.RMSprop()',
  'keras.optimizers.SGD(nesterov=True, momentum=0.9)', 'keras.optimizers.Adamax()', 'keras.optimizers.Lion()'];
const METRICS = ['"mae"', '"mse"', 'keras.metrics.MeanAbsoluteError()', 'keras.metrics.RootMeanSquaredError()', '"mean_squared_error"',
  'keras.metrics.MeanSquaredError(name="err")', '"cosine_similarity"'];
const CLS_METRICS = ['"accuracy"', 'keras.metrics.SparseCategoricalAccuracy()', '"sparse_categorical_accuracy"', 'keras.metrics.SparseTopKCategoricalAccuracy(k=2)'];

/** The custom layer classes a program defines: source lines and how each changes a feature shape. */
const CUSTOM = {
  Linear: {
    src: (ctx) => [
      'class Linear(keras.layers.Layer):',
      '    def __init__(self, units, **kwargs):',
      '        super().__init__(**kwargs)',
      '        self.units = units',
      '    def build(self, input_shape):',
      `        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer=${ctx.r.pick(INITS)}${ctx.r.chance(0.6) ? ', name="w"' : ''})`,
      `        self.b = self.add_weight(shape=(self.units,), initializer="zeros"${ctx.r.chance(0.6) ? ', name="b"' : ''}${ctx.r.chance(0.2) ? ', trainable=False' : ''})`,
      '    def call(self, x):',
      '        return keras.ops.matmul(x, self.w) + self.b',
    ],
    make: (r) => { const u = r.int(1, 6); return { expr: `Linear(${u})`, out: (s) => [...s.slice(0, -1), u] }; },
  },
  Scale: {
    src: (ctx) => [
      'class Scale(keras.layers.Layer):',
      '    def build(self, input_shape):',
      `        self.gamma = self.add_weight(shape=(input_shape[-1],), initializer=${ctx.r.pick(['"ones"', '"zeros"', 'keras.initializers.Constant(0.5)'])}, name="gamma")`,
      '    def call(self, x):',
      `        return ${ctx.r.pick(['x * self.gamma', 'keras.ops.relu(x) * self.gamma', 'keras.ops.tanh(x * self.gamma)'])}`,
    ],
    make: () => ({ expr: 'Scale()', out: (s) => s }),
  },
  InitWeights: {
    src: () => [
      'class InitWeights(keras.layers.Layer):',
      '    def __init__(self, dim, units, **kwargs):',
      '        super().__init__(**kwargs)',
      '        self.kernel = self.add_weight(shape=(dim, units), initializer="glorot_uniform", name="kernel")',
      '    def call(self, x):',
      '        return keras.ops.matmul(x, self.kernel)',
    ],
    make: (r, s) => { const u = r.int(1, 5); return { expr: `InitWeights(${s[s.length - 1]}, ${u})`, out: (t) => [...t.slice(0, -1), u] }; },
  },
  Pool: {
    src: () => [
      'class Pool(keras.layers.Layer):',
      '    def call(self, x):',
      '        return keras.ops.mean(x, axis=1)',
    ],
    make: () => ({ expr: 'Pool()', out: (s) => s.slice(1) }), minRank: 2,
  },
  ScaledDense: {
    src: () => [
      'class ScaledDense(keras.layers.Dense):',
      '    def call(self, x):',
      '        return super().call(x) * 2.0',
    ],
    make: (r) => { const u = r.int(1, 6); return { expr: `ScaledDense(${u}${r.chance(0.3) ? ', use_bias=False' : ''})`, out: (s) => [...s.slice(0, -1), u] }; },
  },
  Block: {
    src: () => [
      'class Block(keras.layers.Layer):',
      '    def __init__(self, units, **kwargs):',
      '        super().__init__(**kwargs)',
      '        self.inner = keras.layers.Dense(units, activation="relu")',
      '        self.norm = keras.layers.LayerNormalization()',
      '    def call(self, x):',
      '        return self.norm(self.inner(x))',
    ],
    make: (r) => { const u = r.int(1, 6); return { expr: `Block(${u})`, out: (s) => [...s.slice(0, -1), u] }; },
  },
};

/** A built-in layer for a feature shape (no batch). */
function builtin(ctx, s) {
  const { r } = ctx;
  const kind = r.weighted([[5, 'dense'], [1, 'norm'], [1, 'drop'], [s.length === 2 ? 1 : 0, 'flat'], [s.length === 2 ? 1 : 0, 'gap'],
    [s.length === 2 ? 1 : 0, 'conv'], [s.length === 2 ? 1 : 0, 'lstm']]);
  if (kind === 'dense') {
    const u = r.int(1, 8);
    return { expr: `keras.layers.Dense(${u}${r.chance(0.3) ? ', activation="relu"' : ''})`, out: [...s.slice(0, -1), u] };
  }
  if (kind === 'norm') return { expr: r.pick(['keras.layers.BatchNormalization()', 'keras.layers.LayerNormalization()']), out: s };
  if (kind === 'drop') return { expr: 'keras.layers.Dropout(0.2)', out: s };
  if (kind === 'flat') return { expr: 'keras.layers.Flatten()', out: [s[0] * s[1]] };
  if (kind === 'gap') return { expr: 'keras.layers.GlobalAveragePooling1D()', out: [s[1]] };
  if (kind === 'conv') { const f = r.int(1, 4); return { expr: `keras.layers.Conv1D(${f}, 1)`, out: [s[0], f] }; }
  const u = r.int(1, 4);
  return { expr: `keras.layers.${r.pick(['LSTM', 'GRU', 'SimpleRNN'])}(${u})`, out: [u] };
}

/** A layer: custom (its class defined once) or built-in. */
function anyLayer(ctx, s) {
  const { r } = ctx;
  const names = Object.keys(CUSTOM).filter((k) => !CUSTOM[k].minRank || s.length >= CUSTOM[k].minRank);
  if (r.chance(0.55)) {
    const name = r.pick(names);
    const c = CUSTOM[name];
    ctx.used.add(name);
    const m = c.make(r, s);
    return { expr: m.expr, out: m.out(s) };
  }
  return builtin(ctx, s);
}

function layers(ctx, s, n) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const L = anyLayer(ctx, s);
    out.push(L);
    s = L.out;
  }
  if (s.length > 1) { out.push({ expr: 'keras.layers.Flatten()', out: [s.reduce((a, b) => a * b, 1)] }); s = out[out.length - 1].out; }
  return out;
}

/** A subclassed Model holding its layers as attributes (sometimes a list) and calling them in order. */
function subclassModel(ctx, Ls) {
  const { r } = ctx;
  const list = r.chance(0.3);
  const lines = ['class Net(keras.Model):', '    def __init__(self, **kwargs):', '        super().__init__(**kwargs)'];
  if (list) lines.push(`        self.blocks = [${Ls.map((L) => L.expr).join(', ')}]`);
  else Ls.forEach((L, i) => lines.push(`        self.l${i} = ${L.expr}`));
  lines.push('    def call(self, x):');
  if (list) lines.push('        for layer in self.blocks:', '            x = layer(x)');
  else Ls.forEach((_, i) => lines.push(`        x = self.l${i}(x)`));
  lines.push('        return x');
  return lines;
}

const shapeTuple = (s) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;

/** How the model is made: Sequential with Input / without, functional, or subclassed. */
function modelDef(ctx, inShape, Ls) {
  const { r } = ctx;
  const style = r.weighted([[3, 'seq'], [1, 'seqNoInput'], [2, 'functional'], [3, 'subclass']]);
  const named = r.chance(0.2) ? `name="${r.pick(['net', 'mlp', 'tiny'])}"` : '';
  if (style === 'subclass') return { classes: subclassModel(ctx, Ls), lines: [`model = Net(${named})`], built: false };
  if (style === 'functional') {
    const lines = [`inputs = keras.Input(shape=${shapeTuple(inShape)})`, 'x = inputs'];
    Ls.forEach((L) => lines.push(`x = ${L.expr}(x)`));
    lines.push(`model = keras.Model(inputs, x${named ? `, ${named}` : ''})`);
    return { classes: [], lines, built: true };
  }
  const items = Ls.map((L) => L.expr);
  if (style === 'seq') items.unshift(`keras.Input(shape=${shapeTuple(inShape)})`);
  return { classes: [], lines: [`model = keras.Sequential([${items.join(', ')}]${named ? `, ${named}` : ''})`], built: style === 'seq' };
}

/** compile(...) with string or object optimizer, loss and metrics (regression or sparse classification). */
function compileLine(ctx, cls) {
  const { r } = ctx;
  const kw = {};
  kw.optimizer = r.chance(0.5) ? r.pick(OPT_STRINGS) : r.pick(OPT_OBJECTS);
  if (r.chance(0.1)) delete kw.optimizer;
  kw.loss = cls ? r.pick(['"sparse_categorical_crossentropy"', 'keras.losses.SparseCategoricalCrossentropy(from_logits=True)'])
    : r.pick(['"mse"', '"mae"', 'keras.losses.MeanSquaredError()', '"huber"', 'keras.losses.Huber()']);
  if (r.chance(0.6)) kw.metrics = `[${Array.from({ length: r.int(1, 2) }, () => r.pick(cls ? CLS_METRICS : METRICS)).join(', ')}]`;
  return stmt(call('model.compile', [], kw));
}

/** The program's life after compile: fit / train_on_batch / evaluate / predict (some before compile). */
function life(ctx, inShape, out, cls, built) {
  const { r } = ctx;
  const n = r.pick([4, 8]);
  const x = `np.zeros((${n}, ${inShape.join(', ')}), "float32")`;
  const y = cls ? `np.zeros((${n},), "int32")` : `np.zeros((${n}, ${out}), "float32")`;
  const lines = [];
  const pre = r.weighted([[3, null], [1, 'build'], [1, 'call'], [0.5, 'predict']]);
  if (pre === 'build') lines.push(stmt(`model.build((None, ${inShape.join(', ')}))`));
  else if (pre === 'call') lines.push(stmt(`model(${x})`));
  else if (pre === 'predict') lines.push(stmt(`model.predict(${x}, verbose=0)`));
  if (r.chance(0.9)) {
    lines.push(compileLine(ctx, cls));
    const act = r.weighted([[5, 'fit'], [2, 'tob'], [1, 'eval'], [1, 'none']]);
    if (act === 'fit') lines.push(stmt(call('model.fit', [x, y], { epochs: '1', verbose: '0', batch_size: r.chance(0.5) ? '4' : undefined })));
    else if (act === 'tob') lines.push(stmt(`model.train_on_batch(${x}, ${y})`));
    else if (act === 'eval') lines.push(stmt(`model.evaluate(${x}, ${y}, verbose=0)`));
  }
  if (!built && r.chance(0.1)) lines.push(stmt('model.summary()'));
  return lines;
}

/** A whole Keras 3 life program as statement nodes. */
export function kerasLifeProgram(r) {
  const ctx = { r, used: new Set() };
  const rank = r.weighted([[4, 1], [1, 2]]);
  const inShape = Array.from({ length: rank }, () => r.int(2, 6));
  const Ls = layers(ctx, inShape, r.int(1, 4));
  const cls = r.chance(0.3);
  const classes = r.int(2, 4);
  if (cls) Ls.push({ expr: `keras.layers.Dense(${classes})`, out: [classes] });
  const out = Ls[Ls.length - 1].out[0];
  const m = modelDef(ctx, inShape, Ls);
  const head = [stmt('import numpy as np', null, true), stmt('import keras', null, true)];
  const defs = [...ctx.used].map((k) => CUSTOM[k].src(ctx)).concat(m.classes.length ? [m.classes] : []);
  const defNodes = defs.map((src) => stmt(src.join('\n'), null, true));
  return [...head, ...defNodes, ...m.lines.map((l) => stmt(l, null, m.lines.length > 1)), ...life(ctx, inShape, out, cls, m.built)];
}
