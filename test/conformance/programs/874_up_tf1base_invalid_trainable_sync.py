# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testInvalidTrainableSynchronizationCombination: add_variable with
# trainable=True and ON_READ synchronization raises ValueError (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers

layer = base_layers.Layer(name="my_layer")
layer.add_variable("v", [2, 2], initializer=tf.zeros_initializer(),
                   synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
