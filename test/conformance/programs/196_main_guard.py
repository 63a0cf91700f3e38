# The model is built from main() under the usual __main__ guard.
import tensorflow.compat.v1 as tf


def build(hidden):
    with tf.variable_scope("mlp"):
        tf.get_variable("w1", [10, hidden])
        tf.get_variable("w2", [hidden, 1])


def main():
    tf.disable_v2_behavior()
    build(hidden=7)


if __name__ == "__main__":
    main()
