// Rows: normalization layers (BatchNormalization with its non-trainable moving statistics, Layer/Group/RMS/
// Unit normalization, Keras's preprocessing Normalization) and tf.contrib.layers.layer_norm, which TF1 code
// uses under the `LayerNorm` scope with beta before gamma.
// Contract: data and small pure rules only.

import { axesShape, pyTuple, sameShape } from '../shapes';
import type { ConfigReader, CtorCheck, LayerRow, Rule, Shape, SpecialInit } from '../types';
import { DRAWS_BATCH_NORM, DRAWS_NORM, NO_DRAWS, ones, TF1_KEYS, zeros } from './common';

const SCALE: Rule<boolean> = (c) => c.bool('scale', true);
const RENORM = (c: ConfigReader): boolean => c.bool('renorm', false);
const SQRT = (): SpecialInit => ({ kind: 'sqrt' });
const CLONE = (): SpecialInit => ({ kind: 'clone' });
const CENTER: Rule<boolean> = (c) => c.bool('center', true);
/** Normalization given no `mean` learns its statistics (adapt). */
const NO_MEAN: Rule<boolean> = (c) => !c.has('mean');
/** layer_norm's parameter shape: inputs.shape[begin_params_axis:]. */
const paramsShape = (c: ConfigReader, x: Shape): Shape => {
  const a = c.int('begin_params_axis', -1);
  return x && a !== null ? x.slice(a) : null;
};


/** GroupNormalization.build's checks of the channel axis against `groups` (keras/src/layers/normalization/group_normalization.py). */
const groupNormBuildError: Rule<{ type: string; message: string } | null> = (c, x, m) => {
  const axis = c.int('axis', -1);
  if (!x || axis === null || axis >= x.length || axis < -x.length) return null;
  const dim = x[axis < 0 ? x.length + axis : axis]!;
  if (dim === null) {
    // only a None TensorFlow has: a dim the analysis lost raises nothing
    return m.definite ? { type: 'ValueError', message: `Axis ${axis} of input tensor should have a defined dimension but the layer received an input with shape ${pyTuple(x)}.` } : null;
  }
  let groups = c.int('groups', 32);
  if (groups === -1) groups = dim;
  if (groups === null) return null;
  if (dim < groups) return { type: 'ValueError', message: `Number of groups (${groups}) cannot be more than the number of channels (${dim}).` };
  if (dim % groups !== 0) return { type: 'ValueError', message: `Number of groups (${groups}) must be a multiple of the number of channels (${dim}).` };
  return null;
};

/**
 * Keras 3.15 BatchNormalization.__init__ with renorm=True: `renorm_clipping or {}` may hold only rmax/rmin/dmax,
 * rmax >= rmin, dmax >= 0 (the last two messages are plain strings in Keras: their braces print as written).
 */
const RENORM_CLIPPING: CtorCheck = (c) => {
  if (!RENORM(c) || !c.has('renorm_clipping')) return null;
  const v = c.value('renorm_clipping');
  if (!v || v.kind !== 'dict' || !v.entries) return null;
  if (v.entries.some(([k]) => !['rmax', 'rmin', 'dmax'].includes(k))) {
    return `Received invalid keys for \`renorm_clipping\` argument: ${v.repr}. Supported values: ['rmax', 'rmin', 'dmax'].`;
  }
  const get = (k: string): number | null | undefined => {
    const e = v.entries!.find(([key]) => key === k)?.[1];
    return !e || e.kind === 'none' ? null : e.num;
  };
  const [rmax, rmin, dmax] = [get('rmax'), get('rmin'), get('dmax')];
  if (rmax === undefined || rmin === undefined || dmax === undefined) return null; // not numbers we can compare
  if (rmax !== null && rmin !== null && rmax < rmin) return 'rmax should be greater than rmin in the `renorm_clipping` argument. Received: rmax={rmax}, rmin={rmin}.';
  if (dmax !== null && dmax < 0) return 'dmax should be non-negative in the `renorm_clipping` argument. Received: dmax={dmax}.';
  return null;
};

/** Keras 3.15 LayerNormalization.__init__: `axis` is a list/tuple (kept) or an int, else a TypeError. */
const AXIS_INT_OR_LIST: CtorCheck = (c) => {
  const v = c.value('axis');
  if (!v || ['int', 'bool', 'list', 'tuple'].includes(v.kind)) return null;
  return { type: 'TypeError', message: `Expected an int or a list/tuple of ints for the argument 'axis', but received: ${v.repr}` };
};

