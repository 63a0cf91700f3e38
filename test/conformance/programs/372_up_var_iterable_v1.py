# Port of TF variables_test.py VariablesTestCase.testIterableV1: iterating over a graph-mode variable raises TypeError,
# for a scalar (caught: marker) and for a vector (recorded).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

try:
    for _ in tf.Variable(0.0):
        pass
except TypeError:
    caught = tf.Variable(0.0, name="caught_scalar")
for _ in tf.Variable([0.0, 1.0]):
    pass
