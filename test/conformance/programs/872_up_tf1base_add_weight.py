# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testAddWeight: add_variable outside build and call names the
# variable in the layer's scope (my_layer/my_var); trainable=False and an ON_READ synchronization make non-trainable
# variables; a regularizer changes nothing in the variable. (The tf.function part is not ported: the recorder cannot
# see variables made inside a tf.function.)
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers

layer = base_layers.Layer(name="my_layer")
layer.add_variable("my_var", [2, 2], initializer=tf.zeros_initializer())
layer.add_variable("non_trainable_var", [2, 2], initializer=tf.zeros_initializer(), trainable=False)
layer.add_variable("reg_var", [2, 2], initializer=tf.zeros_initializer(), regularizer=lambda x: tf.reduce_sum(x) * 1e-3)
layer.add_variable("sync_on_read_var", [2, 2], initializer=tf.zeros_initializer(),
                   synchronization=tf.VariableSynchronization.ON_READ, aggregation=tf.VariableAggregation.SUM)
