# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDense: core_layers.dense(inputs, 2, name="my_dense") makes two
# trainable variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

inputs = tf.random_uniform((5, 3), seed=1)
outputs = core_layers.dense(inputs, 2, activation=tf.nn.relu, name="my_dense")
