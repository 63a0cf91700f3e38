# Port of TF variable_scope_test.py VariableScopeTest.testInitFromNonTensorValue (graph mode): a Python int
# and a NumPy array as initializer (with explicit dtypes) give int32/int64 variables; a dict raises TypeError.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

v = tf.get_variable("v4", initializer=4, dtype=tf.int32)
w = tf.get_variable("w4", initializer=np.array([1, 2, 3]), dtype=tf.int64)
x = tf.get_variable("x4", initializer={})
