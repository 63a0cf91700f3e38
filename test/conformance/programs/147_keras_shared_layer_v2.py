# A layer shared between two inputs creates its weights once.
import tensorflow as tf

left = tf.keras.Input(shape=(4,), name="left")
right = tf.keras.Input(shape=(4,), name="right")
shared = tf.keras.layers.Dense(3, name="shared")
merged = tf.keras.layers.Concatenate()([shared(left), shared(right)])
head = tf.keras.layers.Dense(1, kernel_initializer="he_uniform", bias_initializer="ones", name="head")(merged)
model = tf.keras.Model([left, right], head)
