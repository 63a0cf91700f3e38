// Random but valid TF.js layer specs: for an input shape, a layer of a kind the TF.js column of the layer table
// models (src/core/layers/rows), with random options in TF.js's spelling (units, filters, kernel sizes, strides,
// padding, activation, useBias, initializers as strings or seeded tf.initializers objects, custom names,
// trainable). Contract: deterministic in the Rng; the result's outputShape (shapes.ts) is known and positive.

import type { Rng } from './prng';
import { outputShape, type Shape } from './shapes';
import { Code, type LayerSpec, type Lit } from './spec';

/** Names handed out in one program (custom layer names are unique unless a duplicate is drawn on purpose). */
export interface NameState {
  next: number;
  used: string[];
}

const ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'linear', 'softmax', 'elu', 'selu', 'softplus', 'relu6', 'hardSigmoid'];
const INIT_STRINGS = ['zeros', 'ones', 'glorotNormal', 'glorotUniform', 'heNormal', 'heUniform', 'leCunNormal', 'leCunUniform', 'randomNormal', 'randomUniform', 'truncatedNormal'];

/** An initializer option: a string, or a `tf.initializers.*` object (some with a seed). */
export function initializer(r: Rng, twoD: boolean): Lit {
  if (r.chance(0.5)) return r.pick(twoD ? [...INIT_STRINGS, 'orthogonal'] : INIT_STRINGS);
  const seed = r.chance(0.5) ? `seed: ${r.int(0, 99)}` : '';
  const withSeed = (s: string): string => [s, seed].filter(Boolean).join(', ');
  const k = r.int(0, twoD ? 8 : 7);
  // Every tf.initializers factory but zeros() and ones() takes a config object (TF.js's typings require it).
  const f = (name: string, args: string): Code => new Code(`tf.initializers.${name}(${args ? `{ ${args} }` : name === 'zeros' || name === 'ones' ? '' : '{}'})`);
  switch (k) {
    case 0: return f('randomNormal', withSeed(`mean: ${r.chance(0.2) ? 0 : r.float(-1, 1)}, stddev: ${r.float(0.01, 2)}`));
    case 1: return f('randomUniform', withSeed(`minval: ${r.chance(0.2) ? 0 : r.float(-1, 0)}, maxval: ${r.float(0.01, 1)}`));
    case 2: return f('truncatedNormal', withSeed(`stddev: ${r.float(0.01, 1)}`));
    case 3: return f('constant', `value: ${r.float(-2, 2)}`);
    case 4: {
      const mode = r.pick(['fanIn', 'fanOut', 'fanAvg']);
      const dist = r.pick(['normal', 'uniform', 'truncatedNormal']);
      return f('varianceScaling', withSeed(`scale: ${r.float(0.1, 3)}, mode: '${mode}', distribution: '${dist}'`));
    }
    case 5: return f(r.pick(['glorotUniform', 'glorotNormal', 'heNormal', 'heUniform', 'leCunNormal', 'leCunUniform']), seed);
    case 6: return f(r.pick(['zeros', 'ones']), '');
    case 7: return f('randomNormal', withSeed(''));
    default: return f('orthogonal', withSeed(r.chance(0.5) ? `gain: ${r.float(0.5, 2)}` : ''));
  }
}

function common(r: Rng, names: NameState, o: Record<string, Lit>, activation: boolean): void {
  if (activation && r.chance(0.3)) o['activation'] = r.pick(ACTIVATIONS);
  if (r.chance(0.15)) {
    const dup = names.used.length && r.chance(0.1);
    const odd = r.chance(0.1) ? r.pick(['/sub', '.v2', '-x', ' sp', '_']) : '';
    const name = dup ? r.pick(names.used) : `l${names.next++}_${r.pick(['a', 'dense', 'x', 'conv', 'rnn'])}${odd}`;
    names.used.push(name);
    o['name'] = name;
  }
  if (r.chance(0.08)) o['trainable'] = false;
}

