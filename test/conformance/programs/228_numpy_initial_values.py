# NumPy-built initial values: NumPy's dtype rules (float64 unless told) and its legacy seeded generator.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

np.random.seed(0)
with tf.variable_scope("np"):
    zeros = tf.Variable(np.zeros((3, 4), dtype=np.float32), name="zeros")
    ones = tf.Variable(np.ones(5), name="ones")
    full = tf.Variable(np.full((2, 2), 7), name="full")
    eye = tf.Variable(np.eye(3), name="eye")
    ar = tf.Variable(np.arange(6), name="ar")
    lin = tf.Variable(np.linspace(0, 1, 6).astype(np.float32), name="lin")
    arr = tf.Variable(np.array([[1.5, 2.0], [3.0, 4.0]]), name="arr")
    w = tf.Variable(np.random.randn(3, 4).astype(np.float32) * 0.1, name="w")
    u = tf.get_variable("u", initializer=np.random.uniform(-1.0, 1.0, (5,)))
