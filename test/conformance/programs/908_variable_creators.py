# variable_creator_scope creators see tf.Variable and get_variable constructions: renaming (also a name of
# None) and freezing compose innermost first; creator and variable scopes entered and exited by explicit calls.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()


def prefix(next_creator, **kwargs):
    kwargs["name"] = "pre_" + (kwargs["name"] or "anon")
    return next_creator(**kwargs)


def freeze(next_creator, **kwargs):
    kwargs["trainable"] = False
    return next_creator(**kwargs)


with tf.variable_creator_scope(freeze):
    with tf.variable_creator_scope(prefix):
        a = tf.Variable(1.0, name="a")
        b = tf.Variable(2.0)
        with tf.variable_scope("blk"):
            w = tf.get_variable("w", [2])
cs = tf.variable_creator_scope(freeze)
cs.__enter__()
c = tf.Variable(3.0, name="c")
cs.__exit__(None, None, None)
d = tf.Variable(4.0, name="d")
vs = tf.variable_scope("manual")
vs.__enter__()
e = tf.get_variable("e", [1])
vs.__exit__(None, None, None)
f = tf.get_variable("f", [1])
