# Keras layers with non-trainable weights and an embedding table.
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.Input(shape=(5,), dtype="int32"),
    tf.keras.layers.Embedding(50, 8),
    tf.keras.layers.BatchNormalization(),
    tf.keras.layers.LayerNormalization(),
])
