# A custom layer's unnamed add_weight takes auto_name('Variable'): variable, variable_1, ... counted with the layer
# names; set_image_data_format('channels_first') makes layers without data_format channels-first.
import keras
from keras import layers


class Scale(layers.Layer):
    def build(self, input_shape):
        self.g = self.add_weight(shape=(input_shape[-1],), initializer="ones")
        self.h = self.add_weight(shape=(2,), initializer="zeros")

    def call(self, x):
        return x * self.g


x = keras.Input(shape=(4,))
y = Scale()(x)
y = Scale(name="second")(layers.Dense(3)(y))
keras.config.set_image_data_format("channels_first")
fmt = keras.config.image_data_format()
z = keras.Input(shape=(3, 10, 10))
w = layers.Conv2D(6, 3)(z)
w = layers.BatchNormalization(axis=1 if fmt == "channels_first" else 3)(w)
w = layers.Conv2D(2, 1)(w)
