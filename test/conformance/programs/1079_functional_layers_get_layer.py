# Keras 3's Functional.layers (ops/function.py map_graph: by depth from the outputs, deepest first, ties in the
# order a depth-first walk from the outputs meets them; InputLayers included) and Model.get_layer(name=, index=):
# freezing every layer of a nested branched model through `outer.layers[2].layers`, then unfreezing one by
# get_layer(name) and one by index, decides which weights train and which get optimizer slots.
import numpy as np
import keras
from keras import layers

inp = keras.Input((8, 8, 3), name="img")
a = layers.Conv2D(4, 3, padding="same", name="a")(inp)
b = layers.Conv2D(4, 1, name="b")(inp)
s = layers.add([a, b], name="s")
c = layers.BatchNormalization(name="post_bn")(s)
d = layers.Conv2D(2, 1, name="d")(c)
base = keras.Model(inp, layers.GlobalAveragePooling2D(name="gap")(d), name="base")

x_in = layers.Input((8, 8, 3))
x = layers.Rescaling(1.0 / 255)(x_in)
x = base(x)
out = layers.Dense(3, name="head")(x)
outer = keras.Model(x_in, out, name="outer")

for layer in outer.layers[2].layers:
    layer.trainable = False
outer.layers[2].get_layer("post_bn").trainable = True
outer.get_layer(index=2).get_layer(index=1).trainable = True
outer.compile(optimizer=keras.optimizers.Adam(), loss="mse")
outer.fit(np.zeros((4, 8, 8, 3), "float32"), np.zeros((4, 3), "float32"), epochs=1, verbose=0)
