# Models and layers built explicitly with build(input_shape).
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.layers.Dense(5), tf.keras.layers.Dense(2)])
model.build((None, 7))
layer = tf.keras.layers.Conv2D(3, 2, name="conv")
layer.build((None, 6, 6, 4))
