# Keras 3's CompileLoss (trainers/compile_utils.py): one label array for a model of two outputs compiled with a list
# of two losses cannot be packed to the outputs' structure: the first fit step raises ValueError "y_true and y_pred
# have different structures" (after the model is built, before any optimizer slot). With one of the losses None,
# the array goes to the other output and fit trains.
import numpy as np
import keras
from keras import layers

inputs = keras.Input((4,))
h = layers.Dense(3, name="shared")(inputs)
a = layers.Dense(2, name="head_a")(h)
b = layers.Dense(2, name="head_b")(h)
x = np.zeros((8, 4), "float32")
y = np.zeros((8, 2), "float32")

partial = keras.Model(inputs, [a, b], name="partial")
partial.compile(optimizer="adam", loss=["mse", None])
partial.fit(x, y, epochs=1, verbose=0)

inputs2 = keras.Input((4,))
h2 = layers.Dense(3, name="shared2")(inputs2)
both = keras.Model(inputs2, [layers.Dense(2, name="c")(h2), layers.Dense(2, name="d")(h2)], name="both")
class Consistency(keras.losses.Loss):
    def call(self, y_true, y_pred):
        return keras.ops.mean(keras.ops.square(y_pred))


both.compile(optimizer=keras.optimizers.SGD(momentum=0.9), loss=[Consistency(), "mae"])
both.fit(x, y, epochs=1, verbose=0)
