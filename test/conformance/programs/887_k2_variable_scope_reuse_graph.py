# Keras 2 layers ignore variable-scope reuse: the same code run twice under variable_scope("tower", reuse=AUTO_REUSE)
# creates new variables, named by the name scopes the re-entered variable scope opens (tower, tower_1).
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
from tensorflow.python.keras import layers

x = tf.placeholder(tf.float32, [None, 3])
for _ in range(2):
    with tf.variable_scope("tower", reuse=tf.AUTO_REUSE):
        h = layers.Dense(4, name="fc")(x)
        w = tf.get_variable("w", [4])
