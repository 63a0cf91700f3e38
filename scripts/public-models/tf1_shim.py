# TF 1.15 names that TF 2.21 no longer has, for recording TF1 public models under TF 2.21: installs `tensorflow` =
# compat.v1 with tf.layers and tf.contrib (layers, rnn, training.HParams) in sys.modules. Used by record.py only
# (the analyzer reads the upstream files and drivers unchanged). Each name follows the TF 1.15 source cited.
"""TF1 shim for the public-models recorder."""

import sys
import types


# tf.contrib.training.HParams: the conformance recorder's stand-in (scripts/conformance/contrib_hparams.py, on
# sys.path through record.py), following TF 1.15's hparam.py; one implementation for both recorders
from contrib_hparams import HParams  # noqa: E402


def _batch_normalization(v1):
    """tf.layers.BatchNormalization / batch_normalization. TF 2.21's frozen TF1 normalization module imports
    tf_keras, which is not installed, so this follows TF 1.15 tensorflow/python/layers/normalization.py: a TF1
    base Layer named `batch_normalization` (uniquified like every tf.layers layer, scoped by `name`, reused by
    `reuse`) whose build is Keras 2's BatchNormalization.build (keras/layers/normalization.py): gamma, beta,
    then the non-trainable moving_mean and moving_variance over the `axis` dimension. The weights come from the
    conformance harness's _BatchNormLayer (scripts/conformance/tf1_shims.py). renorm and virtual batches are
    refused (no public model here uses them)."""
    import tf1_shims

    class BatchNormalization(tf1_shims._BatchNormLayer):
        def __init__(self, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                     beta_initializer=None, gamma_initializer=None, moving_mean_initializer=None,
                     moving_variance_initializer=None, beta_regularizer=None, gamma_regularizer=None,
                     beta_constraint=None, gamma_constraint=None, renorm=False, renorm_clipping=None,
                     renorm_momentum=0.99, fused=None, trainable=True, virtual_batch_size=None,
                     adjustment=None, name=None, **kwargs):
            if renorm or virtual_batch_size is not None or adjustment is not None:
                raise NotImplementedError('the shim models batch_normalization without renorm/virtual batches')
            inits = {'beta': beta_initializer or v1.zeros_initializer(),
                     'gamma': gamma_initializer or v1.ones_initializer(),
                     'moving_mean': moving_mean_initializer or v1.zeros_initializer(),
                     'moving_variance': moving_variance_initializer or v1.ones_initializer()}
            super().__init__(axis, center, scale, inits, trainable, name=name, **kwargs)
            self.epsilon = epsilon

        def call(self, inputs, training=False):
            # the normalization itself (batch statistics), so that gamma and beta reach a loss and an optimizer
            # made after it creates their slots as TF does
            rank = inputs.shape.rank
            axis = self.axis % rank
            mean, variance = v1.nn.moments(inputs, [i for i in range(rank) if i != axis], keep_dims=True)
            shape = [1] * rank
            shape[axis] = -1
            gamma = v1.reshape(self.gamma, shape) if self.scale else None
            beta = v1.reshape(self.beta, shape) if self.center else None
            return v1.nn.batch_normalization(inputs, mean, variance, beta, gamma, self.epsilon)

    def batch_normalization(inputs, axis=-1, momentum=0.99, epsilon=1e-3, center=True, scale=True,
                            beta_initializer=None, gamma_initializer=None, moving_mean_initializer=None,
                            moving_variance_initializer=None, beta_regularizer=None, gamma_regularizer=None,
                            beta_constraint=None, gamma_constraint=None, training=False, trainable=True,
                            name=None, reuse=None, renorm=False, renorm_clipping=None, renorm_momentum=0.99,
                            fused=None, virtual_batch_size=None, adjustment=None):
        layer = BatchNormalization(
            axis=axis, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
            beta_initializer=beta_initializer, gamma_initializer=gamma_initializer,
            moving_mean_initializer=moving_mean_initializer,
            moving_variance_initializer=moving_variance_initializer, renorm=renorm,
            virtual_batch_size=virtual_batch_size, adjustment=adjustment, trainable=trainable, name=name,
            _reuse=reuse, _scope=name)
        return layer(inputs, training=training)

    return BatchNormalization, batch_normalization


