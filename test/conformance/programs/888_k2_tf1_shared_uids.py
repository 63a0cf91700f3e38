# TF1 layer objects and Keras 2 layers draw their names from the same per-graph counters (backend.get_uid): after a
# TF1 Dense (named dense_1, scoped dense) a Keras 2 Dense is named dense_1 and builds under that name scope, which
# the graph then makes unique (dense_1_1 if taken).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers
from tensorflow.python.layers import core

x = tf.placeholder(tf.float32, [None, 3])
core.Dense(4)(x)
layers.Dense(2)(x)
core.Dense(5)(x)
layers.Dense(3)(x)
