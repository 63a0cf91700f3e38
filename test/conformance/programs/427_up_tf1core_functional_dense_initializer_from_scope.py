# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDenseInitializerFromScope: a scope initializer (ones) reaches the
# kernel; the bias keeps its zeros initializer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

with tf.variable_scope("scope", initializer=tf.ones_initializer()):
    inputs = tf.random_uniform((5, 3), seed=1)
    core_layers.dense(inputs, 2)