function kernelBias(r: Rng, o: Record<string, Lit>, kernelKey: string, twoD: boolean): void {
  if (r.chance(0.2)) o['useBias'] = false;
  if (r.chance(0.35)) o[kernelKey] = initializer(r, twoD);
  if (o['useBias'] !== false && r.chance(0.2)) o['biasInitializer'] = initializer(r, false);
}

/** kernelSize / strides / poolSize: a number or a tuple of `rank`. */
function sizes(r: Rng, rank: number, lo: number, hi: number): Lit {
  if (r.chance(0.5)) return r.int(lo, hi);
  return Array.from({ length: rank }, () => r.int(lo, hi));
}

function conv(r: Rng, names: NameState, factory: string, rank: number): LayerSpec {
  const o: Record<string, Lit> = {};
  const depthwise = factory === 'depthwiseConv2d';
  if (!depthwise) o['filters'] = r.int(1, 6);
  o['kernelSize'] = sizes(r, rank, 1, 3);
  if (r.chance(0.3)) o['strides'] = sizes(r, rank, 1, 2);
  if (r.chance(0.5)) o['padding'] = r.pick(factory === 'conv1d' ? ['valid', 'same', 'causal'] : ['valid', 'same']);
  if (!o['strides'] && /^conv[12]d$/.test(factory) && r.chance(0.15)) o['dilationRate'] = r.int(1, 2);
  if (depthwise || factory === 'separableConv2d') {
    if (r.chance(0.5)) o['depthMultiplier'] = r.int(1, 3);
    if (r.chance(0.3)) o['depthwiseInitializer'] = initializer(r, false);
    if (factory === 'separableConv2d' && r.chance(0.3)) o['pointwiseInitializer'] = initializer(r, false);
    if (r.chance(0.2)) o['useBias'] = false;
  } else kernelBias(r, o, 'kernelInitializer', false);
  if (r.chance(0.1)) o['dataFormat'] = 'channelsLast';
  common(r, names, o, true);
  return { factory, opts: o };
}

function pool(r: Rng, names: NameState, factory: string, rank: number): LayerSpec {
  const o: Record<string, Lit> = {};
  if (r.chance(0.6)) o['poolSize'] = sizes(r, rank, 1, 3);
  if (r.chance(0.3)) o['strides'] = sizes(r, rank, 1, 2);
  if (r.chance(0.4)) o['padding'] = r.pick(['valid', 'same']);
  if (r.chance(0.1)) o['dataFormat'] = 'channelsLast';
  common(r, names, o, false);
  return { factory, opts: o };
}

function rnn(r: Rng, names: NameState, factory: string, inWrapper: boolean): LayerSpec {
  const o: Record<string, Lit> = { units: r.int(1, 6) };
  if (r.chance(0.4)) o['returnSequences'] = true;
  if (r.chance(0.2)) o['activation'] = r.pick(['tanh', 'relu', 'sigmoid']);
  if (factory !== 'simpleRNN' && r.chance(0.2)) o['recurrentActivation'] = r.pick(['sigmoid', 'hardSigmoid']);
  if (r.chance(0.3)) o['recurrentInitializer'] = initializer(r, true);
  kernelBias(r, o, 'kernelInitializer', true);
  if (factory === 'lstm' && r.chance(0.3)) o['unitForgetBias'] = r.chance(0.5);
  if (!inWrapper) common(r, names, o, false);
  return { factory, opts: o };
}

