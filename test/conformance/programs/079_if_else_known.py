# if/else on conditions known before running.
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()

USE_BIAS = False
MODE = "train"
DEPTH = 3

w = tf.get_variable("w", [4, 4])
if USE_BIAS:
    b = tf.get_variable("b", [4])
else:
    scale = tf.get_variable("scale", [4], initializer=tf.ones_initializer())
if MODE == "train" and DEPTH > 2:
    extra = tf.get_variable("extra", [DEPTH])
elif MODE == "eval":
    never = tf.get_variable("never", [1])
if not USE_BIAS or DEPTH < 0:
    tail = tf.get_variable("tail", [1] if DEPTH == 3 else [2])
