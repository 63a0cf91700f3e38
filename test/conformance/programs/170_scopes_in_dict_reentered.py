# Scope objects kept in a dict and re-entered in a loop with a computed reuse flag.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

REUSE = tf.AUTO_REUSE
scopes = {}
for name in ["enc", "dec"]:
    with tf.variable_scope(name) as s:
        scopes[name] = s
        tf.get_variable("w", [2])
for step in range(2):
    for name, s in scopes.items():
        with tf.variable_scope(s, reuse=REUSE if step == 0 else True):
            tf.get_variable("w", [2])
            tf.get_variable("step_bias", [1])
