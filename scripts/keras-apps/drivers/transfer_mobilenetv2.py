# Transfer learning as the TensorFlow tutorials write it: a frozen tf.keras.applications base under a new head.
import tensorflow as tf

base = tf.keras.applications.MobileNetV2(input_shape=(160, 160, 3), include_top=False, weights=None)
base.trainable = False
inputs = tf.keras.Input(shape=(160, 160, 3))
x = base(inputs, training=False)
x = tf.keras.layers.GlobalAveragePooling2D()(x)
outputs = tf.keras.layers.Dense(1)(x)
model = tf.keras.Model(inputs, outputs)
