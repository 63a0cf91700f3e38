# TF1 graph mode: iterating a variable (even a vector made by get_variable) raises
# OperatorNotAllowedInGraphError, which an `except TypeError` handler catches; uncaught at the end.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

w = tf.get_variable("w", [3])
try:
    total = sum(x for x in w)
except TypeError:
    caught = tf.Variable(0.0, name="caught_generator")
for item in tf.Variable([[1, 2], [3, 4]], name="pairs"):
    pass
