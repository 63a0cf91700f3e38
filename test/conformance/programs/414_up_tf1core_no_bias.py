# Port of TF legacy_tf_layers/core_test.py DenseTest.testNoBias: use_bias=False makes only my_dense/kernel.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(2, use_bias=False, name="my_dense")
inputs = tf.random_uniform((5, 2), seed=1)
_ = dense(inputs)
