// Pieces the layer rows share: the usual initializer declarations (kernel, bias, recurrent) with each
// framework's default, the use_bias condition, the Keras 3 constructor seed-draw steps (checked against
// Keras 3.15's constructors).
// Contract: constants and one-line rules only.

import { fw, type InitDecl, type KerasCtorStep, type Rule } from '../types';

/** Keras 3 and Keras 2 glorot_uniform; TF1 layers: none (the variable scope's default); TF.js: glorotNormal. */
export const KERNEL: InitDecl = { key: 'kernel_initializer', dflt: fw<string | null>('glorot_uniform', { tf1: null, tfjs: 'glorotNormal' }) };
export const BIAS: InitDecl = { key: 'bias_initializer', dflt: 'zeros' };
export const RECURRENT: InitDecl = { key: 'recurrent_initializer', dflt: 'orthogonal' };
/** An initializer that is 'ones' by default in every framework (TF1 and TF.js spell it alike). */
export const ones = (key: string | null): InitDecl => ({ key, dflt: 'ones' });
export const zeros = (key: string | null): InitDecl => ({ key, dflt: 'zeros' });

/** TF1's keyword spellings of Keras keys (tf.contrib.layers: `num_outputs`, `weights_initializer`, `biases_initializer`). */
export const TF1_KEYS: Readonly<Record<string, string>> = {
  num_outputs: 'units', weights_initializer: 'kernel_initializer', biases_initializer: 'bias_initializer',
};

export const USE_BIAS: Rule<boolean> = (c) => c.bool('use_bias', true);

// ---------------------------------------------------------------------------------------------- Keras 3 draws

const I = (init: string, dflt: string): KerasCtorStep => ({ init, dflt });
export const SEED_GEN: KerasCtorStep = { seedGen: true };
/** kernel_initializer, bias_initializer. */
export const DRAWS_KB: readonly KerasCtorStep[] = [I('kernel_initializer', 'glorot_uniform'), I('bias_initializer', 'zeros')];
export const DRAWS_RNN: readonly KerasCtorStep[] = [I('kernel_initializer', 'glorot_uniform'), I('recurrent_initializer', 'orthogonal'), I('bias_initializer', 'zeros')];
export const DRAWS_DEPTHWISE: readonly KerasCtorStep[] = [I('depthwise_initializer', 'glorot_uniform'), I('bias_initializer', 'zeros')];
export const DRAWS_SEPARABLE: readonly KerasCtorStep[] = [
  I('depthwise_initializer', 'glorot_uniform'), I('pointwise_initializer', 'glorot_uniform'), I('bias_initializer', 'zeros'),
];
/** beta_initializer, gamma_initializer (normalization constructors make them in this order). */
export const DRAWS_NORM: readonly KerasCtorStep[] = [I('beta_initializer', 'zeros'), I('gamma_initializer', 'ones')];
export const DRAWS_BATCH_NORM: readonly KerasCtorStep[] = [...DRAWS_NORM, I('moving_mean_initializer', 'zeros'), I('moving_variance_initializer', 'ones')];
/** A SeedGenerator made only when `rate` > 0 (dropout and noise layers). */
export const DRAWS_RATE: readonly KerasCtorStep[] = [{ seedGen: true, when: 'rate' }];
export const DRAWS_EMBEDDING: readonly KerasCtorStep[] = [I('embeddings_initializer', 'uniform')];
export const DRAWS_PRELU: readonly KerasCtorStep[] = [I('alpha_initializer', 'zeros')];
export const NO_DRAWS: readonly KerasCtorStep[] = [];
