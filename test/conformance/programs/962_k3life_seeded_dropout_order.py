# Keras 3 life: seeded layers that draw at construction (Dropout, GaussianNoise, LSTM, RandomFlip) before Dense.
import keras
from keras import layers

keras.utils.set_random_seed(7)
model = keras.Sequential([
    keras.Input(shape=(6, 4)),
    layers.GaussianNoise(0.1),
    layers.LSTM(5, dropout=0.2),
    layers.Dropout(0.3),
    layers.Dense(3, kernel_initializer=keras.initializers.GlorotUniform(seed=1)),
    layers.Dense(2),
])
