# Port of TF legacy_tf_layers/core_test.py DenseTest.testKernelRegularizerWithReuse: functional dense "my_dense" called again with
# reuse=True shares its variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

regularizer = lambda x: tf.reduce_sum(x) * 1e-3
inputs = tf.random_uniform((5, 3), seed=1)
_ = core_layers.dense(inputs, 2, name="my_dense", kernel_regularizer=regularizer)
_ = core_layers.dense(inputs, 2, name="my_dense", kernel_regularizer=regularizer, reuse=True)
