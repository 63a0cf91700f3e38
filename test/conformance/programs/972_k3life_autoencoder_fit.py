# Keras 3 life: a convolutional autoencoder (Conv2D / Conv2DTranspose) compiled with a string optimizer and
# fitted on its own input; the encoder is a functional model reused inside the autoencoder.
import numpy as np
import keras
from keras import layers

image = keras.Input(shape=(8, 8, 1))
x = layers.Conv2D(4, 3, strides=2, padding="same", activation="relu")(image)
code = layers.Conv2D(2, 3, strides=2, padding="same", activation="relu")(x)
encoder = keras.Model(image, code, name="encoder")

y = layers.Conv2DTranspose(4, 3, strides=2, padding="same", activation="relu")(code)
y = layers.Conv2DTranspose(1, 3, strides=2, padding="same", activation="sigmoid")(y)
autoencoder = keras.Model(image, y, name="autoencoder")
autoencoder.compile(optimizer="adamax", loss="binary_crossentropy")
data = np.zeros((4, 8, 8, 1), "float32")
autoencoder.fit(data, data, epochs=1, batch_size=2, verbose=0)
