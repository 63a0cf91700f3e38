# Port of TF variable_scope_test.py VariableScopeTest.testGetVariableWithRefDtype: a ref variable's dtype
# (float32_ref) is accepted as the dtype of another get_variable (which is then float32).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("v", shape=[3, 4], dtype=tf.float32)
w = tf.get_variable("w", shape=[5, 6], dtype=v.dtype)
