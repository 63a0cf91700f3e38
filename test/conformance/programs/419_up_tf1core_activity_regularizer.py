# Port of TF legacy_tf_layers/core_test.py DenseTest.testActivityRegularizer: a activity_regularizer adds a loss but leaves my_dense/kernel (3, 2) and
# my_dense/bias (2,) as usual.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

regularizer = lambda x: tf.reduce_sum(x) * 1e-3
dense = core_layers.Dense(2, name="my_dense", activity_regularizer=regularizer)
inputs = tf.random_uniform((5, 3), seed=1)
_ = dense(inputs)