def _tf1_layers(v1):
    """tf.layers as TF <= 2.15 served it: TensorFlow's own frozen TF1 layers (core, convolutional, pooling), and
    batch normalization (see _batch_normalization)."""
    from tensorflow.python.layers import base, convolutional, core, pooling
    m = types.ModuleType('tensorflow.layers')
    m.Layer, m.InputSpec = base.Layer, base.InputSpec  # TF 1.15 api/_v1/layers: tf.layers.Layer is layers/base.py's
    for mod in (core, convolutional, pooling):
        for k, v in vars(mod).items():
            if not k.startswith('_'):
                setattr(m, k, v)
    m.BatchNormalization, m.batch_normalization = _batch_normalization(v1)
    return m


def _estimator(v1):
    """tf.estimator as far as model code touches it at import time and in a model_fn's mode test (TF 1.15 served
    tensorflow_estimator: ModeKeys in estimator/mode_keys.py, SessionRunHook re-exported from
    tensorflow/python/training/session_run_hook.py); TF 2.21 has no estimator. Nothing of it creates variables."""
    m = types.ModuleType('tensorflow.compat.v1.estimator')

    class ModeKeys(object):
        TRAIN = 'train'
        EVAL = 'eval'
        PREDICT = 'infer'

    m.ModeKeys = ModeKeys
    m.SessionRunHook = v1.train.SessionRunHook
    m.tpu = types.ModuleType('tensorflow.compat.v1.estimator.tpu')
    return m


def _legacy_seq2seq(v1):
    """tf.contrib.legacy_seq2seq's rnn_decoder, sequence_loss_by_example and sequence_loss, following TF 1.15
    tensorflow/contrib/legacy_seq2seq/python/ops/seq2seq.py (char-rnn, write-rnn)."""
    m = types.ModuleType('tensorflow.contrib.legacy_seq2seq')

    def rnn_decoder(decoder_inputs, initial_state, cell, loop_function=None, scope=None):
        with v1.variable_scope(scope or 'rnn_decoder'):
            state = initial_state
            outputs = []
            prev = None
            for i, inp in enumerate(decoder_inputs):
                if loop_function is not None and prev is not None:
                    with v1.variable_scope('loop_function', reuse=True):
                        inp = loop_function(prev, i)
                if i > 0:
                    v1.get_variable_scope().reuse_variables()
                output, state = cell(inp, state)
                outputs.append(output)
                if loop_function is not None:
                    prev = output
        return outputs, state

    def sequence_loss_by_example(logits, targets, weights, average_across_timesteps=True,
                                 softmax_loss_function=None, name=None):
        if len(targets) != len(logits) or len(weights) != len(logits):
            raise ValueError('Lengths of logits, weights, and targets must be the same '
                             '%d, %d, %d.' % (len(logits), len(weights), len(targets)))
        with v1.name_scope(name, 'sequence_loss_by_example', logits + targets + weights):
            log_perp_list = []
            for logit, target, weight in zip(logits, targets, weights):
                if softmax_loss_function is None:
                    target = v1.reshape(target, [-1])
                    crossent = v1.nn.sparse_softmax_cross_entropy_with_logits(labels=target, logits=logit)
                else:
                    crossent = softmax_loss_function(labels=target, logits=logit)
                log_perp_list.append(crossent * weight)
            log_perps = v1.add_n(log_perp_list)
            if average_across_timesteps:
                total_size = v1.add_n(weights)
                total_size += 1e-12
                log_perps /= total_size
        return log_perps

    def sequence_loss(logits, targets, weights, average_across_timesteps=True, average_across_batch=True,
                      softmax_loss_function=None, name=None):
        with v1.name_scope(name, 'sequence_loss', logits + targets + weights):
            cost = v1.reduce_sum(sequence_loss_by_example(
                logits, targets, weights, average_across_timesteps=average_across_timesteps,
                softmax_loss_function=softmax_loss_function))
            if average_across_batch:
                batch_size = v1.shape(targets[0])[0]
                return cost / v1.cast(batch_size, cost.dtype)
            return cost

    m.rnn_decoder = rnn_decoder
    m.sequence_loss_by_example = sequence_loss_by_example
    m.sequence_loss = sequence_loss
    return m


