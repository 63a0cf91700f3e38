# Shape-preserving layers keep shapes; normalization axes and PReLU size their weights; random layers own seeds.
import keras
from keras import layers

x0 = keras.Input(shape=(5, 6))
x = layers.Activation("relu")(x0)
x = layers.LeakyReLU()(x)
x = layers.Dropout(0.1, seed=3)(x)
x = layers.GaussianNoise(0.1, seed=4)(x)
x = layers.PReLU(shared_axes=[1])(x)
x = layers.LayerNormalization(axis=[1, 2])(x)
x = layers.LayerNormalization(center=False)(x)
x = layers.GroupNormalization(3)(x)
x = layers.RMSNormalization()(x)
x = layers.UnitNormalization()(x)
x = layers.BatchNormalization(axis=1, scale=False)(x)
x = layers.Dense(2)(x)

img = keras.Input(shape=(8, 8, 3))
y = layers.RandomFlip(seed=1)(img)
y = layers.RandomRotation(0.1, seed=2)(y)
y = layers.Rescaling(1.0 / 255)(y)
y = layers.Conv2D(2, 3)(y)
