// tf.contrib.layers.optimize_loss as TF 1.15 runs it (contrib/layers/python/layers/optimizers.py): in variable_scope(name,
// "OptimizeLoss"), a `learning_rate` variable for a float rate, the decay function, the optimizer (name, class, instance or
// function of the rate), compute_gradients, an optional clipping function, apply_gradients(name="train") in that scope.
// Also TF 1.x's learning-rate decays (training/learning_rate_decay.py) as scalar tensors in graph mode.

import type { Args, CallSite } from '../interp';
import { freshId } from '../../tf/graph';
import { float, handle, NONE, str, unknown, type Value } from '../values';
import { bind, type ApiEntry, type BoundArgs } from './registry';
import { contribMissing } from './contribLayers';
import type { TfLibrary } from '../tflib';

/** OPTIMIZER_CLS_NAMES: the optimizer each name makes from the rate ("Momentum" with momentum=0.9). */
const BY_NAME: Readonly<Record<string, string>> = { Adagrad: 'Adagrad', Adam: 'Adam', Ftrl: 'Ftrl', Momentum: 'Momentum', RMSProp: 'RMSProp', SGD: 'GradientDescent' };

const PARAMS = ['loss', 'global_step', 'learning_rate', 'optimizer', 'gradient_noise_scale', 'gradient_multipliers', 'clip_gradients',
  'learning_rate_decay_fn', 'update_ops', 'variables', 'name', 'summaries', 'colocate_gradients_with_ops', 'increment_global_step'];

const mk = (pos: Value[], kw: [string, Value][] = []): Args => ({ pos, kw: new Map(kw), posNodes: pos.map(() => null), kwNodes: new Map() });

/** A TF1 optimizer object of `kind` (train.<kind>Optimizer) with these constructor arguments. */
function tf1Optimizer(tf: TfLibrary, kind: string, kw: [string, Value][]): Value {
  const id = freshId();
  tf.optim.optimizers.set(id, { kind, name: kind, a: bind(mk([], kw), ['learning_rate', 'momentum']), nonSlot: new Map() });
  return handle({ kind: 'optimizer', id });
}

function optimizeLoss(tf: TfLibrary, a: BoundArgs, site: CallSite): Value {
  const name = a.get('name') ?? NONE;
  const ctx = tf.scoping.variableScope(mk([name, str('OptimizeLoss')]), site, false) as Value & { t: 'ctx' };
  ctx.ctx.enter();
  try {
    const loss = a.get('loss') ?? unknown('loss');
    const rate = a.get('learning_rate') ?? NONE;
    let lr: Value = NONE;
    if (rate.t === 'tensor' || rate.t === 'var') lr = rate;
    else if (rate.t === 'float') {
      lr = tf.vars.getVariable(mk([str('learning_rate'), { t: 'list', items: [] }], [['trainable', { t: 'bool', v: false }],
        ['initializer', { t: 'init', spec: { kind: 'constant', value: rate.v, api: 'v1' } }]]), site, false);
    } else if (rate.t !== 'none') return unknown('optimize_loss with a learning rate the analysis does not know');
    const decay = a.get('learning_rate_decay_fn');
    if (rate.t !== 'none' && decay && decay.t !== 'none') lr = tf.interp.call(decay, mk([lr, a.get('global_step') ?? NONE]), site);
    const o = a.get('optimizer');
    let opt: Value;
    const byName = o?.t === 'str' ? BY_NAME[o.v] : undefined;
    if (byName) opt = tf1Optimizer(tf, byName, [['learning_rate', lr], ...(byName === 'Momentum' ? [['momentum', float(0.9)] as [string, Value]] : [])]);
    else if (o?.t === 'tf' && o.h?.kind === 'optimizer') opt = o;
    else if (o && o.t !== 'str' && o.t !== 'none') opt = tf.interp.call(o, rate.t === 'none' ? mk([]) : o.t === 'tf' ? mk([], [['learning_rate', lr]]) : mk([lr]), site);
    else return unknown('optimize_loss with an optimizer the analysis does not know');
    if (opt.t !== 'tf' || opt.h?.kind !== 'optimizer') return unknown('optimize_loss with an optimizer the analysis does not know');
    const obj = tf.optim.optimizers.get(opt.h.id)!;
    const variables = a.get('variables');
    // variables None: the trainable variables (compute_gradients' own default)
    let grads = tf.optim.optimizerMethod(obj, 'compute_gradients', mk([loss, variables ?? NONE]), site);
    const clip = a.get('clip_gradients');
    if (clip && clip.t !== 'none' && clip.t !== 'float' && clip.t !== 'int') grads = tf.interp.call(clip, mk([grads]), site);
    tf.optim.optimizerMethod(obj, 'apply_gradients', mk([grads], [['name', str('train')]]), site);
    return loss;
  } finally {
    ctx.ctx.exit();
  }
}

/**
 * TF 1.15's learning-rate decays (training/learning_rate_decay.py): in graph mode the schedule applied to the global
 * step, a scalar of the rate's dtype (convert_to_tensor: a Python float is float32; piecewise_constant takes its
 * values'); eagerly a function (not followed). No variables.
 */
function decayed(tf: TfLibrary, a: BoundArgs, rateKey: string): Value {
  if (tf.eager) return unknown('an eager learning-rate schedule (a function)');
  const r = a.get(rateKey);
  const first = r && (r.t === 'list' || r.t === 'tuple') ? r.items[0] : r;
  const dtype = first?.t === 'float' ? 'float32' : first?.t === 'tensor' || first?.t === 'var' ? tf.tensors.asTensor(first).dtype : null;
  if (!dtype) return unknown('a learning-rate schedule of a rate the analysis does not know');
  return { t: 'tensor', shape: [], dtype, deps: [] };
}

const DECAY = ['learning_rate', 'global_step', 'decay_steps', 'decay_rate', 'staircase', 'name'];

export const OPTIMIZE_LOSS_API: readonly ApiEntry[] = [
  ...['exponential_decay', 'natural_exp_decay', 'inverse_time_decay'].map((n): ApiEntry => ({ names: [`train.${n}`], params: DECAY, impl: (tf, a) => decayed(tf, a, 'learning_rate') })),
  {
    names: ['train.polynomial_decay'], params: ['learning_rate', 'global_step', 'decay_steps', 'end_learning_rate', 'power', 'cycle', 'name'],
    impl: (tf, a) => decayed(tf, a, 'learning_rate'),
  },
  { names: ['train.cosine_decay'], params: ['learning_rate', 'global_step', 'decay_steps', 'alpha', 'name'], impl: (tf, a) => decayed(tf, a, 'learning_rate') },
  { names: ['train.piecewise_constant'], params: ['x', 'boundaries', 'values', 'name'], impl: (tf, a) => decayed(tf, a, 'values') },
  { names: ['contrib.layers.optimize_loss'], params: PARAMS, impl: (tf, a, site, c) => (contribMissing(tf, site, c.root) ? unknown('tf.contrib') : optimizeLoss(tf, a, site)) },
];