def _optimize_loss(v1):
    """tf.contrib.layers.optimize_loss, following TF 1.15 tensorflow/contrib/layers/python/layers/optimizers.py
    (without gradient noise, multipliers and adaptive clipping, which no model here uses)."""
    names = {'Adagrad': v1.train.AdagradOptimizer, 'Adam': v1.train.AdamOptimizer, 'Ftrl': v1.train.FtrlOptimizer,
             'Momentum': lambda learning_rate: v1.train.MomentumOptimizer(learning_rate, momentum=0.9),
             'RMSProp': v1.train.RMSPropOptimizer, 'SGD': v1.train.GradientDescentOptimizer}

    def optimize_loss(loss, global_step, learning_rate, optimizer, gradient_noise_scale=None,
                      gradient_multipliers=None, clip_gradients=None, learning_rate_decay_fn=None, update_ops=None,
                      variables=None, name=None, summaries=None, colocate_gradients_with_ops=False,
                      increment_global_step=True):
        if gradient_noise_scale is not None or gradient_multipliers is not None:
            raise NotImplementedError('the shim has no gradient noise or multipliers')
        loss = v1.convert_to_tensor(loss)
        if global_step is None:
            global_step = v1.train.get_global_step()
        with v1.variable_scope(name, 'OptimizeLoss', [loss, global_step]):
            if update_ops is None:
                update_ops = set(v1.get_collection(v1.GraphKeys.UPDATE_OPS))
            if update_ops:
                with v1.control_dependencies(list(update_ops)):
                    loss = v1.identity(loss)
            lr = None
            if learning_rate is not None:
                if isinstance(learning_rate, v1.Tensor) and learning_rate.get_shape().ndims == 0:
                    lr = learning_rate
                elif isinstance(learning_rate, float):
                    lr = v1.get_variable('learning_rate', [], trainable=False,
                                         initializer=v1.constant_initializer(learning_rate))
                else:
                    raise ValueError('Learning rate should be 0d Tensor or float.')
            if summaries is None:
                summaries = ['loss', 'learning_rate', 'global_gradient_norm']
            if learning_rate is not None and learning_rate_decay_fn is not None:
                lr = learning_rate_decay_fn(lr, global_step)
                if 'learning_rate' in summaries:
                    v1.summary.scalar('learning_rate', lr)
            if isinstance(optimizer, str):
                opt = names[optimizer](learning_rate=lr)
            elif isinstance(optimizer, type) and issubclass(optimizer, v1.train.Optimizer):
                opt = optimizer(learning_rate=lr)
            elif isinstance(optimizer, v1.train.Optimizer):
                opt = optimizer
            elif callable(optimizer):
                opt = optimizer(lr) if learning_rate is not None else optimizer()
            else:
                raise ValueError('Unrecognized optimizer')
            if variables is None:
                variables = v1.trainable_variables()
            gradients = opt.compute_gradients(loss, variables,
                                              colocate_gradients_with_ops=colocate_gradients_with_ops)
            if 'global_gradient_norm' in summaries or 'gradient_norm' in summaries:
                v1.summary.scalar('global_norm/gradient_norm', v1.global_norm(list(zip(*gradients))[0]))
            if isinstance(clip_gradients, float):
                grads, tvars = zip(*gradients)
                clipped, _ = v1.clip_by_global_norm(grads, clip_gradients)
                gradients = list(zip(clipped, tvars))
            elif callable(clip_gradients):
                gradients = clip_gradients(gradients)
            if 'loss' in summaries:
                v1.summary.scalar('loss', loss)
            grad_updates = opt.apply_gradients(
                gradients, global_step=global_step if increment_global_step else None, name='train')
            with v1.control_dependencies([grad_updates]):
                return v1.identity(loss)

    return optimize_loss


def _arg_scope():
    """tf.contrib.framework's arg_scope / add_arg_scope / current_arg_scope, following TF 1.15
    tensorflow/contrib/framework/python/ops/arg_scope.py (pixel-cnn imports them from
    tensorflow.contrib.framework.python.ops)."""
    import contextlib
    import functools
    stack = [{}]
    decorated = {}

    def key_op(op):
        return getattr(op, '_key_op', str(op))

    def current_arg_scope():
        return stack[-1]

    def has_arg_scope(func):
        return key_op(func) in decorated

    @contextlib.contextmanager
    def arg_scope(list_ops_or_scope, **kwargs):
        if isinstance(list_ops_or_scope, dict):
            if kwargs:
                raise ValueError('When attempting to re-use a scope by suppling a dictionary, kwargs must be empty.')
            current_scope = list_ops_or_scope.copy()
        else:
            if not isinstance(list_ops_or_scope, (list, tuple)):
                raise TypeError('list_ops_or_scope must either be a list/tuple or reused scope (i.e. dict)')
            current_scope = current_arg_scope().copy()
            for op in list_ops_or_scope:
                key = key_op(op)
                if not has_arg_scope(op):
                    raise ValueError('%s is not decorated with @add_arg_scope' % ((op.__module__, op.__name__),))
                if key in current_scope:
                    current_kwargs = current_scope[key].copy()
                    current_kwargs.update(kwargs)
                    current_scope[key] = current_kwargs
                else:
                    current_scope[key] = kwargs.copy()
        stack.append(current_scope)
        try:
            yield current_scope
        finally:
            stack.pop()

    def add_arg_scope(func):
        key = key_op(func)

        @functools.wraps(func)
        def func_with_args(*args, **kwargs):
            current_scope = current_arg_scope()
            current_args = kwargs
            if key in current_scope:
                current_args = current_scope[key].copy()
                current_args.update(kwargs)
            return func(*args, **current_args)
        decorated[key] = True
        func_with_args._key_op = key
        return func_with_args

    m = types.ModuleType('tensorflow.contrib.framework.python.ops')
    m.arg_scope, m.add_arg_scope, m.current_arg_scope, m.has_arg_scope = (
        arg_scope, add_arg_scope, current_arg_scope, has_arg_scope)
    return m


