# Port of TF legacy_tf_layers/core_test.py DenseTest.testConstraints: kernel/bias constraints leave dense/kernel (3, 2) and
# dense/bias (2,) unchanged.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

k_constraint = lambda x: x / tf.reduce_sum(x)
b_constraint = lambda x: x / tf.reduce_max(x)
dense = core_layers.Dense(2, kernel_constraint=k_constraint, bias_constraint=b_constraint)
inputs = tf.random_uniform((5, 3), seed=1)
dense(inputs)
