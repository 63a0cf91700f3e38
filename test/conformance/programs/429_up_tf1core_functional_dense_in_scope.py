# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDenseInScope: named, scope-object-named (name=scope gives
# test1/kernel) and unnamed functional dense layers inside variable scopes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

with tf.variable_scope("test"):
    inputs = tf.random_uniform((5, 3), seed=1)
    core_layers.dense(inputs, 2, name="my_dense")
with tf.variable_scope("test1") as scope:
    inputs = tf.random_uniform((5, 3), seed=1)
    core_layers.dense(inputs, 2, name=scope)
with tf.variable_scope("test2"):
    inputs = tf.random_uniform((5, 3), seed=1)
    core_layers.dense(inputs, 2)
