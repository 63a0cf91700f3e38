# Port of TF legacy_tf_layers/normalization_test.py BNTest.testCreateBN: in TF 2.21 the TF1 BatchNormalization
# (tensorflow.python.layers.normalization) loads lazily from tf_keras, which is not installed with TF 2.21, so
# using it raises ModuleNotFoundError (recorded); no variable is created.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import normalization as normalization_layers

bn = normalization_layers.BatchNormalization(axis=1)
inputs = tf.random_uniform((5, 4, 3), seed=1)
training = tf.placeholder(dtype="bool")
outputs = bn.apply(inputs, training=training)
