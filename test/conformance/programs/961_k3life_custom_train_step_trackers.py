# Keras 3 life: a Model with its own train_step and Mean loss trackers (VAE-tutorial style); compile() then fit().
import numpy as np
import tensorflow as tf
import keras
from keras import layers


class Regressor(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.body = layers.Dense(8, activation="relu")
        self.head = layers.Dense(1)
        self.total_loss_tracker = keras.metrics.Mean(name="total_loss")
        self.mae_tracker = keras.metrics.MeanAbsoluteError(name="mae")

    @property
    def metrics(self):
        return [self.total_loss_tracker, self.mae_tracker]

    def call(self, x):
        return self.head(self.body(x))

    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            pred = self(x, training=True)
            loss = keras.ops.mean(keras.ops.square(pred - y))
        grads = tape.gradient(loss, self.trainable_weights)
        self.optimizer.apply_gradients(zip(grads, self.trainable_weights))
        self.total_loss_tracker.update_state(loss)
        self.mae_tracker.update_state(y, pred)
        return {"loss": self.total_loss_tracker.result(), "mae": self.mae_tracker.result()}


model = Regressor()
model.compile(optimizer=keras.optimizers.Adam())
model.fit(np.zeros((8, 3), "float32"), np.zeros((8, 1), "float32"), epochs=1, verbose=0)
