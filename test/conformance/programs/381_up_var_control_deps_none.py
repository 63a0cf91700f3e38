# Port of TF variables_test.py VariablesTestCase.testControlDepsNone: a VariableV1 made under control_dependencies is an
# ordinary scalar variable (2.0).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

c = tf.constant(1.0)
with tf.control_dependencies([c]):
    d = tf.constant(2.0)
    var_x = tf.Variable(2.0)
