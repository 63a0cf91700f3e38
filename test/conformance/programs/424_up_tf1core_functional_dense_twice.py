# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDenseTwice: two unnamed functional dense calls make dense/* and
# dense_1/*.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

inputs = tf.random_uniform((5, 3), seed=1)
core_layers.dense(inputs, 2)
core_layers.dense(inputs, 2)
