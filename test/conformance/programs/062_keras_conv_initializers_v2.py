# Keras Conv2D and Dense with explicit initializers.
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.Input(shape=(8, 8, 3)),
    tf.keras.layers.Conv2D(4, 3, kernel_initializer=tf.keras.initializers.GlorotUniform(seed=1),
                           bias_initializer="ones"),
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(5, kernel_initializer=tf.keras.initializers.RandomNormal(stddev=0.05),
                          bias_initializer=tf.keras.initializers.Constant(0.1)),
    tf.keras.layers.Dense(3, kernel_initializer=tf.keras.initializers.HeNormal(),
                          bias_initializer=tf.keras.initializers.RandomUniform(-0.5, 0.5)),
])
