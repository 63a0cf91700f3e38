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
