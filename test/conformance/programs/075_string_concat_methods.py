# Names built by concatenation and string methods.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

base = "Encoder"
with tf.variable_scope(base.lower() + "_" + str(2)):
    tf.get_variable("w" + "_" + "in", [3])
    tf.get_variable("_".join(["w", "out", "x"]), [3])
    tf.get_variable("proj".upper(), [3])
    tf.get_variable("old_name".replace("old", "new"), [3])
    tf.get_variable(" padded ".strip(), [3])
