# Differential-test fixture (scripts/difftest/python, seed 7, program 16, shrunk).
# The analyzer differed from TensorFlow here: error: TF raised ValueError at 4: reuse=True cannot be used without a name_or_scope
import tensorflow as tf
v1 = tf.compat.v1
with tf.Graph().as_default():
    with v1.variable_scope(None, reuse=v1.AUTO_REUSE, default_name="rnn") as s7:
        pass
