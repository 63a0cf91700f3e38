# Eager tf.Variable / get_variable with synchronization ON_READ (the enum, or its value 3) are not trainable;
# ON_WRITE and an explicit trainable=True are; a float constraint raises ResourceVariable's error.
import tensorflow as tf

a = tf.Variable(1.0, name="a", synchronization=tf.VariableSynchronization.ON_READ)
b = tf.Variable(1.0, name="b", synchronization=3)
c = tf.Variable(1.0, name="c", synchronization=tf.VariableSynchronization.ON_WRITE)
d = tf.compat.v1.get_variable("d", [2], synchronization=tf.VariableSynchronization.ON_READ)
e = tf.compat.v1.get_variable("e", [2], synchronization=tf.VariableSynchronization.ON_READ, trainable=True)
f = tf.Variable(1.0, name="f", constraint=0.5)
