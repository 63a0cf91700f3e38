# Port of TF variables_test.py VariablesTestCase.testIterableV2: in eager mode iterating a scalar variable
# raises TypeError (caught: marker), while a vector variable iterates over its elements.
import tensorflow as tf

try:
    for _ in tf.Variable(0.0):
        pass
except TypeError:
    caught = tf.Variable(0.0, name="caught_scalar")
values = []
for v in tf.Variable([0.0, 1.0]):
    values.append(v)
