# Port of TF legacy_tf_layers/core_test.py DenseTest.testCallTensorDot: Dense on a rank-3 (5, 4, 3) input has a (3, 2) kernel.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(2, activation=tf.nn.relu, name="my_dense")
inputs = tf.random_uniform((5, 4, 3), seed=1)
outputs = dense(inputs)