function normalization(r: Rng, names: NameState, factory: string, x: Shape): LayerSpec {
  const o: Record<string, Lit> = {};
  if (r.chance(0.2)) o['axis'] = r.chance(0.5) ? -1 : x.length;
  if (r.chance(0.2)) o['epsilon'] = r.pick([0.001, 0.01, 1e-5]);
  if (r.chance(0.2)) o['center'] = false;
  if (r.chance(0.2)) o['scale'] = false;
  if (r.chance(0.2)) o['betaInitializer'] = initializer(r, false);
  if (r.chance(0.2)) o['gammaInitializer'] = initializer(r, false);
  if (factory === 'batchNormalization') {
    if (r.chance(0.2)) o['momentum'] = r.pick([0.9, 0.99]);
    if (r.chance(0.2)) o['movingMeanInitializer'] = initializer(r, false);
    if (r.chance(0.2)) o['movingVarianceInitializer'] = initializer(r, false);
  }
  common(r, names, o, false);
  return { factory, opts: o };
}

function dense(r: Rng, names: NameState): LayerSpec {
  const o: Record<string, Lit> = { units: r.int(1, 8) };
  kernelBias(r, o, 'kernelInitializer', true);
  common(r, names, o, true);
  return { factory: 'dense', opts: o };
}

function simple(r: Rng, names: NameState, factory: string, x: Shape = []): LayerSpec {
  const o: Record<string, Lit> = {};
  if (factory === 'dropout') o['rate'] = r.pick([0.1, 0.25, 0.5]);
  if (factory === 'activation') o['activation'] = r.pick(ACTIVATIONS);
  // the advanced activation layers' options (tfjs-layers advanced_activations.ts)
  if ((factory === 'leakyReLU' || factory === 'elu') && r.chance(0.5)) o['alpha'] = r.pick([0.1, 0.3, 1]);
  if (factory === 'reLU' && r.chance(0.5)) o['maxValue'] = r.pick([1, 6]);
  if (factory === 'prelu' && r.chance(0.4)) o['alphaInitializer'] = initializer(r, false);
  if (factory === 'prelu' && x.length > 1 && r.chance(0.4)) o['sharedAxes'] = r.chance(0.5) ? [1] : Array.from({ length: x.length - 1 }, (_, i) => i + 1);
  // UpSampling2D's size is a pair only (a number makes TF.js's output shape NaN: its typings say number[]).
  if (factory === 'upSampling2d' && r.chance(0.5)) o['size'] = [r.int(1, 3), r.int(1, 3)];
  if (factory === 'zeroPadding2d' && r.chance(0.7)) {
    o['padding'] = r.pick([r.int(0, 2), [r.int(0, 2), r.int(0, 2)], [[r.int(0, 2), r.int(0, 2)], [r.int(0, 2), r.int(0, 2)]]]);
  }
  common(r, names, o, false);
  return { factory, opts: o };
}

/** A reshape of `x` to another factorization of its size. */
function reshape(r: Rng, names: NameState, x: Shape): LayerSpec {
  const n = x.reduce((a, b) => a * b, 1);
  const divisors = Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);
  const a = r.pick(divisors);
  const target = r.chance(0.5) ? [a, n / a] : [n];
  const s = simple(r, names, 'reshape');
  s.opts = { targetShape: target, ...s.opts };
  return s;
}

function wrapper(r: Rng, names: NameState, factory: string): LayerSpec {
  const o: Record<string, Lit> = {};
  let inner: LayerSpec;
  if (factory === 'bidirectional') {
    inner = rnn(r, names, r.pick(['lstm', 'gru', 'simpleRNN']), true);
    if (r.chance(0.5)) o['mergeMode'] = r.pick(['concat', 'sum', 'mul', 'ave']);
  } else {
    inner = { factory: 'dense', opts: { units: r.int(1, 6) } };
    if (r.chance(0.3)) inner.opts['kernelInitializer'] = initializer(r, true);
  }
  common(r, names, o, false);
  return { factory, opts: o, inner };
}

function convLstm(r: Rng, names: NameState): LayerSpec {
  const o: Record<string, Lit> = { filters: r.int(1, 3), kernelSize: sizes(r, 2, 1, 3) };
  if (r.chance(0.5)) o['padding'] = r.pick(['valid', 'same']);
  if (r.chance(0.4)) o['returnSequences'] = true;
  if (r.chance(0.3)) o['unitForgetBias'] = r.chance(0.5);
  kernelBias(r, o, 'kernelInitializer', false);
  common(r, names, o, false);
  return { factory: 'convLstm2d', opts: o };
}

