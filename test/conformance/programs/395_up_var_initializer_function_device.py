# Port of TF variables_test.py VariablesTestCase.testInitializerFunctionDevicePlacement: callable initial values (42.0)
# for v1 (under a device) and v2.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

initializer = lambda: tf.constant(42.0)
with tf.device("/cpu:100"):
    v1 = tf.Variable(initializer, dtype=tf.float32, name="v1")
v2 = tf.Variable(initializer, dtype=tf.float32, name="v2")
