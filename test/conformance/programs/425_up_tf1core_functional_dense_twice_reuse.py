# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDenseTwiceReuse: the second call with the same name and reuse=True
# makes no variables.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

inputs = tf.random_uniform((5, 3), seed=1)
core_layers.dense(inputs, 2, name="my_dense")
core_layers.dense(inputs, 2, name="my_dense", reuse=True)
