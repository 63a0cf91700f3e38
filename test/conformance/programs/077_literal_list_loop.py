# Loop over a literal list of scope names and a literal list of tuples.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

for scope_name in ["query", "key", "value"]:
    with tf.variable_scope(scope_name):
        tf.get_variable("kernel", [32, 32])
for name, shape in [("gamma", [32]), ("beta", [32])]:
    tf.get_variable(name, shape, initializer=tf.ones_initializer() if name == "gamma" else tf.zeros_initializer())