/** Factories worth trying on an input of rank `rank` (batch excluded). */
const BY_RANK: Record<number, string[]> = {
  1: ['dense', 'dense', 'dense', 'dropout', 'activation', 'batchNormalization', 'layerNormalization', 'reshape', 'leakyReLU', 'prelu', 'elu'],
  2: ['dense', 'conv1d', 'conv1d', 'maxPooling1d', 'averagePooling1d', 'globalMaxPooling1d', 'globalAveragePooling1d', 'lstm', 'gru',
    'simpleRNN', 'bidirectional', 'timeDistributed', 'flatten', 'layerNormalization', 'batchNormalization', 'dropout', 'reshape', 'reLU', 'softmax', 'prelu'],
  3: ['conv2d', 'conv2d', 'depthwiseConv2d', 'separableConv2d', 'conv2dTranspose', 'maxPooling2d', 'averagePooling2d', 'globalMaxPooling2d',
    'globalAveragePooling2d', 'upSampling2d', 'zeroPadding2d', 'flatten', 'batchNormalization', 'dense', 'timeDistributed', 'reshape', 'leakyReLU', 'prelu'],
  4: ['conv3d', 'conv3dTranspose', 'maxPooling3d', 'averagePooling3d', 'convLstm2d', 'flatten', 'batchNormalization'],
};

function make(r: Rng, names: NameState, factory: string, x: Shape): LayerSpec {
  switch (factory) {
    case 'dense': return dense(r, names);
    case 'conv1d': return conv(r, names, factory, 1);
    case 'conv2d': case 'depthwiseConv2d': case 'separableConv2d': case 'conv2dTranspose': return conv(r, names, factory, 2);
    case 'conv3d': case 'conv3dTranspose': return conv(r, names, factory, 3);
    case 'maxPooling1d': case 'averagePooling1d': return pool(r, names, factory, 1);
    case 'maxPooling2d': case 'averagePooling2d': return pool(r, names, factory, 2);
    case 'maxPooling3d': case 'averagePooling3d': return pool(r, names, factory, 3);
    case 'lstm': case 'gru': case 'simpleRNN': return rnn(r, names, factory, false);
    case 'batchNormalization': case 'layerNormalization': return normalization(r, names, factory, x);
    case 'bidirectional': case 'timeDistributed': return wrapper(r, names, factory);
    case 'convLstm2d': return convLstm(r, names);
    case 'reshape': return reshape(r, names, x);
    default: return simple(r, names, factory, x);
  }
}

/** A random layer that takes `x` (no batch axis), with its output shape; a dense layer when nothing else fits. */
export function randomLayer(r: Rng, names: NameState, x: Shape): { spec: LayerSpec; out: Shape } {
  const choices = BY_RANK[x.length] ?? ['flatten'];
  for (let tries = 0; tries < 12; tries++) {
    const spec = make(r, names, r.pick(choices), x);
    const out = outputShape(spec, x);
    // Keep tensors small: TF.js's orthogonal initializer and big kernels are slow on the CPU backend.
    if (out && out.reduce((a, b) => a * b, 1) <= 4096) return { spec, out };
  }
  const spec = dense(r, names);
  return { spec, out: outputShape(spec, x)! };
}

/** A random input shape of rank 1..4 (small dims). */
export function randomInputShape(r: Rng): Shape {
  const rank = r.pick([1, 1, 2, 2, 3, 3, 4]);
  if (rank === 1) return [r.int(1, 10)];
  if (rank === 2) return [r.int(2, 8), r.int(1, 6)];
  if (rank === 3) return [r.int(3, 9), r.int(3, 9), r.int(1, 4)];
  return [r.int(2, 4), r.int(3, 6), r.int(3, 6), r.int(1, 3)];
}
