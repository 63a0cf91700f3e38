# np.expand_dims(a, axis) puts a 1 at each given axis of the result (an int or a tuple; negative axes count from the
# result's end): a channel axis added to frames gives the ConvLSTM2D its input width (conv_lstm's
# np.expand_dims(dataset, axis=-1) after np.swapaxes).
import numpy as np
import keras
from keras import layers

frames = np.random.randint(0, 256, (6, 4, 16, 16)).astype("uint8")
frames = np.swapaxes(frames, 0, 1)
frames = np.expand_dims(frames, axis=-1)
both = np.expand_dims(np.zeros((3, 5)), axis=(0, 2))
front = np.expand_dims(np.zeros((7,)), 0)
x_train = frames[:, 0 : frames.shape[1] - 1, :, :] / 255
inp = layers.Input(shape=(None, *x_train.shape[2:]))
x = layers.ConvLSTM2D(4, 3, padding="same", return_sequences=True)(inp)
x = layers.Conv3D(1, 3, padding="same")(x)
model = keras.Model(inp, x)
d1 = layers.Dense(both.shape[1] + both.shape[2] + both.shape[3], name="both")
d1.build((None, 2))
d2 = layers.Dense(front.shape[1], name="front")
d2.build((None, front.shape[0]))
