# Port of TF legacy_tf_layers/base_test.py BaseLayerTest.testReusePartitionedVariablesAndRegularizers: under the root
# scope re-entered with a fixed_size_partitioner(3), a layer's add_variable makes a partitioned variable
# (my_layer/reg_part_var/part_0..2); the second layer, under reuse=True, shares it (its own scope is my_layer_1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import base as base_layers

partitioner = tf.fixed_size_partitioner(3)
for reuse in [False, True]:
    with tf.variable_scope(tf.get_variable_scope(), partitioner=partitioner, reuse=reuse):
        layer = base_layers.Layer(name="my_layer")
        layer.add_variable("reg_part_var", [4, 4], initializer=tf.zeros_initializer(),
                           regularizer=lambda x: tf.reduce_sum(x) * 1e-3)
