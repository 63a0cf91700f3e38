// Pieces the layer rows share: the usual initializer declarations (kernel, bias, recurrent) with each
// framework's default, the use_bias condition, the Keras 3 constructor seed-draw steps (checked against
// Keras 3.15's constructors).
// Contract: constants and one-line rules only.

import { fw, type BuildStep, type ConfigReader, type Dim, type InitDecl, type KerasCtorStep, type LoraDecl, type Rule, type Shape } from '../types';

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

// ---------------------------------------------------------------------------------------------- Keras 3 LoRA

/** Keras 3's `lora_rank` (0 when absent or None; null when not known statically); other frameworks have none. */
export const loraRank = (c: ConfigReader): Dim => (c.framework === 'keras3' && c.has('lora_rank') ? c.int('lora_rank') : 0);
/** The kernel stays trainable unless LoRA is on (`enable_lora` sets `kernel.trainable = False`, unless it raised
 *  first on the kernel's constraint). */
export const notLora = (l: LoraDecl): Rule<boolean> => (c) => !loraRank(c) || c.has(l.constraint);
/** Keras 3's words when LoRA meets a constraint on the kernel (enable_lora). */
export const loraConstraintError = (l: LoraDecl): string =>
  `Lora is incompatible with ${l.what} constraints. In order to enable lora on this layer, remove the \`${l.constraint}\` argument.`;
export const KERNEL_LORA: LoraDecl = { prefix: 'lora_kernel', constraint: 'kernel_constraint', what: 'kernel' };
export const EMBEDDINGS_LORA: LoraDecl = { prefix: 'lora_embeddings', constraint: 'embeddings_constraint', what: 'embedding' };

/** A `lora_rank` the analysis cannot read: which weights the layer makes is not known. */
export const LORA_UNKNOWN = (c: ConfigReader): boolean => loraRank(c) === null;

/**
 * Keras 3's `enable_lora(rank)`, run at the end of `build` when `lora_rank` is truthy (keras/src/layers/core/dense.py,
 * convolutional/base_conv.py, core/embedding.py): two float32 weights `<prefix>_a` (the kernel's shape with its last
 * dim replaced by the rank; he_uniform, made by `initializers.get` then, so an unseeded one draws at build) and
 * `<prefix>_b` (rank, the kernel's last dim; zeros). With a constraint on the kernel (`constraint`, its config key;
 * `what`, Keras's word for it) it raises instead, after the layer's own weights.
 */
export function loraWeights({ prefix, constraint, what }: LoraDecl, kernel: Rule<Shape>): BuildStep[] {
  const on: Rule<boolean> = (c) => !!loraRank(c);
  return [
    { raise: (c) => (on(c, null, {}) && c.has(constraint) ? { type: 'ValueError', message: loraConstraintError({ prefix, constraint, what }) } : null) },
    { name: `${prefix}_a`, shape: (c, x, m) => { const k = kernel(c, x, m); return k ? [...k.slice(0, -1), loraRank(c)] : null; }, init: { key: null, dflt: 'he_uniform' }, dtype: 'float32', when: on },
    { name: `${prefix}_b`, shape: (c, x, m) => [loraRank(c), kernel(c, x, m)?.at(-1) ?? null], init: { key: null, dflt: 'zeros' }, dtype: 'float32', when: on },
  ];
}

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