def install(v1):
    """Makes `import tensorflow` give compat.v1 with tf.layers (the frozen TF1 layers), tf.contrib.{layers,rnn}
    and tf.nn.rnn_cell from the conformance recorder's TF 1.x harness (scripts/conformance/tf1_shims.py), and
    `tensorflow.contrib.training.HParams`."""
    import tf1_shims  # scripts/conformance, on sys.path (record.py)
    tf1_shims.install()
    contrib = sys.modules['tensorflow.contrib']
    training = types.ModuleType('tensorflow.contrib.training')
    training.HParams = HParams
    contrib.training = training
    v1.layers = _tf1_layers(v1)
    # tf.keras in TF 1.15 is Keras 2 (tensorflow/python/keras); TF 2.21's compat.v1.keras is Keras 3, so a TF1
    # program's tf.keras.layers would make Keras 3 variables: give it TF 2.21's frozen Keras 2 instead
    from tensorflow.python import keras as keras2
    v1.keras = keras2
    if not hasattr(v1, 'estimator'):
        v1.estimator = _estimator(v1)
        sys.modules['tensorflow.compat.v1.estimator'] = v1.estimator
    # tf.contrib.tpu (CrossShardOptimizer, TPUEstimatorSpec) is imported by TPU model files; drivers do not call it
    contrib.tpu = types.ModuleType('tensorflow.contrib.tpu')
    sys.modules['tensorflow.contrib.tpu'] = contrib.tpu
    # TF 1.15 defined while_loop in tensorflow/python/ops/control_flow_ops.py (SeqGAN calls
    # control_flow_ops.while_loop); TF 2.21 moved it to while_loop.py, so give the old module the same function
    from tensorflow.python.ops import control_flow_ops
    if not hasattr(control_flow_ops, 'while_loop'):
        control_flow_ops.while_loop = v1.while_loop
    sys.modules['tensorflow'] = v1
    # `import tensorflow.compat.v1 as tf` (tensorflow/tpu, ALBERT) must give the same module: its import binds
    # tensorflow.compat.v1 through attributes, so tensorflow.compat is a namespace whose v1 is this module
    compat = types.ModuleType('tensorflow.compat')
    for k, v in vars(v1.compat).items():
        if not k.startswith('__'):
            setattr(compat, k, v)
    compat.v1 = v1
    v1.compat = compat
    sys.modules['tensorflow.compat'] = compat
    sys.modules['tensorflow.compat.v1'] = v1
    sys.modules['tensorflow.contrib.training'] = training
    # TF 1.15's tf.contrib.legacy_seq2seq, tf.contrib.layers.optimize_loss and tf.contrib.framework's arg_scope
    contrib.legacy_seq2seq = _legacy_seq2seq(v1)
    sys.modules['tensorflow.contrib.legacy_seq2seq'] = contrib.legacy_seq2seq
    contrib.layers.optimize_loss = _optimize_loss(v1)
    ops_mod = _arg_scope()
    framework = types.ModuleType('tensorflow.contrib.framework')
    framework_python = types.ModuleType('tensorflow.contrib.framework.python')
    framework.python, framework_python.ops = framework_python, ops_mod
    framework.arg_scope, framework.add_arg_scope = ops_mod.arg_scope, ops_mod.add_arg_scope
    contrib.framework = framework
    sys.modules.update({'tensorflow.contrib.framework': framework,
                        'tensorflow.contrib.framework.python': framework_python,
                        'tensorflow.contrib.framework.python.ops': ops_mod})
