# Differential-test fixture (scripts/difftest/python, seed 21, program 59, shrunk).
# The analyzer differed from TensorFlow here: attention layers called on a list create their weights (scale, concat_score_weight).
import tensorflow as tf
q = tf.keras.Input(shape=(4, 7))
v = tf.keras.Input(shape=(5, 7))
a = tf.keras.layers.Attention(use_scale=True, score_mode="concat")([q, v])
b = tf.keras.layers.Attention()([q, v])
c = tf.keras.layers.AdditiveAttention(use_scale=False)([q, v])
d = tf.keras.layers.AdditiveAttention(name="add")([q, v, v])
