# A variable created after global_variables_initializer() is still created (and left uninitialized).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

with tf.variable_scope("early"):
    a = tf.get_variable("a", [2], initializer=tf.ones_initializer())
init = tf.global_variables_initializer()
with tf.variable_scope("late"):
    b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
with tf.Session() as sess:
    sess.run(init)
    print(sess.run(a))
