# disable_control_flow_v2 alone (resource variables, TF2 shapes) makes tf.cond build its branches in the
# cond's name scope, so a tf.Variable made in a branch is cond/a (and a named cond's is picked/b).
import tensorflow as tf

tf.compat.v1.disable_control_flow_v2()
with tf.Graph().as_default():
    x = tf.compat.v1.placeholder(tf.float32, [])

    def f():
        tf.compat.v1.Variable(1.0, name="a")
        return x

    def g():
        tf.Variable([2.0, 3.0], name="b")
        return x

    tf.cond(x > 0, f, lambda: x)
    tf.cond(x > 1, g, f, name="picked")
