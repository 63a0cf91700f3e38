# Keras 3 life: a subclass of a built-in layer (class MyConv(layers.Conv2D)) inside a functional model; predict().
import numpy as np
import keras
from keras import layers


class MyConv(layers.Conv2D):
    def __init__(self, filters, **kwargs):
        super().__init__(filters, 3, padding="same", activation="relu", **kwargs)


inputs = keras.Input(shape=(16, 16, 3))
x = MyConv(8)(inputs)
x = layers.MaxPooling2D()(x)
x = MyConv(16, name="conv_b")(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(4)(x)
model = keras.Model(inputs, outputs, name="small_cnn")
preds = model.predict(np.zeros((2, 16, 16, 3), "float32"), verbose=0)
