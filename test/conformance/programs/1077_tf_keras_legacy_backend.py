# Keras 3's tf.keras.backend (keras/_tf_keras/keras/backend) keeps Keras 2's backend functions from
# keras.src.legacy.backend: `from tensorflow import keras` then `keras.backend.ctc_batch_cost` /
# `keras.backend.int_shape` runs under TF 2.21, so such calls are no evidence of Keras 2; the program is Keras 3
# (seed generators, optimizer variables named adam/...).
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers


class CTCLike(layers.Layer):
    def __init__(self, name=None):
        super().__init__(name=name)
        self.loss_fn = keras.backend.ctc_batch_cost

    def call(self, y_true, y_pred):
        n = keras.backend.int_shape(y_pred)[-1]
        self.add_loss(tf.reduce_mean(y_pred) * 0.0 + float(n))
        return y_pred


image = layers.Input(shape=(6, 4), name="image")
labels = layers.Input(shape=(None,), name="label")
x = layers.Dropout(0.2)(image)
x = layers.Dense(5, activation="softmax", name="head")(x)
out = CTCLike(name="ctc")(labels, x)
model = keras.models.Model(inputs=[image, labels], outputs=out)
model.compile(optimizer=keras.optimizers.Adam())
model.fit({"image": np.zeros((4, 6, 4), "float32"), "label": np.zeros((4, 3), "float32")}, epochs=1, verbose=0)
probs = keras.backend.ctc_decode(np.ones((2, 6, 5), "float32") / 5, input_length=np.ones(2) * 6, greedy=True)
