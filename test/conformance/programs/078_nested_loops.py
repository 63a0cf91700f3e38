# Nested loops produce a grid of scopes.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

for stage in range(2):
    with tf.variable_scope("stage%d" % stage):
        for unit in range(stage + 1):
            with tf.variable_scope("unit%d" % unit):
                tf.get_variable("conv", [3, 3, 4, 4])
