# Re-entering a captured scope without its auxiliary name scope, then restoring the original name scope.
import tensorflow as tf

tf.compat.v1.disable_eager_execution()

with tf.compat.v1.variable_scope("foo") as vs:
    pass

with tf.compat.v1.variable_scope(vs, auxiliary_name_scope=False) as vs1:
    with tf.name_scope(vs1.original_name_scope):
        v = tf.compat.v1.get_variable("v", [1])
        w = tf.Variable(2.0, name="w")
