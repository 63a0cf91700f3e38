# Port of TF variable_scope_test.py VariableScopeTest.testInitializeFromValue: a tensor initializer gives the
# variable its value, shape and dtype; with a shape it raises (caught: marker variable); passed through a
# scope it works; an int32 tensor with dtype=float64 raises "don't match" (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

init = tf.constant(0.1)
w = tf.get_variable("v", initializer=init)
try:
    tf.get_variable("u", [1], initializer=init)
except ValueError:
    caught = tf.Variable(0.0, name="caught_shape_with_constant")
with tf.variable_scope("foo", initializer=init):
    v = tf.get_variable("v")
init = tf.constant(1, dtype=tf.int32)
t = tf.get_variable("t", initializer=init)
s = tf.get_variable("s", initializer=init, dtype=tf.float64)
