# Port of TF legacy_tf_layers/core_test.py DenseTest.testCallOnPlaceHolder: Dense on placeholders whose last dimension is unknown
# raises ValueError (caught: markers); with last dimension 3 two more my_dense layers are built.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

for i, shape in enumerate([None, [None, None], [None, None, None]]):
    inputs = tf.placeholder(dtype=tf.float32, shape=shape)
    dense = core_layers.Dense(4, name="my_dense")
    try:
        dense(inputs)
    except ValueError:
        tf.Variable(0.0, name="caught_%d" % i)
inputs = tf.placeholder(dtype=tf.float32, shape=[None, 3])
dense = core_layers.Dense(4, name="my_dense")
dense(inputs)
inputs = tf.placeholder(dtype=tf.float32, shape=[None, None, 3])
dense = core_layers.Dense(4, name="my_dense")
dense(inputs)
