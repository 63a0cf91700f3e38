# Port of TF legacy_tf_layers/core_test.py DenseTest.testDenseProperties (graph mode): an unbuilt named Dense creates nothing; two
# unnamed Dense layers applied to (5, 2) inputs get automatic names and (2, 2) kernels.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(2, activation=tf.nn.relu, name="my_dense")
dense = core_layers.Dense(2, activation=tf.nn.relu)
dense.apply(tf.random_uniform((5, 2)))
dense = core_layers.Dense(2, activation=tf.nn.relu)
dense.apply(tf.random_uniform((5, 2)))
