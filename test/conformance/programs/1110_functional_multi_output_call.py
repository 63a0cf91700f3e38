# A functional model with several outputs called on a new tensor gives the list of its outputs (Keras 3 and Keras 2
# alike): indexing it (the VAE's `decoder(encoder(inputs)[2])`) keeps the encoder in the outer model's graph, so
# the outer model's trainable weights, and the optimizer's slots fit makes, include the encoder's.
import numpy as np
import keras
from keras import layers

inputs = keras.Input(shape=(6,))
h = layers.Dense(4)(inputs)
z_mean = layers.Dense(2, name="z_mean")(h)
z_log_var = layers.Dense(2, name="z_log_var")(h)
encoder = keras.Model(inputs, [z_mean, z_log_var, layers.Add()([z_mean, z_log_var])], name="encoder")
latent = keras.Input(shape=(2,))
decoder = keras.Model(latent, layers.Dense(6)(layers.Dense(4)(latent)), name="decoder")
mean, log_var, z = encoder(inputs)
outer = keras.Model(inputs, decoder(encoder(inputs)[2]), name="vae")
outer.compile(optimizer="adam", loss="mse")
outer.fit(np.zeros((8, 6), "float32"), np.zeros((8, 6), "float32"), epochs=1, verbose=0)
