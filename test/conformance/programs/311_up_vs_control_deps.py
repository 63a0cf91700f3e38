# Port of TF variable_scope_test.py VariableScopeTest.testControlDeps: a get_variable made under
# control_dependencies on another variable's value is an ordinary variable with its own initializer.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v0 = tf.get_variable("v0", [1], initializer=tf.constant_initializer(0))
with tf.control_dependencies([v0.value()]):
    v1 = tf.get_variable("v1", [1], initializer=tf.constant_initializer(1))
    add = v1 + v0
