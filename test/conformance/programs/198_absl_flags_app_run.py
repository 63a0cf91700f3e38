# Sizes come from tf.compat.v1 flags, and the model is built inside app.run(main).
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
flags = tf.app.flags
flags.DEFINE_integer("units", 12, "hidden units")
flags.DEFINE_string("scope", "flagged", "scope name")
FLAGS = flags.FLAGS


def main(_):
    with tf.variable_scope(FLAGS.scope):
        tf.get_variable("w", [FLAGS.units, 2])


if __name__ == "__main__":
    tf.app.run(main)
