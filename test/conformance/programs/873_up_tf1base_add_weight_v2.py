# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testAddWeight (eager): the same variables made eagerly.
import tensorflow as tf
from tensorflow.python.layers import base as base_layers

layer = base_layers.Layer(name="my_layer")
layer.add_variable("my_var", [2, 2], initializer=tf.zeros_initializer())
layer.add_variable("non_trainable_var", [2, 2], initializer=tf.zeros_initializer(), trainable=False)
layer.add_variable("sync_on_read_var", [2, 2], initializer=tf.zeros_initializer(),
                   synchronization=tf.VariableSynchronization.ON_READ, aggregation=tf.VariableAggregation.SUM)
