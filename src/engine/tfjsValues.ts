// Initial values of a TF.js program's variables made by TF.js itself: a layer weight by tfjs-layers' own
// initializer object (`tf.initializers.glorotNormal({seed})` ...), a `tf.variable` of a factory by tfjs-core's op
// (`tf.randomNormal(shape, mean, stddev, dtype, seed)` ...), on the engine's runtime (tfjs-node's own TF.js when it
// loaded, else the bundled core on wasm/cpu). A seeded draw is the program's own; an unseeded one is Math.random's.

import * as tfl from '@tensorflow/tfjs-layers';
import type { InitializerSpec, VariableInfo } from '../core/model';
import type { Runtime } from './backend';
import type { Values } from './initializers';

/** What TF.js made for one variable: its values, and whether they are the program's own (seeded) values. */
export interface TfjsMade {
  values: Values;
  exact: boolean;
  note?: string;
}

type Initializers = typeof tfl.initializers;
type Tensorish = { dataSync(): ArrayLike<number>; dispose(): void };
const RANDOM = new Set(['random_normal', 'truncated_normal', 'random_uniform', 'orthogonal', 'variance_scaling', 'glorot_normal', 'glorot_uniform', 'he_normal', 'he_uniform', 'lecun_normal', 'lecun_uniform']);

/** True when TF.js makes this variable's values (an initializer of a TF.js program). */
export function madeByTfjs(v: VariableInfo): boolean {
  return v.initializer.api === 'tfjs' && v.initializer.kind !== 'unknown' && !v.initializer.post;
}

const MODE: Record<string, string> = { fan_in: 'fanIn', fan_out: 'fanOut', fan_avg: 'fanAvg' };

/** The tfjs-layers initializer object for a spec (the class the program named, with its config). */
function initializerOf(inits: Initializers, spec: InitializerSpec): { apply(shape: number[], dtype?: 'float32' | 'int32'): Tensorish } | null {
  const s = spec as unknown as Record<string, number | string | undefined>;
  const seed = typeof s.seed === 'number' ? s.seed : undefined;
  switch (spec.kind) {
    case 'zeros': return inits.zeros();
    case 'ones': return inits.ones();
    case 'constant': return typeof s.value === 'number' ? inits.constant({ value: s.value }) : null;
    case 'random_normal': return inits.randomNormal({ mean: s.mean as number, stddev: s.stddev as number, seed });
    case 'truncated_normal': return inits.truncatedNormal({ mean: s.mean as number, stddev: s.stddev as number, seed });
    case 'random_uniform': return inits.randomUniform({ minval: s.minval as number, maxval: s.maxval as number, seed });
    case 'orthogonal': return inits.orthogonal({ gain: s.gain as number, seed });
    case 'identity': return inits.identity({ gain: s.gain as number });
    default: {
      // variance scaling and its named helpers: TF.js's glorotNormal & co. are VarianceScaling with these options
      const mode = MODE[String(s.mode)];
      const distribution = s.distribution === 'truncated_normal' ? 'normal' : s.distribution === 'uniform' ? 'uniform' : null;
      if (typeof s.scale !== 'number' || !mode || !distribution) return null;
      return inits.varianceScaling({ scale: s.scale, mode: mode as 'fanIn', distribution, seed });
    }
  }
}

/** A `tf.variable(tf.randomNormal(...))`: the factory op itself (its arguments are taken as given, 0 included). */
function factoryTensor(tf: Runtime['tf'], spec: InitializerSpec, shape: number[], dtype: 'float32' | 'int32'): Tensorish | null {
  const s = spec as unknown as Record<string, number | undefined>;
  const seed = typeof s.seed === 'number' ? s.seed : undefined;
  switch (spec.kind) {
    case 'random_normal': return tf.randomNormal(shape, s.mean as number, s.stddev as number, dtype as 'float32', seed);
    case 'truncated_normal': return tf.truncatedNormal(shape, s.mean as number, s.stddev as number, dtype as 'float32', seed);
    case 'random_uniform': return tf.randomUniform(shape, s.minval as number, s.maxval as number, dtype, seed);
    default: return null;
  }
}

/**
 * The tensor methods tfjs-layers' Orthogonal calls (`rMat.flatten().stridedSlice(...)`, `.sign()`, `.transpose()`,
 * `.reshape()`): the `@tensorflow/tfjs` package adds them to tfjs-core's Tensor; the engine loads the core alone,
 * so they are added here as the same ops when missing.
 */
function ensureTensorMethods(tf: Runtime['tf']): void {
  const proto = tf.Tensor.prototype as unknown as Record<string, unknown>;
  const ops = tf as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const k of ['stridedSlice', 'sign', 'transpose', 'reshape']) {
    if (typeof proto[k] !== 'function') proto[k] = function (this: unknown, ...a: unknown[]) { return ops[k]!(this, ...a); };
  }
  if (typeof proto.flatten !== 'function') proto.flatten = function (this: { size: number }) { return ops.reshape!(this, [this.size]); };
}

/** Makes `v`'s values with TF.js on `rt`; null when TF.js has no object for its initializer here. */
export function tfjsValues(rt: Runtime, v: VariableInfo, shape: number[]): TfjsMade | null {
  const s = v.initializer;
  const seed = (s as { seed?: unknown }).seed;
  const dtype = v.dtype === 'int32' ? 'int32' : 'float32';
  if (v.dtype !== 'float32' && v.dtype !== 'int32') return null;
  // tfjs-node's module is the whole TF.js (its own core and layers); the bundled core pairs with the bundled layers
  ensureTensorMethods(rt.tf);
  const inits = ((rt.tf as unknown as { initializers?: Initializers }).initializers) ?? tfl.initializers;
  const t = v.api === 'tfjs.variable' ? factoryTensor(rt.tf, s, shape, dtype) ?? initializerOf(inits, s)?.apply(shape, dtype) : initializerOf(inits, s)?.apply(shape, dtype);
  if (!t) return null;
  try {
    const d = t.dataSync();
    const values = d instanceof Float32Array || d instanceof Int32Array ? d.slice() : dtype === 'int32' ? Int32Array.from(d) : Float32Array.from(d);
    if (!RANDOM.has(s.kind)) return { values, exact: true };
    if (typeof seed !== 'number') {
      return { values, exact: false, note: 'unseeded: TF.js draws this initializer from Math.random (no seed in the program), so every run differs; these are one such draw by TF.js itself' };
    }
    if (s.kind === 'orthogonal' && rt.backend !== 'cpu') {
      return { values, exact: true, note: `made by TF.js's own Orthogonal with seed ${seed} on the ${rt.backend} backend; its QR may differ in the last bits from a run on another backend` };
    }
    return { values, exact: true, note: `made by TF.js's own ${s.display ?? s.kind} with seed ${seed}: the values the program's run gets` };
  } finally {
    t.dispose();
  }
}
