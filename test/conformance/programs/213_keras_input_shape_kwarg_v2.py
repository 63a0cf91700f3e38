# Legacy Keras style: input_shape on the first layer of a Sequential model.
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Dense(16, activation="relu", input_shape=(10,)),
    tf.keras.layers.Dense(4, activation="softmax"),
])
