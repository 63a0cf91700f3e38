# Port of TF legacy_tf_layers/core_test.py DenseTest.testFunctionalDenseWithCustomGetter: a pass-through custom getter on the scope
# sees both of the layer's variables (test/dense/kernel, test/dense/bias).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.layers import core as core_layers

called = [0]

def custom_getter(getter, *args, **kwargs):
    called[0] += 1
    return getter(*args, **kwargs)

with tf.variable_scope("test", custom_getter=custom_getter):
    inputs = tf.random_uniform((5, 3), seed=1)
    core_layers.dense(inputs, 2)
