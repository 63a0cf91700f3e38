# Port of TF legacy_tf_layers/core_test.py DenseTest.testCall: Dense(2, name="my_dense") on (5, 4) makes my_dense/kernel (4, 2) and
# my_dense/bias (2,), both trainable.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(2, activation=tf.nn.relu, name="my_dense")
inputs = tf.random_uniform((5, 4), seed=1)
outputs = dense(inputs)
