# Keras 3: a subclassed model holding two functional models built outside it (as keras.io's VAE does) and a list of
# layers; its train_step applies gradients to self.trainable_weights, so the optimizer's slots follow the weights of
# the held models (attribute tracking), not only those built under the model's own name.
import numpy as np
import tensorflow as tf
import keras
from keras import layers

inp = keras.Input(shape=(4,))
encoder = keras.Model(inp, layers.Dense(2)(inp), name="encoder")
lat = keras.Input(shape=(2,))
decoder = keras.Model(lat, layers.Dense(4, use_bias=False)(lat), name="decoder")


class Twin(keras.Model):
    def __init__(self, encoder, decoder, **kwargs):
        super().__init__(**kwargs)
        self.encoder = encoder
        self.decoder = decoder
        self.heads = [layers.Dense(3), layers.Dense(1)]
        self.tracker = keras.metrics.Mean(name="total_loss")

    def call(self, x):
        return self.heads[1](self.heads[0](self.decoder(self.encoder(x))))

    def train_step(self, data):
        with tf.GradientTape() as tape:
            out = self(data)
            loss = tf.reduce_mean(tf.square(out))
        grads = tape.gradient(loss, self.trainable_weights)
        self.optimizer.apply_gradients(zip(grads, self.trainable_weights))
        self.tracker.update_state(loss)
        return {"loss": self.tracker.result()}


model = Twin(encoder, decoder)
model.compile(optimizer=keras.optimizers.Adam())
model.fit(np.zeros((8, 4), "float32"), epochs=1, batch_size=4, verbose=0)
print(len(model.trainable_weights))
