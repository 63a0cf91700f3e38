# Port of TF legacy_tf_layers/core_test.py DenseTest.testVariableInput: a Dense(1) called on a (1, 1) zeros get_variable "X" builds
# dense/kernel (1, 1) and dense/bias (1,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

v = tf.get_variable("X", initializer=tf.zeros_initializer(), shape=(1, 1))
x = core_layers.Dense(1)(v)