export const NORMALIZATION_ROWS: readonly LayerRow[] = [
  {
    cls: 'BatchNormalization',
    keras: { params: ['axis', 'momentum', 'epsilon'], draws: DRAWS_BATCH_NORM, checks: [RENORM_CLIPPING] },
    tf1: { names: ['batch_normalization'], scope: 'batch_normalization', params: [], aliases: TF1_KEYS },
    tfjs: { factory: 'batchNormalization' },
    weights: [
      { name: 'gamma', shape: axesShape, init: ones('gamma_initializer'), when: SCALE },
      { name: 'beta', shape: axesShape, init: zeros('beta_initializer'), when: CENTER },
      { name: 'moving_mean', shape: axesShape, init: zeros('moving_mean_initializer'), trainable: false },
      { name: 'moving_variance', shape: axesShape, init: ones('moving_variance_initializer'), trainable: false },
      // renorm=True (keras/src/layers/normalization/batch_normalization.py build; Keras 2's in TF 2.x,
      // tensorflow/python/keras/layers/normalization/batch_normalization.py, names them alike)
      { name: 'moving_stddev', shape: axesShape, init: ones('moving_variance_initializer'), trainable: false, when: RENORM, special: SQRT },
      { name: 'renorm_mean', shape: axesShape, init: zeros('moving_mean_initializer'), trainable: false, when: RENORM, special: CLONE },
      { name: 'renorm_stddev', shape: axesShape, init: ones('moving_variance_initializer'), trainable: false, when: RENORM, special: SQRT },
    ],
    // TF 1.x's tf.layers renorm made renorm_mean_weight / renorm_stddev_weight in some releases; which form TF 1.15's
    // makes is not recorded here (no TF 1.15 to run): not modelled, rather than a guess. TF.js has no renorm.
    unsupported: { tf1: RENORM, tfjs: RENORM },
    // TF1's batch_normalization is Keras 2's (tensorflow/python/layers/normalization.py at v1.15.0): `axis` sizes
    // the parameters there too.
    output: sameShape,
  },
  {
    cls: 'LayerNormalization',
    keras: { params: ['axis', 'epsilon'], draws: DRAWS_NORM, named: [AXIS_INT_OR_LIST] },
    tfjs: { factory: 'layerNormalization' },
    weights: [
      // rms_scaling: gamma only (Keras 3).
      { name: 'gamma', shape: axesShape, init: ones('gamma_initializer'), when: (c, x, m) => c.bool('rms_scaling', false) || SCALE(c, x, m) },
      { name: 'beta', shape: axesShape, init: zeros('beta_initializer'), when: (c, x, m) => !c.bool('rms_scaling', false) && CENTER(c, x, m) },
    ],
    output: sameShape,
    // TF.js's LayerNormalization as modelled normalizes the last axis.
    ignores: { tfjs: ['axis', 'rms_scaling'] },
  },
  {
    cls: 'GroupNormalization',
    keras: {
      params: ['groups', 'axis', 'epsilon'], draws: DRAWS_NORM,
      intArgs: [{
        key: 'groups', allow: [-1],
        message: 'Received an invalid value for argument `groups`, expected a positive integer (or `-1` for instance normalization). Received: groups={value}',
      }],
    },
    weights: [
      { raise: groupNormBuildError },
      { name: 'gamma', shape: axesShape, init: ones('gamma_initializer'), when: SCALE },
      { name: 'beta', shape: axesShape, init: zeros('beta_initializer'), when: CENTER },
    ],
    output: sameShape,
  },
  {
    cls: 'RMSNormalization',
    keras: { params: ['axis', 'epsilon'], draws: NO_DRAWS },
    weights: [{ name: 'scale', shape: axesShape, init: ones('scale_initializer') }],
    output: sameShape,
  },
  { cls: 'UnitNormalization', keras: { params: ['axis'], draws: NO_DRAWS }, output: sameShape },
  {
    // keras/src/layers/preprocessing/normalization.py: build (by adapt or the first call) makes the statistics
    // when no `mean` is given: mean and variance over the kept axes, and an int64 `count`, none trainable.
    cls: 'Normalization', keras: { params: ['axis', 'mean', 'variance'], draws: NO_DRAWS },
    weights: [
      { name: 'mean', shape: axesShape, init: zeros(null), trainable: false, when: NO_MEAN },
      { name: 'variance', shape: axesShape, init: ones(null), trainable: false, when: NO_MEAN },
      { name: 'count', shape: () => [], init: zeros(null), trainable: false, when: NO_MEAN, dtype: 'int64' },
    ],
    output: sameShape,
  },
  {
    // tf.contrib.layers.layer_norm (TF 1.15 layers.py): beta then gamma of shape inputs.shape[begin_params_axis:]
    // (a Python slice: -1 is the last axis), initializers not configurable.
    cls: 'LayerNorm',
    tf1: { names: ['layer_norm'], scope: 'LayerNorm', params: ['center', 'scale', 'activation_fn', 'reuse', 'variables_collections'], aliases: TF1_KEYS },
    weights: [
      { name: 'beta', shape: paramsShape, init: zeros(null), when: CENTER },
      { name: 'gamma', shape: paramsShape, init: ones(null), when: SCALE },
    ],
    output: sameShape,
  },
];
