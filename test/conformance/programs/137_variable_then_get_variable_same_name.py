# A tf.Variable and a get_variable asking for the same name.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

first = tf.Variable(1.0, name="x")
second = tf.get_variable("x", [1])
third = tf.Variable(1.0, name="y")
y = tf.get_variable("y", [1])
z = tf.get_variable("z", [1])
z_var = tf.Variable(0.0, name="z")
