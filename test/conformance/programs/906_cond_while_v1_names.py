# TF1 control flow: tf.Variable inside tf.cond branches and a while_loop body is named in the construct's name
# scope (cond/, second/, while/), get_variable is not; a tensor made in a branch, used after the cond as a
# tf.Variable's initial value, still raises TF's control-flow error.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [], name="x")


def small():
    tf.Variable([0.0, 0.0], name="w")
    return x + 1.0


def big():
    tf.Variable(lambda: tf.ones([2]), name="w")
    with tf.variable_scope("inner", reuse=tf.AUTO_REUSE):
        tf.get_variable("g", [3])
    return x - 1.0


r1 = tf.cond(x > 0.0, small, big)
r2 = tf.cond(x < 0.0, small, big, name="second")


def body(i):
    tf.Variable(lambda: tf.zeros([]), name="acc")
    return i + 1


tf.while_loop(lambda i: i < 3, body, [tf.constant(0)])
saved = {}


def keep():
    saved["t"] = tf.fill([2], 3.0)
    return x


tf.cond(x > 1.0, keep, lambda: x, name="keeper")
late = tf.Variable(saved["t"], name="late")
