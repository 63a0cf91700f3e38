# keras.activations functions called on KerasTensors map each element on their own: the output keeps the input's
# shape, so the next layer's kernel has the right input width (MobileViT's keras.activations.swish(m) between
# BatchNormalization and a DepthwiseConv2D).
import keras
from keras import layers

inputs = keras.Input((8, 8, 3))
m = layers.Conv2D(4, 1)(inputs)
m = keras.activations.swish(m)
m = layers.DepthwiseConv2D(3, padding="same", use_bias=False)(m)
m = keras.activations.relu(m, max_value=6.0)
m = layers.Conv2D(5, 1)(m)
m = keras.activations.gelu(m, approximate=True)
m = keras.activations.hard_sigmoid(m)
m = layers.Conv2D(6, 1)(m)
m = keras.activations.softmax(m, axis=-1)
m = keras.activations.log_softmax(keras.activations.sigmoid(m))
outputs = layers.Dense(2)(layers.Flatten()(m))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")
