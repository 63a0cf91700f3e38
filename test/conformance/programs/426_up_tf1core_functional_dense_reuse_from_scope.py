# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDenseTwiceReuseFromScope: reuse comes from re-entering "scope" with
# reuse=True: scope/my_dense/* are shared.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

with tf.variable_scope("scope"):
    inputs = tf.random_uniform((5, 3), seed=1)
    core_layers.dense(inputs, 2, name="my_dense")
with tf.variable_scope("scope", reuse=True):
    core_layers.dense(inputs, 2, name="my_dense")
