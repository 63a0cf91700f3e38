# Names built with f-strings.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

prefix = "block"
for i in range(2):
    with tf.variable_scope(f"{prefix}{i}"):
        for j in range(2):
            tf.get_variable(f"w_{i}_{j}", [i + 1, j + 2])
        tf.get_variable(f"b{i * 10 + 1:03d}", [4])
