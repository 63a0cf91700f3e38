# Port of TF variable_scope_test.py VariableScopeTest.testGetVarWithDevice: under a device function in a new
# graph, get_variable makes x (100, 200) float32 and y int64 from a NumPy arange(73).
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

g = tf.Graph()

def device_func(op):
    return "/device:CPU:0"

with g.as_default():
    with tf.device(device_func):
        x = tf.get_variable("x", (100, 200))
        y = tf.get_variable("y", dtype=tf.int64, initializer=np.arange(73))
