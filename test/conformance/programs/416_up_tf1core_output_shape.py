# Port of TF legacy_tf_layers/core_test.py DenseTest.testOutputShape: one Dense(7) applied to rank 2, 3 and 4 inputs with last dim 3
# is built once: my_dense/kernel (3, 7) and my_dense/bias (7,).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

dense = core_layers.Dense(7, activation=tf.nn.relu, name="my_dense")
outputs = dense.apply(tf.random_uniform((5, 3), seed=1))
outputs = dense(tf.random_uniform((5, 2, 3), seed=1))
outputs = dense.apply(tf.random_uniform((1, 2, 4, 3), seed=1))
