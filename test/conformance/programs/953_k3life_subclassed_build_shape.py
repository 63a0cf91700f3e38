# Keras 3 life: a subclassed Model built by model.build(shape) before summary(); count_params.
import keras
from keras import layers


class Encoder(keras.Model):
    def __init__(self, latent_dim, **kwargs):
        super().__init__(**kwargs)
        self.hidden = layers.Dense(24, activation="relu")
        self.norm = layers.BatchNormalization()
        self.latent = layers.Dense(latent_dim)

    def call(self, x, training=False):
        x = self.hidden(x)
        x = self.norm(x, training=training)
        return self.latent(x)


encoder = Encoder(6, name="encoder")
encoder.build((None, 12))
n = encoder.count_params()
