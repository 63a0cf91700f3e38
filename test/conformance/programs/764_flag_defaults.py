# tf.flags with defaults: run without a command line, each flag has its default (absl parses argv in app.run).
import tensorflow.compat.v1 as tf

flags = tf.flags
FLAGS = flags.FLAGS
flags.DEFINE_integer("hidden", 6, "Hidden units.")
flags.DEFINE_string("scope_name", "encoder", "Scope.")
flags.DEFINE_float("stddev", 0.3, "Init stddev.")
flags.DEFINE_list("widths", "2,3", "Widths.")


def main(_):
    tf.disable_v2_behavior()
    with tf.variable_scope(FLAGS.scope_name):
        tf.get_variable("w", [FLAGS.hidden, len(FLAGS.widths)],
                        initializer=tf.random_normal_initializer(stddev=FLAGS.stddev))
        for w in FLAGS.widths:
            tf.get_variable("v" + w, [int(w)])


if __name__ == "__main__":
    tf.app.run(main)
