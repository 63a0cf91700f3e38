# Keras 3's Layer.trainable setter: the variables a layer (and its sublayers, a nested model's layers) created
# trainable follow the flag, moving statistics stay non-trainable; unfreezing one layer again restores its own.
import keras
from keras import layers

inp = keras.Input(shape=(8, 8, 3))
x = layers.Conv2D(4, 3, name="c1")(inp)
x = layers.BatchNormalization(name="bn")(x)
second = layers.Conv2D(2, 1, name="c2")
x = second(x)
base = keras.Model(inp, x, name="base")
base.trainable = False

head_in = keras.Input(shape=(8, 8, 3))
y = base(head_in)
y = layers.Flatten()(y)
last = layers.Dense(3, name="head")
y = last(y)
model = keras.Model(head_in, y)
second.trainable = True
last.trainable = False
